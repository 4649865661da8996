// Bench-only (KEHA_BENCH=1): the genogram measures that need no screen, exposed as
// `window.kehaGenogramBench` for scripts/bench.mjs: seeding a family whose genogram has N people
// (genogramSeed.ts: four generations, remarriages, cousins) through the repository, as the screen
// saves it, and the automatic layout alone (shared/genogram/layout.ts), timed without React. The
// screen's figure (address opened → every person painted) is measured on the screen by bench.mjs.
import '../zodConfig';
import { layoutGenogram } from '../../../shared/genogram/layout';
import { valid } from '../../../shared/validation';
import { createFamily } from '../db/repositories/familyRepository';
import { updateGenogram } from '../db/repositories/genogramRepository';
import { unlocked } from './hypothesisMeasures';
import { generatedGenogram } from './genogramSeed';

export type GenogramSeedResult = { familyId: string; people: number; generations: number; ms: number };

export type KehaGenogramBench = {
  seed(dbName: string, passphrase: string, people: number): Promise<GenogramSeedResult>;
  /** The layout of a genogram of `people` people, `samples` times (the first is cold). */
  layout(people: number, samples: number): number[];
};

declare global {
  interface Window {
    kehaGenogramBench: KehaGenogramBench;
  }
}

const elapsed = (start: number) => Math.round((performance.now() - start) * 100) / 100;

function seed(dbName: string, passphrase: string, people: number): Promise<GenogramSeedResult> {
  return unlocked(dbName, passphrase, async (session) => {
    const start = performance.now();
    const genogram = generatedGenogram(people);
    const familyId = await createFamily(session, { code: `SUKU-${people}`, label: `Sukupuu ${people}`, responsibleMemberId: null, children: [] });
    await updateGenogram(session, familyId, () => valid(genogram));
    return { familyId, people: genogram.people.length, generations: layoutGenogram(genogram).generations, ms: elapsed(start) };
  });
}

function layout(people: number, samples: number): number[] {
  const genogram = generatedGenogram(people);
  const times: number[] = [];
  for (let sample = 0; sample < samples; sample++) {
    const start = performance.now();
    layoutGenogram(genogram);
    times.push(elapsed(start));
  }
  return times;
}

window.kehaGenogramBench = { seed, layout };
