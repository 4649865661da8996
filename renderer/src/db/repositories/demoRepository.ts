// The demonstration team: offered in an empty install, loaded in one transaction-like step,
// removed in one step with undo. Demonstration rows carry `demo: 1`; removal takes only those and
// what demo families own, never a real family's row.
import { demoFamilies, demoMembers, demoNetworkMaps, demoTeamName } from '../../../../shared/demo/demoTeam';
import { format, subDays } from 'date-fns';
import type { FamilyRow, KehaDatabase, MeetingRow, MemberRow, TeamRow } from '../database';
import type { Session } from '../session';
import { CodeTakenError, createFamily } from './familyRepository';
import {
  deleteFamilyOwnedRows,
  familyOwnedTableNames,
  familyOwnedTables,
  familyTables,
  putFamilyOwnedRows,
  readFamilyOwnedRows,
  type FamilyOwnedRows,
} from '../familyData';
import { addMember, readTeam } from './teamRepository';
import { sealPayload } from '../sealedRecords';
import { weeklyMeetingTemplate } from '../../../../shared/meeting/builtInTemplates';
import { defaultPlan, suggestedMeetingTime } from '../../../../shared/meeting/plan';
import { createMeeting, decryptMeeting } from './meetingRepository';
import { listMembers } from './teamRepository';
import { listFamilies } from './familyRepository';
import { createNetworkMap } from './networkMapRepository';
import { demoGenograms, linkDemoGenogram } from '../../../../shared/demo/demoGenograms';
import { valid } from '../../../../shared/validation';
import { updateGenogram } from './genogramRepository';

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
    const familyIds = new Map<string, string>();
    for (const family of demoFamilies(session.now().getFullYear())) {
      const familyId = await createFamily(
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
      familyIds.set(family.code, familyId);
    }
    await addDemoNetworkMaps(session, familyIds);
    await addDemoGenograms(session);
    await planDemoMeeting(session);
    const team = await readTeam(session);
    if (team.name === '') {
      const clear = { id: 'team' as const, updatedAt: session.now().toISOString() };
      await session.db.team.put({ ...clear, payload: await sealPayload(session, session.db.team, clear, { name: demoTeamName, demo: true }) });
    }
  } catch (error) {
    await removeDemoData(session);
    throw error;
  }
}

/** The demo families' network maps (removed with the family, as every row a family owns). */
async function addDemoNetworkMaps(session: Session, familyIds: ReadonlyMap<string, string>): Promise<void> {
  const families = await listFamilies(session);
  for (const demo of demoNetworkMaps()) {
    const familyId = familyIds.get(demo.familyCode);
    const family = families.find((candidate) => candidate.id === familyId);
    if (!family) continue;
    const child = family.children.find((candidate) => candidate.pseudonym === demo.centreChild);
    await createNetworkMap(session, {
      familyId: family.id,
      map: {
        ...demo.map,
        date: format(subDays(session.now(), demo.daysBeforeLoad), 'yyyy-MM-dd'),
        centre: child ? { kind: 'child', childId: child.id } : { kind: 'family' },
      },
    });
  }
}

/** The demo families' genograms, linked to their children (removed with the family, as every row a family owns). */
async function addDemoGenograms(session: Session): Promise<void> {
  const families = (await listFamilies(session)).filter((family) => family.demo);
  for (const demo of demoGenograms(session.now().getFullYear())) {
    const family = families.find((candidate) => candidate.code === demo.familyCode);
    if (family) await updateGenogram(session, family.id, () => valid(linkDemoGenogram(demo, family.children)));
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
 * What removing the demonstration data takes, as stored (still encrypted), so undo puts every row
 * back exactly. Only demonstration rows go: demo families with everything owned by them (every
 * table of the family-data registry, `readFamilyOwnedRows` in familyData.ts, as deleting a family
 * takes), demo members, the demo team name, and demo meetings with their meeting-wide notes. A
 * demo meeting whose plan names a real family, or in which anything about a real family was
 * captured, is kept (only its demo families' parts go), so real work is never lost; a copy of a
 * demo meeting is not demo (`duplicateMeeting`).
 */
export type RemovedDemoData = FamilyOwnedRows & {
  families: FamilyRow[];
  members: MemberRow[];
  meetings: MeetingRow[];
  team: TeamRow | null;
  /** Demo meetings kept because they hold captures about a real family. */
  keptMeetingIds: string[];
};

/** How many rows of each kind removing the demonstration data would take (and how many demo meetings it keeps). */
export type DemoDataCounts = {
  families: number;
  members: number;
  meetings: number;
  keptMeetings: number;
  hypotheses: number;
  actions: number;
  riskRounds: number;
  notes: number;
  timelineEvents: number;
  threeHousesSessions: number;
  networkMaps: number;
  genograms: number;
  quickRoundLines: number;
  carePeriods: number;
};

const demoTables = (db: KehaDatabase) => [...familyTables(db), db.members, db.meetings, db.team];

/**
 * Demo meetings whose plan names a real family (the team planned real work in them): kept. Plans
 * are sealed, so they are read here, before the transaction (decrypting cannot run inside one).
 */
async function demoMeetingsPlanningRealFamilies(session: Session): Promise<Set<string>> {
  const { db } = session;
  const demoFamilyIds = new Set((await db.families.where('demo').equals(1).primaryKeys()) as string[]);
  const kept = new Set<string>();
  for (const row of await db.meetings.where('demo').equals(1).toArray()) {
    const meeting = await decryptMeeting(session, row);
    if ([...meeting.quickRound, ...meeting.deepDives].some((item) => !demoFamilyIds.has(item.familyId))) kept.add(row.id);
  }
  return kept;
}

/** The family-owned tables whose rows are captured in a meeting's run (each indexes `meetingId`). */
const capturedInMeeting = familyOwnedTableNames.filter((name) => familyOwnedTables[name].capturedInMeeting);

/** Reads (inside a transaction over `demoTables`) every row removing the demo would take. */
async function collectDemoData(db: KehaDatabase, teamIsDemo: boolean, planningReal: ReadonlySet<string>): Promise<RemovedDemoData> {
  const families = await db.families.where('demo').equals(1).toArray();
  const demoFamilyIds = new Set(families.map((row) => row.id));
  const owned = await readFamilyOwnedRows(db, [...demoFamilyIds]);
  const isReal = (familyId: string | null) => familyId !== null && !demoFamilyIds.has(familyId);
  const demoMeetings = await db.meetings.where('demo').equals(1).toArray();
  const meetings: MeetingRow[] = [];
  const keptMeetingIds: string[] = [];
  for (const meeting of demoMeetings) {
    let holdsRealWork = planningReal.has(meeting.id);
    for (const name of capturedInMeeting) {
      const rows = (await db.table(name).where('meetingId').equals(meeting.id).toArray()) as { familyId: string | null }[];
      if (rows.some((row) => isReal(row.familyId))) holdsRealWork = true;
    }
    if (holdsRealWork) keptMeetingIds.push(meeting.id);
    else meetings.push(meeting);
  }
  // The meeting-wide notes (opening, closing) of the demo meetings that go.
  const removedMeetingIds = meetings.map((row) => row.id);
  const meetingWideNotes = await db.meetingNotes
    .where('meetingId')
    .anyOf(removedMeetingIds)
    .filter((note) => note.familyId === null)
    .toArray();
  return {
    ...owned,
    meetingNotes: [...owned.meetingNotes, ...meetingWideNotes],
    families,
    members: await db.members.where('demo').equals(1).toArray(),
    meetings,
    team: teamIsDemo ? ((await db.team.get('team')) ?? null) : null,
    keptMeetingIds,
  };
}

export function countsOf(data: RemovedDemoData): DemoDataCounts {
  return {
    families: data.families.length,
    members: data.members.length,
    meetings: data.meetings.length,
    keptMeetings: data.keptMeetingIds.length,
    hypotheses: data.hypotheses.length,
    actions: data.actions.length,
    riskRounds: data.riskRounds.length,
    notes: data.meetingNotes.length,
    timelineEvents: data.timelineEvents.length,
    threeHousesSessions: data.threeHousesSessions.length,
    networkMaps: data.networkMaps.length,
    genograms: data.genograms.length,
    quickRoundLines: data.quickRoundLines.length,
    carePeriods: data.carePeriods.length,
  };
}

/** What removing the demonstration data would take now (for the confirmation); nothing is decrypted but the team name. */
export async function countDemoData(session: Session): Promise<DemoDataCounts> {
  const team = await readTeam(session);
  const planningReal = await demoMeetingsPlanningRealFamilies(session);
  const { db } = session;
  return db.transaction('r', demoTables(db), async () => countsOf(await collectDemoData(db, team.demo, planningReal)));
}

/**
 * Removes every demonstration row in one transaction (see `RemovedDemoData` for what is and is not
 * demo) and returns it all for `restoreDemoData`.
 */
export async function removeDemoData(session: Session): Promise<RemovedDemoData> {
  const team = await readTeam(session);
  const planningReal = await demoMeetingsPlanningRealFamilies(session);
  const { db } = session;
  return db.transaction('rw', demoTables(db), async () => {
    const removed = await collectDemoData(db, team.demo, planningReal);
    await deleteFamilyOwnedRows(db, removed);
    await db.families.bulkDelete(removed.families.map((row) => row.id));
    await db.members.bulkDelete(removed.members.map((row) => row.id));
    await db.meetings.bulkDelete(removed.meetings.map((row) => row.id));
    if (removed.team) await db.team.delete('team');
    return removed;
  });
}

/**
 * Undo of `removeDemoData`: every removed row back exactly as it was, in one transaction. A team
 * name typed since the removal is kept; a pseudonym code a real family took meanwhile fails the
 * whole undo (`CodeTakenError`) and changes nothing.
 */
export async function restoreDemoData(session: Session, removed: RemovedDemoData): Promise<void> {
  const { db } = session;
  await db.transaction('rw', demoTables(db), async () => {
    for (const family of removed.families) await db.families.add(family).catch((error: unknown) => {
        throw error instanceof Error && error.name === 'ConstraintError' ? new CodeTakenError(family.code) : error;
      });
    await putFamilyOwnedRows(db, removed);
    await db.members.bulkPut(removed.members);
    await db.meetings.bulkPut(removed.meetings);
    if (removed.team && !(await db.team.get('team'))) await db.team.put(removed.team);
  });
}
