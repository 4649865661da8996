// Bench-only (KEHA_BENCH=1): seeds five years of weekly meetings for `npm run bench` (the meeting
// benchmark) on top of the synthetic team. Every finished meeting is what the app itself would
// have stored after running it: the built-in weekly template's snapshot (one `meetingTemplates`
// row, shared by every meeting, as createMeeting stores it), a plan (roles,
// participants, ~5 quick-round families, 2–4 deep dives), a finished run state built with the
// pure engine on timestamps of that week, notes on most steps, hypotheses, revealed risk rounds,
// actions and questions for the family. The rows are built with the app's own code (schemas,
// engine, sealPayload: same AES-GCM, same associated data) and written in bulk, because going
// through the repository one record at a time (one strict-durability transaction each) would take
// minutes per run. One more meeting, with 4 deep dives, is created and started through the
// repository (createMeeting + runMeeting), for the facilitator measures.
import { weeklyMeetingTemplate } from '../../../shared/meeting/builtInTemplates';
import * as engine from '../../../shared/meeting/engine';
import {
  actionPayloadSchema,
  agendaOutline,
  meetingPayloadSchema,
  notePayloadSchema,
  riskRoundPayloadSchema,
  type MeetingPlan,
  type Participant,
  type RiskScore,
} from '../../../shared/meeting/meeting';
import { defaultPlan } from '../../../shared/meeting/plan';
import { parseTemplate, phaseRoles, type MeetingTemplate } from '../../../shared/meeting/template';
import type { TeamRole } from '../../../shared/team/roles';
import { emptyCard, hypothesisCardSchema, type HypothesisStatus } from '../../../shared/hypothesis/hypothesis';
import type { ActionRow, HypothesisRevisionRow, HypothesisRow, MeetingNoteRow, MeetingRow, RiskRoundRow } from '../db/database';
import { noteId } from '../db/repositories/meetingNoteRepository';
import { createMeeting, runMeeting, templateSnapshotId } from '../db/repositories/meetingRepository';
import { riskRoundId } from '../db/repositories/riskRoundRepository';
import { sealRow } from '../db/sealedRecords';
import type { Session } from '../db/session';

export type SeedMember = { id: string; name: string; defaultRole: TeamRole };
export type SeedFamily = { id: string; code: string; status: 'active' | 'closed' };

export type MeetingSeedResult = {
  meetings: number;
  agendaItems: number;
  deepDives: number;
  notes: number;
  hypotheses: number;
  riskRounds: number;
  actions: number;
  /** The running meeting (4 deep dives, started at its first step) for the facilitator measures. */
  runningMeetingId: string;
  /** Its steps in order: the step key (notes are stored per step) and the phase name in Finnish (the facilitator's heading). */
  runningSteps: { key: string; name: string }[];
  /** The latest finished meeting; it has 4 deep dives (for the summaries measure). */
  summaryMeetingId: string;
  meetingsMs: number;
};

const minute = 60_000;
const day = 24 * 60 * minute;
const week = 7 * day;

const sentences = [
  'Perhe kertoi, että arki on viime viikkoina rauhoittunut, mutta aamut ovat edelleen vaikeita.',
  'Koulu on ollut yhteydessä poissaoloista; opettaja toivoo yhteistä tapaamista.',
  'Äiti kuvasi väsymystä ja toivoi apua kodin rutiineihin.',
  'Isä ei ole vielä osallistunut tapaamisiin, mutta on vastannut viesteihin.',
  'Tiimi pohti, miten lapsen oma ääni saataisiin paremmin kuuluviin.',
  'Sovittiin, että vastuusosiaalityöntekijä kysyy perheeltä, mikä on auttanut aiemmin.',
  'Lapsi on kertonut viihtyvänsä harrastuksessa, joka jatkuu syksyllä.',
  'Verkostopalaveri pidetään ennen seuraavaa tiimiä.',
];
const questions = [
  'Miten voisimme tukea vanhempia sopimaan arjen rutiineista niin, että lapsi saa levätä?',
  'Mitä tarvitaan, jotta nuori uskaltaisi kertoa koulun tilanteesta?',
  'Miten isovanhemmat voisivat olla mukana tukena?',
  'Mikä auttaisi perhettä ottamaan tukea vastaan?',
  'Miten lapsen turvallisuus varmistetaan viikonloppuisin?',
];
const hypotheses = [
  'Ehkä väsymys näkyy riitoina, koska kukaan ei ehdi levätä.',
  'Nuoren poissaolot voivat olla tapa suojata äitiä.',
  'Voi olla, että perhe pelkää lastensuojelun merkitsevän lasten sijoitusta.',
  'Isän vetäytyminen voi kertoa siitä, ettei hän koe tulevansa kuulluksi.',
];
const reasons = [
  'Vanhemmat ovat sitoutuneet tapaamisiin ja koulu seuraa tilannetta.',
  'Huolena on, ettei kukaan aikuinen ole saatavilla iltaisin.',
  'Tilanne on parantunut kuukauden takaisesta.',
];
const oneUps = ['Säännöllinen yhteys kouluun.', 'Isovanhempien apu viikonloppuisin.', 'Vanhempien oma tuki päihdepalveluista.'];
const actionTexts = [
  'Soitetaan koululle ja sovitaan verkostopalaveri',
  'Kotikäynti ennen seuraavaa tiimiä',
  'Selvitetään perhetyön aloitus',
  'Tarkistetaan terveydenhoitajan arvio',
];
const familyQuestionTexts = ['Mikä on auttanut teitä aiemmin vaikeina aikoina?', 'Kuka perheen ulkopuolelta voisi auttaa?'];

type Random = () => number;

function checkedTemplate(): MeetingTemplate {
  const parsed = parseTemplate(weeklyMeetingTemplate);
  if (!parsed.ok) throw new Error(`weeklyMeetingTemplate does not validate: ${parsed.issue.key}`);
  return parsed.value;
}

function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

const isoDate = (epoch: number) => new Date(epoch).toISOString().slice(0, 10);

/** A plan as the planner would make it: the default plan, some members away, ~5 quick-round families, `deepDives` deep dives. */
function planFor(
  members: readonly SeedMember[],
  active: readonly SeedFamily[],
  deepDives: number,
  random: Random,
  withGuest: boolean,
): MeetingPlan {
  const plan = defaultPlan(
    weeklyMeetingTemplate,
    members.map((member) => ({ ...member, status: 'active' as const })),
    active,
    () => crypto.randomUUID(),
  );
  // One or two members are away; sometimes a guest from the school or health care takes part.
  const away = new Set(shuffled(members, random).slice(0, 1 + Math.floor(random() * 2)).map((member) => member.id));
  const participants: Participant[] = plan.participants.filter((participant) => !away.has(participant.id));
  if (withGuest) participants.push({ kind: 'guest', id: crypto.randomUUID(), name: 'Tiina Koulu', organisation: 'Keskuskoulu' });
  const present = new Set(participants.map((participant) => participant.id));
  const roles: MeetingPlan['roles'] = {};
  for (const [role, holder] of Object.entries(plan.roles)) {
    roles[role] = holder && present.has(holder) ? holder : (participants[0]?.id ?? null);
  }
  const picked = shuffled(active, random).slice(0, 5 + deepDives);
  const memberIds = participants.filter((participant) => participant.kind === 'member').map((participant) => participant.id);
  return meetingPayloadSchema.parse({
    roles,
    participants,
    quickRound: picked.slice(0, 5).map((family) => ({ id: crypto.randomUUID(), familyId: family.id })),
    deepDives: picked.slice(5).map((family, index) => ({
      id: crypto.randomUUID(),
      familyId: family.id,
      presenterId: memberIds[Math.floor(random() * memberIds.length)] ?? null,
      question: questions[(index + Math.floor(random() * questions.length)) % questions.length]!,
    })),
    closingNote: 'Sovitut toimet kirjattu; seuraava tiimi viikon päästä.',
  });
}

/**
 * Runs the meeting through every step with the engine, each step taking about its planned time
 * (some a bit over, the odd one skipped, sometimes a break).
 */
function finishedRun(steps: readonly engine.MeetingStep[], startedAt: number, random: Random) {
  const stepStarts: number[] = [];
  const must = (transition: engine.Transition) => {
    if (!transition.ok) throw new Error(`Engine refused: ${transition.reason}`);
    return transition.state;
  };
  let now = startedAt;
  let state = must(engine.start(engine.notStartedRun, steps, now));
  const breakAt = random() < 0.3 ? Math.floor(random() * steps.length) : -1;
  for (let index = 0; index < steps.length; index++) {
    stepStarts.push(now);
    const planned = steps[index]!.plannedMs || 2 * minute;
    now += Math.round(planned * (0.7 + random() * 0.6));
    if (index === breakAt) {
      state = must(engine.pause(state, steps, now - 2 * minute));
      state = must(engine.resume(state, steps, now + 8 * minute));
      now += 10 * minute;
    }
    if (index < steps.length - 1) {
      state = must((random() < 0.04 ? engine.skip : engine.next)(state, steps, now));
    }
  }
  state = must(engine.finish(state, steps, now));
  return { run: state, stepStarts, finishedAt: now };
}

/**
 * Writes `count` finished weekly meetings, a week apart, the latest a week before `today`, and
 * starts one running meeting with 4 deep dives today.
 */
export async function seedMeetings(
  session: Session,
  members: readonly SeedMember[],
  families: readonly SeedFamily[],
  count: number,
  random: Random,
): Promise<MeetingSeedResult> {
  const started = performance.now();
  const template = checkedTemplate();
  const templateId = await templateSnapshotId(template);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const active = families.filter((family) => family.status === 'active');
  const memberName = new Map(members.map((member) => [member.id, member.name]));
  const today = new Date();
  today.setHours(9, 0, 0, 0);
  const latest = today.getTime() - week;

  const meetingRows: MeetingRow[] = [];
  const noteRows: MeetingNoteRow[] = [];
  const hypothesisRows: HypothesisRow[] = [];
  const revisionRows: HypothesisRevisionRow[] = [];
  const riskRows: RiskRoundRow[] = [];
  const actionRows: ActionRow[] = [];
  let agendaItems = 0;
  let deepDiveCount = 0;
  let summaryMeetingId = '';

  for (let index = 0; index < count; index++) {
    const scheduledAt = latest - index * week;
    // The latest meeting has 4 deep dives (it is the one the summaries are produced for).
    const deepDives = index === 0 ? 4 : 2 + Math.floor(random() * 3);
    const plan = planFor(members, active, deepDives, random, random() < 0.15);
    agendaItems += plan.quickRound.length + plan.deepDives.length;
    deepDiveCount += plan.deepDives.length;
    const id = crypto.randomUUID();
    if (index === 0) summaryMeetingId = id;
    const outline = agendaOutline(plan);
    const steps = engine.buildMeetingSteps(template, outline);
    const startedAt = scheduledAt + Math.floor(random() * 5) * minute;
    const { run, stepStarts, finishedAt } = finishedRun(steps, startedAt, random);
    const created = scheduledAt - week + Math.floor(random() * 3) * day;
    meetingRows.push(
      await sealRow(session, session.db.meetings, {
      id,
      status: 'finished',
      scheduledAt: new Date(scheduledAt).toISOString(),
      demo: 0,
      createdAt: new Date(created).toISOString(),
      updatedAt: new Date(finishedAt).toISOString(),
      templateId,
      outline,
      run,
      }, plan),
    );

    const scorers = plan.participants.filter((participant) => participant.kind === 'member');
    const familyOf = new Map(plan.deepDives.map((item) => [item.id, item.familyId]));
    for (const step of steps) {
      const at = stepStarts[step.index]! + minute;
      const familyId = step.agendaItemId === null ? null : familyOf.get(step.agendaItemId)!;
      if (random() < 0.75) {
        const nid = noteId(id, step.key);
        const text = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(sentences)).join(' ');
        noteRows.push(
          await sealRow(session, session.db.meetingNotes, {
          id: nid,
          meetingId: id,
          stepKey: step.key,
          familyId,
          updatedAt: new Date(at + 2 * minute).toISOString(),
          }, notePayloadSchema.parse({ text })),
        );
      }
      if (familyId === null || step.agendaItemId === null) continue;
      if (step.phase.id === 'hypothesising') {
        const made = 1 + Math.floor(random() * 3);
        for (let h = 0; h < made; h++) {
          const hid = crypto.randomUUID();
          const status: HypothesisStatus = index < 8 ? 'open' : pick(['open', 'strengthened', 'weakened', 'dropped'] as const);
          const card = hypothesisCardSchema.parse({ ...emptyCard(pick(hypotheses)), proposers: [{ role: pick(phaseRoles), name: '' }] });
          const madeAt = new Date(at + h * minute).toISOString();
          hypothesisRows.push(
            await sealRow(session, session.db.hypotheses, {
            id: hid,
            familyId,
            meetingId: id,
            status,
            createdAt: madeAt,
            updatedAt: madeAt,
            revisitedAt: madeAt,
            revisionCount: 1,
            }, card),
          );
          const rid = crypto.randomUUID();
          revisionRows.push(
            await sealRow(session, session.db.hypothesisRevisions, {
            id: rid,
            hypothesisId: hid,
            familyId,
            seq: 1,
            meetingId: id,
            at: madeAt,
            status,
            }, { card, reason: '' }),
          );
        }
      } else if (step.phase.id === 'riskScaling') {
        const rid = riskRoundId(id, step.agendaItemId);
        const scores: RiskScore[] = shuffled(scorers, random)
          .slice(0, 4 + Math.floor(random() * 3)) // 4–6 scores
          .map((participant) => ({
            participantId: participant.id,
            participantName: memberName.get(participant.id) ?? '',
            score: random() < 0.07 ? null : Math.floor(random() * 11),
            reason: pick(reasons),
            oneUp: pick(oneUps),
          }));
        riskRows.push(
          await sealRow(session, session.db.riskRounds, {
          id: rid,
          meetingId: id,
          agendaItemId: step.agendaItemId,
          familyId,
          revealedAt: at + 4 * minute,
          updatedAt: new Date(at + 4 * minute).toISOString(),
          }, riskRoundPayloadSchema.parse({ scores })),
        );
      } else if (step.phase.id === 'plan') {
        const made = 1 + Math.floor(random() * 3);
        for (let a = 0; a < made + 1; a++) {
          const aid = crypto.randomUUID();
          const isQuestion = a === made;
          if (isQuestion && random() < 0.5) continue;
          const owner = isQuestion ? null : pick(scorers);
          const payload = actionPayloadSchema.parse({
            text: isQuestion ? pick(familyQuestionTexts) : pick(actionTexts),
            ownerId: owner?.id ?? null,
            ownerName: owner ? (memberName.get(owner.id) ?? '') : '',
          });
          const createdAt = new Date(at + a * minute).toISOString();
          const done = index >= 4 && random() < 0.95; // recent ones are still open, and a few old ones
          const doneAt = done ? new Date(at + (3 + Math.floor(random() * 10)) * day).toISOString() : null;
          actionRows.push(
            await sealRow(session, session.db.actions, {
            id: aid,
            kind: isQuestion ? 'familyQuestion' : 'action',
            familyId,
            meetingId: id,
            status: done ? 'done' : 'open',
            due: isQuestion ? null : isoDate(at + (7 + Math.floor(random() * 21)) * day),
            createdAt,
            updatedAt: doneAt ?? createdAt,
            doneAt,
            }, payload),
          );
        }
      }
    }
  }

  const db = session.db;
  await db.transaction('rw', [db.meetingTemplates, db.meetings, db.meetingNotes, db.hypotheses, db.hypothesisRevisions, db.riskRounds, db.actions], async () => {
    await db.meetingTemplates.put({ id: templateId, template });
    await db.meetings.bulkAdd(meetingRows);
    await db.meetingNotes.bulkAdd(noteRows);
    await db.hypotheses.bulkAdd(hypothesisRows);
    await db.hypothesisRevisions.bulkAdd(revisionRows);
    await db.riskRounds.bulkAdd(riskRows);
    await db.actions.bulkAdd(actionRows);
  });

  // Today's meeting, planned and started through the repository like the planner and facilitator do.
  const plan = planFor(members, active, 4, random, false);
  const runningMeetingId = await createMeeting(session, { scheduledAt: today.toISOString(), template: weeklyMeetingTemplate, plan });
  const startedRun = await runMeeting(session, runningMeetingId, 'start', { status: 'notStarted', stepIndex: 0 });
  if (!startedRun.ok) throw new Error(`Could not start the running meeting: ${startedRun.reason}`);

  return {
    meetings: meetingRows.length,
    agendaItems,
    deepDives: deepDiveCount,
    notes: noteRows.length,
    hypotheses: hypothesisRows.length,
    riskRounds: riskRows.length,
    actions: actionRows.length,
    runningMeetingId,
    runningSteps: engine.buildMeetingSteps(template, agendaOutline(plan)).map((step) => ({ key: step.key, name: step.phase.name.fi })),
    summaryMeetingId,
    meetingsMs: Math.round(performance.now() - started),
  };
}
