// Merging two computers' versions of one record (docs/architecture.md: Merging two computers'
// changes). Pure: plain JSON in, plain JSON out. A record is given as its clear fields with its
// decrypted payload under `payload`; the sync engine opens both versions and their common ancestor,
// merges them here, and keeps the conflicts for the "changed on another computer" dialog.
//
// The rules, in order, at every place in the record:
// 1. Both sides hold the same value: that value.
// 2. Only one side changed it from the common ancestor (added, changed or removed): that side.
// 3. Both changed it differently:
//    - a last-touched instant (`updatedAt`, `revisitedAt`): the later one, never a conflict;
//    - a hypothesis's `revisionCount`: the larger one (both sides' revisions are rows of their own);
//    - two plain objects: merged key by key (rules 1 to 3 for each key);
//    - two arrays of records with ids (every element an object with a string `id`, or failing that a
//      string `participantId`, unique within the array): merged element by element by that id;
//    - anything else (text, numbers, other arrays, an object against a value, removed against
//      changed): a conflict. `merged` keeps this computer's value there, the conflict lists both.
// When the common ancestor is unknown, nothing tells who changed what: rule 2 never applies, so a
// key or element only one version has is kept (nothing is dropped), and every other difference (but
// the instants and counters of rule 3) is a conflict.

/** A plain JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** A JSON object (a record, a payload, an element of an id-keyed array). */
export type JsonObject = { [key: string]: Json };

/**
 * Where a value is in a record: object keys, and for an element of an id-keyed array its id (a
 * string, never an index: positions shift between the versions, ids do not).
 */
export type MergePath = (string | number)[];

/**
 * One place both computers changed differently. `undefined` on a side: that side removed it (or
 * never had it); `merged` holds `ours` there.
 */
export type MergeConflict = { path: MergePath; ours: Json | undefined; theirs: Json | undefined };

export type MergeResult = { merged: Json; conflicts: MergeConflict[] };

/** Keys whose value every write sets to the instant it was made: the later one is kept. */
export const lastTouchedKeys: ReadonlySet<string> = new Set(['updatedAt', 'revisitedAt']);
/** Keys of counters each write raises by one: the larger one is kept. */
export const counterKeys: ReadonlySet<string> = new Set(['revisionCount']);

/** Nothing is known of the common ancestor (not even whether it had the value). */
const unknown: unique symbol = Symbol('unknown ancestor');
type Base = Json | undefined | typeof unknown;

/**
 * Merges this computer's version (`ours`) and another computer's (`theirs`) of one record, given
 * their common ancestor (`base`; undefined when it is not known).
 */
export function mergeRecords(base: Json | undefined, ours: Json, theirs: Json): MergeResult {
  const conflicts: MergeConflict[] = [];
  const merged = mergeValue(base === undefined ? unknown : base, ours, theirs, [], conflicts);
  // Both sides hold a value at the top, so the merge does too (a conflict there keeps ours).
  return { merged: merged === undefined ? ours : merged, conflicts };
}

function mergeValue(base: Base, ours: Json | undefined, theirs: Json | undefined, path: MergePath, conflicts: MergeConflict[]): Json | undefined {
  if (jsonEqual(ours, theirs)) return ours;
  if (base !== unknown) {
    if (jsonEqual(base, ours)) return theirs;
    if (jsonEqual(base, theirs)) return ours;
  } else if (ours === undefined || theirs === undefined) {
    // With no known ancestor (e.g. a record made on two computers before they synced: a risk round
    // each laptop scored into), a key or an element only one version has is kept: nothing is dropped.
    return ours ?? theirs;
  }
  const key = path[path.length - 1];
  if (typeof key === 'string' && ours !== undefined && theirs !== undefined) {
    if (lastTouchedKeys.has(key)) {
      const later = laterInstant(ours, theirs);
      if (later !== undefined) return later;
    }
    if (counterKeys.has(key) && typeof ours === 'number' && typeof theirs === 'number') return Math.max(ours, theirs);
  }
  if (isObject(ours) && isObject(theirs)) {
    return mergeObjects(base === unknown ? unknown : isObject(base) ? base : {}, ours, theirs, path, conflicts);
  }
  if (Array.isArray(ours) && Array.isArray(theirs)) {
    const baseArray = base === unknown ? unknown : Array.isArray(base) ? base : [];
    const keyField = recordKeyOf([ours, theirs, ...(baseArray === unknown ? [] : [baseArray])]);
    // recordKeyOf found every element of the three an object.
    if (keyField) return mergeKeyedArrays(baseArray as JsonObject[] | typeof unknown, ours as JsonObject[], theirs as JsonObject[], keyField, path, conflicts);
  }
  conflicts.push({ path, ours, theirs });
  return ours;
}

function mergeObjects(base: JsonObject | typeof unknown, ours: JsonObject, theirs: JsonObject, path: MergePath, conflicts: MergeConflict[]): JsonObject {
  const merged: JsonObject = {};
  const keys = [...Object.keys(ours), ...Object.keys(theirs).filter((key) => !hasOwn(ours, key))];
  for (const key of keys) {
    const value = mergeValue(base === unknown ? unknown : own(base, key), own(ours, key), own(theirs, key), [...path, key], conflicts);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/**
 * Element by element, by `keyField`. The order: when this computer kept the ancestor's order (and
 * elements), the other's order; otherwise this computer's, and each element only the other computer
 * has goes after the element it follows there (before the one it precedes when it is first there,
 * at the end when it is alone there).
 */
function mergeKeyedArrays(
  base: JsonObject[] | typeof unknown,
  ours: JsonObject[],
  theirs: JsonObject[],
  keyField: RecordKey,
  path: MergePath,
  conflicts: MergeConflict[],
): Json[] {
  const idOf = (element: JsonObject) => element[keyField] as string;
  const byId = (elements: JsonObject[]) => new Map(elements.map((element) => [idOf(element), element] as const));
  const baseById = base === unknown ? unknown : byId(base);
  const oursById = byId(ours);
  const theirsById = byId(theirs);
  const mergedById = new Map<string, Json>();
  for (const id of new Set([...oursById.keys(), ...theirsById.keys()])) {
    const value = mergeValue(baseById === unknown ? unknown : baseById.get(id), oursById.get(id), theirsById.get(id), [...path, id], conflicts);
    if (value !== undefined) mergedById.set(id, value);
  }
  const oursKeptOrder = base !== unknown && sameIds(base.map(idOf), ours.map(idOf));
  const [lead, follow] = oursKeptOrder ? [theirs, ours] : [ours, theirs];
  const order = lead.map(idOf).filter((id) => mergedById.has(id));
  const placed = new Set(order);
  // Elements only `follow` has: after the element they follow there, else before the one they precede, else at the end.
  let after: string | null = null;
  let pending: string[] = [];
  for (const id of follow.map(idOf)) {
    if (placed.has(id)) {
      if (pending.length > 0) order.splice(order.indexOf(id), 0, ...pending);
      pending = [];
      after = id;
    } else if (mergedById.has(id)) {
      placed.add(id);
      if (after === null) pending.push(id);
      else {
        order.splice(order.indexOf(after) + 1, 0, id);
        after = id;
      }
    }
  }
  order.push(...pending);
  return order.map((id) => mergedById.get(id)!);
}

type RecordKey = 'id' | 'participantId';

/**
 * The field by which these arrays' elements are records: `id` when every element of them is an
 * object with a string `id` (unique within its array), else `participantId` likewise; null when
 * neither (the arrays are then single values), and when they are all empty.
 */
export function recordKeyOf(arrays: readonly (readonly Json[])[]): RecordKey | null {
  if (arrays.every((array) => array.length === 0)) return null;
  for (const field of ['id', 'participantId'] as const) {
    const keyed = arrays.every((array) => {
      const ids = array.map((element) => (isObject(element) && typeof element[field] === 'string' ? element[field] : null));
      return ids.every((id) => id !== null) && new Set(ids).size === ids.length;
    });
    if (keyed) return field;
  }
  return null;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

/** The later of two ISO instants; undefined when either is not one. */
function laterInstant(a: Json, b: Json): Json | undefined {
  if (typeof a !== 'string' || typeof b !== 'string') return undefined;
  const [timeA, timeB] = [Date.parse(a), Date.parse(b)];
  if (Number.isNaN(timeA) || Number.isNaN(timeB)) return undefined;
  return timeA > timeB || (timeA === timeB && a > b) ? a : b;
}

// ---------------------------------------------------------------------------------------------
// The user's choice

export type MergeChoice = 'thisComputer' | 'otherComputer';

/**
 * The record with the user's pick at each conflict (`choice[i]` for `conflicts[i]`): this
 * computer's value is what `merged` already holds; the other computer's replaces it (or removes it,
 * or puts a removed element back at the end of its array).
 */
export function applyChoice(merged: Json, conflicts: readonly MergeConflict[], choice: readonly MergeChoice[]): Json {
  if (choice.length !== conflicts.length) throw new Error(`applyChoice: ${choice.length} choices for ${conflicts.length} conflicts`);
  let result: Json = cloneJson(merged);
  conflicts.forEach((conflict, index) => {
    const value = choice[index] === 'otherComputer' ? conflict.theirs : conflict.ours;
    result = setAt(result, conflict.path, value === undefined ? undefined : cloneJson(value));
  });
  return result;
}

/** The value at `path` (undefined when there is none), reading an id-keyed array's element by its id. */
export function valueAt(value: Json | undefined, path: readonly (string | number)[]): Json | undefined {
  let current = value;
  for (const step of path) {
    if (Array.isArray(current)) current = typeof step === 'number' ? current[step] : current[elementIndex(current, step)];
    else if (isObject(current) && typeof step === 'string') current = own(current, step);
    else return undefined;
  }
  return current;
}

/** Sets (or with undefined removes) the value at `path` in `root`, which it changes in place; returns the root. */
function setAt(root: Json, path: readonly (string | number)[], value: Json | undefined): Json {
  if (path.length === 0) {
    if (value === undefined) throw new Error('applyChoice: cannot remove the whole record');
    return value;
  }
  const parent = valueAt(root, path.slice(0, -1));
  const step = path[path.length - 1]!;
  if (Array.isArray(parent)) {
    const index = typeof step === 'number' ? step : elementIndex(parent, step);
    if (value === undefined) {
      if (index >= 0 && index < parent.length) parent.splice(index, 1);
    } else if (index >= 0 && index < parent.length) parent[index] = value;
    else parent.push(value);
  } else if (isObject(parent) && typeof step === 'string') {
    if (value === undefined) delete parent[step];
    else parent[step] = value;
  } else {
    throw new Error(`applyChoice: nothing at ${JSON.stringify(path.slice(0, -1))}`);
  }
  return root;
}

/** Where the element with this id is in an id-keyed array, -1 when it is not there. */
function elementIndex(array: readonly Json[], id: string | number): number {
  const field = recordKeyOf([array]);
  const fields = field === 'participantId' ? (['participantId', 'id'] as const) : (['id', 'participantId'] as const);
  for (const key of fields) {
    const index = array.findIndex((element) => isObject(element) && element[key] === id);
    if (index >= 0) return index;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// JSON helpers

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOwn(object: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

function own(object: JsonObject, key: string): Json | undefined {
  return hasOwn(object, key) ? object[key] : undefined;
}

function cloneJson<T extends Json>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Deep equality of JSON values; an object's key order does not matter, an array's order does. */
export function jsonEqual(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, index) => jsonEqual(item, b[index]));
  if (isObject(a)) {
    if (!isObject(b)) return false;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => hasOwn(b, key) && jsonEqual(a[key], b[key]));
  }
  return false;
}
