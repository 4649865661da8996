// The care period in a family's meeting summary: for an interim review the summary is an
// entry for the patient record (potilaskertomus), titled so, with the care period (unit, dates),
// each goal with this review's rating, the previous rating, the trend and the comment, and the
// reflecting team's two parts (the team's reflection, then the family's comments) kept apart.
// shared/meeting/summary.ts calls these builders; they read only the deep dive's own family's care
// period and the notes of that deep dive's own steps, so nothing of another family can reach a
// family's summary (summary.ts's privacy rule).
import { format } from 'date-fns';
import type { MeetingStep } from '../meeting/engine';
import { meetingStart, type DeepDive, type Meeting } from '../meeting/meeting';
import type { RecordBlock, RecordField, RecordFormat, RecordListItem } from '../document/document';
import type { CarePeriodGoal } from './carePeriod';
import { goalAtReview, type GoalAtReview, type RatingPoint } from './goalTrend';
import { reflectingTeamNoteKey, reflectingTeamParts } from './reflectingTeam';

/** One family's care period as its records need it: the period, its goals, and every rating with its meeting's date. */
export type CarePeriodForRecord = {
  unit: string;
  start: string;
  plannedEnd: string;
  goals: readonly CarePeriodGoal[];
  ratings: readonly (RatingPoint & { goalId: string; comment: string })[];
};

/** What the builders need of summary.ts's context (its Context fits this shape). */
export type CarePeriodRecordContext = RecordFormat & {
  meeting: Pick<Meeting, 'id' | 'scheduledAt' | 'run' | 'template'>;
  steps: readonly MeetingStep[];
  source: {
    notes: ReadonlyMap<string, { text: string }>;
    /** By family id; a family without an entry has no care period. */
    carePeriods?: ReadonlyMap<string, CarePeriodForRecord>;
  };
};

/** An interim review's family summary is written for the patient record. */
export function isPatientRecordMeeting(meeting: Pick<Meeting, 'template'>): boolean {
  return meeting.template.kind === 'interimReview';
}

/** The family summary's title for the patient record, or null when the meeting is not an interim review. */
export function patientRecordTitle(context: CarePeriodRecordContext, code: string): string | null {
  return isPatientRecordMeeting(context.meeting) ? context.t('carePeriod.record.title', { code }) : null;
}

/**
 * The care period and the reflecting team for one deep-dive family: the goals when the meeting's
 * steps for the family offered the goals tool (or it rated any), the two reflection parts when they
 * offered the reflecting team (or anything was written in them). Nothing when neither.
 */
export function carePeriodRecordBlocks(context: CarePeriodRecordContext, deepDive: DeepDive, level: 2 | 3): RecordBlock[] {
  const familySteps = context.steps.filter((step) => step.agendaItemId === deepDive.id);
  const carePeriod = context.source.carePeriods?.get(deepDive.familyId);
  const ratedHere = carePeriod?.ratings.some((rating) => rating.meetingId === context.meeting.id) ?? false;
  const blocks: RecordBlock[] = [];
  if (ratedHere || familySteps.some((step) => step.phase.tools.includes('carePeriodGoals'))) {
    blocks.push(...goalBlocks(context, carePeriod, level));
  }
  const reflectionSteps = familySteps.filter(
    (step) => step.phase.tools.includes('reflectingTeam') || reflectingTeamParts.some((part) => noteOf(context, step, part) !== ''),
  );
  if (reflectionSteps.length > 0) blocks.push(...reflectionBlocks(context, reflectionSteps, level));
  return blocks;
}

function goalBlocks(context: CarePeriodRecordContext, carePeriod: CarePeriodForRecord | undefined, level: 2 | 3): RecordBlock[] {
  const { t } = context;
  if (!carePeriod) return [];
  const review = { meetingId: context.meeting.id, date: meetingStart(context.meeting) };
  const blocks: RecordBlock[] = [
    { kind: 'heading', level, text: t('carePeriod.record.carePeriod') },
    {
      kind: 'fields',
      fields: [
        { label: t('carePeriod.record.unit'), value: carePeriod.unit },
        { label: t('carePeriod.record.start'), value: context.formatDay(carePeriod.start) },
        { label: t('carePeriod.record.plannedEnd'), value: context.formatDay(carePeriod.plannedEnd) },
      ],
    },
    { kind: 'heading', level, text: t('carePeriod.record.goals', { max: 10 }) },
  ];
  if (carePeriod.goals.length === 0) return blocks;
  const items = carePeriod.goals.map((goal, index): RecordListItem => {
    const ratings = carePeriod.ratings.filter((rating) => rating.goalId === goal.id);
    const atReview = goalAtReview(ratings, review);
    const comment = ratings.find((rating) => rating.meetingId === review.meetingId)?.comment.trim() ?? '';
    return { text: `${index + 1}. ${goal.text}`, details: goalDetails(context, atReview, comment) };
  });
  return [...blocks, { kind: 'list', items }];
}

function goalDetails(context: CarePeriodRecordContext, goal: GoalAtReview, comment: string): RecordField[] {
  const { t } = context;
  const day = (date: number) => context.formatDay(format(new Date(date), 'yyyy-MM-dd'));
  const details: RecordField[] = [
    {
      label: t('carePeriod.record.rating'),
      value: goal.rating === null ? t('carePeriod.record.notRated') : t('carePeriod.record.ratingValue', { rating: goal.rating }),
    },
    {
      label: t('carePeriod.record.previous'),
      value: goal.previous
        ? t('carePeriod.record.previousValue', { rating: goal.previous.rating, date: day(goal.previous.date) })
        : t('carePeriod.record.noPrevious'),
    },
  ];
  if (goal.direction !== null && goal.change !== null) {
    details.push({ label: t('carePeriod.record.trend'), value: t(`carePeriod.trend.${goal.direction}`, { change: Math.abs(goal.change) }) });
  }
  const rated = goal.trend.points.filter((point) => point.rating !== null);
  if (rated.length >= 2) {
    details.push({
      label: t('carePeriod.record.ratingsSoFar'),
      value: rated.map((point) => t('carePeriod.record.ratingOn', { rating: point.rating!, date: day(point.date) })).join(', '),
    });
  }
  if (comment) details.push({ label: t('carePeriod.record.comment'), value: comment });
  return details;
}

/** The team's reflection, then the family's comments, each under its own heading (per step, in the rare template with several). */
function reflectionBlocks(context: CarePeriodRecordContext, steps: readonly MeetingStep[], level: 2 | 3): RecordBlock[] {
  const { t } = context;
  const blocks: RecordBlock[] = [];
  for (const part of reflectingTeamParts) {
    blocks.push({ kind: 'heading', level, text: t(`carePeriod.reflectingTeam.${part}`) });
    const texts = steps.map((step) => noteOf(context, step, part)).filter((text) => text !== '');
    for (const text of texts) blocks.push({ kind: 'text', text });
  }
  return blocks;
}

function noteOf(context: CarePeriodRecordContext, step: MeetingStep, part: (typeof reflectingTeamParts)[number]): string {
  const text = context.source.notes.get(reflectingTeamNoteKey(step.key, part))?.text ?? '';
  return text.trim() ? text : '';
}
