// Bench-only (KEHA_BENCH=1): seeds the hypotheses of the hypothesis benchmark on top of the synthetic
// team and its meetings. The meeting seed already made some hypotheses (one revision each, in
// meetings); this adds hypotheses with several revisions each over the past five years until the
// database holds `totalRevisions` revisions across the 300 families, plus one family (a closed
// one, so no meeting touched it) with exactly `evolutionHypotheses` hypotheses over five years for
// the evolution view. Every row is what the repository would have stored: each revision the whole
// card after the change (sealed with the app's own sealPayload, same associated data), and each
// hypothesis row the card and status of its latest revision, revisitedAt its time and
// revisionCount its number. Written in one bulk transaction (the repository's one transaction per
// change would take minutes).
import { addWeeks, subYears } from 'date-fns';
import {
  hypothesisCardSchema,
  lensTags,
  revisionPayloadSchema,
  type HypothesisCard,
  type HypothesisStatus,
  type LensTag,
} from '../../../shared/hypothesis/hypothesis';
import { phaseRoles } from '../../../shared/meeting/template';
import type { HypothesisRevisionRow, HypothesisRow } from '../db/database';
import { sealPayload } from '../db/sealedRecords';
import type { Session } from '../db/session';

export type HypothesisSeedOptions = { totalRevisions: number; evolutionHypotheses: number; years: number };

export type HypothesisSeedResult = {
  /** Hypotheses and revisions in the database after seeding (the meeting seed's included). */
  hypotheses: number;
  revisions: number;
  /** Of which the meeting seed had made before. */
  meetingHypotheses: number;
  families: number;
  /** Families with at least one hypothesis. */
  familiesWithHypotheses: number;
  evolutionFamilyId: string;
  evolutionFamilyCode: string;
  evolutionHypotheses: number;
  evolutionRevisions: number;
  /** Hypotheses by current status, and how many the team still holds that were last revisited 4 weeks ago or more. */
  byStatus: Record<HypothesisStatus, number>;
  staleAtFourWeeks: number;
  seedMs: number;
};

type Random = () => number;

const wordings = [
  'Yksi mahdollinen ajatus on, että väsymys näkyy riitoina, koska kukaan ei ehdi levätä.',
  'Voisiko olla, että nuoren poissaolot ovat tapa pitää huolta äidistä?',
  'Ehkä perhe pelkää, että lastensuojelu tarkoittaa lasten sijoitusta, ja siksi he vetäytyvät.',
  'Yksi mahdollinen ajatus on, että isän vetäytyminen kertoo siitä, ettei hän koe tulevansa kuulluksi.',
  'Voisiko olla, että koulu näkee eri lapsen kuin koti?',
  'Ehkä isovanhemmat pitävät perhettä koossa enemmän kuin kukaan sanoo ääneen.',
  'Yksi mahdollinen ajatus on, että muutto katkaisi perheen tukiverkon, ja arki kaatuu äidin harteille.',
  'Voisiko olla, että lapsen oireilu kokoaa vanhemmat yhteen, kun muuten he eivät puhu toisilleen?',
  'Ehkä vanhempien erilaiset käsitykset kasvatuksesta tulevat näkyviin vasta iltaisin.',
  'Yksi mahdollinen ajatus on, että sisarukset hoitavat toisiaan, koska aikuiset ovat uupuneita.',
];
const evidence = [
  'Koulu kertoo, että poissaolot osuvat maanantaihin.',
  'Äiti kuvasi iltojen olevan vaikeimpia.',
  'Isä tuli tapaamiseen ensimmäistä kertaa puoleen vuoteen.',
  'Lapsi sanoi mummolan olevan paikka, jossa saa nukkua.',
  '',
];
const questions = [
  'Kuka perheessä huomaa ensimmäisenä, kun äiti on väsynyt?',
  'Mitä tapahtuu aamuisin ennen kouluun lähtöä?',
  'Jos isä olisi enemmän mukana, mikä muuttuisi ensimmäisenä?',
  'Keneen lapset luottavat, kun kotona on riitaa?',
];
const reasons = ['Perhe kertoi uutta tietoa tapaamisessa.', 'Koulun havainnot tukevat tätä.', 'Ei enää ajankohtainen muuton jälkeen.', ''];

function pickFrom<T>(items: readonly T[], random: Random): T {
  return items[Math.floor(random() * items.length)]!;
}

function someTags(random: Random): LensTag[] {
  const count = random() < 0.4 ? 0 : 1 + Math.floor(random() * 3);
  return [...new Set(Array.from({ length: count }, () => pickFrom(lensTags, random)))];
}

function newCard(random: Random): HypothesisCard {
  return hypothesisCardSchema.parse({
    wording: pickFrom(wordings, random),
    proposers: Array.from({ length: 1 + Math.floor(random() * 2) }, () => ({ role: pickFrom(phaseRoles, random), name: '' })),
    concerns: 'Äiti, isä ja vanhin lapsi; iltojen vuorovaikutus.',
    evidenceFor: pickFrom(evidence, random),
    evidenceAgainst: pickFrom(evidence, random),
    testQuestions: random() < 0.6 ? [pickFrom(questions, random)] : [],
    lensTags: someTags(random),
  });
}

/** One revision's change: the same card (revisited), a status change, or a reworded / re-evidenced card. */
function nextRevision(card: HypothesisCard, status: HypothesisStatus, random: Random): { card: HypothesisCard; status: HypothesisStatus } {
  const roll = random();
  if (roll < 0.35) return { card, status }; // revisited, still holds
  if (roll < 0.75) {
    const next: HypothesisStatus = random() < 0.15 ? 'dropped' : pickFrom(['open', 'strengthened', 'weakened'] as const, random);
    return { card, status: next };
  }
  return {
    card: hypothesisCardSchema.parse({
      ...card,
      wording: random() < 0.5 ? pickFrom(wordings, random) : card.wording,
      evidenceFor: `${card.evidenceFor} ${pickFrom(evidence, random)}`.trim().slice(0, 4_000),
      lensTags: random() < 0.3 ? someTags(random) : card.lensTags,
    }),
    status,
  };
}

type Planned = { row: Omit<HypothesisRow, 'payload'>; card: HypothesisCard; revisions: { row: Omit<HypothesisRevisionRow, 'payload'>; card: HypothesisCard; reason: string }[] };

/**
 * Plans one hypothesis of `familyId` made at `created` with up to `maxRevisions` revisions a few
 * weeks apart (never after `now`); a dropped hypothesis gets no further revision.
 */
function planHypothesis(familyId: string, created: Date, maxRevisions: number, now: Date, random: Random): Planned {
  const id = crypto.randomUUID();
  let card = newCard(random);
  let status: HypothesisStatus = 'open';
  let at = created;
  const revisions: Planned['revisions'] = [];
  for (let seq = 1; seq <= maxRevisions; seq++) {
    if (seq > 1) {
      const next = addWeeks(at, 1 + Math.floor(random() * 10));
      if (next.getTime() > now.getTime()) break;
      at = next;
      ({ card, status } = nextRevision(card, status, random));
    }
    revisions.push({
      row: { id: crypto.randomUUID(), hypothesisId: id, familyId, seq, meetingId: null, at: at.toISOString(), status },
      card,
      reason: seq === 1 ? '' : pickFrom(reasons, random),
    });
    if (status === 'dropped') break;
  }
  const last = revisions[revisions.length - 1]!;
  return {
    row: {
      id,
      familyId,
      meetingId: null,
      status,
      createdAt: created.toISOString(),
      updatedAt: last.row.at,
      revisitedAt: last.row.at,
      revisionCount: revisions.length,
    },
    card,
    revisions,
  };
}

export async function seedHypotheses(session: Session, options: HypothesisSeedOptions, random: Random): Promise<HypothesisSeedResult> {
  const started = performance.now();
  const { db } = session;
  const now = session.now();
  const families = (await db.families.toArray()).sort((a, b) => a.code.localeCompare(b.code));
  const existingRevisions = await db.hypothesisRevisions.count();
  const meetingHypotheses = await db.hypotheses.count();
  const earliest = subYears(now, options.years).getTime();
  const span = now.getTime() - earliest;
  const planned: Planned[] = [];
  let remaining = options.totalRevisions - existingRevisions;

  // The evolution view's family: a closed family (no meeting touched it), 40 hypotheses made
  // evenly over five years, each revised a few times.
  const evolution = families.find((family) => family.status === 'closed') ?? families[0]!;
  let evolutionRevisions = 0;
  for (let index = 0; index < options.evolutionHypotheses; index++) {
    const created = new Date(earliest + Math.floor(((index + random() * 0.8) / options.evolutionHypotheses) * span * 0.97));
    const hypothesis = planHypothesis(evolution.id, created, 2 + Math.floor(random() * 6), now, random);
    planned.push(hypothesis);
    evolutionRevisions += hypothesis.revisions.length;
  }
  remaining -= evolutionRevisions;

  // The rest across every other family: 1–8 revisions each, made at any time in the five years.
  const others = families.filter((family) => family.id !== evolution.id);
  while (remaining > 0) {
    const family = pickFrom(others, random);
    const created = new Date(earliest + Math.floor(random() * span));
    const hypothesis = planHypothesis(family.id, created, Math.min(remaining, 1 + Math.floor(random() * 8)), now, random);
    planned.push(hypothesis);
    remaining -= hypothesis.revisions.length;
  }

  const hypothesisRows: HypothesisRow[] = [];
  const revisionRows: HypothesisRevisionRow[] = [];
  // Seal in batches: WebCrypto runs them concurrently, and memory stays bounded.
  for (let start = 0; start < planned.length; start += 200) {
    await Promise.all(
      planned.slice(start, start + 200).map(async (hypothesis) => {
        hypothesisRows.push({ ...hypothesis.row, payload: await sealPayload(session, db.hypotheses, hypothesis.row, hypothesis.card) });
        for (const revision of hypothesis.revisions) {
          const payload = revisionPayloadSchema.parse({ card: revision.card, reason: revision.reason });
          revisionRows.push({ ...revision.row, payload: await sealPayload(session, db.hypothesisRevisions, revision.row, payload) });
        }
      }),
    );
  }
  await db.transaction('rw', [db.hypotheses, db.hypothesisRevisions], async () => {
    await db.hypotheses.bulkAdd(hypothesisRows);
    await db.hypothesisRevisions.bulkAdd(revisionRows);
  });

  const all = await db.hypotheses.toArray();
  const byStatus: Record<HypothesisStatus, number> = { open: 0, strengthened: 0, weakened: 0, dropped: 0 };
  const fourWeeksAgo = now.getTime() - 28 * 24 * 60 * 60 * 1000;
  let staleAtFourWeeks = 0;
  for (const row of all) {
    byStatus[row.status]++;
    if (row.status !== 'dropped' && Date.parse(row.revisitedAt) <= fourWeeksAgo) staleAtFourWeeks++;
  }
  return {
    hypotheses: all.length,
    revisions: await db.hypothesisRevisions.count(),
    meetingHypotheses,
    families: families.length,
    familiesWithHypotheses: new Set(all.map((row) => row.familyId)).size,
    evolutionFamilyId: evolution.id,
    evolutionFamilyCode: evolution.code,
    evolutionHypotheses: options.evolutionHypotheses,
    evolutionRevisions,
    byStatus,
    staleAtFourWeeks,
    seedMs: Math.round(performance.now() - started),
  };
}
