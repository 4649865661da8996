// A family's network maps (verkostokartta): one sealed row per map, with only the family's id and
// the instants it was made and last changed in the clear; the date, the centre, the contacts and
// every note are in the payload (docs/architecture.md: Data). Changes are the domain's pure edits
// (addContact, updateContact, removeContact…) applied to the map as stored now, so an edit made in
// another window in between is kept; an edit the domain refuses changes nothing. Deleting a map
// returns its row as stored, for undo.
import { limits } from '../../../../shared/limits';
import { networkMapSchema, validateNetworkMap, type NetworkMap } from '../../../../shared/networkMap/networkMap';
import { networkMapChangesIn, type NetworkMapChanges } from '../../../../shared/networkMap/record';
import type { Validated, ValidationIssue } from '../../../../shared/validation';
import type { NetworkMapRow } from '../database';
import { openList, openRecord, sealPayload, takeRow, updateSealed } from '../sealedRecords';
import type { Session } from '../session';

/** A map as screens use it: the payload with the row's ids and instants. */
export type NetworkMapRecord = NetworkMap & {
  id: string;
  familyId: string;
  /** ISO instants: when the map was made and last changed (the day it describes is `date`). */
  createdAt: string;
  updatedAt: string;
};

/** A map or a change the domain refuses: `issue` is the translation key and values to show. Nothing was written. */
export class NetworkMapRefusedError extends Error {
  constructor(readonly issue: ValidationIssue) {
    super(`Network map refused: ${issue.key}`);
    this.name = 'NetworkMapRefusedError';
  }
}

export function openNetworkMap(session: Session, row: NetworkMapRow): Promise<NetworkMapRecord> {
  return openRecord(session, session.db.networkMaps, row, networkMapSchema);
}

/** Newest first by when it was made, then by id (a stable order); screens sort by the map's own date. */
const newestFirst = (a: NetworkMapRow, b: NetworkMapRow) => b.createdAt.localeCompare(a.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Orders opened maps by their own date, newest first, then by when they were made. */
export function sortNetworkMaps<T extends { date: string; createdAt: string; id: string }>(maps: readonly T[]): T[] {
  return [...maps].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Every map of the family, newest (by the map's date) first. */
export async function listNetworkMaps(session: Session, familyId: string): Promise<NetworkMapRecord[]> {
  const rows = (await session.db.networkMaps.where('familyId').equals(familyId).toArray()).sort(newestFirst);
  return sortNetworkMaps(await openList(session, session.db.networkMaps, rows, (row) => openNetworkMap(session, row)));
}

export async function readNetworkMap(session: Session, id: string): Promise<NetworkMapRecord | undefined> {
  const row = await session.db.networkMaps.get(id);
  return row && openNetworkMap(session, row);
}

/** How many maps a family has, from the clear fields only (nothing is decrypted). */
export function countNetworkMaps(session: Session, familyId: string): Promise<number> {
  return session.db.networkMaps.where('familyId').equals(familyId).count();
}

function checked(payload: unknown): NetworkMap {
  const result = validateNetworkMap(payload);
  if (!result.ok) throw new NetworkMapRefusedError(result.issue);
  // Parsed by the payload schema, so anything not in the payload (a record's id and instants passed back in) is dropped.
  return result.value;
}

/** Records a new map (start one with the domain's newNetworkMap). Refused, writing nothing, past the family's limit or if the domain refuses it. */
export async function createNetworkMap(session: Session, input: { familyId: string; map: NetworkMap }): Promise<string> {
  const id = crypto.randomUUID();
  const at = session.now().toISOString();
  const value = checked(input.map);
  const { db } = session;
  const clear = { id, familyId: input.familyId, createdAt: at, updatedAt: at };
  const payload = await sealPayload(session, db.networkMaps, clear, value);
  await db.transaction('rw', db.networkMaps, async () => {
    if ((await db.networkMaps.where('familyId').equals(input.familyId).count()) >= limits.networkMapsPerFamily) {
      throw new NetworkMapRefusedError({ key: 'networkMap.list.full', values: { max: limits.networkMapsPerFamily } });
    }
    await db.networkMaps.add({ ...clear, payload });
  });
  return id;
}

/**
 * Applies one of the domain's edits to the map as stored now, e.g. `(m) => addContact(m, id, input)`
 * or, for edits that cannot fail, `(m) => valid({ ...m, shownToFamily: true })`. If another window
 * wrote in between, its change is read and this one applied again on top, so neither is lost. A
 * change the domain refuses throws NetworkMapRefusedError and writes nothing; a map deleted
 * meanwhile gives RecordMissingError. Returns the map as saved.
 */
export async function updateNetworkMap(session: Session, id: string, change: (current: NetworkMap) => Validated<NetworkMap>): Promise<NetworkMap> {
  let saved: NetworkMap | undefined;
  await updateSealed(session, session.db.networkMaps, id, networkMapSchema, (current) => {
    const next = change(current);
    if (!next.ok) throw new NetworkMapRefusedError(next.issue);
    saved = checked(next.value);
    return { payload: saved };
  });
  return saved!;
}

/** Deletes one map and returns it as stored (still encrypted), for undo. */
export function deleteNetworkMap(session: Session, id: string): Promise<NetworkMapRow | undefined> {
  return takeRow(session.db.networkMaps, id);
}

/** Undo of deleteNetworkMap: the map back exactly as it was. */
export async function restoreNetworkMap(session: Session, row: NetworkMapRow): Promise<void> {
  await session.db.networkMaps.put(row);
}

/**
 * How many of a family's maps were made or changed between `from` and `to` (epoch ms, inclusive), read
 * from the clear instants only: the meeting's record says "network map drawn" or "updated"
 * (networkMapRecordMention). Deleted maps are gone and not counted.
 */
export async function networkMapChangesBetween(session: Session, familyId: string, from: number, to: number): Promise<NetworkMapChanges> {
  const rows = await session.db.networkMaps.where('familyId').equals(familyId).toArray();
  return networkMapChangesIn(rows, new Date(from).toISOString(), new Date(to).toISOString());
}
