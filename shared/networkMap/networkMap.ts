// A family's network map (verkostokartta, an ecomap; docs/domain.md: Network map): the child or the
// whole family in the centre, the people and services around it in sectors (family, relatives,
// friends, school or daycare, health, services, hobbies), each at a distance for how close it is
// (1 = closest ring) and joined to the centre by a line for the relation (supports, neutral,
// strained, conflict). Names are pseudonymous ("Mummo", "Koulun kuraattori"); a contact marked
// `ownWords` is written as the family said it. A family may have several maps (per child, per
// visit), each dated. This file holds the encrypted payload's shape, the rules for what the worker
// types and pure edits; the drawing's geometry is in layout.ts, what the room may see in roomView.ts.
// Do not change the payload schema without a migration.
import { z } from 'zod';
import { limits } from '../limits';
import { calendarDay, invalid, startOfLocalDay, valid, validateText, type Validated } from '../validation';

/** Sectors, clockwise from the top as they are drawn. Ids are stable data keys; names come from i18n. */
export const networkSectors = ['family', 'relatives', 'friends', 'school', 'health', 'services', 'hobbies'] as const;
export type NetworkSector = (typeof networkSectors)[number];

/** Distance from the centre: 1 = close, 2 = in between, 3 = distant. */
export const networkDistances = [1, 2, 3] as const;
export type NetworkDistance = (typeof networkDistances)[number];

/**
 * The relation to the centre, drawn as the line's style (never colour alone): supports = thick solid,
 * neutral = thin solid, strained = dashed, conflict = zigzag. Ids are stable data keys.
 */
export const relationQualities = ['supports', 'neutral', 'strained', 'conflict'] as const;
export type RelationQuality = (typeof relationQualities)[number];

/** A person (mummo, a friend) or a service (the school's social worker, the child psychiatry clinic). */
export const contactKinds = ['person', 'service'] as const;
export type ContactKind = (typeof contactKinds)[number];

const id = z.string().min(1).max(64);
/** A calendar date, yyyy-MM-dd. */
const calendarDate = z.iso.date();

export const networkContactSchema = z.object({
  id,
  /** Pseudonymous: a relation or a first name ("Mummo", "Eetu", "Koulukuraattori"). */
  name: z.string().min(1).max(limits.networkMapName),
  /** The role or the service ("äidin äiti", "koulukuraattori, Koivurinteen koulu"); '' if none. */
  role: z.string().max(limits.networkMapRole),
  kind: z.enum(contactKinds),
  sector: z.enum(networkSectors),
  distance: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  quality: z.enum(relationQualities),
  /** What the relation is like, as the family describes it or as the worker noted it; '' if nothing. */
  description: z.string().max(limits.networkMapText),
  /** true: the name and description are in the family's own words, written down as said. */
  ownWords: z.boolean(),
  /** The team's own note on this contact. Never shown in the family's view, on the room's screen or in family prints. */
  teamNote: z.string().max(limits.networkMapText),
});
export type NetworkContact = z.infer<typeof networkContactSchema>;

/** Who is in the centre: the whole family, or one of its children (family.ts childSchema id). */
export const networkCentreSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('family') }),
  z.object({ kind: z.literal('child'), childId: id }),
]);
export type NetworkCentre = z.infer<typeof networkCentreSchema>;

/** The encrypted part of a network map. Do not change without a migration. */
export const networkMapSchema = z.object({
  /** The map's own title; '' means the default ("Network map"). */
  title: z.string().max(limits.networkMapTitle),
  /** The day the map describes (when it was drawn or gone through). */
  date: calendarDate,
  centre: networkCentreSchema,
  /** Whether the map was drawn with the family in the room. */
  drawnWithFamily: z.boolean(),
  /**
   * Whether the map has been gone through with the family: only then may the room's screen show it
   * while the family takes part in the meeting (roomView.ts).
   */
  shownToFamily: z.boolean(),
  /** Whether the family agreed that network partners (school, health) may see the map, e.g. on the room's screen. */
  sharedWithNetwork: z.boolean(),
  /** Contacts in the order they were added (the layout's stable order within a sector and ring). */
  contacts: z.array(networkContactSchema).max(limits.networkMapContacts),
  /** The team's notes on the whole map. Never shown to the family or on the room's screen. */
  teamNotes: z.string().max(limits.networkMapNotes),
});
export type NetworkMap = z.infer<typeof networkMapSchema>;

/** A new, empty map of a day: the family in the centre unless a child is named. */
export function newNetworkMap(start: { date: string; centre?: NetworkCentre; title?: string; drawnWithFamily?: boolean }): NetworkMap {
  return {
    title: start.title ?? '',
    date: start.date,
    centre: start.centre ?? { kind: 'family' },
    drawnWithFamily: start.drawnWithFamily ?? false,
    shownToFamily: start.drawnWithFamily ?? false,
    sharedWithNetwork: false,
    contacts: [],
    teamNotes: '',
  };
}

/** What a contact is made of when added; the id is given by addContact's caller. */
export type NewContact = Omit<NetworkContact, 'id'>;

/** A contact with the defaults of the add form: a person in the family sector, close, supportive. */
export function blankContact(sector: NetworkSector = 'family'): NewContact {
  return { name: '', role: '', kind: 'person', sector, distance: 2, quality: 'neutral', description: '', ownWords: false, teamNote: '' };
}

// ---------------------------------------------------------------------------------------------
// Rules for what the worker types

export const validateContactName = (raw: string) => validateText(raw, { max: limits.networkMapName, required: true });
export const validateContactRole = (raw: string) => validateText(raw, { max: limits.networkMapRole, required: false });
export const validateContactText = (raw: string) => validateText(raw, { max: limits.networkMapText, required: false });
export const validateMapTitle = (raw: string) => validateText(raw, { max: limits.networkMapTitle, required: false });
export const validateMapNotes = (raw: string) => validateText(raw, { max: limits.networkMapNotes, required: false });

/** The map's date, typed as yyyy-MM-dd: a real calendar day, not after today (a map describes a day that has been). */
export function validateMapDate(raw: string, today: Date): Validated<string> {
  const text = raw.trim();
  if (text === '') return invalid('validation.required');
  const date = calendarDay(text);
  if (!date) return invalid('validation.dateFormat');
  if (date > startOfLocalDay(today)) return invalid('networkMap.validation.dateFuture');
  return valid(text);
}

/** A contact as typed in a form: name required, every text trimmed and within its length. */
export function validateContact(input: NewContact): Validated<NewContact> {
  const name = validateContactName(input.name);
  if (!name.ok) return name;
  const role = validateContactRole(input.role);
  if (!role.ok) return role;
  const description = validateContactText(input.description);
  if (!description.ok) return description;
  const teamNote = validateContactText(input.teamNote);
  if (!teamNote.ok) return teamNote;
  return valid({ ...input, name: name.value, role: role.value, description: description.value, teamNote: teamNote.value });
}

/** A whole map checked before it is saved or imported: its shape, unique contact ids, names not only spaces. */
export function validateNetworkMap(payload: unknown): Validated<NetworkMap> {
  const parsed = networkMapSchema.safeParse(payload);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    if (first?.path.join('.') === 'contacts' && first.code === 'too_big') {
      return invalid('networkMap.validation.tooManyContacts', { max: limits.networkMapContacts });
    }
    return invalid('networkMap.validation.unreadable');
  }
  const map = parsed.data;
  const ids = new Set<string>();
  for (const contact of map.contacts) {
    if (ids.has(contact.id)) return invalid('networkMap.validation.unreadable');
    ids.add(contact.id);
    if (contact.name.trim() === '') return invalid('validation.required');
  }
  return valid(map);
}

// ---------------------------------------------------------------------------------------------
// Pure edits (each returns a new map; refused ones say why and change nothing)

/** Adds a contact at the end (the layout keeps added order within a sector and ring). */
export function addContact(map: NetworkMap, contactId: string, input: NewContact): Validated<NetworkMap> {
  if (map.contacts.length >= limits.networkMapContacts) return invalid('networkMap.validation.tooManyContacts', { max: limits.networkMapContacts });
  if (map.contacts.some((contact) => contact.id === contactId)) return invalid('networkMap.validation.unreadable');
  const checked = validateContact(input);
  if (!checked.ok) return checked;
  return valid({ ...map, contacts: [...map.contacts, { id: contactId, ...checked.value }] });
}

/** Changes the fields of one contact that `change` names; a contact removed meanwhile is refused. */
export function updateContact(map: NetworkMap, contactId: string, change: Partial<NewContact>): Validated<NetworkMap> {
  const index = map.contacts.findIndex((contact) => contact.id === contactId);
  if (index < 0) return invalid('networkMap.validation.contactGone');
  const { id: _id, ...current } = map.contacts[index]!;
  const checked = validateContact({ ...current, ...change });
  if (!checked.ok) return checked;
  const contacts = [...map.contacts];
  contacts[index] = { id: contactId, ...checked.value };
  return valid({ ...map, contacts });
}

/** A removed contact and where it was, so undo puts it back in its place. */
export type RemovedContact = { contact: NetworkContact; index: number };

/** Removes one contact; returns the map without it and what undo needs (null if it was not there). */
export function removeContact(map: NetworkMap, contactId: string): { map: NetworkMap; removed: RemovedContact | null } {
  const index = map.contacts.findIndex((contact) => contact.id === contactId);
  if (index < 0) return { map, removed: null };
  return { map: { ...map, contacts: map.contacts.filter((contact) => contact.id !== contactId) }, removed: { contact: map.contacts[index]!, index } };
}

/** Undo of removeContact: the contact back at its index (or at the end), unless it is there already or the map is full. */
export function restoreContact(map: NetworkMap, removed: RemovedContact): Validated<NetworkMap> {
  if (map.contacts.some((contact) => contact.id === removed.contact.id)) return valid(map);
  if (map.contacts.length >= limits.networkMapContacts) return invalid('networkMap.validation.tooManyContacts', { max: limits.networkMapContacts });
  const contacts = [...map.contacts];
  contacts.splice(Math.min(removed.index, contacts.length), 0, removed.contact);
  return valid({ ...map, contacts });
}

/** One step closer (toward 1) or further out (toward 3), stopping at the ends. */
export function stepDistance(distance: NetworkDistance, step: -1 | 1): NetworkDistance {
  return Math.min(3, Math.max(1, distance + step)) as NetworkDistance;
}

/** The next or previous sector clockwise, wrapping around. */
export function stepSector(sector: NetworkSector, step: -1 | 1): NetworkSector {
  const index = networkSectors.indexOf(sector);
  return networkSectors[(index + step + networkSectors.length) % networkSectors.length]!;
}

/** The next or previous relation quality, wrapping around (for a single key that cycles it). */
export function stepQuality(quality: RelationQuality, step: -1 | 1): RelationQuality {
  const index = relationQualities.indexOf(quality);
  return relationQualities[(index + step + relationQualities.length) % relationQualities.length]!;
}

/** How many contacts of each quality the map has (the legend and summaries count them). */
export function qualityCounts(map: Pick<NetworkMap, 'contacts'>): Record<RelationQuality, number> {
  const counts = { supports: 0, neutral: 0, strained: 0, conflict: 0 };
  for (const contact of map.contacts) counts[contact.quality]++;
  return counts;
}

/** The family's view of a map: no team note on any contact and no team notes on the map (family mode, family prints). */
export function withoutTeamNotes(map: NetworkMap): NetworkMap {
  return { ...map, teamNotes: '', contacts: map.contacts.map((contact) => ({ ...contact, teamNote: '' })) };
}

/** The translation key of a sector's, distance's, quality's and kind's name. */
export const sectorNameKey = (sector: NetworkSector) => `networkMap.sector.${sector}` as const;
export const distanceNameKey = (distance: NetworkDistance) => `networkMap.distance.d${distance}` as const;
export const qualityNameKey = (quality: RelationQuality) => `networkMap.quality.${quality}` as const;
export const kindNameKey = (kind: ContactKind) => `networkMap.kind.${kind}` as const;
