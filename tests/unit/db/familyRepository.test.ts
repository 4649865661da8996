// Covers db/repositories/familyRepository.ts end to end through real encryption on fake-indexeddb.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KehaDatabase } from '../../../renderer/src/db/database';
import {
  CodeTakenError,
  countChildSessions,
  createFamily,
  InvalidCodeError,
  deleteFamily,
  listFamilies,
  readFamily,
  removeChild,
  restoreChild,
  restoreFamily,
  setFamilyCode,
  setFamilyStatus,
  takenCodes,
  updateFamilyPayload,
} from '../../../renderer/src/db/repositories/familyRepository';
import { RecordMissingError, sealPayload } from '../../../renderer/src/db/sealedRecords';
import type { Session } from '../../../renderer/src/db/session';
import { addAction, listActionsForFamily } from '../../../renderer/src/db/repositories/actionRepository';
import { createHypothesis, listHypothesesForFamily, listRevisionsForFamily, reviseHypothesis } from '../../../renderer/src/db/repositories/hypothesisRepository';
import { emptyCard } from '../../../shared/hypothesis/hypothesis';
import { readMeetingNotes, saveMeetingNote } from '../../../renderer/src/db/repositories/meetingNoteRepository';
import { readRiskRound, recordRiskScore } from '../../../renderer/src/db/repositories/riskRoundRepository';
import {
  createThreeHousesSession,
  listThreeHousesSessionsForChild,
  listThreeHousesSessionsForFamily,
} from '../../../renderer/src/db/repositories/threeHousesRepository';
import { addTimelineEvent, listTimelineEvents } from '../../../renderer/src/db/repositories/timelineRepository';
import { newSession } from '../../../shared/threeHouses/session';
import { comparable, freshDatabase, inspectStored, steppingClock, unlockedSession } from './support';

let db: KehaDatabase;
let session: Session;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ db, cleanup } = freshDatabase());
  session = await unlockedSession(db, { now: steppingClock('2025-03-01T10:00:00.000Z') });
});
afterEach(() => cleanup());

const children = [
  { id: 'c1', pseudonym: 'Tuuli', birthYear: 2016 },
  { id: 'c2', pseudonym: 'Ilmari', birthYear: null },
];

describe('createFamily / readFamily / listFamilies', () => {
  it('round-trips every field through encryption', async () => {
    const id = await createFamily(session, {
      code: 'kxr-482',
      label: 'Muutto Hämeenlinnaan',
      responsibleMemberId: 'm1',
      children,
      notes: 'Koulu on huolissaan.',
    });
    expect(await readFamily(session, id)).toEqual({
      id,
      code: 'KXR-482',
      label: 'Muutto Hämeenlinnaan',
      responsibleMemberId: 'm1',
      children,
      notes: 'Koulu on huolissaan.',
      status: 'active',
      demo: false,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
  });

  it('stores the code, status and dates in the clear but no label, child, worker or note text', async () => {
    const id = await createFamily(session, {
      code: 'KXR-482',
      label: 'Muutto Hämeenlinnaan',
      responsibleMemberId: 'member-sanna-id',
      children,
      notes: 'Koulu on huolissaan poissaoloista.',
    });
    const raw = await db.families.get(id);
    const stored = inspectStored(raw);
    expect(stored).toContain('KXR-482');
    expect(stored).toContain('active');
    for (const secret of ['Muutto', 'Hämeenlinnaan', 'Tuuli', 'Ilmari', '2016', 'member-sanna-id', 'Koulu', 'poissaoloista']) {
      expect(stored, secret).not.toContain(secret);
    }
    expect(Object.keys(raw!).sort()).toEqual(['closedAt', 'code', 'createdAt', 'demo', 'id', 'payload', 'status', 'updatedAt']);
    expect(raw!.closedAt).toBeNull();
  });

  it('defaults: no children, empty notes, active, not demo', async () => {
    const id = await createFamily(session, { code: 'A-1', label: '', responsibleMemberId: null });
    expect(await readFamily(session, id)).toMatchObject({ children: [], notes: '', status: 'active', demo: false, label: '' });
  });

  it('refuses an invalid payload before writing anything', async () => {
    await expect(
      createFamily(session, { code: 'A-1', label: 'x'.repeat(10_000), responsibleMemberId: null }),
    ).rejects.toThrow();
    expect(await db.families.count()).toBe(0);
  });

  it('lists all families decrypted; readFamily of an unknown id is null', async () => {
    const a = await createFamily(session, { code: 'A-1', label: 'first', responsibleMemberId: null });
    const b = await createFamily(session, { code: 'B-2', label: 'second', responsibleMemberId: null, status: 'closed' });
    const listed = await listFamilies(session);
    expect(listed.map((f) => [f.id, f.label, f.status]).sort()).toEqual(
      [
        [a, 'first', 'active'],
        [b, 'second', 'closed'],
      ].sort(),
    );
    expect(await readFamily(session, 'no-such-id')).toBeNull();
  });

  it('takenCodes lists the other families\u2019 normalised codes', async () => {
    const a = await createFamily(session, { code: 'a-1', label: '', responsibleMemberId: null });
    await createFamily(session, { code: 'B-2', label: '', responsibleMemberId: null });
    expect([...(await takenCodes(session, null))].sort()).toEqual(['A-1', 'B-2']);
    expect([...(await takenCodes(session, a))]).toEqual(['B-2']);
  });
});

describe('pseudonym code validity', () => {
  it('refuses an empty or malformed code at the repository, writing nothing', async () => {
    for (const code of ['', '   ', '-ABC', 'A B', 'x'.repeat(25)]) {
      await expect(createFamily(session, { code, label: '', responsibleMemberId: null })).rejects.toBeInstanceOf(InvalidCodeError);
    }
    expect(await db.families.count()).toBe(0);
    const id = await createFamily(session, { code: 'ok-1', label: '', responsibleMemberId: null });
    await expect(setFamilyCode(session, id, ' ')).rejects.toBeInstanceOf(InvalidCodeError);
    expect((await readFamily(session, id))?.code).toBe('OK-1');
  });
});

describe('pseudonym code uniqueness', () => {
  it('rejects a duplicate code case-insensitively with CodeTakenError and writes nothing', async () => {
    const first = await createFamily(session, { code: 'KXR-482', label: 'first', responsibleMemberId: null });
    const before = comparable(await db.families.toArray());
    const attempt = createFamily(session, { code: ' kxr-482 ', label: 'second', responsibleMemberId: null });
    await expect(attempt).rejects.toBeInstanceOf(CodeTakenError);
    await expect(attempt).rejects.toMatchObject({ code: 'KXR-482' });
    expect(comparable(await db.families.toArray())).toEqual(before);
    expect((await readFamily(session, first))?.label).toBe('first');
  });

  it('setFamilyCode normalises the new code and keeps the payload', async () => {
    const id = await createFamily(session, { code: 'A-1', label: 'kept', responsibleMemberId: null, children });
    await setFamilyCode(session, id, '  new-9 ');
    expect(await readFamily(session, id)).toMatchObject({ code: 'NEW-9', label: 'kept', children });
    expect(await db.families.where('code').equals('NEW-9').primaryKeys()).toEqual([id]);
    expect(await db.families.where('code').equals('A-1').count()).toBe(0);
  });

  it('setFamilyCode to another family\u2019s code throws CodeTakenError and changes nothing', async () => {
    await createFamily(session, { code: 'A-1', label: 'a', responsibleMemberId: null });
    const b = await createFamily(session, { code: 'B-2', label: 'b', responsibleMemberId: null });
    const before = comparable(await db.families.toArray());
    await expect(setFamilyCode(session, b, 'a-1')).rejects.toBeInstanceOf(CodeTakenError);
    expect(comparable(await db.families.toArray())).toEqual(before);
  });

  it('setting a family\u2019s code to its own code is not a conflict', async () => {
    const id = await createFamily(session, { code: 'A-1', label: 'a', responsibleMemberId: null });
    await expect(setFamilyCode(session, id, 'a-1')).resolves.toBeUndefined();
  });
});

describe('updates', () => {
  it('updateFamilyPayload changes the payload, moves updatedAt forward and re-encrypts with a new IV', async () => {
    const id = await createFamily(session, { code: 'A-1', label: 'old', responsibleMemberId: null });
    const before = (await db.families.get(id))!;
    await updateFamilyPayload(session, id, (payload) => ({ ...payload, label: 'uusi nimi', children }));
    const after = (await db.families.get(id))!;
    expect(await readFamily(session, id)).toMatchObject({ label: 'uusi nimi', children, code: 'A-1', createdAt: before.createdAt });
    expect(after.updatedAt > before.updatedAt).toBe(true);
    expect([...after.payload.iv]).not.toEqual([...before.payload.iv]);
    expect(inspectStored(after)).not.toContain('uusi nimi');
  });

  it('two concurrent edits of different fields both survive', async () => {
    const id = await createFamily(session, { code: 'A-1', label: 'old label', responsibleMemberId: null, notes: 'old notes' });
    await Promise.all([
      updateFamilyPayload(session, id, (payload) => ({ ...payload, label: 'new label' })),
      updateFamilyPayload(session, id, (payload) => ({ ...payload, notes: 'new notes' })),
    ]);
    expect(await readFamily(session, id)).toMatchObject({ label: 'new label', notes: 'new notes' });
  });

  it('many concurrent edits (fields, children, status) all survive', async () => {
    const id = await createFamily(session, { code: 'A-1', label: '', responsibleMemberId: null });
    await Promise.all([
      updateFamilyPayload(session, id, (p) => ({ ...p, label: 'L' })),
      updateFamilyPayload(session, id, (p) => ({ ...p, notes: 'N' })),
      updateFamilyPayload(session, id, (p) => ({ ...p, responsibleMemberId: 'm1' })),
      updateFamilyPayload(session, id, (p) => ({ ...p, children: [...p.children, children[0]!] })),
      updateFamilyPayload(session, id, (p) => ({ ...p, children: [...p.children, children[1]!] })),
      setFamilyStatus(session, id, 'closed'),
    ]);
    const family = (await readFamily(session, id))!;
    expect(family).toMatchObject({ label: 'L', notes: 'N', responsibleMemberId: 'm1', status: 'closed' });
    expect(family.children.map((c) => c.id).sort()).toEqual(['c1', 'c2']);
  });

  it('a write from elsewhere between read and write is re-read and kept, not overwritten', async () => {
    const id = await createFamily(session, { code: 'A-1', label: 'old', responsibleMemberId: null, notes: 'old' });
    const original = (await db.families.get(id))!;
    // What another tab would have written: same record, notes changed, sealed with a fresh IV.
    const otherPayload = await sealPayload(session, db.families, original, {
      label: 'old',
      responsibleMemberId: null,
      children: [],
      notes: 'from the other tab',
    });
    let calls = 0;
    await updateFamilyPayload(session, id, (payload) => {
      calls++;
      // The other tab's write lands while this change is being encrypted.
      if (calls === 1) void db.families.put({ ...original, payload: otherPayload });
      return { ...payload, label: 'from this tab' };
    });
    expect(calls).toBe(2);
    expect(await readFamily(session, id)).toMatchObject({ label: 'from this tab', notes: 'from the other tab' });
  });

  it('an update that makes the payload invalid is refused and nothing changes', async () => {
    const id = await createFamily(session, { code: 'A-1', label: 'ok', responsibleMemberId: null });
    const before = comparable(await db.families.get(id));
    await expect(updateFamilyPayload(session, id, (p) => ({ ...p, notes: 'x'.repeat(20_001) }))).rejects.toThrow();
    expect(comparable(await db.families.get(id))).toEqual(before);
  });

  it('updating a deleted family throws RecordMissingError', async () => {
    const id = await createFamily(session, { code: 'A-1', label: 'ok', responsibleMemberId: null });
    await deleteFamily(session, id);
    await expect(updateFamilyPayload(session, id, (p) => p)).rejects.toBeInstanceOf(RecordMissingError);
    expect(await db.families.count()).toBe(0);
  });

  it('setFamilyStatus changes the indexed status and keeps the payload', async () => {
    const id = await createFamily(session, { code: 'A-1', label: 'kept', responsibleMemberId: null, children });
    await setFamilyStatus(session, id, 'closed');
    expect(await readFamily(session, id)).toMatchObject({ status: 'closed', label: 'kept', children });
    expect(await db.families.where('status').equals('closed').primaryKeys()).toEqual([id]);
    expect(await db.families.where('status').equals('active').count()).toBe(0);
  });
});

describe('AAD binding', () => {
  it('a payload copied onto another family fails to decrypt instead of showing the wrong family', async () => {
    const a = await createFamily(session, { code: 'A-1', label: 'family A', responsibleMemberId: null });
    const b = await createFamily(session, { code: 'B-2', label: 'family B', responsibleMemberId: null });
    const rowA = (await db.families.get(a))!;
    await db.families.update(b, { payload: rowA.payload });
    await expect(readFamily(session, b)).rejects.toThrow();
    // The list leaves it out (and the notice names it) rather than showing family A twice.
    expect((await listFamilies(session)).map((family) => family.id)).toEqual([a]);
    expect((await readFamily(session, a))?.label).toBe('family A');
  });
});

describe('delete and undo', () => {
  it('deleteFamily returns the stored row and restoreFamily puts back the identical row', async () => {
    const id = await createFamily(session, { code: 'A-1', label: 'to delete', responsibleMemberId: 'm1', children, notes: 'n' });
    await setFamilyStatus(session, id, 'closed');
    const stored = comparable(await db.families.get(id));
    const decrypted = await readFamily(session, id);

    const deleted = await deleteFamily(session, id);
    expect(comparable(deleted?.family)).toEqual(stored);
    expect(await readFamily(session, id)).toBeNull();
    expect(await db.families.where('code').equals('A-1').count()).toBe(0);

    await restoreFamily(session, deleted!);
    expect(comparable(await db.families.get(id))).toEqual(stored);
    expect(await readFamily(session, id)).toEqual(decrypted);
  });

  it('deleting an unknown id returns undefined and deletes nothing', async () => {
    await createFamily(session, { code: 'A-1', label: '', responsibleMemberId: null });
    expect(await deleteFamily(session, 'nope')).toBeUndefined();
    expect(await db.families.count()).toBe(1);
  });

  it('restore fails with CodeTakenError if the code was given to a new family meanwhile', async () => {
    const id = await createFamily(session, { code: 'A-1', label: 'old', responsibleMemberId: null });
    const deleted = (await deleteFamily(session, id))!;
    const other = await createFamily(session, { code: 'a-1', label: 'new', responsibleMemberId: null });
    await expect(restoreFamily(session, deleted)).rejects.toBeInstanceOf(CodeTakenError);
    expect(await db.families.toCollection().primaryKeys()).toEqual([other]);
  });

  it('takes everything meetings captured about the family along, leaves other families alone, and undo brings it all back', async () => {
    const gone = await createFamily(session, { code: 'G-1', label: 'goes', responsibleMemberId: null });
    const kept = await createFamily(session, { code: 'K-1', label: 'stays', responsibleMemberId: null });
    const capture = async (familyId: string, word: string) => {
      const hypothesis = await createHypothesis(session, { familyId, meetingId: 'm1', card: emptyCard(`${word} hypothesis`) });
      await reviseHypothesis(session, hypothesis, { status: 'weakened', reason: `${word} reason` }, { meetingId: 'm2' });
      await addAction(session, { familyId, meetingId: 'm1', kind: 'action', text: `${word} action`, ownerId: null, ownerName: '', due: null });
      await recordRiskScore(session, { meetingId: 'm1', agendaItemId: `item-${word}`, familyId }, { participantId: 'p1', participantName: 'P', score: 5, reason: word, oneUp: '' });
      await saveMeetingNote(session, { meetingId: 'm1', stepKey: `plan:item-${word}`, familyId }, `${word} note`);
    };
    await capture(gone, 'gone');
    await capture(kept, 'kept');
    await saveMeetingNote(session, { meetingId: 'm1', stepKey: 'opening', familyId: null }, 'opening note');

    const deleted = (await deleteFamily(session, gone))!;
    expect(await listHypothesesForFamily(session, gone)).toEqual([]);
    expect(await listRevisionsForFamily(session, gone)).toEqual([]);
    expect(await listActionsForFamily(session, gone)).toEqual([]);
    expect(await readRiskRound(session, 'm1', 'item-gone')).toBeNull();
    expect([...(await readMeetingNotes(session, 'm1')).keys()].sort()).toEqual(['opening', 'plan:item-kept']);
    expect((await listHypothesesForFamily(session, kept)).map((h) => h.wording)).toEqual(['kept hypothesis']);
    expect((await readRiskRound(session, 'm1', 'item-kept'))?.scores).toHaveLength(1);

    await restoreFamily(session, deleted);
    expect((await listHypothesesForFamily(session, gone)).map((h) => h.wording)).toEqual(['gone hypothesis']);
    expect((await listRevisionsForFamily(session, gone)).map((r) => [r.seq, r.status, r.reason])).toEqual([
      [1, 'open', ''],
      [2, 'weakened', 'gone reason'],
    ]);
    expect((await listActionsForFamily(session, gone)).map((a) => a.text)).toEqual(['gone action']);
    expect((await readRiskRound(session, 'm1', 'item-gone'))?.scores[0]?.reason).toBe('gone');
    expect((await readMeetingNotes(session, 'm1')).get('plan:item-gone')?.text).toBe('gone note');
  });

  it('takes the family’s timeline and its children’s three-houses sessions along, and undo brings them back', async () => {
    const gone = await createFamily(session, { code: 'G-1', label: 'goes', responsibleMemberId: null, children });
    const kept = await createFamily(session, { code: 'K-1', label: 'stays', responsibleMemberId: null, children });
    const method = async (familyId: string, word: string) => {
      for (const year of [2019, 2021]) {
        await addTimelineEvent(session, {
          familyId,
          event: {
            date: { precision: 'year', year },
            endDate: null,
            title: `${word} ${year}`,
            category: 'family',
            people: [],
            source: null,
            sourceNote: '',
            actionTaken: '',
            ownView: '',
            shownToFamily: false,
          },
        });
      }
      await createThreeHousesSession(session, { familyId, session: newSession({ childId: 'c1', date: '2025-02-01', worker: { memberId: null, name: word } }) });
    };
    await method(gone, 'gone');
    await method(kept, 'kept');
    const timelineBefore = await listTimelineEvents(session, gone);
    const sessionsBefore = await listThreeHousesSessionsForFamily(session, gone);
    const storedBefore = comparable([await db.timelineEvents.toArray(), await db.threeHousesSessions.toArray()]);

    const deleted = (await deleteFamily(session, gone))!;
    expect(await listTimelineEvents(session, gone)).toEqual([]);
    expect(await listThreeHousesSessionsForChild(session, gone, 'c1')).toEqual([]);
    expect((await listTimelineEvents(session, kept)).map((e) => e.title)).toEqual(['kept 2019', 'kept 2021']);
    expect((await listThreeHousesSessionsForChild(session, kept, 'c1')).map((s) => s.worker.name)).toEqual(['kept']);

    await restoreFamily(session, deleted);
    expect(await listTimelineEvents(session, gone)).toEqual(timelineBefore);
    expect(await listThreeHousesSessionsForFamily(session, gone)).toEqual(sessionsBefore);
    expect(comparable([await db.timelineEvents.toArray(), await db.threeHousesSessions.toArray()])).toEqual(storedBefore);
  });

  it('an undo that fails on a taken code restores nothing of the captured data either', async () => {
    const id = await createFamily(session, { code: 'A-1', label: 'old', responsibleMemberId: null });
    await createHypothesis(session, { familyId: id, meetingId: 'm1', card: emptyCard('an idea') });
    await createThreeHousesSession(session, { familyId: id, session: newSession({ childId: 'c1', date: '2025-02-01', worker: { memberId: null, name: 'S' } }) });
    const deleted = (await deleteFamily(session, id))!;
    await createFamily(session, { code: 'A-1', label: 'new', responsibleMemberId: null });
    await expect(restoreFamily(session, deleted)).rejects.toBeInstanceOf(CodeTakenError);
    expect(await listHypothesesForFamily(session, id)).toEqual([]);
    expect(await listRevisionsForFamily(session, id)).toEqual([]);
    expect(await listThreeHousesSessionsForFamily(session, id)).toEqual([]);
  });
});

describe('removing a child', () => {
  const sessionOf = (childId: string, name: string) => newSession({ childId, date: '2025-02-01', worker: { memberId: null, name } });

  it('takes the child’s three-houses sessions along in one step, leaves the siblings’ and other families’ alone, and undo brings all back in place', async () => {
    const id = await createFamily(session, { code: 'R-1', label: '', responsibleMemberId: null, children });
    const other = await createFamily(session, { code: 'O-1', label: '', responsibleMemberId: null, children });
    await createThreeHousesSession(session, { familyId: id, session: sessionOf('c1', 'Tuuli 1') });
    await createThreeHousesSession(session, { familyId: id, session: sessionOf('c1', 'Tuuli 2') });
    await createThreeHousesSession(session, { familyId: id, session: sessionOf('c2', 'Ilmari') });
    await createThreeHousesSession(session, { familyId: other, session: sessionOf('c1', 'other family') });
    expect(await countChildSessions(session, id, 'c1')).toBe(2);
    const storedBefore = comparable(await db.threeHousesSessions.toArray());

    const removed = (await removeChild(session, id, 'c1'))!;
    expect(removed.child.pseudonym).toBe('Tuuli');
    expect(removed.threeHousesSessions).toHaveLength(2);
    expect((await readFamily(session, id))!.children.map((child) => child.pseudonym)).toEqual(['Ilmari']);
    expect(await countChildSessions(session, id, 'c1')).toBe(0);
    expect((await listThreeHousesSessionsForChild(session, id, 'c2')).map((entry) => entry.worker.name)).toEqual(['Ilmari']);
    expect((await listThreeHousesSessionsForChild(session, other, 'c1')).map((entry) => entry.worker.name)).toEqual(['other family']);

    await restoreChild(session, removed);
    expect((await readFamily(session, id))!.children).toEqual(children);
    expect(comparable(await db.threeHousesSessions.toArray())).toEqual(storedBefore);
    // A second undo changes nothing; removing a child that is gone returns nothing.
    await restoreChild(session, removed);
    expect((await readFamily(session, id))!.children).toEqual(children);
    expect(await removeChild(session, id, 'no-such-child')).toBeUndefined();
    expect(await countChildSessions(session, id, 'c1')).toBe(2);
  });
});
