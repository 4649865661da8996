// The team record (its name) and the team's members.
import { memberPayloadSchema, teamPayloadSchema, type Member, type MemberPayload, type MemberStatus } from '../../../../shared/team/member';
import type { TeamRole } from '../../../../shared/team/roles';
import type { MemberRow } from '../database';
import { openList, openPayload, sealPayload, updateSealed } from '../sealedRecords';
import type { Session } from '../session';

export type Team = { name: string; demo: boolean };

export async function readTeam(session: Session): Promise<Team> {
  const row = await session.db.team.get('team');
  if (!row) return { name: '', demo: false };
  return openPayload(session, session.db.team, row, teamPayloadSchema);
}

/** A name the user saves is theirs, not the demo's: removing the demo data must keep it. */
export async function saveTeamName(session: Session, name: string): Promise<void> {
  const clear = { id: 'team' as const, updatedAt: session.now().toISOString() };
  await session.db.team.put({ ...clear, payload: await sealPayload(session, session.db.team, clear, { name, demo: false }) });
}

export async function decryptMember(session: Session, row: MemberRow): Promise<Member> {
  const payload = await openPayload(session, session.db.members, row, memberPayloadSchema);
  return { ...payload, id: row.id, status: row.status, demo: row.demo === 1, createdAt: row.createdAt, updatedAt: row.updatedAt };
}

/** All members, active first, then by name. */
export async function listMembers(session: Session): Promise<Member[]> {
  const rows = await session.db.members.toArray();
  const members = await openList(session, session.db.members, rows, (row) => decryptMember(session, row));
  return members.sort(
    (a, b) => Number(a.status === 'archived') - Number(b.status === 'archived') || a.name.localeCompare(b.name, 'fi'),
  );
}

export async function addMember(
  session: Session,
  input: { name: string; defaultRole: TeamRole },
  demo: boolean = false,
): Promise<string> {
  const id = crypto.randomUUID();
  const timestamp = session.now().toISOString();
  const clear = { id, status: 'active' as const, demo: demo ? (1 as const) : (0 as const), createdAt: timestamp, updatedAt: timestamp };
  await session.db.members.add({ ...clear, payload: await sealPayload(session, session.db.members, clear, memberPayloadSchema.parse(input)) });
  return id;
}

export function updateMember(session: Session, id: string, change: Partial<MemberPayload>): Promise<void> {
  return updateSealed(session, session.db.members, id, memberPayloadSchema, (payload) => ({
    payload: { ...payload, ...change },
  }));
}

export function setMemberStatus(session: Session, id: string, status: MemberStatus): Promise<void> {
  return updateSealed(session, session.db.members, id, memberPayloadSchema, (payload) => ({ payload, fields: { status } }));
}
