// Data migrations that need the vault key, so cannot run in Dexie's upgrade (which runs before
// unlock): the upgrade marks the rows and leaves a note in settings; right after unlock, before any
// screen reads data, the note is found (one row read, so an ordinary unlock costs nothing), the
// migrations run, and the note is removed. Each is idempotent (it finds the rows the upgrade marked
// and leaves everything else alone), so a second window or an interrupted run does no harm.
//
// DO NOT CHANGE a step once published without a new fixture test: tests/unit/db/migrations.test.ts
// upgrades a frozen version-2 database through it.
import { z } from 'zod';
import { emptyCard, hypothesisCardSchema, revisionPayloadSchema, type HypothesisCard } from '../../../shared/hypothesis/hypothesis';
import { limits } from '../../../shared/limits';
import { phaseRoles } from '../../../shared/meeting/template';
import { sealedMigrationPendingKey, type HypothesisRevisionRow, type HypothesisRow } from './database';
import { openPayload, sealPayload } from './sealedRecords';
import type { Session } from './session';
import { applyMeetingScrubs, familiesNamedInMeetings, prepareMeetingScrubs } from './repositories/meetingRepository';

/** Runs every sealed migration. Call once after unlock, before the session is used. */
export async function upgradeSealedData(session: Session): Promise<void> {
  if (!(await session.db.settings.get(sealedMigrationPendingKey))) return;
  await writeFirstHypothesisRevisions(session);
  await takeMissingFamiliesOutOfMeetings(session);
  await session.db.settings.delete(sealedMigrationPendingKey);
}

/** A hypothesis's payload as schema version 2 stored it. */
const hypothesisPayloadV2 = z.object({
  wording: z.string().min(1).max(limits.hypothesis),
  proposerRole: z.enum(phaseRoles).nullable(),
});

/**
 * Version 3 (hypothesis history): a version-2 hypothesis (revisionCount 0) gets the new card payload and its
 * history: revision 1 as made in its meeting, and if its status had changed since, revision 2
 * dated at that change (version 2 did not record in which meeting, so it is not tied to one).
 */
async function writeFirstHypothesisRevisions(session: Session): Promise<void> {
  const { db } = session;
  const legacy = await db.hypotheses.filter((row) => row.revisionCount === 0).toArray();
  if (legacy.length === 0) return;
  const upgraded: { row: HypothesisRow; revisions: HypothesisRevisionRow[] }[] = [];
  for (const row of legacy) {
    const old = await openPayload(session, db.hypotheses, row, hypothesisPayloadV2);
    const card: HypothesisCard = hypothesisCardSchema.parse({
      ...emptyCard(old.wording),
      proposers: old.proposerRole ? [{ role: old.proposerRole, name: '' }] : [],
    });
    const steps: Pick<HypothesisRevisionRow, 'seq' | 'at' | 'meetingId' | 'status'>[] = [
      { seq: 1, at: row.createdAt, meetingId: row.meetingId, status: 'open' },
    ];
    if (row.status !== 'open') steps.push({ seq: 2, at: row.updatedAt, meetingId: null, status: row.status });
    const revisions = await Promise.all(
      steps.map(async (step) => {
        const clear = { id: crypto.randomUUID(), hypothesisId: row.id, familyId: row.familyId, ...step };
        return { ...clear, payload: await sealPayload(session, db.hypothesisRevisions, clear, revisionPayloadSchema.parse({ card, reason: '' })) };
      }),
    );
    const last = steps[steps.length - 1]!;
    const { payload: _old, ...clear } = { ...row, revisionCount: steps.length, revisitedAt: last.at };
    upgraded.push({ row: { ...clear, payload: await sealPayload(session, db.hypotheses, clear, card) }, revisions });
  }
  await db.transaction('rw', [db.hypotheses, db.hypothesisRevisions], async () => {
    for (const { row, revisions } of upgraded) {
      // Another window may have migrated it meanwhile: then leave its work in place.
      if ((await db.hypotheses.get(row.id))?.revisionCount !== 0) continue;
      await db.hypotheses.put(row);
      await db.hypothesisRevisions.bulkAdd(revisions);
    }
  });
}

/**
 * Version 6 (deleting a family takes it out of the meetings): a meeting that still names a family
 * that no longer exists (deleted, or a removed demonstration family, before version 6) loses its
 * entries as `deleteFamily` now takes them (`prepareMeetingScrubs`). Written only if neither the
 * meetings nor the families changed meanwhile; else tried again.
 */
async function takeMissingFamiliesOutOfMeetings(session: Session): Promise<void> {
  const { db } = session;
  for (let attempt = 0; attempt < 8; attempt++) {
    const present = new Set((await db.families.toCollection().primaryKeys()) as string[]);
    const missing = [...(await familiesNamedInMeetings(session))].filter((id) => !present.has(id));
    if (missing.length === 0) return;
    const scrubs = await prepareMeetingScrubs(session, missing);
    const done = await db.transaction('rw', [db.meetings, db.families], async () => {
      if ((await db.families.bulkGet(missing)).some((row) => row !== undefined)) return false;
      return applyMeetingScrubs(db, scrubs);
    });
    if (done) return;
  }
}
