// Covers hypotheses and their history (hypothesisRepository): every change appends a revision tied
// to its meeting or dated now, nothing is overwritten, two windows never lose each other's change,
// delete can be undone with the whole history, and content is encrypted at rest.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  createHypothesis,
  deleteHypothesis,
  listAllHypotheses,
  listHypothesesForFamily,
  listRevisions,
  listRevisionsForFamily,
  listRevisionsForMeeting,
  readHypothesis,
  restoreHypothesis,
  reviseHypothesis,
} from '../../../renderer/src/db/repositories/hypothesisRepository';
import { emptyCard, type HypothesisCard } from '../../../shared/hypothesis/hypothesis';
import { describeRevision, hypothesesInMeeting } from '../../../shared/hypothesis/revisions';
import { comparable, inspectStored, repositoryWorld, secondWindow, whileNextEncrypting } from './support';

/** The session's clock: tests move it between meetings. */
let clock: Date;
const world = repositoryWorld(() => {
  clock = new Date('2031-06-03T09:00:00.000Z');
  return () => new Date(clock);
});

const familyX = 'family-x';
const familyY = 'family-y';
const card = (wording: string, more: Partial<HypothesisCard> = {}): HypothesisCard => ({
  ...emptyCard(wording),
  proposers: [{ role: 'familyTherapist', name: 'Theo' }],
  ...more,
});
const make = (wording: string, familyId = familyX, meetingId: string | null = 'meeting-1') => createHypothesis(world.session, { familyId, meetingId, card: card(wording) });
const later = (days: number) => (clock = new Date(clock.getTime() + days * 86_400_000));

describe('hypotheses', () => {
  it('are made with their first revision, in the meeting or outside one', async () => {
    const inMeeting = await make('Isä pelkää menettävänsä lapset.');
    const outside = await make('Koulu näkee vain oireet.', familyX, null);
    const hypothesis = await readHypothesis(world.session, inMeeting);
    expect(hypothesis).toEqual({
      ...card('Isä pelkää menettävänsä lapset.'),
      id: inMeeting,
      familyId: familyX,
      meetingId: 'meeting-1',
      status: 'open',
      createdAt: '2031-06-03T09:00:00.000Z',
      updatedAt: '2031-06-03T09:00:00.000Z',
      revisitedAt: '2031-06-03T09:00:00.000Z',
      revisionCount: 1,
    });
    expect(await listRevisions(world.session, inMeeting)).toMatchObject([{ seq: 1, meetingId: 'meeting-1', status: 'open', reason: '', card: card('Isä pelkää menettävänsä lapset.') }]);
    expect(await listRevisions(world.session, outside)).toMatchObject([{ seq: 1, meetingId: null }]);
  });

  it('are listed by family and all together, oldest first', async () => {
    const first = await make('Ensimmäinen');
    later(1);
    const other = await make('Toisen perheen', familyY);
    later(1);
    const second = await make('Toinen');
    expect((await listHypothesesForFamily(world.session, familyX)).map((h) => h.id)).toEqual([first, second]);
    expect((await listAllHypotheses(world.session)).map((h) => h.id)).toEqual([first, other, second]);
    expect(await listHypothesesForFamily(world.session, 'nobody')).toEqual([]);
  });

  it('keep every revision: rewording, evidence, a status change with its reason, and a revisit that changed nothing', async () => {
    const id = await make('Isä pelkää.');
    later(7);
    await reviseHypothesis(world.session, id, { card: { wording: 'Isä pelkää menettävänsä lapset.' } }, { meetingId: 'meeting-2' });
    await reviseHypothesis(world.session, id, { status: 'strengthened', reason: 'Äiti kertoi samaa' }, { meetingId: 'meeting-2' });
    later(7);
    await reviseHypothesis(world.session, id, {}, { meetingId: 'meeting-3' });
    await reviseHypothesis(world.session, id, { card: { evidenceAgainst: 'Isä soitti kahdesti' } }, { meetingId: 'meeting-3' });

    const history = await listRevisions(world.session, id);
    expect(history.map((r) => [r.seq, r.meetingId, r.status, r.card.wording, r.reason])).toEqual([
      [1, 'meeting-1', 'open', 'Isä pelkää.', ''],
      [2, 'meeting-2', 'open', 'Isä pelkää menettävänsä lapset.', ''],
      [3, 'meeting-2', 'strengthened', 'Isä pelkää menettävänsä lapset.', 'Äiti kertoi samaa'],
      [4, 'meeting-3', 'strengthened', 'Isä pelkää menettävänsä lapset.', ''],
      [5, 'meeting-3', 'strengthened', 'Isä pelkää menettävänsä lapset.', ''],
    ]);
    expect(history.map((r, i) => describeRevision(history[i - 1] ?? null, r).kind)).toEqual(['created', 'changed', 'changed', 'revisited', 'changed']);
    expect(await readHypothesis(world.session, id)).toMatchObject({
      wording: 'Isä pelkää menettävänsä lapset.',
      evidenceAgainst: 'Isä soitti kahdesti',
      status: 'strengthened',
      revisionCount: 5,
      revisitedAt: '2031-06-17T09:00:00.000Z',
      createdAt: '2031-06-03T09:00:00.000Z',
    });
    expect(await world.db.hypotheses.where('status').equals('strengthened').primaryKeys()).toEqual([id]);
  });

  it('a change after a meeting closed is a new revision dated today; the meeting still shows what was true then', async () => {
    const id = await make('Alkuperäinen muotoilu');
    later(30);
    await reviseHypothesis(world.session, id, { card: { wording: 'Myöhempi muotoilu' }, status: 'dropped' }, { meetingId: null });
    const history = await listRevisions(world.session, id);
    expect(history.map((r) => [r.seq, r.meetingId, r.at])).toEqual([
      [1, 'meeting-1', '2031-06-03T09:00:00.000Z'],
      [2, null, '2031-07-03T09:00:00.000Z'],
    ]);
    const [inMeeting1] = hypothesesInMeeting(await listRevisionsForMeeting(world.session, 'meeting-1'), 'meeting-1');
    expect(inMeeting1).toMatchObject({ after: { status: 'open', card: { wording: 'Alkuperäinen muotoilu' } } });
  });

  it("lists the revisions a meeting needs (the whole history of what it touched) and a family's revisions", async () => {
    const a = await make('A');
    const b = await make('B');
    const y = await make('Y', familyY);
    later(7);
    await reviseHypothesis(world.session, a, { status: 'weakened' }, { meetingId: 'meeting-2' });
    expect((await listRevisionsForMeeting(world.session, 'meeting-2')).map((r) => [r.hypothesisId, r.seq])).toEqual([
      [a, 1],
      [a, 2],
    ]);
    expect(new Set((await listRevisionsForFamily(world.session, familyX)).map((r) => r.hypothesisId))).toEqual(new Set([a, b]));
    expect((await listRevisionsForFamily(world.session, familyY)).map((r) => r.hypothesisId)).toEqual([y]);
    expect(await listRevisionsForMeeting(world.session, 'meeting-none')).toEqual([]);
  });

  it('refuses empty wording when made or revised, changing nothing', async () => {
    await expect(make('')).rejects.toThrow();
    const id = await make('Sanottu');
    const before = comparable(await world.db.hypotheses.get(id));
    await expect(reviseHypothesis(world.session, id, { card: { wording: '' } }, { meetingId: null })).rejects.toThrow();
    expect(comparable(await world.db.hypotheses.get(id))).toEqual(before);
    expect(await world.db.hypotheses.count()).toBe(1);
    expect(await world.db.hypothesisRevisions.count()).toBe(1);
  });

  it('a revision of a hypothesis that is gone (deleted in another window) fails loudly', async () => {
    await expect(reviseHypothesis(world.session, 'no-such-hypothesis', { status: 'dropped' }, { meetingId: null })).rejects.toThrow(/does not exist/);
  });

  it('a rewording in one window and a status change in another both stay, as two revisions', async () => {
    const id = await make('Isä pelkää.');
    const otherSession = await secondWindow(world.name, world.others, '2031-06-03T09:00:00.500Z');
    whileNextEncrypting(() => reviseHypothesis(otherSession, id, { status: 'weakened', reason: 'Toinen ikkuna' }, { meetingId: 'meeting-1' }));
    await reviseHypothesis(world.session, id, { card: { wording: 'Isä pelkää viranomaisia.' } }, { meetingId: 'meeting-1' });
    expect(await readHypothesis(world.session, id)).toMatchObject({ wording: 'Isä pelkää viranomaisia.', status: 'weakened', revisionCount: 3 });
    expect((await listRevisions(world.session, id)).map((r) => [r.seq, r.status, r.card.wording])).toEqual([
      [1, 'open', 'Isä pelkää.'],
      [2, 'weakened', 'Isä pelkää.'],
      [3, 'weakened', 'Isä pelkää viranomaisia.'],
    ]);
  });

  it('delete then undo gives back the hypothesis with its whole history', async () => {
    const keep = await make('Jää');
    const id = await make('Poistetaan ja palautetaan');
    await reviseHypothesis(world.session, id, { status: 'dropped', reason: 'Ei päde' }, { meetingId: 'meeting-1' });
    const before = await listHypothesesForFamily(world.session, familyX);
    const historyBefore = await listRevisions(world.session, id);

    const deleted = await deleteHypothesis(world.session, id);
    expect((await listHypothesesForFamily(world.session, familyX)).map((h) => h.id)).toEqual([keep]);
    expect(await listRevisions(world.session, id)).toEqual([]);
    await restoreHypothesis(world.session, deleted!);
    expect(await listHypothesesForFamily(world.session, familyX)).toEqual(before);
    expect(await listRevisions(world.session, id)).toEqual(historyBefore);
    expect(await deleteHypothesis(world.session, 'missing')).toBeUndefined();
  });

  it('keep the card and every revision encrypted; only ids, status, counts and dates are in the clear', async () => {
    const id = await make('Isä pelkää menettävänsä lapset.');
    await reviseHypothesis(world.session, id, { status: 'strengthened', reason: 'Äiti kertoi' }, { meetingId: 'meeting-1' });
    const stored = [inspectStored(await world.db.hypotheses.get(id)), ...(await world.db.hypothesisRevisions.toArray()).map(inspectStored)];
    for (const text of stored) {
      for (const secret of ['Isä', 'pelkää', 'Theo', 'familyTherapist', 'Äiti']) expect(text, secret).not.toContain(secret);
      expect(text).toContain(familyX);
    }
    expect(stored[0]).toContain('"status":"strengthened"');
  });
});
