// A family's genogram (sukupuu): one sealed row per family, its id the family's id, with only the
// family's id and the instants it was first saved and last changed in the clear; the people,
// relationships, parent links, emotional lines and households are the payload (docs/architecture.md:
// Data). The row is made by the first edit. Changes are the domain's pure edits (putPerson,
// removePerson, nudgePerson…) applied to the genogram as stored now, so an edit made in another
// window in between is kept; an edit the domain refuses changes nothing. A removal's Undo is another
// edit, restoreRemoved, so it too keeps what others wrote meanwhile.
import { emptyGenogram, genogramSchema, type Genogram } from '../../../../shared/genogram/genogram';
import type { Validated, ValidationIssue } from '../../../../shared/validation';
import type { GenogramRow } from '../database';
import { createOrUpdateSealed, openRecord, sealPayload } from '../sealedRecords';
import type { Session } from '../session';

/** A genogram as screens use it: the payload with the row's ids and instants. */
export type GenogramRecord = Genogram & {
  id: string;
  familyId: string;
  /** ISO instants: when the genogram was first saved and last changed. */
  createdAt: string;
  updatedAt: string;
};

/** A change the domain refuses: `issue` is the translation key and values to show. Nothing was written. */
export class GenogramRefusedError extends Error {
  constructor(readonly issue: ValidationIssue) {
    super(`Genogram change refused: ${issue.key}`);
    this.name = 'GenogramRefusedError';
  }
}

export function openGenogram(session: Session, row: GenogramRow): Promise<GenogramRecord> {
  return openRecord(session, session.db.genograms, row, genogramSchema);
}

/** The family's genogram, or undefined if nothing has been drawn yet. */
export async function readGenogram(session: Session, familyId: string): Promise<GenogramRecord | undefined> {
  const row = await session.db.genograms.get(familyId);
  return row && openGenogram(session, row);
}

function checked(value: Genogram): Genogram {
  const parsed = genogramSchema.safeParse(value);
  // The editor's edits keep every rule; a genogram that still fails here is a bug, not the worker's typing.
  if (!parsed.success) throw new GenogramRefusedError({ key: 'genogram.validation.broken', values: {} });
  return parsed.data;
}

/**
 * Applies one of the domain's edits to the family's genogram as stored now (an empty one if there is
 * none yet), e.g. `(g) => putPerson(g, person)` or, for edits that cannot fail,
 * `(g) => valid(nudgePerson(g, id, 10, 0))`. If another window wrote in between, its change is read
 * and this one applied again on top, so neither is lost. A change the domain refuses throws
 * GenogramRefusedError and writes nothing. Returns the genogram as saved.
 */
export async function updateGenogram(session: Session, familyId: string, change: (current: Genogram) => Validated<Genogram>): Promise<Genogram> {
  let saved: Genogram | undefined;
  const apply = (current: Genogram) => {
    const next = change(current);
    if (!next.ok) throw new GenogramRefusedError(next.issue);
    saved = checked(next.value);
    return saved;
  };
  const { db } = session;
  await createOrUpdateSealed(
    session,
    db.genograms,
    familyId,
    genogramSchema,
    async () => {
      const at = session.now().toISOString();
      const clear = { id: familyId, familyId, createdAt: at, updatedAt: at };
      return { ...clear, payload: await sealPayload(session, db.genograms, clear, apply(emptyGenogram())) };
    },
    (current) => ({ payload: apply(current) }),
  );
  return saved!;
}

/**
 * Whether the family's genogram was drawn ('created') or changed ('updated') between `from` and `to`
 * (epoch ms, inclusive), from the clear instants only: the meeting's record says "genogram updated".
 */
export async function genogramChangeBetween(session: Session, familyId: string, from: number, to: number): Promise<'created' | 'updated' | null> {
  const row = await session.db.genograms.get(familyId);
  if (!row) return null;
  const start = new Date(from).toISOString();
  const end = new Date(to).toISOString();
  if (row.createdAt >= start && row.createdAt <= end) return 'created';
  if (row.updatedAt >= start && row.updatedAt <= end) return 'updated';
  return null;
}

/** How many people the family's genogram holds, or 0 if there is none (for the family page's link). */
export async function genogramPeopleCount(session: Session, familyId: string): Promise<number> {
  return (await readGenogram(session, familyId))?.people.length ?? 0;
}
