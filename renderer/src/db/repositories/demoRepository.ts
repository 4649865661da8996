// The demonstration team: offered in an empty install, loaded in one transaction-like step,
// removed in one step. Demonstration rows carry `demo: 1`, so removal never touches real data.
import { demoFamilies, demoMembers, demoTeamName } from '../../../../shared/demo/demoTeam';
import type { KehaDatabase } from '../database';
import type { Session } from '../session';
import { createFamily } from './familyRepository';
import { addMember, readTeam } from './teamRepository';
import { sealPayload } from '../sealedRecords';
import { weeklyMeetingTemplate } from '../../../../shared/meeting/builtInTemplates';
import { defaultPlan, suggestedMeetingTime } from '../../../../shared/meeting/plan';
import { createMeeting } from './meetingRepository';
import { listMembers } from './teamRepository';
import { listFamilies } from './familyRepository';

export async function isEmptyInstall(db: KehaDatabase): Promise<boolean> {
  return (await db.members.count()) === 0 && (await db.families.count()) === 0;
}

export async function hasDemoData(db: KehaDatabase): Promise<boolean> {
  return (await db.members.where('demo').equals(1).count()) + (await db.families.where('demo').equals(1).count()) > 0;
}

export async function loadDemoTeam(session: Session): Promise<void> {
  const ids = new Map<string, string>();
  try {
    for (const member of demoMembers) {
      ids.set(member.key, await addMember(session, { name: member.name, defaultRole: member.defaultRole }, true));
    }
    for (const family of demoFamilies(session.now().getFullYear())) {
      await createFamily(
        session,
        {
          code: family.code,
          label: family.label,
          responsibleMemberId: family.responsible ? (ids.get(family.responsible) ?? null) : null,
          socialCounsellorId: family.counsellor ? (ids.get(family.counsellor) ?? null) : null,
          status: family.status,
          notes: family.notes,
          children: family.children.map((child) => ({ id: crypto.randomUUID(), ...child })),
        },
        true,
      );
    }
    await planDemoMeeting(session);
    const team = await readTeam(session);
    if (team.name === '') {
      const payload = await sealPayload(session, session.db.team, 'team', { name: demoTeamName, demo: true });
      await session.db.team.put({ id: 'team', updatedAt: session.now().toISOString(), payload });
    }
  } catch (error) {
    await removeDemoData(session);
    throw error;
  }
}

/** A planned demonstration meeting for tomorrow with two deep-dive families, ready to run. */
async function planDemoMeeting(session: Session): Promise<void> {
  const members = (await listMembers(session)).filter((member) => member.demo);
  const families = (await listFamilies(session))
    .filter((family) => family.demo && family.status === 'active')
    .sort((a, b) => a.code.localeCompare(b.code));
  const plan = defaultPlan(weeklyMeetingTemplate, members, families, () => crypto.randomUUID());
  const participantIds = new Set(plan.participants.map((participant) => participant.id));
  plan.deepDives = families.slice(0, 2).map((family, index) => ({
    id: crypto.randomUUID(),
    familyId: family.id,
    presenterId: family.responsibleMemberId && participantIds.has(family.responsibleMemberId) ? family.responsibleMemberId : null,
    question: demoQuestions[index] ?? '',
  }));
  await createMeeting(
    session,
    { scheduledAt: suggestedMeetingTime(session.now()).toISOString(), template: weeklyMeetingTemplate, plan },
    true,
  );
}

const demoQuestions = [
  'Miten voisimme tukea vanhempia sopimaan arjen rutiineista niin, että lapsi saa levätä?',
  'Mitä tarvitaan, jotta nuori uskaltaisi kertoa koulun tilanteesta?',
];

/**
 * Removes every demonstration row (with everything captured in demonstration meetings or about
 * demonstration families, and those families' timelines, three-houses sessions and care periods
 * with their goals' ratings), and the team name if the demo set it.
 */
export async function removeDemoData(session: Session): Promise<void> {
  const team = await readTeam(session);
  const { db } = session;
  await db.transaction('rw', [db.members, db.families, db.team, db.meetings, db.meetingNotes, db.hypotheses, db.hypothesisRevisions, db.riskRounds, db.actions, db.timelineEvents, db.threeHousesSessions, db.carePeriods, db.goalRatings], async () => {
    const meetingIds = (await db.meetings.where('demo').equals(1).primaryKeys()) as string[];
    const familyIds = (await db.families.where('demo').equals(1).primaryKeys()) as string[];
    await db.meetingNotes.where('meetingId').anyOf(meetingIds).delete();
    // Notes are indexed by meeting only: a demo family's deep-dive notes in a real meeting are found by scanning (as deleteFamily does).
    const demoFamilyIds = new Set(familyIds);
    await db.meetingNotes.filter((note) => note.familyId !== null && demoFamilyIds.has(note.familyId)).delete();
    // A hypothesis goes with its whole history: those of demo families and those made in demo meetings.
    const demoHypothesisIds = [
      ...new Set([
        ...((await db.hypotheses.where('meetingId').anyOf(meetingIds).primaryKeys()) as string[]),
        ...((await db.hypotheses.where('familyId').anyOf(familyIds).primaryKeys()) as string[]),
      ]),
    ];
    await db.hypothesisRevisions.where('hypothesisId').anyOf(demoHypothesisIds).delete();
    for (const table of [db.hypotheses, db.riskRounds, db.actions] as const) {
      await table.where('meetingId').anyOf(meetingIds).delete();
      await table.where('familyId').anyOf(familyIds).delete();
    }
    await db.timelineEvents.where('familyId').anyOf(familyIds).delete();
    await db.threeHousesSessions.where('familyId').anyOf(familyIds).delete();
    await db.carePeriods.where('familyId').anyOf(familyIds).delete();
    // Ratings given in a demonstration meeting go with it, as the meeting's notes do.
    await db.goalRatings.where('familyId').anyOf(familyIds).delete();
    await db.goalRatings.where('meetingId').anyOf(meetingIds).delete();
    await db.meetings.where('demo').equals(1).delete();
    await db.members.where('demo').equals(1).delete();
    await db.families.where('demo').equals(1).delete();
    if (team.demo) await db.team.delete('team');
  });
}
