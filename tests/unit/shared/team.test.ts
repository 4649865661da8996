// Covers shared/team/member.ts and shared/team/roles.ts: member and team payload schemas, name rules, role ids.
import { describe, expect, it } from 'vitest';
import { limits } from '../../../shared/limits';
import {
  memberPayloadSchema,
  memberStatuses,
  teamPayloadSchema,
  validateMemberName,
  validateTeamName,
} from '../../../shared/team/member';
import { isTeamRole, teamRoles } from '../../../shared/team/roles';

describe('roles', () => {
  it('are the five stable role ids of a systemic team', () => {
    expect([...teamRoles]).toEqual([
      'consultingSocialWorker',
      'familyTherapist',
      'responsibleSocialWorker',
      'socialCounsellor',
      'teamCoordinator',
    ]);
  });

  it.each([
    ['familyTherapist', true],
    ['FamilyTherapist', false],
    ['', false],
    [' familyTherapist', false],
    ['toString', false],
    ['constructor', false],
    [null, false],
    [undefined, false],
    [3, false],
    [['familyTherapist'], false],
  ])('isTeamRole(%j) is %j', (value, expected) => {
    expect(isTeamRole(value)).toBe(expected);
  });
});

describe('member rules', () => {
  it('a member name is required, trimmed and limited', () => {
    expect(validateMemberName('  ')).toEqual({ ok: false, issue: { key: 'validation.required', values: {} } });
    expect(validateMemberName(' Sanna ')).toEqual({ ok: true, value: 'Sanna' });
    expect(validateMemberName('n'.repeat(limits.memberName)).ok).toBe(true);
    expect(validateMemberName('n'.repeat(limits.memberName + 1)).ok).toBe(false);
  });

  it('a team name may be empty but not overlong', () => {
    expect(validateTeamName('')).toEqual({ ok: true, value: '' });
    expect(validateTeamName('t'.repeat(limits.teamName + 1)).ok).toBe(false);
  });

  it('the member payload needs a non-empty name and a known role', () => {
    expect(memberPayloadSchema.parse({ name: 'Sanna', defaultRole: 'familyTherapist' })).toEqual({
      name: 'Sanna',
      defaultRole: 'familyTherapist',
    });
    expect(memberPayloadSchema.safeParse({ name: '', defaultRole: 'familyTherapist' }).success).toBe(false);
    expect(memberPayloadSchema.safeParse({ name: 'Sanna', defaultRole: 'boss' }).success).toBe(false);
    expect(memberPayloadSchema.safeParse({ name: 'n'.repeat(limits.memberName + 1), defaultRole: 'familyTherapist' }).success).toBe(
      false,
    );
  });

  it('the team payload records whether the demo set it', () => {
    expect(teamPayloadSchema.parse({ name: '', demo: false })).toEqual({ name: '', demo: false });
    expect(teamPayloadSchema.safeParse({ name: 'x' }).success).toBe(false);
    expect(teamPayloadSchema.safeParse({ name: 'x'.repeat(limits.teamName + 1), demo: false }).success).toBe(false);
  });

  it('members are archived, never deleted', () => {
    expect([...memberStatuses]).toEqual(['active', 'archived']);
  });
});
