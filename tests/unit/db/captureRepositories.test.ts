// Covers what the team captures while a meeting runs: phase notes (meetingNoteRepository), risk
// rounds (riskRoundRepository) and actions and questions for the family (actionRepository);
// hypotheses are covered in hypothesisRepository.test.ts. Content is encrypted at rest, nothing
// typed is lost when two windows write at once, deleting can be undone, and revealed risk scores
// can no longer change; the chair's entry of a round from paper (one write, revealed, marked, refused
// once someone scored here, undone) and last time's round of a family (from an earlier meeting).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  addAction,
  deleteAction,
  listActionsForFamily,
  listActionsForMeeting,
  listOpenActions,
  restoreAction,
  restoreFamilyAnswer,
  setActionStatus,
  setFamilyAnswer,
  updateAction,
  type NewAction,
} from '../../../renderer/src/db/repositories/actionRepository';
import { noteId, readMeetingNotes, saveMeetingNote } from '../../../renderer/src/db/repositories/meetingNoteRepository';
import {
  listRevealedRiskRoundsForFamily,
  listRiskRoundsForMeeting,
  readEarlierRiskRound,
  readRiskRound,
  recordPaperRiskRound,
  recordRiskScore,
  revealRiskRound,
  RiskRoundRevealedError,
  RiskRoundStartedError,
  undoPaperRiskRound,
  withdrawRiskScore,
} from '../../../renderer/src/db/repositories/riskRoundRepository';
import type { MeetingRow } from '../../../renderer/src/db/database';
import { notStartedRun } from '../../../shared/meeting/engine';
import type { RiskScore } from '../../../shared/meeting/meeting';
import { comparable, inspectStored, repositoryWorld, secondWindow, whileNextEncrypting } from './support';

const world = repositoryWorld('2031-06-03T09:00:00.000Z');

/** A second window on the same database, unlocked with the same passphrase. */
const otherWindow = () => secondWindow(world.name, world.others, '2031-06-03T09:00:00.500Z');

const meetingA = 'meeting-a';
const meetingB = 'meeting-b';
const familyX = 'family-x';
const familyY = 'family-y';

describe('phase notes', () => {
  const opening = { meetingId: meetingA, stepKey: 'opening', familyId: null };
  const hypothesesX = { meetingId: meetingA, stepKey: 'hypotheses:item-1', familyId: familyX };

  it('the first save creates the note and later saves change it: one record per step', async () => {
    await saveMeetingNote(world.session, hypothesesX, 'Äiti');
    const first = (await readMeetingNotes(world.session, meetingA)).get('hypotheses:item-1');
    expect(first).toMatchObject({ stepKey: 'hypotheses:item-1', familyId: familyX, text: 'Äiti' });

    await saveMeetingNote(world.session, hypothesesX, 'Äiti kertoi, että isä muutti pois.');
    const notes = await readMeetingNotes(world.session, meetingA);
    expect(notes.get('hypotheses:item-1')?.text).toBe('Äiti kertoi, että isä muutti pois.');
    expect(notes.get('hypotheses:item-1')!.updatedAt > first!.updatedAt).toBe(true);
    expect(await world.db.meetingNotes.count()).toBe(1);
  });

  it('keeps each step’s notes apart, and another meeting’s notes out', async () => {
    await saveMeetingNote(world.session, opening, 'Kuulumiset: Sanna lomalla ensi viikolla.');
    await saveMeetingNote(world.session, hypothesesX, 'Isä pelkää menettävänsä lapset.');
    await saveMeetingNote(world.session, { ...opening, meetingId: meetingB }, 'Toisen kokouksen avaus.');
    const notes = await readMeetingNotes(world.session, meetingA);
    expect([...notes.keys()].sort()).toEqual(['hypotheses:item-1', 'opening']);
    expect(notes.get('opening')).toMatchObject({ familyId: null, text: 'Kuulumiset: Sanna lomalla ensi viikolla.' });
    expect((await readMeetingNotes(world.session, meetingB)).get('opening')?.text).toBe('Toisen kokouksen avaus.');
    expect(await readMeetingNotes(world.session, 'no-meeting')).toEqual(new Map());
  });

  it('an emptied note is saved as empty (deleting text is an edit too)', async () => {
    await saveMeetingNote(world.session, opening, 'Väärä perhe');
    await saveMeetingNote(world.session, opening, '');
    expect((await readMeetingNotes(world.session, meetingA)).get('opening')?.text).toBe('');
  });

  it('is encrypted at rest: the text never appears in the stored record', async () => {
    await saveMeetingNote(world.session, hypothesesX, 'Isä pelkää menettävänsä lapset.');
    const stored = inspectStored(await world.db.meetingNotes.get(noteId(meetingA, 'hypotheses:item-1')));
    for (const secret of ['Isä', 'pelkää', 'lapset']) expect(stored, secret).not.toContain(secret);
  });

  it('refuses a note over the limit and keeps the last saved text', async () => {
    await saveMeetingNote(world.session, opening, 'Tallessa');
    await expect(saveMeetingNote(world.session, opening, 'x'.repeat(20_001))).rejects.toThrow();
    expect((await readMeetingNotes(world.session, meetingA)).get('opening')?.text).toBe('Tallessa');
  });

  it('two windows saving the first text of the same note at once end with one record and the last text', async () => {
    const other = await otherWindow();
    // The other window creates the note while this one is still encrypting its own first save.
    whileNextEncrypting(() => saveMeetingNote(other, hypothesesX, 'Toisesta ikkunasta'));
    await saveMeetingNote(world.session, hypothesesX, 'Tästä ikkunasta, viimeisenä');
    expect(await world.db.meetingNotes.count()).toBe(1);
    expect((await readMeetingNotes(world.session, meetingA)).get('hypotheses:item-1')?.text).toBe('Tästä ikkunasta, viimeisenä');
    expect((await readMeetingNotes(other, meetingA)).get('hypotheses:item-1')?.text).toBe('Tästä ikkunasta, viimeisenä');
  });

  it('two windows saving at the very same moment never fail and leave one readable record', async () => {
    const other = await otherWindow();
    const texts = ['Ensimmäinen ikkuna', 'Toinen ikkuna'];
    await Promise.all([saveMeetingNote(world.session, opening, texts[0]!), saveMeetingNote(other, opening, texts[1]!)]);
    expect(await world.db.meetingNotes.count()).toBe(1);
    const text = (await readMeetingNotes(world.session, meetingA)).get('opening')?.text;
    expect(texts).toContain(text);
    expect((await readMeetingNotes(other, meetingA)).get('opening')?.text).toBe(text);
  });
});

describe('actions and questions for the family', () => {
  const action = (overrides: Partial<NewAction> = {}): NewAction => ({
    kind: 'action',
    text: 'Soita koululle ja kysy poissaoloista',
    ownerId: 'm-sanna',
    ownerName: 'Sanna Virtanen',
    familyId: familyX,
    meetingId: meetingA,
    due: '2031-06-10',
    ...overrides,
  });

  it('are listed by meeting and by family, oldest first, with their owner and due date', async () => {
    const call = await addAction(world.session, action());
    const question = await addAction(
      world.session,
      action({ kind: 'familyQuestion', text: 'Miten viikonloppu isällä meni?', ownerId: null, ownerName: '', due: null }),
    );
    const elsewhere = await addAction(world.session, action({ meetingId: meetingB, text: 'Varaa kotikäynti' }));
    const otherFamily = await addAction(world.session, action({ familyId: familyY }));

    expect((await listActionsForMeeting(world.session, meetingA)).map((a) => a.id)).toEqual([call, question, otherFamily]);
    expect((await listActionsForFamily(world.session, familyX)).map((a) => a.id)).toEqual([call, question, elsewhere]);
    const listed = (await listActionsForFamily(world.session, familyX))[1]!;
    expect(listed).toMatchObject({
      id: question,
      kind: 'familyQuestion',
      text: 'Miten viikonloppu isällä meni?',
      ownerId: null,
      ownerName: '',
      status: 'open',
      due: null,
      doneAt: null,
    });
  });

  it('marking done takes an action off the open list (from every meeting); reopening puts it back', async () => {
    const a = await addAction(world.session, action());
    const b = await addAction(world.session, action({ meetingId: meetingB, familyId: familyY, text: 'Pyydä lausunto' }));
    expect((await listOpenActions(world.session)).map((x) => x.id)).toEqual([a, b]);

    await setActionStatus(world.session, a, 'done');
    const done = (await listActionsForFamily(world.session, familyX))[0]!;
    expect(done.status).toBe('done');
    expect(done.doneAt).not.toBeNull();
    expect((await listOpenActions(world.session)).map((x) => x.id)).toEqual([b]);
    expect(await world.db.actions.where('status').equals('done').primaryKeys()).toEqual([a]);

    await setActionStatus(world.session, a, 'open');
    expect((await listActionsForFamily(world.session, familyX))[0]).toMatchObject({ status: 'open', doneAt: null });
    expect((await listOpenActions(world.session)).map((x) => x.id)).toEqual([a, b]);
    await expect(setActionStatus(world.session, 'missing', 'done')).rejects.toThrow();
  });

  it('can be edited: text, owner and due date (also cleared), keeping the status', async () => {
    const id = await addAction(world.session, action());
    await setActionStatus(world.session, id, 'done');
    await updateAction(world.session, id, { text: 'Soita koululle perjantaina', ownerId: 'm-mikko', ownerName: 'Mikko Järvinen' });
    expect((await listActionsForMeeting(world.session, meetingA))[0]).toMatchObject({
      text: 'Soita koululle perjantaina',
      ownerId: 'm-mikko',
      ownerName: 'Mikko Järvinen',
      due: '2031-06-10',
      status: 'done',
    });
    await updateAction(world.session, id, { due: '2031-06-20' });
    expect((await listActionsForMeeting(world.session, meetingA))[0]!.due).toBe('2031-06-20');
    await updateAction(world.session, id, { due: null });
    expect((await listActionsForMeeting(world.session, meetingA))[0]).toMatchObject({ due: null, text: 'Soita koululle perjantaina' });
    await expect(updateAction(world.session, id, { text: '' })).rejects.toThrow();
    expect((await listActionsForMeeting(world.session, meetingA))[0]!.text).toBe('Soita koululle perjantaina');
  });

  it('an edit in one window and marking done in another both stay', async () => {
    const id = await addAction(world.session, action());
    const other = await otherWindow();
    whileNextEncrypting(() => setActionStatus(other, id, 'done'));
    await updateAction(world.session, id, { text: 'Soita rehtorille' });
    expect((await listActionsForMeeting(world.session, meetingA))[0]).toMatchObject({ text: 'Soita rehtorille', status: 'done' });
  });

  it('a question keeps the hypothesis it came from and the family’s answer; recording marks it done, undo puts back what was', async () => {
    const id = await addAction(world.session, action({ kind: 'familyQuestion', text: 'Kuka auttaa aamuisin?', ownerId: null, ownerName: '', due: null, hypothesisId: 'h-1' }));
    const answer = { text: 'Mummo käy aamuisin', date: '2031-06-05', askedById: 'm-sanna', askedByName: 'Sanna Virtanen' };
    const recorded = await setFamilyAnswer(world.session, id, answer);
    expect(recorded.previous).toEqual({ answer: null, status: 'open', doneAt: null });
    expect((await listActionsForFamily(world.session, familyX))[0]).toMatchObject({ hypothesisId: 'h-1', answer, status: 'done' });
    const edited = await setFamilyAnswer(world.session, id, { ...answer, text: 'Mummo ja naapuri' });
    expect(edited.previous).toMatchObject({ answer, status: 'done' });
    const cleared = await setFamilyAnswer(world.session, id, null);
    const afterClear = (await listActionsForFamily(world.session, familyX))[0]!;
    expect(afterClear.answer).toBeUndefined();
    expect(afterClear.status).toBe('done');
    await restoreFamilyAnswer(world.session, cleared);
    expect((await listActionsForFamily(world.session, familyX))[0]!.answer?.text).toBe('Mummo ja naapuri');
    await restoreFamilyAnswer(world.session, edited);
    await restoreFamilyAnswer(world.session, recorded);
    expect((await listActionsForFamily(world.session, familyX))[0]).toMatchObject({ status: 'open', doneAt: null });
    expect((await listActionsForFamily(world.session, familyX))[0]!.answer).toBeUndefined();
    const task = await addAction(world.session, action());
    await expect(setFamilyAnswer(world.session, task, answer)).rejects.toThrow();
    await expect(setFamilyAnswer(world.session, id, { ...answer, text: '' })).rejects.toThrow();
  });

  it('delete then undo gives back exactly the same action, open again on the list', async () => {
    const id = await addAction(world.session, action());
    const before = await listOpenActions(world.session);
    const storedBefore = comparable(await world.db.actions.get(id));
    const deleted = await deleteAction(world.session, id);
    expect(await listOpenActions(world.session)).toEqual([]);
    await restoreAction(world.session, deleted!);
    expect(await listOpenActions(world.session)).toEqual(before);
    expect(comparable(await world.db.actions.get(id))).toEqual(storedBefore);
  });

  it('keep text and owner encrypted; due date and status are in the clear', async () => {
    const id = await addAction(world.session, action());
    const stored = inspectStored(await world.db.actions.get(id));
    for (const secret of ['Soita', 'koululle', 'Sanna', 'Virtanen', 'm-sanna']) expect(stored, secret).not.toContain(secret);
    expect(stored).toContain('"due":"2031-06-10"');
    expect(stored).toContain('"status":"open"');
    expect(stored).toContain('"kind":"action"');
  });
});

describe('risk rounds', () => {
  const round = { meetingId: meetingA, agendaItemId: 'item-1', familyId: familyX };
  const score = (participantId: string, value: number | null, reason = 'Isä on sitoutunut tapaamisiin'): RiskScore => ({
    participantId,
    participantName: participantId === 'm-sanna' ? 'Sanna Virtanen' : 'Mikko Järvinen',
    score: value,
    reason,
    oneUp: 'Koulu saisi tiedon poissaoloista samana päivänä',
  });

  it('records each participant’s score, replacing only their own, and a withdrawn score is gone', async () => {
    await recordRiskScore(world.session, round, score('m-sanna', 4));
    await recordRiskScore(world.session, round, score('m-mikko', null, 'En tunne perhettä'));
    await recordRiskScore(world.session, round, score('m-sanna', 6, 'Äiti otti yhteyttä itse'));

    const recorded = (await readRiskRound(world.session, meetingA, 'item-1'))!;
    expect(recorded).toMatchObject({ meetingId: meetingA, agendaItemId: 'item-1', familyId: familyX, revealedAt: null });
    expect(recorded.scores).toHaveLength(2);
    expect(recorded.scores.find((s) => s.participantId === 'm-sanna')).toMatchObject({ score: 6, reason: 'Äiti otti yhteyttä itse' });
    expect(recorded.scores.find((s) => s.participantId === 'm-mikko')).toMatchObject({ score: null, reason: 'En tunne perhettä' });

    await withdrawRiskScore(world.session, round, 'm-sanna');
    expect((await readRiskRound(world.session, meetingA, 'item-1'))!.scores.map((s) => s.participantId)).toEqual(['m-mikko']);
    expect(await readRiskRound(world.session, meetingA, 'other-item')).toBeNull();
  });

  it('refuses a score outside 0–10 and keeps the round as it was', async () => {
    await recordRiskScore(world.session, round, score('m-sanna', 4));
    const before = comparable(await world.db.riskRounds.toArray());
    await expect(recordRiskScore(world.session, round, score('m-mikko', 11))).rejects.toThrow();
    await expect(recordRiskScore(world.session, { ...round, agendaItemId: 'item-2' }, score('m-mikko', -1))).rejects.toThrow();
    expect(comparable(await world.db.riskRounds.toArray())).toEqual(before);
  });

  it('scores, reasons and names are not readable on disk before or after the reveal', async () => {
    await recordRiskScore(world.session, round, score('m-sanna', 7, 'Mummo asuu lähellä'));
    await revealRiskRound(world.session, meetingA, 'item-1');
    const row = (await world.db.riskRounds.toArray())[0]!;
    const stored = inspectStored(row);
    for (const secret of ['Mummo', 'Sanna', 'm-sanna', 'Koulu', 'score', 'scores']) expect(stored, secret).not.toContain(secret);
    expect(Object.keys(row).sort()).toEqual(['agendaItemId', 'familyId', 'id', 'meetingId', 'payload', 'revealedAt', 'updatedAt']);
  });

  it('reveal sets the time once; after it no score can be recorded, replaced or withdrawn, and nothing changes', async () => {
    await recordRiskScore(world.session, round, score('m-sanna', 4));
    await revealRiskRound(world.session, meetingA, 'item-1');
    const revealed = (await readRiskRound(world.session, meetingA, 'item-1'))!;
    expect(revealed.revealedAt).toEqual(expect.any(Number));
    const stored = comparable(await world.db.riskRounds.toArray());

    await revealRiskRound(world.session, meetingA, 'item-1');
    expect((await readRiskRound(world.session, meetingA, 'item-1'))!.revealedAt).toBe(revealed.revealedAt);

    await expect(recordRiskScore(world.session, round, score('m-mikko', 2))).rejects.toBeInstanceOf(RiskRoundRevealedError);
    await expect(recordRiskScore(world.session, round, score('m-sanna', 9))).rejects.toBeInstanceOf(RiskRoundRevealedError);
    await expect(withdrawRiskScore(world.session, round, 'm-sanna')).rejects.toBeInstanceOf(RiskRoundRevealedError);
    expect(comparable(await world.db.riskRounds.toArray())).toEqual(stored);
    expect((await readRiskRound(world.session, meetingA, 'item-1'))!.scores).toEqual([score('m-sanna', 4)]);
  });

  it('a round with no scores cannot be revealed', async () => {
    await expect(revealRiskRound(world.session, meetingA, 'item-1')).rejects.toThrow();
    expect(await world.db.riskRounds.count()).toBe(0);
  });

  it('a score being saved while another window reveals the round is refused, so nobody re-anchors after the reveal', async () => {
    await recordRiskScore(world.session, round, score('m-sanna', 4));
    const other = await otherWindow();
    whileNextEncrypting(() => revealRiskRound(other, meetingA, 'item-1'));
    await expect(recordRiskScore(world.session, round, score('m-mikko', 8))).rejects.toBeInstanceOf(RiskRoundRevealedError);
    const after = (await readRiskRound(world.session, meetingA, 'item-1'))!;
    expect(after.revealedAt).not.toBeNull();
    expect(after.scores).toEqual([score('m-sanna', 4)]);
  });

  it('two participants scoring at once from two windows, the round’s first scores, are both kept', async () => {
    const other = await otherWindow();
    whileNextEncrypting(() => recordRiskScore(other, round, score('m-mikko', 3)));
    await recordRiskScore(world.session, round, score('m-sanna', 5));
    expect(await world.db.riskRounds.count()).toBe(1);
    const scores = (await readRiskRound(world.session, meetingA, 'item-1'))!.scores;
    expect(scores.map((s) => [s.participantId, s.score]).sort()).toEqual([
      ['m-mikko', 3],
      ['m-sanna', 5],
    ]);
  });

  it('a family’s trend lists only its revealed rounds, from every meeting', async () => {
    await recordRiskScore(world.session, round, score('m-sanna', 3));
    await revealRiskRound(world.session, meetingA, 'item-1');
    await recordRiskScore(world.session, { meetingId: meetingB, agendaItemId: 'item-9', familyId: familyX }, score('m-sanna', 5));
    await revealRiskRound(world.session, meetingB, 'item-9');
    await recordRiskScore(world.session, { meetingId: 'meeting-c', agendaItemId: 'item-3', familyId: familyX }, score('m-sanna', 9));
    await recordRiskScore(world.session, { meetingId: meetingA, agendaItemId: 'item-2', familyId: familyY }, score('m-sanna', 1));
    await revealRiskRound(world.session, meetingA, 'item-2');

    const trend = await listRevealedRiskRoundsForFamily(world.session, familyX);
    expect(trend.map((r) => r.meetingId).sort()).toEqual([meetingA, meetingB]);
    expect(trend.flatMap((r) => r.scores.map((s) => s.score)).sort()).toEqual([3, 5]);
    expect(await listRevealedRiskRoundsForFamily(world.session, 'nobody')).toEqual([]);
    // The meeting itself still sees its unrevealed round (the chair needs to know who has scored).
    expect((await listRiskRoundsForMeeting(world.session, meetingA)).map((r) => r.agendaItemId).sort()).toEqual(['item-1', 'item-2']);
  });

  it('the chair’s entry from paper saves the whole round in one write, revealed and marked; Undo takes it away', async () => {
    const entry = await recordPaperRiskRound(world.session, round, [score('m-sanna', 4, ''), score('m-mikko', 6)]);
    const saved = (await readRiskRound(world.session, meetingA, 'item-1'))!;
    expect(saved.enteredBy).toBe('chair');
    expect(saved.revealedAt).toEqual(expect.any(Number));
    expect(saved.scores.map((s) => s.score)).toEqual([4, 6]);
    // Revealed: nobody can add or change a score afterwards, and a second paper entry is refused.
    await expect(recordRiskScore(world.session, round, score('m-sanna', 9))).rejects.toBeInstanceOf(RiskRoundRevealedError);
    await expect(recordPaperRiskRound(world.session, round, [score('m-sanna', 1)])).rejects.toBeInstanceOf(RiskRoundRevealedError);
    await undoPaperRiskRound(world.session, entry);
    expect(await world.db.riskRounds.count()).toBe(0);
    // A round scored here never says the chair entered it.
    await recordRiskScore(world.session, round, score('m-sanna', 5));
    expect((await readRiskRound(world.session, meetingA, 'item-1'))!.enteredBy).toBeUndefined();
  });

  it('the paper entry is refused once someone has scored here, and replaces (and on Undo puts back) a round whose scores were all taken back', async () => {
    await recordRiskScore(world.session, round, score('m-sanna', 5));
    const before = comparable(await world.db.riskRounds.toArray());
    await expect(recordPaperRiskRound(world.session, round, [score('m-mikko', 2)])).rejects.toBeInstanceOf(RiskRoundStartedError);
    expect(comparable(await world.db.riskRounds.toArray())).toEqual(before);

    await withdrawRiskScore(world.session, round, 'm-sanna');
    const emptied = comparable(await world.db.riskRounds.toArray());
    const entry = await recordPaperRiskRound(world.session, round, [score('m-mikko', 2)]);
    expect((await readRiskRound(world.session, meetingA, 'item-1'))!.scores.map((s) => s.score)).toEqual([2]);
    await undoPaperRiskRound(world.session, entry);
    expect(comparable(await world.db.riskRounds.toArray())).toEqual(emptied);
  });

  it('last time’s round is the family’s latest revealed round with a score from an earlier meeting', async () => {
    const meetingRow = (id: string, scheduledAt: string, startedAt: number | null, status: MeetingRow['status'] = 'finished') =>
      ({ id, status, scheduledAt, demo: 0, createdAt: scheduledAt, updatedAt: scheduledAt, templateId: 't', outline: [], run: { ...notStartedRun, startedAt }, payload: { iv: new Uint8Array(12), data: new Uint8Array(1) } }) as unknown as MeetingRow;
    await world.db.meetings.bulkPut([
      meetingRow('m-1', '2031-05-20T09:00:00.000Z', Date.parse('2031-05-20T09:05:00.000Z')),
      meetingRow('m-2', '2031-05-27T09:00:00.000Z', Date.parse('2031-05-27T09:02:00.000Z')),
      meetingRow('m-cancelled', '2031-05-30T09:00:00.000Z', null, 'cancelled'),
      meetingRow('m-now', '2031-06-03T09:00:00.000Z', Date.parse('2031-06-03T09:01:00.000Z')),
    ]);
    const scoreIn = async (meetingId: string, familyId: string, values: number[], reveal = true) => {
      for (const [index, value] of values.entries()) await recordRiskScore(world.session, { meetingId, agendaItemId: `dd-${familyId}`, familyId }, score(`m-${index}`, value));
      if (reveal) await revealRiskRound(world.session, meetingId, `dd-${familyId}`);
    };
    const current = { meetingId: 'm-now', meetingTime: Date.parse('2031-06-03T09:01:00.000Z') };
    expect(await readEarlierRiskRound(world.session, familyX, current)).toBeNull();
    await scoreIn('m-1', familyX, [3, 4, 6]);
    await scoreIn('m-2', familyX, [5, 5], false);
    await scoreIn('m-cancelled', familyX, [9]);
    await scoreIn('m-now', familyX, [7]);
    await scoreIn('m-2', familyY, [1]);
    expect(await readEarlierRiskRound(world.session, familyX, current)).toEqual({
      spread: { min: 3, median: 4, max: 6, count: 3, notScoring: 0 },
      meetingTime: Date.parse('2031-05-20T09:05:00.000Z'),
    });
    await revealRiskRound(world.session, 'm-2', `dd-${familyX}`);
    expect((await readEarlierRiskRound(world.session, familyX, current))?.spread.median).toBe(5);
    // Seen from the first meeting, there was nothing before it.
    expect(await readEarlierRiskRound(world.session, familyX, { meetingId: 'm-1', meetingTime: Date.parse('2031-05-20T09:05:00.000Z') })).toBeNull();
  });
});
