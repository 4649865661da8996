// Bench-only (KEHA_BENCH=1): the safety round's data measures, exposed as `window.kehaSafetyBench`
// for scripts/bench.mjs (KEHA_BENCH_ONLY=safety): reading last time's round for the family with the
// most revealed rounds in the seeded years of meetings (readEarlierRiskRound: every earlier round of
// the family opened, cold after a fresh unlock and warm), and the chair's entry from paper saved in
// one write (recordPaperRiskRound) beside sealing and putting the same row, and the put alone.
import '../zodConfig';
import type { RiskScore } from '../../../shared/meeting/meeting';
import { riskRoundPayloadSchema } from '../../../shared/meeting/meeting';
import type { RiskRoundRow } from '../db/database';
import { readEarlierRiskRound, recordPaperRiskRound, riskRoundId } from '../db/repositories/riskRoundRepository';
import { sealRow } from '../db/sealedRecords';
import { unlocked } from './hypothesisMeasures';

export type SafetyBenchResult = {
  /** Revealed rounds of the family read, and the meetings they were in. */
  rounds: number;
  earlierColdMs: number[];
  earlierWarmMs: number[];
  paperMs: number[];
  sealPutMs: number[];
  putMs: number[];
};

export type KehaSafetyBench = {
  measure(dbName: string, passphrase: string, samples: number): Promise<SafetyBenchResult>;
};

declare global {
  interface Window {
    kehaSafetyBench: KehaSafetyBench;
  }
}

const elapsed = (start: number) => Math.round((performance.now() - start) * 100) / 100;

const scores = (sample: number): RiskScore[] =>
  Array.from({ length: 6 }, (_, index) => ({
    participantId: `bench-member-${index}`,
    participantName: `Osallistuja ${index + 1}`,
    score: (sample + index * 3) % 11,
    reason: index % 2 === 0 ? 'Paperilla: koulu on ollut yhteydessä poissaoloista.' : '',
    oneUp: '',
  }));

async function measure(dbName: string, passphrase: string, samples: number): Promise<SafetyBenchResult> {
  // The family with the most revealed rounds.
  const { familyId, rounds } = await unlocked(dbName, passphrase, async (session) => {
    const counts = new Map<string, number>();
    for (const row of await session.db.riskRounds.toArray()) if (row.revealedAt !== null) counts.set(row.familyId, (counts.get(row.familyId) ?? 0) + 1);
    const [top] = [...counts].sort((a, b) => b[1] - a[1]);
    if (!top) throw new Error('the seed has no revealed risk rounds');
    return { familyId: top[0], rounds: top[1] };
  });
  const current = { meetingId: 'bench-now', meetingTime: Date.now() + 60_000 };
  const earlierColdMs: number[] = [];
  const earlierWarmMs: number[] = [];
  for (let sample = 0; sample < Math.min(samples, 5); sample++) {
    // A fresh unlock: a new key, so no payload is in the decrypted cache yet (the risk phase opened for the first time).
    await unlocked(dbName, passphrase, async (session) => {
      let start = performance.now();
      const found = await readEarlierRiskRound(session, familyId, current);
      earlierColdMs.push(elapsed(start));
      if (!found) throw new Error('no earlier round found');
      start = performance.now();
      await readEarlierRiskRound(session, familyId, current);
      earlierWarmMs.push(elapsed(start));
    });
  }
  const paperMs: number[] = [];
  const sealPutMs: number[] = [];
  const putMs: number[] = [];
  await unlocked(dbName, passphrase, async (session) => {
    for (let sample = 0; sample < samples; sample++) {
      const target = { meetingId: 'bench-paper', agendaItemId: `paper-${sample}`, familyId };
      let start = performance.now();
      await recordPaperRiskRound(session, target, scores(sample));
      paperMs.push(elapsed(start));

      const id = riskRoundId('bench-raw', `raw-${sample}`);
      const clear = { id, meetingId: 'bench-raw', agendaItemId: `raw-${sample}`, familyId, revealedAt: Date.now(), updatedAt: new Date().toISOString() };
      start = performance.now();
      const row: RiskRoundRow = await sealRow(session, session.db.riskRounds, clear, riskRoundPayloadSchema.parse({ scores: scores(sample), enteredBy: 'chair' }));
      await session.db.riskRounds.put(row);
      sealPutMs.push(elapsed(start));

      start = performance.now();
      await session.db.riskRounds.put({ ...row, id: `${id}-again`, agendaItemId: `raw-again-${sample}` });
      putMs.push(elapsed(start));
    }
  });
  return { rounds, earlierColdMs, earlierWarmMs, paperMs, sealPutMs, putMs };
}

window.kehaSafetyBench = { measure };
