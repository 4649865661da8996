// Covers the planning rules of shared/meeting/plan.ts: the default plan of a new meeting (its roles
// are the template's: renamed, added or left out), the suggested time and "a week later", the
// planner's edits (reorder, participants leaving and coming back with their roles, deep dives,
// another template) and warnings.
import { describe, expect, it } from 'vitest';
import { interimReviewTemplate, weeklyMeetingTemplate } from '../../../shared/meeting/builtInTemplates';
import type { MeetingPlan } from '../../../shared/meeting/meeting';
import {
  addDeepDive,
  addGuest,
  addMemberParticipant,
  defaultPlan,
  fromLocalDateTimeInput,
  isOneFamilyMeeting,
  openActionsToReview,
  planForTemplate,
  moveByDrop,
  moveItem,
  oneWeekLater,
  planWarnings,
  removeParticipant,
  restoreParticipant,
  rolesForTemplate,
  suggestedMeetingTime,
  toLocalDateTimeInput,
} from '../../../shared/meeting/plan';

const members = [
  { id: 'kaisa', status: 'active', defaultRole: 'consultingSocialWorker' },
  { id: 'tero', status: 'active', defaultRole: 'familyTherapist' },
  { id: 'sanna', status: 'active', defaultRole: 'responsibleSocialWorker' },
  { id: 'mikko', status: 'active', defaultRole: 'responsibleSocialWorker' },
  { id: 'old', status: 'archived', defaultRole: 'socialCounsellor' },
  { id: 'aino', status: 'active', defaultRole: 'teamCoordinator' },
] as const;
const families = [
  { id: 'f3', status: 'active', code: 'C-3' },
  { id: 'f1', status: 'active', code: 'A-1' },
  { id: 'f9', status: 'closed', code: 'B-9' },
  { id: 'f2', status: 'active', code: 'B-2' },
] as const;

function sequentialIds() {
  let n = 0;
  return () => `id-${++n}`;
}

function basePlan(): MeetingPlan {
  return defaultPlan(weeklyMeetingTemplate, members, families, sequentialIds());
}

/** A team's own template: the chair renamed, two standard roles left out, a municipal social worker added. */
const clinicTemplate = {
  kind: 'clinicMeeting',
  phases: weeklyMeetingTemplate.phases,
  roles: [
    { id: 'consultingSocialWorker', name: { fi: 'Vastaava lääkäri', en: 'Responsible physician' } },
    { id: 'municipalSocialWorker', name: { fi: 'Kunnan sosiaalityöntekijä', en: 'Municipal social worker' } },
    { id: 'familyTherapist', name: { fi: 'Perheterapeutti', en: 'Family therapist' } },
    { id: 'teamCoordinator', name: { fi: 'Kirjaaja', en: 'Recorder' } },
  ],
};

describe('defaultPlan', () => {
  it('lets every active member take part and leaves archived members out', () => {
    expect(basePlan().participants).toEqual(['kaisa', 'tero', 'sanna', 'mikko', 'aino'].map((id) => ({ kind: 'member', id })));
  });

  it("gives each meeting role to the first active member whose default role it is, and none of the family's roles", () => {
    // The responsible worker and the social counsellor belong to each family, not to the meeting.
    expect(basePlan().roles).toEqual({
      consultingSocialWorker: 'kaisa',
      familyTherapist: 'tero',
      teamCoordinator: 'aino',
    });
  });

  it('leaves a meeting role nobody has by default unassigned', () => {
    const roles = defaultPlan(weeklyMeetingTemplate, members.filter((member) => member.id !== 'tero'), families, sequentialIds()).roles;
    expect(roles.familyTherapist).toBeNull();
  });

  it("assigns the template's roles in its order: a renamed standard role by default role, an added role to nobody", () => {
    const roles = defaultPlan(clinicTemplate, members, families, sequentialIds()).roles;
    expect(Object.entries(roles)).toEqual([
      ['consultingSocialWorker', 'kaisa'],
      ['municipalSocialWorker', null],
      ['familyTherapist', 'tero'],
      ['teamCoordinator', 'aino'],
    ]);
  });

  it('puts every active family on the quick round in code order, with fresh item ids, and plans no deep dives', () => {
    const plan = basePlan();
    expect(plan.quickRound).toEqual([
      { id: 'id-1', familyId: 'f1' },
      { id: 'id-2', familyId: 'f2' },
      { id: 'id-3', familyId: 'f3' },
    ]);
    expect(plan.deepDives).toEqual([]);
    expect(plan.closingNote).toBe('');
  });
});

describe('meeting times', () => {
  it('suggests 09:00 on the next day', () => {
    const suggested = suggestedMeetingTime(new Date(2031, 5, 2, 15, 42, 17));
    expect(suggested).toEqual(new Date(2031, 5, 3, 9, 0, 0, 0));
  });

  it('moves a meeting exactly one week on', () => {
    expect(oneWeekLater('2031-06-03T06:00:00.000Z')).toBe('2031-06-10T06:00:00.000Z');
  });

  it('round-trips a datetime-local value through an ISO instant', () => {
    const parsed = fromLocalDateTimeInput('2031-06-03T09:30');
    expect(parsed).toEqual({ ok: true, value: new Date(2031, 5, 3, 9, 30).toISOString() });
    if (parsed.ok) expect(toLocalDateTimeInput(parsed.value)).toBe('2031-06-03T09:30');
  });

  it('refuses an empty or impossible date and time with a message key', () => {
    for (const raw of ['', '2031-06-03', '2031-02-30T09:00', 'tomorrow']) {
      expect(fromLocalDateTimeInput(raw)).toEqual({ ok: false, issue: { key: 'meetings.dateTimeFormat', values: {} } });
    }
  });
});

describe('reordering', () => {
  it('moves an item up and down and clamps at the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 5)).toEqual(['a', 'b', 'c']);
  });

  it('does not change the list it was given', () => {
    const items = Object.freeze(['a', 'b', 'c']);
    moveItem(items, 0, 2);
    expect(items).toEqual(['a', 'b', 'c']);
  });

  it('drops items before or after a target, keeping their own order', () => {
    const items = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
    const ids = (list: { id: string }[]) => list.map((item) => item.id);
    expect(ids(moveByDrop(items, new Set(['d']), 'a', 'before'))).toEqual(['d', 'a', 'b', 'c']);
    expect(ids(moveByDrop(items, new Set(['a']), 'c', 'after'))).toEqual(['b', 'c', 'a', 'd']);
    expect(ids(moveByDrop(items, new Set(['a', 'c']), 'd', 'after'))).toEqual(['b', 'd', 'a', 'c']);
    expect(ids(moveByDrop(items, new Set(['b']), 'b', 'after'))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(moveByDrop(items, new Set(['b']), 'missing', 'after'))).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('participants', () => {
  it('unassigns every role held by a participant who leaves, and says which', () => {
    const plan = { ...basePlan(), roles: { ...basePlan().roles, teamCoordinator: 'kaisa' } };
    const { plan: after, clearedRoles } = removeParticipant(plan, 'kaisa');
    expect(clearedRoles).toEqual(['consultingSocialWorker', 'teamCoordinator']);
    expect(after.roles.consultingSocialWorker).toBeNull();
    expect(after.roles.teamCoordinator).toBeNull();
    expect(after.roles.familyTherapist).toBe('tero');
    expect(after.participants.map((participant) => participant.id)).not.toContain('kaisa');
  });

  it('keeps a leaving presenter on the deep dive (the planner warns about it)', () => {
    const plan = addDeepDive(basePlan(), { id: 'f1', responsibleMemberId: 'sanna' }, () => 'dd');
    const { plan: after } = removeParticipant(plan, 'sanna');
    expect(after.deepDives[0]?.presenterId).toBe('sanna');
    expect(planWarnings(after, weeklyMeetingTemplate, new Set(['f1', 'f2', 'f3']))).toContainEqual({
      kind: 'presenterNotParticipant',
      itemId: 'dd',
      familyId: 'f1',
      presenterId: 'sanna',
    });
  });

  it('undo puts the participant back in place with the roles nobody has taken since', () => {
    const plan = addGuest(basePlan(), { name: 'Rehtori Koski', organisation: 'Koulu', relation: 'network', deepDiveIds: [] }, () => 'guest-1');
    const withRoles = { ...plan, roles: { ...plan.roles, socialCounsellor: 'guest-1', teamCoordinator: 'guest-1' } };
    const guest = withRoles.participants[5]!;
    const { plan: removed, clearedRoles } = removeParticipant(withRoles, 'guest-1');
    const meanwhile = { ...removed, roles: { ...removed.roles, teamCoordinator: 'aino' } };
    const restored = restoreParticipant(meanwhile, guest, 5, clearedRoles);
    expect(restored.participants[5]).toEqual({ kind: 'guest', id: 'guest-1', name: 'Rehtori Koski', organisation: 'Koulu', relation: 'network', joins: [] });
    expect(restored.roles.socialCounsellor).toBe('guest-1');
    expect(restored.roles.teamCoordinator).toBe('aino');
    expect(restoreParticipant(restored, guest, 0, clearedRoles)).toBe(restored);
  });

  it('does not give back a role the plan no longer has (its template changed in between)', () => {
    const { plan: removed, clearedRoles } = removeParticipant(basePlan(), 'tero');
    const changed = { ...removed, roles: rolesForTemplate(removed.roles, { roles: clinicTemplate.roles.filter((role) => role.id !== 'familyTherapist') }) };
    const restored = restoreParticipant(changed, { kind: 'member', id: 'tero' }, 1, clearedRoles);
    expect(clearedRoles).toEqual(['familyTherapist']);
    expect(restored.roles).not.toHaveProperty('familyTherapist');
  });

  it('adds a member only once', () => {
    const { plan } = removeParticipant(basePlan(), 'tero');
    const back = addMemberParticipant(plan, 'tero');
    expect(back.participants.filter((participant) => participant.id === 'tero')).toHaveLength(1);
    expect(addMemberParticipant(back, 'tero')).toBe(back);
  });
});

describe('deep dives', () => {
  it('lets the responsible worker present when they take part, and nobody otherwise', () => {
    let plan = addDeepDive(basePlan(), { id: 'f1', responsibleMemberId: 'mikko' }, () => 'dd-1');
    plan = addDeepDive(plan, { id: 'f2', responsibleMemberId: 'old' }, () => 'dd-2');
    plan = addDeepDive(plan, { id: 'f3', responsibleMemberId: null }, () => 'dd-3');
    expect(plan.deepDives).toEqual([
      { id: 'dd-1', familyId: 'f1', presenterId: 'mikko', question: '' },
      { id: 'dd-2', familyId: 'f2', presenterId: null, question: '' },
      { id: 'dd-3', familyId: 'f3', presenterId: null, question: '' },
    ]);
  });

  it('does not add the same family twice', () => {
    const plan = addDeepDive(basePlan(), { id: 'f1', responsibleMemberId: null }, () => 'dd-1');
    expect(addDeepDive(plan, { id: 'f1', responsibleMemberId: null }, () => 'dd-2')).toBe(plan);
  });
});

describe('another template', () => {
  it("keeps the holders of roles the new template has, leaves its added roles unassigned and drops the rest", () => {
    const weekly = basePlan().roles;
    const interim = rolesForTemplate(weekly, interimReviewTemplate);
    // The interim review's primary nurse and ward nurse are held for the meeting (its one family's).
    expect(interim).toEqual({ ...weekly, responsibleSocialWorker: null, socialCounsellor: null, municipalSocialWorker: null });
    const clinic = rolesForTemplate({ ...interim, municipalSocialWorker: 'guest-1' }, clinicTemplate);
    expect(clinic).toEqual({ consultingSocialWorker: 'kaisa', municipalSocialWorker: 'guest-1', familyTherapist: 'tero', teamCoordinator: 'aino' });
    expect(rolesForTemplate(clinic, weeklyMeetingTemplate)).toEqual({
      consultingSocialWorker: 'kaisa',
      familyTherapist: 'tero',
      teamCoordinator: 'aino',
    });
  });
});

describe('planWarnings', () => {
  const existing = new Set(['f1', 'f2', 'f3']);

  it('warns about a meeting with no deep dive and about every role nobody holds', () => {
    const plan = { ...basePlan(), participants: basePlan().participants.filter((participant) => participant.id !== 'aino') };
    expect(planWarnings(plan, weeklyMeetingTemplate, existing)).toEqual([
      { kind: 'noDeepDive' },
      { kind: 'roleUnassigned', role: 'teamCoordinator' },
    ]);
  });

  it('counts a role held by someone who no longer takes part as unassigned', () => {
    const plan = { ...basePlan(), participants: basePlan().participants.filter((participant) => participant.id !== 'tero') };
    expect(planWarnings(plan, weeklyMeetingTemplate, existing)).toContainEqual({ kind: 'roleUnassigned', role: 'familyTherapist' });
  });

  it('names deleted families on either list, and no presenter warnings for them', () => {
    let plan = addDeepDive(basePlan(), { id: 'gone', responsibleMemberId: null }, () => 'dd-gone');
    plan = addDeepDive(plan, { id: 'f1', responsibleMemberId: null }, () => 'dd-1');
    plan = { ...plan, quickRound: [...plan.quickRound, { id: 'qr-gone', familyId: 'gone' }] };
    expect(planWarnings(plan, weeklyMeetingTemplate, existing)).toEqual([
      { kind: 'deletedFamily', itemId: 'dd-gone', list: 'deepDives' },
      { kind: 'deletedFamily', itemId: 'qr-gone', list: 'quickRound' },
      { kind: 'noPresenter', itemId: 'dd-1', familyId: 'f1' },
    ]);
  });

  it("warns about the template's roles only, an added one included, in the template's order", () => {
    const plan = defaultPlan(clinicTemplate, members, families, sequentialIds());
    expect(planWarnings(plan, clinicTemplate, existing)).toEqual([{ kind: 'noDeepDive' }, { kind: 'roleUnassigned', role: 'municipalSocialWorker' }]);
    const held = addGuest(plan, { name: 'Sosiaalityöntekijä Aho', organisation: 'Kunta', relation: 'network', deepDiveIds: [] }, () => 'guest');
    expect(planWarnings({ ...held, roles: { ...held.roles, municipalSocialWorker: 'guest' } }, clinicTemplate, existing)).toEqual([
      { kind: 'noDeepDive' },
      { kind: 'guestInNoDeepDive', guestId: 'guest', name: 'Sosiaalityöntekijä Aho' },
    ]);
  });

  it('has nothing to say about a complete plan', () => {
    let plan = addDeepDive(basePlan(), { id: 'f1', responsibleMemberId: 'sanna' }, () => 'dd-1');
    plan = addGuest(plan, { name: 'Ohjaaja', organisation: '', relation: 'network', deepDiveIds: ['dd-1'] }, () => 'guest');
    expect(planWarnings(plan, weeklyMeetingTemplate, existing)).toEqual([]);
  });
});

describe('a one-family meeting (an interim review)', () => {
  // A team's copy of the interim review, renamed to a kind of its own: its goals phase makes it one.
  const teamCopy = { ...interimReviewTemplate, id: 'team.abc', kind: 'lipsyReview', name: { fi: 'LIPSY-palaveri', en: '' } };

  it('is told by its kind or by a phase on the care period goals, never by the template id', () => {
    expect(isOneFamilyMeeting(interimReviewTemplate)).toBe(true);
    expect(isOneFamilyMeeting(teamCopy)).toBe(true);
    expect(isOneFamilyMeeting(weeklyMeetingTemplate)).toBe(false);
    const weeklyWithInterimId: typeof weeklyMeetingTemplate = { ...weeklyMeetingTemplate, id: interimReviewTemplate.id };
    expect(isOneFamilyMeeting(weeklyWithInterimId)).toBe(false);
  });

  it('starts with no quick round: no other family is on its plan', () => {
    expect(defaultPlan(interimReviewTemplate, members, families, sequentialIds()).quickRound).toEqual([]);
    expect(defaultPlan(teamCopy, members, families, sequentialIds()).quickRound).toEqual([]);
    expect(defaultPlan(weeklyMeetingTemplate, members, families, sequentialIds()).quickRound).toHaveLength(3);
  });

  it('keeps one family and no quick round when its plan is saved or a weekly plan changes to it', () => {
    const weekly = addDeepDive(addDeepDive(basePlan(), { id: 'f1', responsibleMemberId: null }, () => 'dd-1'), { id: 'f2', responsibleMemberId: null }, () => 'dd-2');
    const interim = planForTemplate(weekly, teamCopy);
    expect(interim.quickRound).toEqual([]);
    expect(interim.deepDives.map((item) => item.familyId)).toEqual(['f1']);
    expect(planForTemplate(weekly, weeklyMeetingTemplate)).toBe(weekly);
  });

  it('offers only its own family\'s open tasks for review, and none before the family is chosen', () => {
    const actions = [
      { id: 'a1', familyId: 'f1', meetingId: 'earlier' },
      { id: 'a2', familyId: 'f2', meetingId: 'earlier' },
      { id: 'a3', familyId: 'f1', meetingId: 'this' },
    ];
    const meeting = (template: typeof teamCopy | typeof weeklyMeetingTemplate, familyIds: string[]) => ({
      id: 'this',
      template,
      deepDives: familyIds.map((familyId) => ({ id: `dd-${familyId}`, familyId, presenterId: null, question: '' })),
    });
    expect(openActionsToReview(actions, meeting(teamCopy, ['f1'])).map((action) => action.id)).toEqual(['a1']);
    expect(openActionsToReview(actions, meeting(teamCopy, []))).toEqual([]);
    expect(openActionsToReview(actions, meeting(weeklyMeetingTemplate, ['f1'])).map((action) => action.id)).toEqual(['a1', 'a2']);
  });
});
