// Covers who belongs where in a meeting: a family's own roles (its responsible social worker, its
// social counsellor) come from the family, never from one meeting-wide holder, and a finished
// meeting keeps them as they were when it finished; a guest takes part only in the deep dives they
// are invited to, appears only in those families' summaries and by default does not score; a
// summary counts and names everyone expected to score who did not.
// Rules in shared/meeting/meeting.ts, plan.ts, template.ts; the record in summary.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { interimReviewTemplate, weeklyMeetingTemplate } from '../../../shared/meeting/builtInTemplates';
import { currentFamilyRoles, deepDiveParticipants, expectedScorers, familyRoleHolder, familyRolesAt, type Meeting, type MeetingPlan, type Participant } from '../../../shared/meeting/meeting';
import { addGuest, defaultPlan, planWarnings, setGuestJoins, setGuestScores } from '../../../shared/meeting/plan';
import { buildFamilySummaries, buildMeetingRecord, type SummarySource } from '../../../shared/meeting/summary';
import { renderPlainText } from '../../../shared/document/render';
import type { RecordFormat } from '../../../shared/document/document';
import { familyScopedRoles, meetingScopedRoles, roleScope, validateTemplate } from '../../../shared/meeting/template';
import { setRoleScope } from '../../../shared/meeting/templateEditing';
import { familyA, familyB, finishedMeeting, recordFormat, summarySource } from './summaryFixture';

let en: RecordFormat;
let fi: RecordFormat;
beforeAll(async () => {
  en = await recordFormat('en');
  fi = await recordFormat('fi');
});

const school: Participant = { kind: 'guest', id: 'g-school', name: 'Kaisa Koulu', organisation: 'Keskuskoulu', relation: 'network', joins: [{ deepDiveId: 'dd-b', scores: false }] };

function texts(source: SummarySource, format: RecordFormat = en): string[] {
  return buildFamilySummaries(source, format).map((summary) => renderPlainText(summary.document));
}

/** The fixture's meeting with its school guest invited to family B's deep dive only. */
function withGuestOfB(guest: Participant = school): SummarySource {
  const source = summarySource();
  const meeting: Meeting = {
    ...source.meeting,
    participants: source.meeting.participants.map((participant) => (participant.id === guest.id ? guest : participant)),
  };
  // The guest did not score family A's round (they were not there).
  source.riskRounds = source.riskRounds.map((round) =>
    round.agendaItemId === 'dd-a' ? { ...round, scores: round.scores.filter((score) => score.participantId !== guest.id) } : round,
  );
  return { ...source, meeting };
}

describe("a family's own roles", () => {
  it('are per family in the standard templates and held per meeting otherwise; a template may say otherwise', () => {
    expect(familyScopedRoles(weeklyMeetingTemplate).map((role) => role.id)).toEqual(['responsibleSocialWorker', 'socialCounsellor']);
    expect(meetingScopedRoles(weeklyMeetingTemplate).map((role) => role.id)).toEqual(['consultingSocialWorker', 'familyTherapist', 'teamCoordinator']);
    // An interim review is about one family and its roles are the ward's: the primary nurse (the
    // responsibleSocialWorker id renamed) is assigned for the meeting, never taken from the family's
    // child-protection worker.
    expect(familyScopedRoles(interimReviewTemplate)).toEqual([]);
    expect(meetingScopedRoles(interimReviewTemplate).map((role) => role.name.en)).toContain('Primary nurse');
    expect(roleScope({ id: 'teacher' })).toBe('meeting');
    expect(roleScope({ id: 'municipalSocialWorker', scope: 'family' })).toBe('family');
    expect(roleScope({ id: 'socialCounsellor', scope: 'meeting' })).toBe('meeting');
  });

  it('read from templates and meeting snapshots stored before roles had a scope, and a scope is checked', () => {
    const stored = JSON.parse(JSON.stringify(weeklyMeetingTemplate)) as Record<string, unknown>;
    expect(validateTemplate(stored).ok).toBe(true);
    const scoped = { ...stored, roles: [...(stored.roles as object[]), { id: 'teacher', name: { fi: 'Opettaja', en: 'Teacher' }, scope: 'family' }] };
    const result = validateTemplate(scoped);
    expect(result.ok && roleScope(result.value.roles.at(-1)!)).toBe('family');
    expect(validateTemplate({ ...stored, roles: [{ id: 'x', name: { fi: 'X', en: 'X' }, scope: 'everyone' }] }).ok).toBe(false);
  });

  it("can be made a meeting's role in a team's template, and the plan then assigns it", () => {
    const edited = setRoleScope(weeklyMeetingTemplate, 'socialCounsellor', 'meeting');
    expect(validateTemplate(edited).ok).toBe(true);
    expect(meetingScopedRoles(edited).map((role) => role.id)).toContain('socialCounsellor');
    const members = [{ id: 'leena', status: 'active' as const, defaultRole: 'socialCounsellor' as const }];
    expect(defaultPlan(edited, members, [], () => 'id').roles.socialCounsellor).toBe('leena');
  });

  it('are never assigned by a meeting, nor warned about as unassigned in its plan', () => {
    const members = [
      { id: 'kaisa', status: 'active' as const, defaultRole: 'consultingSocialWorker' as const },
      { id: 'sanna', status: 'active' as const, defaultRole: 'responsibleSocialWorker' as const },
    ];
    const plan = defaultPlan(weeklyMeetingTemplate, members, [], () => 'id');
    expect(plan.roles).not.toHaveProperty('responsibleSocialWorker');
    expect(plan.roles).not.toHaveProperty('socialCounsellor');
    expect(planWarnings(plan, weeklyMeetingTemplate, new Set())).not.toContainEqual({ kind: 'roleUnassigned', role: 'socialCounsellor' });
  });

  it("are held by the family's own workers", () => {
    const family = currentFamilyRoles({ responsibleMemberId: 'sanna', socialCounsellorId: 'olli' });
    expect(familyRoleHolder(family, 'responsibleSocialWorker')).toBe('sanna');
    expect(familyRoleHolder(family, 'socialCounsellor')).toBe('olli');
    // A family stored before it had a social counsellor.
    expect(familyRoleHolder(currentFamilyRoles({ responsibleMemberId: 'sanna' }), 'socialCounsellor')).toBeNull();
  });
});

describe("a family's summary names the family's own responsible worker", () => {
  it("with the role, in that family's summary only, whoever the meeting once assigned the role to", () => {
    // The fixture's meeting still holds the role meeting-wide (as meetings stored before did): Wilma.
    // Family A's responsible worker is Wilma, family B's is Theo.
    const [alpha, bravo] = texts(summarySource());
    expect(alpha).toContain('Responsible social worker: Wilma Worker');
    expect(alpha).toContain('- Wilma Worker – Responsible social worker');
    expect(bravo).toContain('Responsible social worker: Theo Therapist');
    expect(bravo).toContain('- Theo Therapist – Family therapist, Responsible social worker');
    expect(bravo).toContain('- Wilma Worker\n');
    expect(bravo).not.toContain('Wilma Worker – Responsible social worker');
    const [alphaFi] = texts(summarySource(), fi);
    expect(alphaFi).toContain('Lapsen asioista vastaava sosiaalityöntekijä: Wilma Worker');
  });

  it('and its social counsellor, and says when a worker was not present', () => {
    const source = summarySource();
    source.memberNames = new Map([...source.memberNames, ['m-counsellor', 'Olli Ohjaaja']]);
    source.families = new Map([...source.families, [familyA.id, { ...source.families.get(familyA.id)!, socialCounsellorId: 'm-counsellor' }]]);
    const [alpha, bravo] = texts(source);
    expect(alpha).toContain('Social counsellor: Olli Ohjaaja (not present)');
    expect(alpha).not.toContain('Roles nobody held: Social counsellor');
    expect(bravo).not.toContain('Olli Ohjaaja');
    expect(bravo).toContain('Roles nobody held: Social counsellor');
  });

  it("of a finished meeting are those it stored when it finished, whoever the family's workers are now", () => {
    const source = summarySource();
    // When the meeting finished, family A's worker was Wilma and its social counsellor Theo.
    const asFinished = { responsibleSocialWorker: 'm-worker', socialCounsellor: 'm-therapist' };
    source.meeting = { ...source.meeting, deepDives: source.meeting.deepDives.map((item) => (item.id === 'dd-a' ? { ...item, familyRoles: asFinished } : item)) };
    // Since then Theo has become its worker, and it has no social counsellor.
    source.families = new Map([...source.families, [familyA.id, { ...source.families.get(familyA.id)!, responsibleMemberId: 'm-therapist', socialCounsellorId: null }]]);
    const [alpha] = texts(source);
    expect(alpha).toContain('Responsible social worker: Wilma Worker');
    expect(alpha).toContain('Social counsellor: Theo Therapist');
    expect(alpha).toContain('- Wilma Worker – Responsible social worker');
    expect(alpha).toContain('- Theo Therapist – Family therapist, Social counsellor');
    expect(alpha).not.toContain('Roles nobody held');
    expect(renderPlainText(buildMeetingRecord(source, en))).toContain('Responsible social worker: Wilma Worker');
  });

  it("of a meeting finished before they were stored, or not finished, are the family's now", () => {
    const source = summarySource();
    source.families = new Map([...source.families, [familyA.id, { ...source.families.get(familyA.id)!, responsibleMemberId: 'm-therapist' }]]);
    expect(texts(source)[0]).toContain('Responsible social worker: Theo Therapist');
    const family = source.families.get(familyA.id);
    const stored = { familyRoles: { responsibleSocialWorker: 'm-worker', socialCounsellor: null } };
    expect(familyRolesAt({ status: 'finished' }, stored, family)).toEqual(stored.familyRoles);
    for (const status of ['planned', 'running'] as const) {
      expect(familyRolesAt({ status }, stored, family)).toEqual({ responsibleSocialWorker: 'm-therapist', socialCounsellor: null });
    }
    expect(familyRolesAt({ status: 'finished' }, {}, undefined)).toEqual({ responsibleSocialWorker: null, socialCounsellor: null });
  });

  it("the whole meeting record lists nobody as the meeting's responsible worker", () => {
    const record = renderPlainText(buildMeetingRecord(summarySource(), en));
    expect(record).toContain('- Wilma Worker\n');
    expect(record).not.toContain('(Responsible social worker)');
  });
});

describe('a guest', () => {
  it("is named only in the summary of the family whose deep dive they joined", () => {
    const [alpha, bravo] = texts(withGuestOfB());
    expect(alpha).not.toContain('Kaisa Koulu');
    expect(bravo).toContain('- Kaisa Koulu – guest, Keskuskoulu');
    const record = renderPlainText(buildMeetingRecord(withGuestOfB(), en));
    expect(record).toContain(`- Kaisa Koulu – guest, Keskuskoulu, took part in the discussion of ${familyB.code}`);
  });

  it('a family member is named as one', () => {
    const parent: Participant = { kind: 'guest', id: 'g-school', name: 'Pia Parent', organisation: '', relation: 'family', joins: [{ deepDiveId: 'dd-b', scores: false }] };
    const [alpha, bravo] = texts(withGuestOfB(parent), fi);
    expect(bravo).toContain('- Pia Parent – perheenjäsen');
    expect(alpha).not.toContain('Pia Parent');
  });

  it('takes part only in the deep dives they are invited to, and scores only where the chair includes them', () => {
    const { roles, quickRound, deepDives, closingNote } = finishedMeeting();
    let plan: MeetingPlan = { roles, quickRound, deepDives, closingNote, participants: finishedMeeting().participants.filter((participant) => participant.kind === 'member') };
    plan = addGuest(plan, { name: 'Kaisa Koulu', organisation: 'Keskuskoulu', relation: 'network', deepDiveIds: ['dd-b'] }, () => 'g-new');
    expect(deepDiveParticipants(plan, 'dd-a').map((participant) => participant.id)).toEqual(['m-chair', 'm-therapist', 'm-worker']);
    expect(deepDiveParticipants(plan, 'dd-b').map((participant) => participant.id)).toEqual(['m-chair', 'm-therapist', 'm-worker', 'g-new']);
    expect(expectedScorers(plan, 'dd-b').map((participant) => participant.id)).not.toContain('g-new');
    plan = setGuestScores(plan, 'g-new', 'dd-b', true);
    expect(expectedScorers(plan, 'dd-b').map((participant) => participant.id)).toContain('g-new');
    expect(expectedScorers(plan, 'dd-a').map((participant) => participant.id)).not.toContain('g-new');
    plan = setGuestJoins(plan, 'g-new', 'dd-a', true);
    expect(deepDiveParticipants(plan, 'dd-a').map((participant) => participant.id)).toContain('g-new');
    expect(expectedScorers(plan, 'dd-a').map((participant) => participant.id)).not.toContain('g-new');
    plan = setGuestJoins(plan, 'g-new', 'dd-b', false);
    expect(deepDiveParticipants(plan, 'dd-b').map((participant) => participant.id)).not.toContain('g-new');
  });

  it('invited to no deep dive is warned about in the plan', () => {
    const { roles, quickRound, deepDives, closingNote } = finishedMeeting();
    const plan = addGuest({ roles, quickRound, deepDives, closingNote, participants: [] }, { name: 'Kaisa Koulu', organisation: '', relation: 'network', deepDiveIds: [] }, () => 'g-new');
    const existing = new Set([familyA.id, familyB.id]);
    expect(planWarnings(plan, weeklyMeetingTemplate, existing)).toContainEqual({ kind: 'guestInNoDeepDive', guestId: 'g-new', name: 'Kaisa Koulu' });
    expect(planWarnings(setGuestJoins(plan, 'g-new', 'dd-a', true), weeklyMeetingTemplate, existing)).not.toContainEqual(
      expect.objectContaining({ kind: 'guestInNoDeepDive' }),
    );
  });

  it('stored before guests were invited per family takes part in the whole meeting, as then, until the chair says otherwise', () => {
    const legacy = finishedMeeting();
    expect(deepDiveParticipants(legacy, 'dd-a').map((participant) => participant.id)).toContain('g-school');
    expect(expectedScorers(legacy, 'dd-a').map((participant) => participant.id)).toContain('g-school');
    const narrowed = setGuestJoins(legacy, 'g-school', 'dd-a', false);
    expect(deepDiveParticipants(narrowed, 'dd-a').map((participant) => participant.id)).not.toContain('g-school');
    expect(expectedScorers(narrowed, 'dd-b').map((participant) => participant.id)).toContain('g-school');
  });
});

describe('who scored', () => {
  it('counts and names everyone expected to score who did not, whether they chose not to or never scored', () => {
    const source = summarySource();
    const extra = ['m-4', 'm-5'].map((id): Participant => ({ kind: 'member', id }));
    source.meeting = { ...source.meeting, participants: [...source.meeting.participants, ...extra] };
    source.memberNames = new Map([...source.memberNames, ['m-4', 'Nelli Neljäs'], ['m-5', 'Viljo Viides']]);
    // Six taking part; two scored, one chose not to, three never scored.
    source.riskRounds = source.riskRounds.map((round) => ({
      ...round,
      scores: [...round.scores.slice(0, 2), { participantId: 'g-school', participantName: 'Kaisa Koulu', score: null, reason: '', oneUp: '' }],
    }));
    const [alpha] = texts(source);
    expect(alpha).toContain('Scores: 2 scored, 4 not scoring');
    expect(alpha).toContain('- Kaisa Koulu: not scoring');
    for (const name of ['Wilma Worker', 'Nelli Neljäs', 'Viljo Viides']) expect(alpha).toContain(`- ${name}: gave no score`);
    const [alphaFi] = texts(source, fi);
    expect(alphaFi).toContain('2 arvioi, 4 ei arvioinut');
    expect(alphaFi).toContain('- Nelli Neljäs: ei antanut turvallisuusarviota');
  });

  it("leaves out a guest who was not in that family's round, and counts one the chair included", () => {
    const source = withGuestOfB();
    source.riskRounds = source.riskRounds.map((round) => ({ ...round, scores: round.scores.filter((score) => score.participantId !== 'g-school') }));
    expect(texts(source)[1]).toContain('Scores: 3 scored, 0 not scoring');
    expect(texts(source)[1]).not.toContain('Kaisa Koulu: gave no score');
    const included = withGuestOfB({ ...school, joins: [{ deepDiveId: 'dd-b', scores: true }] } as Participant);
    included.riskRounds = source.riskRounds;
    expect(texts(included)[1]).toContain('Scores: 3 scored, 1 not scoring');
    expect(texts(included)[1]).toContain('- Kaisa Koulu: gave no score');
  });
});
