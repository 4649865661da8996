// Covers deleting and erasing a family everywhere it was (db/repositories/familyRepository.ts,
// retentionRepository.ts, the meeting scrub in meetingRepository.ts): no table and no decrypted
// meeting payload keeps its id, code, question or the guest who came for it; the meeting stays for
// the other family; undo of a deletion puts the meeting back exactly; erasure has no undo and beats
// a pending one; the transfer marks, the retention time and which closed families may be erased.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { listActivity } from '../../../renderer/src/db/repositories/activityRepository';
import { addAction } from '../../../renderer/src/db/repositories/actionRepository';
import {
  createFamily,
  deleteFamily,
  FamilyErasedError,
  restoreFamily,
  setFamilyStatus,
} from '../../../renderer/src/db/repositories/familyRepository';
import { createHypothesis } from '../../../renderer/src/db/repositories/hypothesisRepository';
import { saveMeetingNote } from '../../../renderer/src/db/repositories/meetingNoteRepository';
import { createMeeting, readMeeting, runMeeting } from '../../../renderer/src/db/repositories/meetingRepository';
import {
  countErasure,
  eraseFamily,
  erasureCandidates,
  listErasureCandidates,
  markTransferred,
  removeTransferMark,
  restoreTransferMark,
  saveRetentionMonths,
  readRetentionMonths,
} from '../../../renderer/src/db/repositories/retentionRepository';
import { recordRiskScore } from '../../../renderer/src/db/repositories/riskRoundRepository';
import { addMember } from '../../../renderer/src/db/repositories/teamRepository';
import { openPayload } from '../../../renderer/src/db/sealedRecords';
import type { Session } from '../../../renderer/src/db/session';
import { emptyCard } from '../../../shared/hypothesis/hypothesis';
import { weeklyMeetingTemplate } from '../../../shared/meeting/builtInTemplates';
import { buildMeetingSteps, runFitsSteps } from '../../../shared/meeting/engine';
import { comparable, fastIterations, inspectStored, passphrase, repositoryWorld } from './support';
import { sealedMigrationPendingKey } from '../../../renderer/src/db/database';
import { unlockVaultIn } from '../../../renderer/src/db/repositories/vaultRepository';

let time = Date.parse('2025-01-10T09:00:00.000Z');
const world = repositoryWorld(() => {
  time = Date.parse('2025-01-10T09:00:00.000Z');
  return () => new Date((time += 1000));
});
const advanceMonths = (months: number) => {
  const next = new Date(time);
  next.setMonth(next.getMonth() + months);
  time = next.getTime();
};

const question = 'Miten tuemme Kanarialintua koulussa?';
const guestName = 'Vieras Kanarianmaa';

/** Every stored row of every table as someone with the disk sees it, and every sealed payload decrypted. */
async function everything(session: Session, skip: string[] = []): Promise<string> {
  const parts: string[] = [];
  for (const table of session.db.tables) {
    if (skip.includes(table.name)) continue;
    for (const row of (await table.toArray()) as { id: string; payload?: unknown }[]) {
      parts.push(`${table.name}: ${inspectStored(row)}`);
      if (row.payload) parts.push(JSON.stringify(await openPayload(session, table, row as never, z.unknown())));
    }
  }
  return parts.join('\n');
}

/** Two families in one finished meeting, with everything a meeting captures about the first. */
async function finishedMeetingWithTwoFamilies() {
  const { session } = world;
  const sanna = await addMember(session, { name: 'Sanna Virtanen', defaultRole: 'responsibleSocialWorker' });
  const canary = await createFamily(session, { code: 'KAN-111', label: 'Kanariat', responsibleMemberId: sanna });
  const other = await createFamily(session, { code: 'MUU-222', label: '', responsibleMemberId: sanna });
  const meetingId = await createMeeting(session, {
    scheduledAt: '2025-01-10T09:00:00.000Z',
    template: weeklyMeetingTemplate,
    plan: {
      roles: { consultingSocialWorker: sanna, teamCoordinator: 'g-canary' },
      participants: [
        { kind: 'member', id: sanna },
        { kind: 'guest', id: 'g-canary', name: guestName, organisation: 'Koulu', joins: [{ deepDiveId: 'd-canary', scores: true }] },
        { kind: 'guest', id: 'g-both', name: 'Verkosto Molemmat', organisation: '', joins: [{ deepDiveId: 'd-canary', scores: false }, { deepDiveId: 'd-other', scores: false }] },
      ],
      quickRound: [
        { id: 'q-canary', familyId: canary },
        { id: 'q-other', familyId: other },
      ],
      deepDives: [
        { id: 'd-canary', familyId: canary, presenterId: sanna, question },
        { id: 'd-other', familyId: other, presenterId: sanna, question: 'Toisen perheen kysymys' },
      ],
      closingNote: '',
    },
  });
  const run = async (action: 'start' | 'next' | 'finish') => {
    const stored = (await world.db.meetings.get(meetingId))!.run;
    const result = await runMeeting(session, meetingId, action, { status: stored.status, stepIndex: stored.stepIndex });
    if (!result.ok) throw new Error(result.reason);
  };
  await run('start');
  for (let step = 0; step < 4; step++) await run('next');
  await saveMeetingNote(session, { meetingId, stepKey: 'presentation:d-canary', familyId: canary }, 'Muistiinpano kanarialinnusta');
  await recordRiskScore(session, { meetingId, agendaItemId: 'd-canary', familyId: canary }, { participantId: sanna, participantName: 'Sanna Virtanen', score: 6, reason: 'Kanarian syy', oneUp: '' });
  await addAction(session, { kind: 'action', familyId: canary, meetingId, due: null, text: 'Kanarian tehtävä', ownerId: sanna, ownerName: 'Sanna Virtanen' });
  await createHypothesis(session, { familyId: canary, meetingId, card: emptyCard('Kanarian hypoteesi') });
  await run('finish');
  return { canary, other, meetingId, sanna };
}

describe('deleting a family takes it out of every meeting', () => {
  it('leaves no id, code, question, guest or capture of it in any table or decrypted payload; the meeting stays for the other family', async () => {
    const { canary, other, meetingId } = await finishedMeetingWithTwoFamilies();
    await markTransferred(world.session, { familyId: canary, meetingId, deepDiveId: 'd-canary' });
    expect(await everything(world.session)).toContain(question);

    await deleteFamily(world.session, canary);

    const stored = await everything(world.session, ['activityLog']);
    for (const trace of [canary, 'KAN-111', question, guestName, 'd-canary', 'Kanarian', 'kanarialinnusta']) expect(stored, trace).not.toContain(trace);
    // The log names the deletion by the code only.
    expect(JSON.stringify(await world.db.activityLog.toArray())).not.toMatch(/Kanari|canary/i);

    const meeting = (await readMeeting(world.session, meetingId))!;
    expect(meeting.status).toBe('finished');
    expect(meeting.deepDives.map((item) => [item.familyId, item.question])).toEqual([[other, 'Toisen perheen kysymys']]);
    expect(meeting.quickRound.map((item) => item.familyId)).toEqual([other]);
    // The guest who came for both stays for the other family; the one who came only for it goes, with the role they held.
    expect(meeting.participants.map((p) => p.id)).toEqual([meeting.participants[0]!.id, 'g-both']);
    expect(meeting.participants[1]).toMatchObject({ joins: [{ deepDiveId: 'd-other' }] });
    expect(meeting.roles.teamCoordinator).toBeNull();
    expect(runFitsSteps(meeting.run, buildMeetingSteps(meeting.template, { deepDiveItemIds: ['d-other'], quickRoundFamilyCount: 1 }))).toBe(true);
  });

  it('undo puts the meeting back exactly as it was, with everything else', async () => {
    const { canary, meetingId } = await finishedMeetingWithTwoFamilies();
    const before = comparable([await world.db.meetings.get(meetingId), await world.db.meetingNotes.toArray(), await world.db.riskRounds.toArray()]);
    const deleted = (await deleteFamily(world.session, canary))!;
    await restoreFamily(world.session, deleted);
    const after = comparable([await world.db.meetings.get(meetingId), await world.db.meetingNotes.toArray(), await world.db.riskRounds.toArray()]);
    expect(after).toEqual(before);
    expect((await readMeeting(world.session, meetingId))!.deepDives[0]!.question).toBe(question);
    expect((await listActivity(world.db)).slice(0, 2).map((e) => [e.kind, e.familyCode])).toEqual([
      ['familyRestored', 'KAN-111'],
      ['familyDeleted', 'KAN-111'],
    ]);
  });

  it('undo after the meeting changed meanwhile puts the family back into the meeting as it is now', async () => {
    const { canary, meetingId } = await finishedMeetingWithTwoFamilies();
    const deleted = (await deleteFamily(world.session, canary))!;
    const { setClosingNote } = await import('../../../renderer/src/db/repositories/meetingRepository');
    await setClosingNote(world.session, meetingId, 'Kirjoitettu poiston jälkeen');
    await restoreFamily(world.session, deleted);
    const meeting = (await readMeeting(world.session, meetingId))!;
    expect(meeting.closingNote).toBe('Kirjoitettu poiston jälkeen');
    expect(meeting.deepDives.map((item) => item.id)).toEqual(['d-canary', 'd-other']);
    expect(meeting.participants.map((p) => p.id)).toContain('g-canary');
    expect(meeting.roles.teamCoordinator).toBe('g-canary');
    expect(runFitsSteps(meeting.run, buildMeetingSteps(meeting.template, { deepDiveItemIds: meeting.deepDives.map((item) => item.id), quickRoundFamilyCount: meeting.quickRound.length }))).toBe(true);
  });
});

describe('meetings still naming a family deleted before version 6', () => {
  it('lose its entries at the first unlock after the upgrade; the other family stays', async () => {
    const { canary, other, meetingId } = await finishedMeetingWithTwoFamilies();
    // As a family deleted by an older Kehä: its row and rows gone, the meeting untouched.
    await world.db.families.delete(canary);
    await world.db.settings.put({ key: sealedMigrationPendingKey, value: 'meetingsOfDeletedFamilies' });
    await unlockVaultIn(world.db, passphrase, fastIterations);
    const meeting = (await readMeeting(world.session, meetingId))!;
    expect(meeting.deepDives.map((item) => item.familyId)).toEqual([other]);
    expect(meeting.quickRound.map((item) => item.familyId)).toEqual([other]);
    expect(JSON.stringify(meeting)).not.toContain(question);
    expect(await world.db.settings.get(sealedMigrationPendingKey)).toBeUndefined();
  });
});

describe('erasure', () => {
  it('removes every record of the family from every table; its log keeps one entry, the erasure, with the code only', async () => {
    const { canary, meetingId } = await finishedMeetingWithTwoFamilies();
    await markTransferred(world.session, { familyId: canary, meetingId, deepDiveId: 'd-canary' });
    expect(await countErasure(world.session, canary)).toMatchObject({ meetings: 1, notes: 1, hypotheses: 1, actions: 1, riskRounds: 1, summaries: 1 });
    await eraseFamily(world.session, canary, 'KAN-111');
    const stored = await everything(world.session);
    for (const trace of [canary, question, guestName, 'd-canary', 'Kanarian']) expect(stored, trace).not.toContain(trace);
    const log = await listActivity(world.db);
    expect(log.filter((entry) => entry.familyCode === 'KAN-111').map((entry) => entry.kind)).toEqual(['familyErased']);
    // Earlier entries about it stay, without the code.
    expect(log.filter((entry) => entry.kind === 'summaryTransferred')).toEqual([expect.objectContaining({ familyCode: null })]);
  });

  it('a family deleted with Undo pending and then erased never comes back', async () => {
    const { canary } = await finishedMeetingWithTwoFamilies();
    const deleted = (await deleteFamily(world.session, canary))!;
    await eraseFamily(world.session, canary, 'KAN-111');
    await expect(restoreFamily(world.session, deleted)).rejects.toBeInstanceOf(FamilyErasedError);
    expect(await world.db.families.get(canary)).toBeUndefined();
    // The copy held for Undo is emptied too.
    expect(inspectStored(deleted)).not.toContain('KAN-111');
    expect(deleted.hypotheses).toEqual([]);
  });
});

describe('transfer marks, retention time and the erasure list', () => {
  it('marks a summary transferred with its date, takes the mark off and puts it back', async () => {
    const { canary, meetingId } = await finishedMeetingWithTwoFamilies();
    await markTransferred(world.session, { familyId: canary, meetingId, deepDiveId: 'd-canary' });
    const [row] = await world.db.summaryTransfers.toArray();
    expect(Object.keys(row!).sort()).toEqual(['deepDiveId', 'familyId', 'id', 'meetingId', 'transferredAt']);
    const removed = (await removeTransferMark(world.session, row!.id))!;
    expect(await world.db.summaryTransfers.count()).toBe(0);
    await restoreTransferMark(world.session, removed);
    expect(await world.db.summaryTransfers.toArray()).toEqual([row]);
  });

  it('the retention time is one of the choices, six months unless set', async () => {
    expect(await readRetentionMonths(world.db)).toBe(6);
    await saveRetentionMonths(world.db, 12);
    expect(await readRetentionMonths(world.db)).toBe(12);
    await expect(saveRetentionMonths(world.db, 7)).rejects.toBeInstanceOf(RangeError);
  });

  it('offers a closed family once its retention time has passed and every summary is transferred', async () => {
    const { canary, other, meetingId } = await finishedMeetingWithTwoFamilies();
    await setFamilyStatus(world.session, canary, 'closed');
    await setFamilyStatus(world.session, other, 'closed');
    expect(await listErasureCandidates(world.session)).toEqual([]);
    advanceMonths(6);
    // Time has passed, but neither family's summary is transferred.
    expect(await listErasureCandidates(world.session)).toEqual([]);
    await markTransferred(world.session, { familyId: canary, meetingId, deepDiveId: 'd-canary' });
    expect((await listErasureCandidates(world.session)).map((c) => [c.code, c.summaries])).toEqual([['KAN-111', 1]]);
    // A longer retention time puts it off again; reopening takes it off the list.
    await saveRetentionMonths(world.db, 12);
    expect(await listErasureCandidates(world.session)).toEqual([]);
    await saveRetentionMonths(world.db, 6);
    await setFamilyStatus(world.session, canary, 'active');
    expect(await listErasureCandidates(world.session)).toEqual([]);
  });

  it('a family closed before the closing time was kept counts from its last change', () => {
    const family = { id: 'f', code: 'OLD-1', status: 'closed' as const, demo: 0 as const, updatedAt: '2024-01-01T00:00:00.000Z' };
    expect(erasureCandidates([family], [], [], 6, new Date('2024-06-30T00:00:00.000Z'))).toEqual([]);
    expect(erasureCandidates([family], [], [], 6, new Date('2024-07-02T00:00:00.000Z')).map((c) => c.closedAt)).toEqual(['2024-01-01T00:00:00.000Z']);
  });
});
