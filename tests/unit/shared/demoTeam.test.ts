// Covers shared/demo/demoTeam.ts: the fictional demonstration team is valid data, clearly marked, and never ages out.
import { describe, expect, it } from 'vitest';
import { demoFamilies, demoMembers, demoTeamName } from '../../../shared/demo/demoTeam';
import { familyPayloadSchema, validateBirthYear } from '../../../shared/family/family';
import { normalizePseudonymCode, validatePseudonymCode } from '../../../shared/family/pseudonymCode';
import { memberPayloadSchema, teamPayloadSchema } from '../../../shared/team/member';

describe('demo team', () => {
  it('is visibly marked as a demonstration', () => {
    expect(demoTeamName).toMatch(/DEMO/);
    expect(teamPayloadSchema.safeParse({ name: demoTeamName, demo: true }).success).toBe(true);
    for (const member of demoMembers) expect(member.name).toMatch(/Demo/);
    for (const family of demoFamilies(2025)) {
      expect(family.code).toMatch(/^DEMO-/);
      expect(family.label).toMatch(/^Demo:/);
      expect(family.notes).toMatch(/Kuvitteellinen/);
    }
  });

  it('members are valid member payloads with unique keys', () => {
    for (const member of demoMembers) {
      expect(memberPayloadSchema.safeParse({ name: member.name, defaultRole: member.defaultRole }).success, member.key).toBe(true);
    }
    expect(new Set(demoMembers.map((m) => m.key)).size).toBe(demoMembers.length);
  });

  it('families have unique, valid codes and refer only to demo members', () => {
    const families = demoFamilies(2025);
    const taken = new Set<string>();
    for (const family of families) {
      expect(validatePseudonymCode(family.code, taken)).toEqual({ ok: true, value: family.code });
      taken.add(normalizePseudonymCode(family.code));
      if (family.responsible !== null) expect(demoMembers.map((m) => m.key)).toContain(family.responsible);
    }
    expect(families.some((f) => f.status === 'closed')).toBe(true);
    expect(families.some((f) => f.status === 'active')).toBe(true);
  });

  it('families fit the encrypted payload schema', () => {
    for (const family of demoFamilies(2025)) {
      const payload = {
        label: family.label,
        responsibleMemberId: family.responsible,
        children: family.children.map((child, index) => ({ id: `c${index}`, ...child })),
        notes: family.notes,
      };
      expect(familyPayloadSchema.safeParse(payload).success, family.code).toBe(true);
    }
  });

  it.each([2025, 2040, 2100])('children have valid birth years relative to the year %i', (year) => {
    const now = new Date(year, 5, 1);
    for (const family of demoFamilies(year)) {
      for (const child of family.children) {
        expect(validateBirthYear(String(child.birthYear), now), `${family.code} ${child.pseudonym}`).toEqual({
          ok: true,
          value: child.birthYear,
        });
      }
    }
  });

  it('keeps ages constant as years pass', () => {
    const ages = (year: number) => demoFamilies(year).flatMap((f) => f.children.map((c) => year - c.birthYear));
    expect(ages(2030)).toEqual(ages(2025));
  });
});
