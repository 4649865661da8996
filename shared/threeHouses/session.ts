// A three-houses session (docs/domain.md: Three houses): one child, one date, the worker who did
// it, the houses of worries, good things and dreams (each with the child's own name for it if the
// child gave one, items in the child's own words or as the worker's note, and an optional drawing),
// follow-up questions, and the child's consent per audience. This file holds the encrypted payload's
// shape, the rules for what the worker types, and pure edits (removing an item returns what is
// needed to put it back). What an audience may see is in consent.ts; the drawing in drawing.ts.
// Do not change the payload schema without a migration.
import { z } from 'zod';
import { limits } from '../limits';
import { calendarDay, invalid, startOfLocalDay, valid, validateText, type Validated } from '../validation';
import { decodeDrawing } from './drawing';

/** The three houses, in the order they are shown. Ids are stable data keys; names come from i18n or the child. */
export const houseIds = ['worries', 'goodThings', 'dreams'] as const;
export type HouseId = (typeof houseIds)[number];

/** Who may see the session, each decided by the child. The meeting's shared screen counts as 'team'. */
export const audiences = ['parents', 'team', 'network', 'court'] as const;
export type Audience = (typeof audiences)[number];

export const consentStates = ['given', 'notGiven', 'notAsked'] as const;
export type ConsentState = (typeof consentStates)[number];

const id = z.string().min(1).max(64);
/** A calendar date, yyyy-MM-dd. */
const calendarDate = z.iso.date();

export const houseItemSchema = z.object({
  id,
  text: z.string().min(1).max(limits.threeHousesItem),
  /** true: the child's own words, written down as said; false: the worker's note (e.g. what a drawing shows). */
  verbatim: z.boolean(),
});
export type HouseItem = z.infer<typeof houseItemSchema>;

export const houseSchema = z.object({
  /** The name the child gave the house; '' means its default name. */
  name: z.string().max(limits.threeHousesHouseName),
  items: z.array(houseItemSchema).max(limits.threeHousesItemsPerHouse),
  /** The drawing as drawing.ts encodes it, or null for none. */
  drawing: z
    .string()
    .max(limits.threeHousesDrawingEncodedChars)
    .refine((encoded) => decodeDrawing(encoded).ok, { message: 'unreadable drawing' })
    .nullable(),
});
export type House = z.infer<typeof houseSchema>;

/** The child's answer for one audience, dated when it was recorded (given or refused). */
export const consentSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('notAsked') }),
  z.object({ state: z.literal('given'), recordedOn: calendarDate }),
  z.object({ state: z.literal('notGiven'), recordedOn: calendarDate }),
]);
export type Consent = z.infer<typeof consentSchema>;

/** The encrypted part of a three-houses session. */
export const threeHousesSessionSchema = z.object({
  /** The child (family.ts childSchema id) the session is with. */
  childId: id,
  date: calendarDate,
  /** The worker who did the session: a member id (null if not a team member) and the name at the time. */
  worker: z.object({ memberId: id.nullable(), name: z.string().min(1).max(limits.memberName) }),
  houses: z.object({ worries: houseSchema, goodThings: houseSchema, dreams: houseSchema }),
  /** Questions the worker wants to take further (with the child, the family or the team). */
  followUpQuestions: z.array(z.string().min(1).max(limits.actionText)).max(limits.threeHousesFollowUpQuestions),
  consent: z.object({ parents: consentSchema, team: consentSchema, network: consentSchema, court: consentSchema }),
});
export type ThreeHousesSession = z.infer<typeof threeHousesSessionSchema>;

const emptyHouse: House = { name: '', items: [], drawing: null };

/** A new session: empty houses with their default names, nobody asked for consent yet. */
export function newSession(start: { childId: string; date: string; worker: ThreeHousesSession['worker'] }): ThreeHousesSession {
  return {
    childId: start.childId,
    date: start.date,
    worker: start.worker,
    houses: { worries: emptyHouse, goodThings: emptyHouse, dreams: emptyHouse },
    followUpQuestions: [],
    consent: { parents: { state: 'notAsked' }, team: { state: 'notAsked' }, network: { state: 'notAsked' }, court: { state: 'notAsked' } },
  };
}

/** The translation key of a house's default name (the child's own name, when given, is shown instead). */
export const defaultHouseNameKey = (house: HouseId) => `threeHouses.house.${house}` as const;

/** The child's age in the session's year (birth year only is known, so this is the age reached that year). */
export function ageInSessionYear(birthYear: number | null, date: string): number | null {
  return birthYear === null ? null : Number(date.slice(0, 4)) - birthYear;
}

// ---------------------------------------------------------------------------------------------
// Rules for what the worker types

/** An item: trimmed, not empty, within its length. */
export function validateItemText(raw: string): Validated<string> {
  if (raw.trim() === '') return invalid('threeHouses.validation.itemEmpty');
  return validateText(raw, { max: limits.threeHousesItem, required: true });
}

/** A house's name as the child gives it; empty means the default name. */
export const validateHouseName = (raw: string) => validateText(raw, { max: limits.threeHousesHouseName, required: false });

/** Follow-up questions typed one per line: blank lines dropped, each line checked. */
export function validateFollowUpQuestions(raw: string): Validated<string[]> {
  const lines = raw
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length > limits.threeHousesFollowUpQuestions) return invalid('validation.tooManyLines', { max: limits.threeHousesFollowUpQuestions });
  for (const line of lines) {
    const checked = validateText(line, { max: limits.actionText, required: true });
    if (!checked.ok) return checked;
  }
  return valid(lines);
}

/**
 * The session's date, typed as yyyy-MM-dd: a real calendar day, not after today (a session is
 * recorded after it happened) and not before the child's birth year (when it is known).
 */
export function validateSessionDate(raw: string, birthYear: number | null, today: Date): Validated<string> {
  const text = raw.trim();
  if (text === '') return invalid('validation.required');
  const date = calendarDay(text);
  if (!date) return invalid('validation.dateFormat');
  if (date > startOfLocalDay(today)) return invalid('threeHouses.validation.sessionDateFuture');
  if (birthYear !== null && date.getFullYear() < birthYear) {
    return invalid('threeHouses.validation.sessionDateBeforeBirth', { year: birthYear });
  }
  return valid(text);
}

/**
 * A whole session checked before it is saved or imported: its shape (payload schema), then the
 * rules a person would notice: the date, and items that are only spaces. The first problem found
 * is returned; nothing is changed.
 */
export function validateSession(payload: unknown, context: { birthYear: number | null; today: Date }): Validated<ThreeHousesSession> {
  const parsed = threeHousesSessionSchema.safeParse(payload);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const path = first ? first.path.join('.') : '';
    if (/^houses\.\w+\.items$/.test(path) && first?.code === 'too_big') {
      return invalid('threeHouses.validation.tooManyItems', { max: limits.threeHousesItemsPerHouse });
    }
    if (/^houses\.\w+\.items\.\d+\.text$/.test(path) && first?.code === 'too_big') {
      return invalid('validation.tooLong', { max: limits.threeHousesItem, length: String(valueAt(payload, path)).length });
    }
    if (/^houses\.\w+\.drawing$/.test(path)) {
      if (first?.code !== 'too_big') return invalid('threeHouses.validation.drawingUnreadable');
      const size = Math.ceil(String(valueAt(payload, path)).length / 1000);
      return invalid('threeHouses.validation.drawingTooLarge', { size, max: limits.threeHousesDrawingEncodedChars / 1000 });
    }
    return invalid('threeHouses.validation.sessionMalformed', { path });
  }
  const session = parsed.data;
  const date = validateSessionDate(session.date, context.birthYear, context.today);
  if (!date.ok) return date;
  for (const house of houseIds) {
    for (const item of session.houses[house].items) {
      const text = validateItemText(item.text);
      if (!text.ok) return text;
    }
  }
  return valid(session);
}

// ---------------------------------------------------------------------------------------------
// Pure edits

function withHouse(session: ThreeHousesSession, house: HouseId, change: Partial<House>): ThreeHousesSession {
  return { ...session, houses: { ...session.houses, [house]: { ...session.houses[house], ...change } } };
}

/** Adds an item at the end of a house (the id comes from the caller). Refused when empty, too long or the house is full. */
export function addItem(session: ThreeHousesSession, house: HouseId, item: HouseItem): Validated<ThreeHousesSession> {
  const items = session.houses[house].items;
  if (items.length >= limits.threeHousesItemsPerHouse) {
    return invalid('threeHouses.validation.tooManyItems', { max: limits.threeHousesItemsPerHouse });
  }
  const text = validateItemText(item.text);
  if (!text.ok) return text;
  return valid(withHouse(session, house, { items: [...items, { ...item, text: text.value }] }));
}

/** Changes an item's text or its own-words flag; an unknown item id leaves the session as it was. */
export function updateItem(
  session: ThreeHousesSession,
  house: HouseId,
  itemId: string,
  change: Partial<Pick<HouseItem, 'text' | 'verbatim'>>,
): Validated<ThreeHousesSession> {
  const items = session.houses[house].items;
  const index = items.findIndex((item) => item.id === itemId);
  if (index < 0) return valid(session);
  let text = items[index]!.text;
  if (change.text !== undefined) {
    const checked = validateItemText(change.text);
    if (!checked.ok) return checked;
    text = checked.value;
  }
  const updated = { ...items[index]!, text, verbatim: change.verbatim ?? items[index]!.verbatim };
  return valid(withHouse(session, house, { items: items.map((item, at) => (at === index ? updated : item)) }));
}

/** What removing an item took away, so an undo can put it back where it was. */
export type RemovedItem = { house: HouseId; index: number; item: HouseItem };

export function removeItem(session: ThreeHousesSession, house: HouseId, itemId: string): { session: ThreeHousesSession; removed: RemovedItem | null } {
  const items = session.houses[house].items;
  const index = items.findIndex((item) => item.id === itemId);
  if (index < 0) return { session, removed: null };
  return {
    session: withHouse(session, house, { items: items.filter((_, at) => at !== index) }),
    removed: { house, index, item: items[index]! },
  };
}

/** Undo of removeItem: the item back at its place (or at the end if the house has shrunk since). */
export function restoreItem(session: ThreeHousesSession, removed: RemovedItem): ThreeHousesSession {
  const items = session.houses[removed.house].items;
  if (items.some((item) => item.id === removed.item.id)) return session;
  const at = Math.min(removed.index, items.length);
  return withHouse(session, removed.house, { items: [...items.slice(0, at), removed.item, ...items.slice(at)] });
}

/** The child renames a house; an empty name brings back the default name. */
export function renameHouse(session: ThreeHousesSession, house: HouseId, raw: string): Validated<ThreeHousesSession> {
  const name = validateHouseName(raw);
  return name.ok ? valid(withHouse(session, house, { name: name.value })) : name;
}

/** Sets or removes a house's drawing (encoded with drawing.ts drawingForStorage). */
export const setHouseDrawing = (session: ThreeHousesSession, house: HouseId, encoded: string | null): ThreeHousesSession =>
  withHouse(session, house, { drawing: encoded });

/**
 * Records the child's answer for one audience, dated `recordedOn` (yyyy-MM-dd, normally today).
 * Withdrawing is just recording 'notGiven': every view and export made after it respects it.
 */
export function setConsent(session: ThreeHousesSession, audience: Audience, state: ConsentState, recordedOn: string): ThreeHousesSession {
  const consent: Consent = state === 'notAsked' ? { state } : { state, recordedOn };
  return { ...session, consent: { ...session.consent, [audience]: consent } };
}

/** The value at a dotted path of unknown data (for a message about it). */
function valueAt(payload: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | null | undefined)?.[part], payload);
}
