// How "changed on another computer" names a record and a field (docs/domain.md: Changed on another
// computer): the record by its family's code and its kind, never its content; a field by a small
// table of the common fields' names, and any other by its path in words.
import { syncConflictEn } from '../../../shared/i18n/sections/syncConflict';
import type { FieldPath } from '../db/syncTypes';
import type { Translate } from '../i18n/keys';

type Kind = keyof typeof syncConflictEn.kind;
type FieldName = Exclude<keyof typeof syncConflictEn.field, 'entry' | 'notesText' | 'taskText'>;
type StatusName = keyof typeof syncConflictEn.status;

const kinds = new Set(Object.keys(syncConflictEn.kind));
const fieldNames = new Set(Object.keys(syncConflictEn.field).filter((key) => !['entry', 'notesText', 'taskText'].includes(key)));
const statusNames = new Set(Object.keys(syncConflictEn.status));

/** The kind of record a table holds ("hypothesis", "task"), in the UI language. */
export function kindName(table: string, t: Translate): string {
  return t(`syncConflict.kind.${kinds.has(table) ? (table as Kind) : 'other'}`);
}

/** "Family KXR-482: hypothesis", or "The team: meeting" for a record that is no family's. */
export function recordName(entry: { table: string; familyCode: string | null }, t: Translate): string {
  const what = kindName(entry.table, t);
  return entry.familyCode ? t('syncConflict.record.ofFamily', { code: entry.familyCode, what }) : t('syncConflict.record.ofTeam', { what });
}

/** A step of a path that names a field (a record's key), not an element's id. */
function isFieldStep(step: string | number): boolean {
  return typeof step === 'string' && /^[a-z][A-Za-z]*$/.test(step);
}

/** "evidenceFor" as "Evidence for". */
function inWords(step: string): string {
  const words = step.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A field's name: each named step of its path (the payload left out) from the table of common
 * fields or in words, joined with "›"; an element of a list (its path ends in an id) is "one entry"
 * of it.
 */
export function fieldLabel(table: string, path: FieldPath, t: Translate): string {
  const named = path.filter((step): step is string => step !== 'payload' && isFieldStep(step));
  const words = named.map((step, index) => {
    if (index === named.length - 1 && step === 'text' && named.length === 1) {
      if (table === 'meetingNotes') return t('syncConflict.field.notesText');
      if (table === 'actions') return t('syncConflict.field.taskText');
    }
    return fieldNames.has(step) ? t(`syncConflict.field.${step as FieldName}`) : inWords(step);
  });
  const last = path[path.length - 1];
  if (last !== undefined && !isFieldStep(last) && last !== 'payload') words.push(t('syncConflict.field.entry'));
  return words.length > 0 ? words.join(' › ') : kindName(table, t);
}

/** A status value in words, when it is one Kehä uses. */
export function statusName(value: string, t: Translate): string | null {
  return statusNames.has(value) ? t(`syncConflict.status.${value as StatusName}`) : null;
}

/** The name of a field inside a value being summarised (one key of an object). */
export function keyLabel(key: string, t: Translate): string {
  return fieldNames.has(key) ? t(`syncConflict.field.${key as FieldName}`) : inWords(key);
}
