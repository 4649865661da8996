// Covers shared/threeHouses/session.ts: what the worker may type (items, house names, follow-up
// questions, the session date), the encrypted payload schema, whole-session validation before a
// save or import, and the pure edits (add, change, remove with undo, rename, drawing, consent).
// Every validation key produced is checked to have a message in Finnish and English.
import { describe, expect, it } from 'vitest';
import { limits } from '../../../shared/limits';
import { encodeDrawing } from '../../../shared/threeHouses/drawing';
import {
  addItem,
  ageInSessionYear,
  defaultHouseNameKey,
  houseIds,
  newSession,
  removeItem,
  renameHouse,
  restoreItem,
  setConsent,
  setHouseDrawing,
  threeHousesSessionSchema,
  updateItem,
  validateFollowUpQuestions,
  validateHouseName,
  validateItemText,
  validateSession,
  validateSessionDate,
  type ThreeHousesSession,
} from '../../../shared/threeHouses/session';
import { invalid, valid, type Validated } from '../../../shared/validation';
import { threeHousesEn, threeHousesFi } from '../../../shared/i18n/sections/threeHouses';
import { expectTranslated, filledSession, handDrawing } from './support';

const today = new Date(2026, 10, 23, 15, 30); // Monday 23 November 2026, afternoon
const context = { birthYear: 2015, today };

function value<T>(result: Validated<T>): T {
  if (!result.ok) throw new Error(`unexpected issue ${result.issue.key}`);
  return result.value;
}

describe('items', () => {
  it('an item is trimmed and kept in the child’s words as typed', () => {
    expect(validateItemText('  Äiti on surullinen, kun isä lähtee.  ')).toEqual(valid('Äiti on surullinen, kun isä lähtee.'));
  });

  it.each(['', '   ', '\n\t'])('an empty item (%j) is refused with its own message', (raw) => {
    const result = validateItemText(raw);
    expect(result).toEqual(invalid('threeHouses.validation.itemEmpty'));
    expectTranslated(result);
  });

  it('an item fits its limit exactly and is refused one character over', () => {
    const max = limits.threeHousesItem;
    expect(validateItemText('ö'.repeat(max))).toEqual(valid('ö'.repeat(max)));
    const result = validateItemText('ö'.repeat(max + 1));
    expect(result).toEqual(invalid('validation.tooLong', { max, length: max + 1 }));
    expectTranslated(result);
  });

  it('adds items to the right house, trimmed, with the own-words flag, leaving the session given unchanged', () => {
    const start = newSession({ childId: 'c1', date: '2026-11-02', worker: { memberId: null, name: 'Maija' } });
    const once = value(addItem(start, 'dreams', { id: 'i1', text: ' Koira ', verbatim: true }));
    const twice = value(addItem(once, 'dreams', { id: 'i2', text: 'Piirsi talon, jossa on puutarha', verbatim: false }));
    expect(twice.houses.dreams.items).toEqual([
      { id: 'i1', text: 'Koira', verbatim: true },
      { id: 'i2', text: 'Piirsi talon, jossa on puutarha', verbatim: false },
    ]);
    expect(twice.houses.worries.items).toEqual([]);
    expect(start.houses.dreams.items).toEqual([]);
  });

  it('refuses an empty item and a full house with a message, keeping the house as it was', () => {
    const session = filledSession();
    const empty = addItem(session, 'worries', { id: 'x', text: '  ', verbatim: true });
    expect(empty).toEqual(invalid('threeHouses.validation.itemEmpty'));

    const items = Array.from({ length: limits.threeHousesItemsPerHouse }, (_, index) => ({ id: `i${index}`, text: `Asia ${index}`, verbatim: true }));
    const full: ThreeHousesSession = { ...session, houses: { ...session.houses, goodThings: { ...session.houses.goodThings, items } } };
    const result = addItem(full, 'goodThings', { id: 'one-more', text: 'Vielä yksi', verbatim: true });
    expect(result).toEqual(invalid('threeHouses.validation.tooManyItems', { max: limits.threeHousesItemsPerHouse }));
    expectTranslated(result);
    expect(full.houses.goodThings.items).toHaveLength(limits.threeHousesItemsPerHouse);
  });

  it('changes an item’s words or its flag; empty words are refused', () => {
    const session = filledSession();
    const changed = value(updateItem(session, 'worries', 'w2', { text: 'Isä ja äiti riitelevät', verbatim: true }));
    expect(changed.houses.worries.items[1]).toEqual({ id: 'w2', text: 'Isä ja äiti riitelevät', verbatim: true });
    expect(value(updateItem(session, 'worries', 'w1', { verbatim: false })).houses.worries.items[0]).toEqual({
      id: 'w1',
      text: 'Isä huutaa illalla',
      verbatim: false,
    });
    expect(updateItem(session, 'worries', 'w1', { text: '' })).toEqual(invalid('threeHouses.validation.itemEmpty'));
    expect(updateItem(session, 'worries', 'nope', { text: 'x' })).toEqual(valid(session));
  });

  it('removing an item can be undone: it comes back in its place', () => {
    const session = filledSession();
    const { session: without, removed } = removeItem(session, 'worries', 'w1');
    expect(without.houses.worries.items.map((item) => item.id)).toEqual(['w2']);
    expect(removed).toEqual({ house: 'worries', index: 0, item: session.houses.worries.items[0] });
    expect(restoreItem(without, removed!)).toEqual(session);
    // Restoring twice does not duplicate it; an unknown id removes nothing.
    expect(restoreItem(session, removed!)).toBe(session);
    expect(removeItem(session, 'worries', 'nope')).toEqual({ session, removed: null });
  });
});

describe('house names', () => {
  it('the child may rename a house; an empty name brings the default back', () => {
    const renamed = value(renameHouse(filledSession(), 'dreams', '  Toiveiden linna '));
    expect(renamed.houses.dreams.name).toBe('Toiveiden linna');
    expect(value(renameHouse(renamed, 'dreams', '   ')).houses.dreams.name).toBe('');
  });

  it('a name too long is refused with a message', () => {
    const max = limits.threeHousesHouseName;
    expect(validateHouseName('a'.repeat(max)).ok).toBe(true);
    const result = renameHouse(filledSession(), 'worries', 'a'.repeat(max + 1));
    expect(result).toEqual(invalid('validation.tooLong', { max, length: max + 1 }));
    expectTranslated(result);
  });

  it('every house has a default name in both languages', () => {
    for (const house of houseIds) {
      const key = defaultHouseNameKey(house).split('.');
      expect(key[0]).toBe('threeHouses');
      expect(threeHousesEn.house[house]).toBeTruthy();
      expect(threeHousesFi.house[house]).toBeTruthy();
    }
    expect(threeHousesFi.house).toEqual({ worries: 'Huolten talo', goodThings: 'Hyvien asioiden talo', dreams: 'Unelmien talo' });
  });
});

describe('follow-up questions', () => {
  it('one per line, blank lines dropped', () => {
    expect(validateFollowUpQuestions(' Kysy mummolasta \n\n Kuka vie kouluun?\n')).toEqual(valid(['Kysy mummolasta', 'Kuka vie kouluun?']));
    expect(validateFollowUpQuestions('')).toEqual(valid([]));
  });

  it('too many lines or a line too long is refused with a message', () => {
    const tooMany = validateFollowUpQuestions(Array.from({ length: limits.threeHousesFollowUpQuestions + 1 }, (_, i) => `K${i}`).join('\n'));
    expect(tooMany).toEqual(invalid('validation.tooManyLines', { max: limits.threeHousesFollowUpQuestions }));
    expectTranslated(tooMany);
    const tooLong = validateFollowUpQuestions('a'.repeat(limits.actionText + 1));
    expect(tooLong).toEqual(invalid('validation.tooLong', { max: limits.actionText, length: limits.actionText + 1 }));
    expectTranslated(tooLong);
  });
});

describe('validateSessionDate', () => {
  it('accepts today (even late in the day) and past days, as typed', () => {
    expect(validateSessionDate('2026-11-23', 2015, today)).toEqual(valid('2026-11-23'));
    expect(validateSessionDate('2026-11-23', 2015, new Date(2026, 10, 23, 0, 0, 1))).toEqual(valid('2026-11-23'));
    expect(validateSessionDate(' 2026-01-05 ', 2015, today)).toEqual(valid('2026-01-05'));
  });

  it('refuses a date in the future, with a message', () => {
    const result = validateSessionDate('2026-11-24', 2015, today);
    expect(result).toEqual(invalid('threeHouses.validation.sessionDateFuture'));
    expectTranslated(result);
    expect(validateSessionDate('2027-01-01', null, today)).toEqual(invalid('threeHouses.validation.sessionDateFuture'));
  });

  it('refuses a date before the child’s birth year, naming the year; any day of the birth year is fine', () => {
    const result = validateSessionDate('2014-12-31', 2015, today);
    expect(result).toEqual(invalid('threeHouses.validation.sessionDateBeforeBirth', { year: 2015 }));
    expectTranslated(result);
    expect(validateSessionDate('2015-01-01', 2015, today).ok).toBe(true);
    // Birth year not known: only the future is refused.
    expect(validateSessionDate('2001-05-05', null, today).ok).toBe(true);
  });

  it.each(['', '23.11.2026', '2026-2-01', '2026-02-30', '2026-13-01', 'eilen'])('refuses %j: not a calendar date', (raw) => {
    const result = validateSessionDate(raw, 2015, today);
    expect(result).toEqual(raw === '' ? invalid('validation.required') : invalid('validation.dateFormat'));
    expectTranslated(result);
  });
});

describe('stored session', () => {
  it('a new session has three empty houses with their default names and no consent asked', () => {
    const session = newSession({ childId: 'c1', date: '2026-11-02', worker: { memberId: 'm1', name: 'Maija' } });
    expect(threeHousesSessionSchema.parse(session)).toEqual(session);
    for (const house of houseIds) expect(session.houses[house]).toEqual({ name: '', items: [], drawing: null });
    expect(Object.values(session.consent).every((consent) => consent.state === 'notAsked')).toBe(true);
  });

  it('a filled session with a drawing and consents passes the schema unchanged', () => {
    const session = setConsent(filledSession(encodeDrawing(handDrawing(3, 40))), 'parents', 'given', '2026-11-02');
    expect(threeHousesSessionSchema.parse(session)).toEqual(session);
    expect(validateSession(session, context)).toEqual(valid(session));
  });

  it('consent given or refused carries its date; not asked has none', () => {
    const session = filledSession();
    expect(setConsent(session, 'court', 'notGiven', '2026-11-20').consent.court).toEqual({ state: 'notGiven', recordedOn: '2026-11-20' });
    expect(setConsent(setConsent(session, 'court', 'given', '2026-11-20'), 'court', 'notAsked', '2026-11-21').consent.court).toEqual({
      state: 'notAsked',
    });
    expect(threeHousesSessionSchema.safeParse({ ...session, consent: { ...session.consent, team: { state: 'given' } } }).success).toBe(false);
    expect(threeHousesSessionSchema.safeParse({ ...session, consent: { ...session.consent, team: { state: 'maybe' } } }).success).toBe(false);
  });

  it('the drawing is set and removed per house', () => {
    const encoded = encodeDrawing(handDrawing(1, 10));
    const session = setHouseDrawing(filledSession(), 'dreams', encoded);
    expect(session.houses.dreams.drawing).toBe(encoded);
    expect(session.houses.worries.drawing).toBeNull();
    expect(setHouseDrawing(session, 'dreams', null).houses.dreams.drawing).toBeNull();
  });

  it('refuses a session dated in the future or before the child’s birth year, with the same messages', () => {
    const future = validateSession({ ...filledSession(), date: '2026-12-01' }, context);
    expect(future).toEqual(invalid('threeHouses.validation.sessionDateFuture'));
    const early = validateSession({ ...filledSession(), date: '2014-06-01' }, context);
    expect(early).toEqual(invalid('threeHouses.validation.sessionDateBeforeBirth', { year: 2015 }));
  });

  it('refuses a house with too many items, a blank or too long item, a damaged or too large drawing, each with a message', () => {
    const session = filledSession();
    const items = Array.from({ length: limits.threeHousesItemsPerHouse + 1 }, (_, index) => ({ id: `i${index}`, text: 'x', verbatim: true }));
    const tooMany = validateSession({ ...session, houses: { ...session.houses, dreams: { ...session.houses.dreams, items } } }, context);
    expect(tooMany).toEqual(invalid('threeHouses.validation.tooManyItems', { max: limits.threeHousesItemsPerHouse }));
    expectTranslated(tooMany);

    const blank = validateSession(
      { ...session, houses: { ...session.houses, dreams: { ...session.houses.dreams, items: [{ id: 'b', text: '   ', verbatim: true }] } } },
      context,
    );
    expect(blank).toEqual(invalid('threeHouses.validation.itemEmpty'));

    const damaged = validateSession({ ...session, houses: { ...session.houses, worries: { ...session.houses.worries, drawing: 'CC!' } } }, context);
    expect(damaged).toEqual(invalid('threeHouses.validation.drawingUnreadable'));
    expectTranslated(damaged);

    const longText = 'a'.repeat(limits.threeHousesItem + 1);
    const tooLong = validateSession(
      { ...session, houses: { ...session.houses, goodThings: { ...session.houses.goodThings, items: [{ id: 'l', text: longText, verbatim: true }] } } },
      context,
    );
    expect(tooLong).toEqual(invalid('validation.tooLong', { max: limits.threeHousesItem, length: limits.threeHousesItem + 1 }));
    expectTranslated(tooLong);

    const huge = 'A'.repeat(limits.threeHousesDrawingEncodedChars + 1);
    const tooLarge = validateSession({ ...session, houses: { ...session.houses, worries: { ...session.houses.worries, drawing: huge } } }, context);
    expect(tooLarge).toEqual(invalid('threeHouses.validation.drawingTooLarge', { size: 201, max: 200 }));
    expectTranslated(tooLarge);
  });

  it('refuses anything else malformed, saying where', () => {
    const { worker: _worker, ...noWorker } = filledSession();
    const result = validateSession(noWorker, context);
    expect(result).toEqual(invalid('threeHouses.validation.sessionMalformed', { path: 'worker' }));
    expectTranslated(result);
    expect(validateSession({ ...filledSession(), date: '2026-02-30' }, context)).toEqual(
      invalid('threeHouses.validation.sessionMalformed', { path: 'date' }),
    );
    expect(validateSession(null, context)).toEqual(invalid('threeHouses.validation.sessionMalformed', { path: '' }));
  });
});

describe('ageInSessionYear', () => {
  it('is the age the child reaches in the session’s year, or unknown', () => {
    expect(ageInSessionYear(2015, '2026-11-02')).toBe(11);
    expect(ageInSessionYear(null, '2026-11-02')).toBeNull();
  });
});
