// Covers shared/sync/merge.ts: the three-way merge of two computers' versions of a record and the
// user's choice at its conflicts. Properties over random records and random edits of them (objects,
// id-keyed arrays, participantId-keyed arrays, other arrays and values): a change on one side only
// is that side's, the same change on both is no conflict, swapping the sides finds the same
// conflicts, nothing either side changed is silently dropped, and choosing the other computer's
// versions gives what merging the other way round would. Then examples with Kehä's own records.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChoice, jsonEqual, mergeRecords, recordKeyOf, valueAt, type Json, type MergeConflict, type MergePath } from '../../../shared/sync/merge';

// ---------------------------------------------------------------------------------------------
// Random records and random edits of them

type JsonObject = { [key: string]: Json };
const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

const fieldKeys = ['a', 'b', 'c', 'title', 'text'];
const elementIds = ['e1', 'e2', 'e3', 'e4', 'e5', 'e6'];

const leaf: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom('', 'x', 'y', 'line one\nline two'),
  fc.integer({ min: -2, max: 3 }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 3 }),
);

const { value: randomValue } = fc.letrec<{ value: Json; object: JsonObject; byId: Json[]; byParticipant: Json[] }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', maxDepth: 3 }, leaf, leaf, tie('object'), tie('byId'), tie('byParticipant')),
  object: fc.dictionary(fc.constantFrom(...fieldKeys), tie('value'), { maxKeys: 4 }),
  byId: fc.uniqueArray(fc.tuple(fc.constantFrom(...elementIds), tie('object')).map(([id, rest]) => ({ ...rest, id })), {
    selector: (element) => element.id,
    maxLength: 3,
  }),
  byParticipant: fc.uniqueArray(fc.tuple(fc.constantFrom(...elementIds), tie('object')).map(([participantId, rest]) => ({ ...rest, participantId })), {
    selector: (element) => element.participantId,
    maxLength: 3,
  }),
}));
const randomRecord: fc.Arbitrary<JsonObject> = fc.dictionary(fc.constantFrom(...fieldKeys, 'payload'), randomValue, { maxKeys: 5 });

/** A random edit of `value`: mostly kept, sometimes changed inside, replaced or (by the caller) removed. */
function edited(value: Json, depth = 0): fc.Arbitrary<Json> {
  const replaced = randomValue;
  if (depth > 4) return fc.oneof(fc.constant(value), replaced);
  if (isObject(value)) {
    return fc.oneof(
      { weight: 2, arbitrary: fc.constant(value) },
      { weight: 4, arbitrary: editedObject(value, depth) },
      { weight: 1, arbitrary: replaced },
    );
  }
  if (Array.isArray(value)) {
    const key = recordKeyOf([value]);
    if (key) {
      return fc.oneof(
        { weight: 2, arbitrary: fc.constant(value) },
        { weight: 4, arbitrary: editedRecords(value as JsonObject[], key, depth) },
        { weight: 1, arbitrary: replaced },
      );
    }
  }
  return fc.oneof({ weight: 3, arbitrary: fc.constant(value) }, { weight: 2, arbitrary: replaced });
}

const removed = Symbol('removed');

function editedObject(object: JsonObject, depth: number): fc.Arbitrary<JsonObject> {
  const kept = Object.entries(object).map(([key, value]) =>
    fc.oneof({ weight: 3, arbitrary: edited(value, depth + 1) }, { weight: 1, arbitrary: fc.constant(removed) }).map((result) => [key, result] as const),
  );
  return fc.tuple(fc.tuple(...kept), fc.dictionary(fc.constantFrom(...fieldKeys), randomValue, { maxKeys: 2 })).map(([entries, added]) => {
    const result: JsonObject = {};
    for (const [key, value] of entries) if (value !== removed) result[key] = value;
    for (const [key, value] of Object.entries(added)) if (!(key in object)) result[key] = value;
    return result;
  });
}

function editedRecords(elements: JsonObject[], key: 'id' | 'participantId', depth: number): fc.Arbitrary<Json[]> {
  const kept = elements.map((element) => {
    const { [key]: id, ...rest } = element;
    return fc
      .oneof({ weight: 3, arbitrary: editedObject(rest, depth + 1) }, { weight: 1, arbitrary: fc.constant(removed) })
      .map((result) => (result === removed ? removed : { ...result, [key]: id as string }));
  });
  const free = elementIds.filter((id) => !elements.some((element) => element[key] === id));
  const added = fc.uniqueArray(fc.tuple(fc.constantFrom(...free), editedObject({}, depth + 1)), { selector: ([id]) => id, maxLength: free.length === 0 ? 0 : 2 });
  return fc
    .tuple(fc.tuple(...kept), added, fc.boolean())
    .chain(([results, news, reorder]) => {
      const all = [...results.filter((result) => result !== removed), ...news.map(([id, rest]) => ({ ...rest, [key]: id }))] as JsonObject[];
      return reorder ? fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }) : fc.constant(all);
    });
}

/** A record and two computers' edits of it. */
const threeVersions = randomRecord.chain((base) =>
  fc.tuple(fc.constant(base as Json), edited(base).filter(isObject) as fc.Arbitrary<Json>, edited(base).filter(isObject) as fc.Arbitrary<Json>),
);

// ---------------------------------------------------------------------------------------------
// Helpers of the properties

/** Every path in `value`, id-keyed arrays' elements by their id. */
function allPaths(value: Json | undefined, prefix: MergePath = [], out: MergePath[] = []): MergePath[] {
  out.push(prefix);
  if (isObject(value)) for (const [key, child] of Object.entries(value)) allPaths(child, [...prefix, key], out);
  else if (Array.isArray(value)) {
    const key = recordKeyOf([value]);
    if (key) for (const element of value as JsonObject[]) allPaths(element, [...prefix, element[key] as string], out);
  }
  return out;
}

/**
 * Whether a side's value at a path is covered by the paths inside it: an object where the merge
 * holds an object, an id-keyed array where the merge holds one (what they hold is checked key by
 * key, element by element, so an emptied object or list is checked by what it lost).
 */
function coveredInside(value: Json | undefined, merged: Json | undefined): boolean {
  if (isObject(value)) return isObject(merged);
  if (Array.isArray(value)) return Array.isArray(merged) && recordKeyOf([value, merged]) !== null;
  return false;
}

const isPrefix = (prefix: MergePath, path: MergePath) => prefix.length <= path.length && prefix.every((step, index) => step === path[index]);
const pathSet = (conflicts: readonly MergeConflict[]) => new Set(conflicts.map((conflict) => JSON.stringify(conflict.path)));

/** `value` with every id-keyed array sorted by id (the order the merge gives is checked elsewhere). */
function sortedById(value: Json): Json {
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, sortedById(child)]));
  if (Array.isArray(value)) {
    const key = recordKeyOf([value]);
    const children = value.map(sortedById);
    return key ? [...(children as JsonObject[])].sort((a, b) => ((a[key] as string) < (b[key] as string) ? -1 : 1)) : children;
  }
  return value;
}

const runs = { numRuns: 300 };

describe('mergeRecords: properties', () => {
  it('a change on one computer only is that computer’s: merge(b, x, b) = x and merge(b, b, y) = y, with no conflict', () => {
    fc.assert(
      fc.property(threeVersions, ([base, x]) => {
        expect(mergeRecords(base, x, base)).toEqual({ merged: x, conflicts: [] });
        expect(mergeRecords(base, base, x)).toEqual({ merged: x, conflicts: [] });
      }),
      runs,
    );
  });

  it('the same change on both computers is no conflict: merge(b, x, x) = x', () => {
    fc.assert(
      fc.property(threeVersions, ([base, x]) => {
        expect(mergeRecords(base, x, x)).toEqual({ merged: x, conflicts: [] });
        expect(mergeRecords(undefined, x, x)).toEqual({ merged: x, conflicts: [] });
      }),
      runs,
    );
  });

  it('swapping the computers finds the same conflicts, each with the sides swapped', () => {
    fc.assert(
      fc.property(threeVersions, ([base, x, y]) => {
        const forward = mergeRecords(base, x, y);
        const backward = mergeRecords(base, y, x);
        expect(pathSet(backward.conflicts)).toEqual(pathSet(forward.conflicts));
        for (const conflict of forward.conflicts) {
          const mirror = backward.conflicts.find((other) => JSON.stringify(other.path) === JSON.stringify(conflict.path))!;
          expect(mirror.ours).toEqual(conflict.theirs);
          expect(mirror.theirs).toEqual(conflict.ours);
        }
      }),
      runs,
    );
  });

  it('nothing is silently dropped: whatever either computer changed is in the merge or in a conflict', () => {
    fc.assert(
      fc.property(threeVersions, ([base, x, y]) => {
        const { merged, conflicts } = mergeRecords(base, x, y);
        for (const side of [x, y]) {
          for (const path of [...allPaths(base), ...allPaths(side)]) {
            const value = valueAt(side, path);
            if (jsonEqual(value, valueAt(base, path)) || coveredInside(value, valueAt(merged, path))) continue;
            const kept = jsonEqual(valueAt(merged, path), value);
            const listed = conflicts.some((conflict) => isPrefix(conflict.path, path));
            if (!kept && !listed) throw new Error(`dropped at ${JSON.stringify(path)}: ${JSON.stringify(value)}`);
          }
        }
      }),
      runs,
    );
  });

  it('each conflict holds both computers’ values, and the merge holds this computer’s there', () => {
    fc.assert(
      fc.property(threeVersions, ([base, x, y]) => {
        const { merged, conflicts } = mergeRecords(base, x, y);
        for (const conflict of conflicts) {
          expect(conflict.ours).toEqual(valueAt(x, conflict.path));
          expect(conflict.theirs).toEqual(valueAt(y, conflict.path));
          expect(valueAt(merged, conflict.path)).toEqual(conflict.ours);
          expect(jsonEqual(conflict.ours, conflict.theirs)).toBe(false);
        }
      }),
      runs,
    );
  });

  it('choosing this computer everywhere keeps the merge; the other computer everywhere gives the merge the other way round', () => {
    fc.assert(
      fc.property(threeVersions, ([base, x, y]) => {
        const { merged, conflicts } = mergeRecords(base, x, y);
        expect(applyChoice(merged, conflicts, conflicts.map(() => 'thisComputer'))).toEqual(merged);
        const other = applyChoice(merged, conflicts, conflicts.map(() => 'otherComputer'));
        expect(sortedById(other)).toEqual(sortedById(mergeRecords(base, y, x).merged));
      }),
      runs,
    );
  });

  it('with no common ancestor nothing is dropped: what only one version has is kept, every other difference is a conflict', () => {
    fc.assert(
      fc.property(threeVersions, ([, x, y]) => {
        const { merged, conflicts } = mergeRecords(undefined, x, y);
        // Every key and element of this computer's version is there, with this computer's value where they differ.
        for (const conflict of conflicts) expect(valueAt(merged, conflict.path)).toEqual(conflict.ours);
        // Nothing either version has is lost: choosing the other version everywhere gives theirs, plus what only ours had.
        const theirs = applyChoice(merged, conflicts, conflicts.map(() => 'otherComputer'));
        expect(mergeRecords(undefined, theirs, y).conflicts).toEqual([]);
        if (jsonEqual(x, y)) expect(conflicts).toEqual([]);
      }),
      runs,
    );
  });

  it('with no common ancestor, risk scores given on three laptops before they synced all stay', () => {
    const score = (participantId: string, value: number) => ({ participantId, participantName: participantId, score: value, reason: '', oneUp: '' });
    const anna = { id: 'm|dd', payload: { scores: [score('anna', 6)] } };
    const ben = { id: 'm|dd', payload: { scores: [score('ben', 4)] } };
    const cecilia = { id: 'm|dd', payload: { scores: [score('cecilia', 7)] } };
    const first = mergeRecords(undefined, anna, ben);
    const all = mergeRecords(undefined, first.merged, cecilia);
    expect([...first.conflicts, ...all.conflicts]).toEqual([]);
    expect((valueAt(all.merged, ['payload', 'scores']) as { participantId: string }[]).map((entry) => entry.participantId)).toEqual(['anna', 'ben', 'cecilia']);
  });

  it('a last-touched instant changed on both computers takes the later one, never a conflict', () => {
    const instant = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString());
    fc.assert(
      fc.property(instant, instant, instant, fc.constantFrom('updatedAt', 'revisitedAt'), (b, o, t, key) => {
        const { merged, conflicts } = mergeRecords({ [key]: b, text: 'x' }, { [key]: o, text: 'x' }, { [key]: t, text: 'x' });
        expect(conflicts).toEqual([]);
        const expected = o === b ? t : t === b ? o : o > t ? o : t;
        expect(merged).toEqual({ [key]: expected, text: 'x' });
      }),
      runs,
    );
  });

  it('applyChoice leaves its input alone and refuses a choice of the wrong length', () => {
    fc.assert(
      fc.property(threeVersions, ([base, x, y]) => {
        const { merged, conflicts } = mergeRecords(base, x, y);
        const before = JSON.stringify(merged);
        applyChoice(merged, conflicts, conflicts.map(() => 'otherComputer'));
        expect(JSON.stringify(merged)).toBe(before);
        expect(() => applyChoice(merged, conflicts, [...conflicts.map(() => 'otherComputer' as const), 'thisComputer'])).toThrow();
      }),
      runs,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Kehä's records

const hypothesis = {
  id: 'h-1',
  familyId: 'f-1',
  meetingId: null,
  status: 'open',
  createdAt: '2026-11-02T09:00:00.000Z',
  updatedAt: '2026-11-30T10:00:00.000Z',
  revisitedAt: '2026-11-30T10:00:00.000Z',
  revisionCount: 2,
  payload: {
    wording: 'Äidin väsymys näkyy Tuulin koulupoissaoloina.',
    proposers: [{ role: 'chair', name: 'Anna' }],
    concerns: 'äiti, Tuuli',
    evidenceFor: 'Poissaolot maanantaisin.',
    evidenceAgainst: '',
    testQuestions: ['Mitä aamuisin tapahtuu?'],
    lensTags: ['relationships'],
  },
};

describe('mergeRecords: a hypothesis changed on two computers', () => {
  it('different fields both survive; the last-touched instants take the later, the revision count the larger', () => {
    const ours = {
      ...hypothesis,
      updatedAt: '2026-12-01T08:00:00.000Z',
      revisitedAt: '2026-12-01T08:00:00.000Z',
      revisionCount: 3,
      payload: { ...hypothesis.payload, wording: 'Äidin uupumus näkyy Tuulin koulupoissaoloina.' },
    };
    const theirs = {
      ...hypothesis,
      updatedAt: '2026-12-01T09:30:00.000Z',
      revisitedAt: '2026-12-01T09:30:00.000Z',
      revisionCount: 4,
      payload: { ...hypothesis.payload, evidenceAgainst: 'Kesällä poissaoloja ei ollut.' },
    };
    const { merged, conflicts } = mergeRecords(hypothesis, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(merged).toEqual({
      ...hypothesis,
      updatedAt: '2026-12-01T09:30:00.000Z',
      revisitedAt: '2026-12-01T09:30:00.000Z',
      revisionCount: 4,
      payload: { ...hypothesis.payload, wording: ours.payload.wording, evidenceAgainst: theirs.payload.evidenceAgainst },
    });
  });

  it('the same field changed on both keeps both: the merge holds this computer’s, the conflict both, and the choice picks', () => {
    const ours = { ...hypothesis, updatedAt: '2026-12-01T08:00:00.000Z', payload: { ...hypothesis.payload, wording: 'Äidin uupumus näkyy poissaoloina.' } };
    const theirs = {
      ...hypothesis,
      status: 'held',
      updatedAt: '2026-12-01T07:00:00.000Z',
      payload: { ...hypothesis.payload, wording: 'Isän poissaolo näkyy Tuulin väsymyksenä.\nKoulu huomasi sen.', concerns: 'isä, Tuuli' },
    };
    const { merged, conflicts } = mergeRecords(hypothesis, ours, theirs);
    expect(conflicts).toEqual([{ path: ['payload', 'wording'], ours: ours.payload.wording, theirs: theirs.payload.wording }]);
    expect(merged).toEqual({ ...hypothesis, status: 'held', updatedAt: ours.updatedAt, payload: { ...hypothesis.payload, wording: ours.payload.wording, concerns: 'isä, Tuuli' } });
    expect(valueAt(applyChoice(merged, conflicts, ['otherComputer']), ['payload', 'wording'])).toBe(theirs.payload.wording);
    expect(applyChoice(merged, conflicts, ['thisComputer'])).toEqual(merged);
  });

  it('a test question added on each computer is one conflict over the list (lists of text are single values)', () => {
    const ours = { ...hypothesis, payload: { ...hypothesis.payload, testQuestions: ['Mitä aamuisin tapahtuu?', 'Kuka herättää Tuulin?'] } };
    const theirs = { ...hypothesis, payload: { ...hypothesis.payload, testQuestions: ['Mitä aamuisin tapahtuu?', 'Missä isä asuu?'] } };
    const { conflicts } = mergeRecords(hypothesis, ours, theirs);
    expect(conflicts.map((conflict) => conflict.path)).toEqual([['payload', 'testQuestions']]);
  });

  it('without the common ancestor the two wordings and the status are conflicts, the instants are not', () => {
    const ours = { ...hypothesis, updatedAt: '2026-12-01T08:00:00.000Z', payload: { ...hypothesis.payload, wording: 'A' } };
    const theirs = { ...hypothesis, status: 'held', updatedAt: '2026-12-01T09:00:00.000Z', payload: { ...hypothesis.payload, wording: 'B' } };
    const { merged, conflicts } = mergeRecords(undefined, ours, theirs);
    expect(conflicts.map((conflict) => conflict.path)).toEqual([['status'], ['payload', 'wording']]);
    expect(merged).toEqual({ ...ours, updatedAt: '2026-12-01T09:00:00.000Z' });
  });
});

describe('mergeRecords: the risk round scored on three laptops', () => {
  const round = {
    id: 'm-1|d-1',
    meetingId: 'm-1',
    agendaItemId: 'd-1',
    familyId: 'f-1',
    revealedAt: null,
    updatedAt: '2026-12-01T10:00:00.000Z',
    payload: { scores: [] as Json[] },
  };
  const score = (participantId: string, name: string, value: number | null) => ({ participantId, participantName: name, score: value, reason: `${name}: syy`, oneUp: '' });
  const scored = (at: string, ...scores: Json[]) => ({ ...round, updatedAt: at, payload: { scores } });

  it('each member’s own score survives, with no conflict, in whatever order the laptops sync', () => {
    const anna = scored('2026-12-01T10:01:00.000Z', score('anna', 'Anna', 4));
    const pekka = scored('2026-12-01T10:02:00.000Z', score('pekka', 'Pekka', 6));
    const leena = scored('2026-12-01T10:03:00.000Z', score('leena', 'Leena', null));

    const first = mergeRecords(round, anna, pekka);
    expect(first.conflicts).toEqual([]);
    const second = mergeRecords(round, first.merged, leena);
    expect(second.conflicts).toEqual([]);
    expect(second.merged).toEqual(scored('2026-12-01T10:03:00.000Z', score('anna', 'Anna', 4), score('pekka', 'Pekka', 6), score('leena', 'Leena', null)));

    const otherWay = mergeRecords(round, leena, mergeRecords(round, pekka, anna).merged);
    expect(otherWay.conflicts).toEqual([]);
    expect(sortedById(otherWay.merged)).toEqual(sortedById(second.merged));
  });

  it('one member’s score changed on two laptops is a conflict at that score only', () => {
    const base = scored('2026-12-01T10:05:00.000Z', score('anna', 'Anna', 4), score('pekka', 'Pekka', 6));
    const ours = scored('2026-12-01T10:06:00.000Z', score('anna', 'Anna', 5), score('pekka', 'Pekka', 6));
    const theirs = scored('2026-12-01T10:07:00.000Z', score('anna', 'Anna', 3), { ...score('pekka', 'Pekka', 6), oneUp: 'Koulu mukaan' });
    const { merged, conflicts } = mergeRecords(base, ours, theirs);
    expect(conflicts).toEqual([{ path: ['payload', 'scores', 'anna', 'score'], ours: 5, theirs: 3 }]);
    expect(valueAt(merged, ['payload', 'scores', 'pekka', 'oneUp'])).toBe('Koulu mukaan');
    expect(valueAt(applyChoice(merged, conflicts, ['otherComputer']), ['payload', 'scores', 'anna', 'score'])).toBe(3);
  });

  it('a score removed on one laptop and changed on another is kept as a conflict; choosing the other laptop puts it back', () => {
    const base = scored('2026-12-01T10:05:00.000Z', score('anna', 'Anna', 4), score('pekka', 'Pekka', 6));
    const ours = scored('2026-12-01T10:06:00.000Z', score('pekka', 'Pekka', 6));
    const theirs = scored('2026-12-01T10:07:00.000Z', score('anna', 'Anna', 2), score('pekka', 'Pekka', 6));
    const { merged, conflicts } = mergeRecords(base, ours, theirs);
    expect(conflicts).toEqual([{ path: ['payload', 'scores', 'anna'], ours: undefined, theirs: score('anna', 'Anna', 2) }]);
    expect(valueAt(merged, ['payload', 'scores'])).toEqual([score('pekka', 'Pekka', 6)]);
    expect(valueAt(applyChoice(merged, conflicts, ['otherComputer']), ['payload', 'scores'])).toEqual([score('pekka', 'Pekka', 6), score('anna', 'Anna', 2)]);
  });
});

describe('mergeRecords: order of id-keyed lists', () => {
  const item = (id: string, question = '') => ({ id, familyId: `f-${id}`, question, presenterId: null });
  const meeting = (...deepDives: Json[]) => ({ id: 'm-1', payload: { deepDives } });

  it('an element added on the other computer goes after the element it follows there', () => {
    const base = meeting(item('a'), item('b'), item('c'));
    const ours = meeting(item('a'), item('c'), item('b', 'Miten koulu?'));
    const theirs = meeting(item('a'), item('x'), item('b'), item('c'));
    const { merged, conflicts } = mergeRecords(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect((valueAt(merged, ['payload', 'deepDives']) as JsonObject[]).map((element) => element.id)).toEqual(['a', 'x', 'c', 'b']);
  });

  it('the other computer’s new order is kept when this one changed an element but not the order', () => {
    const base = meeting(item('a'), item('b'), item('c'));
    const ours = meeting(item('a', 'Kysymys'), item('b'), item('c'));
    const theirs = meeting(item('c'), item('a'), item('b'));
    const { merged } = mergeRecords(base, ours, theirs);
    expect(merged).toEqual(meeting(item('c'), item('a', 'Kysymys'), item('b')));
  });
});
