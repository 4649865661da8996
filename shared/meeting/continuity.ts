// Continuity from one meeting to the next (docs/domain.md: Continuity): which meeting was "the
// last", what it agreed and how each task stands now (done, open, overdue against this meeting's
// day), a deep-dive family's last summary at a glance, and the family's answers to the questions
// taken to them, linked to the hypotheses whose test questions they came from. Pure functions over
// what the screens read; nothing here reads another family's rows.
import type { Hypothesis, HypothesisRevision, HypothesisStatus } from '../hypothesis/hypothesis';
import type { MeetingRunState } from './engine';
import { format } from 'date-fns';
import { meetingTime, type Action, type FamilyAnswer, type Meeting, type RiskRound } from './meeting';
import { isOneFamilyMeeting } from './plan';
import { riskSpread } from './riskStats';
import { limits } from '../limits';
import { calendarDay, invalid, startOfLocalDay, valid, validateText, type Validated, type ValidationIssue } from '../validation';
import type { MeetingTemplate } from './template';

/** When a meeting took place (epoch ms): its start, or its planned time. */
const meetingStart = (meeting: MeetingForContinuity) => meetingTime({ startedAt: meeting.run.startedAt, scheduledAt: meeting.scheduledAt });

/** What these rules need of a meeting. */
export type MeetingForContinuity = Pick<Meeting, 'id' | 'status' | 'scheduledAt' | 'deepDives'> & {
  run: Pick<MeetingRunState, 'startedAt'>;
  template: Pick<MeetingTemplate, 'kind' | 'phases'>;
};

/** How an agreed task stands: done, still open, or open past its due date. */
export type TaskState = 'done' | 'open' | 'overdue';

/**
 * A task's state on `day` (yyyy-MM-dd, the meeting's day): done once marked done; overdue while
 * open with a due date before that day (a task due on the day itself is not overdue yet); else open.
 */
export function taskState(action: Pick<Action, 'status' | 'due'>, day: string): TaskState {
  if (action.status === 'done') return 'done';
  return action.due !== null && action.due < day ? 'overdue' : 'open';
}

/** The finished meetings before `meeting` (started, or planned, earlier), latest first. */
function finishedBefore<M extends MeetingForContinuity>(meetings: readonly M[], meeting: MeetingForContinuity): M[] {
  const start = meetingStart(meeting);
  return meetings
    .filter((other) => other.id !== meeting.id && other.status === 'finished' && meetingStart(other) < start)
    .sort((a, b) => meetingStart(b) - meetingStart(a) || a.id.localeCompare(b.id));
}

/**
 * "The last meeting" as the opening sees it: the latest finished meeting before this one of the
 * same kind (a weekly meeting follows the last weekly meeting, never an interim review). For a
 * meeting about one family (an interim review) it is the last one about that same family. null
 * when there is none.
 */
export function lastMeetingBefore<M extends MeetingForContinuity>(meetings: readonly M[], meeting: MeetingForContinuity): M | null {
  const oneFamily = isOneFamilyMeeting(meeting.template);
  const families = new Set(meeting.deepDives.map((item) => item.familyId));
  return (
    finishedBefore(meetings, meeting).find(
      (other) =>
        other.template.kind === meeting.template.kind && (!oneFamily || other.deepDives.some((item) => families.has(item.familyId))),
    ) ?? null
  );
}

/** One agreed task as the continuity views show it. */
export type TaskLine = {
  id: string;
  familyId: string;
  text: string;
  ownerId: string | null;
  ownerName: string;
  due: string | null;
  state: TaskState;
};

/** The tasks one person owns (ownerId null: nobody owns them), with how many are in each state. */
export type OwnerTasks = { ownerId: string | null; ownerName: string; tasks: TaskLine[]; counts: Record<TaskState, number> };

const stateOrder: Record<TaskState, number> = { overdue: 0, open: 1, done: 2 };

function taskLine(action: Action, day: string): TaskLine {
  return {
    id: action.id,
    familyId: action.familyId,
    text: action.text,
    ownerId: action.ownerId,
    ownerName: action.ownerName,
    due: action.due,
    state: taskState(action, day),
  };
}

/** Overdue first, then open, then done; within a state by due date (none last), then as written. */
function byStateAndDue(a: TaskLine & { createdAt: string }, b: TaskLine & { createdAt: string }): number {
  return (
    stateOrder[a.state] - stateOrder[b.state] ||
    (a.due ?? '9999-99-99').localeCompare(b.due ?? '9999-99-99') ||
    a.createdAt.localeCompare(b.createdAt)
  );
}

function sortedLines(actions: readonly Action[], day: string): TaskLine[] {
  return actions
    .map((action) => ({ ...taskLine(action, day), createdAt: action.createdAt }))
    .sort(byStateAndDue)
    .map(({ createdAt: _created, ...line }) => line);
}

/**
 * The tasks agreed in `lastMeetingId` (not the questions for the family), grouped by owner so
 * "who did what" reads person by person: owners by name, the tasks nobody owns last; within an
 * owner overdue first, then open, then done. States are taken on `day`, this meeting's day.
 */
export function tasksByOwner(actions: readonly Action[], lastMeetingId: string, day: string): OwnerTasks[] {
  const groups = new Map<string, Action[]>();
  for (const action of actions) {
    if (action.meetingId !== lastMeetingId || action.kind !== 'action') continue;
    const key = action.ownerId ?? '';
    groups.set(key, [...(groups.get(key) ?? []), action]);
  }
  return [...groups.entries()]
    .map(([key, owned]): OwnerTasks => {
      const tasks = sortedLines(owned, day);
      // The name as most recently written (a member renamed between tasks is named as now).
      const ownerName = [...owned].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]!.ownerName;
      const counts = { done: 0, open: 0, overdue: 0 };
      for (const task of tasks) counts[task.state]++;
      return { ownerId: key === '' ? null : key, ownerName: key === '' ? '' : ownerName, tasks, counts };
    })
    .sort((a, b) => Number(a.ownerId === null) - Number(b.ownerId === null) || a.ownerName.localeCompare(b.ownerName, 'fi'));
}

/** A question taken to the family with the family's answer, and the hypotheses it tests. */
export type AnsweredQuestion = {
  id: string;
  question: string;
  answer: FamilyAnswer;
  /** The meeting that agreed to take the question to the family. */
  meetingId: string;
  /** The hypotheses whose test question it was (none: a question of its own). */
  hypothesisIds: string[];
};

const normalized = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/**
 * The family's answers, each beside the hypotheses whose test question it came from: the
 * hypothesis the question was made from (kept since the plan phase's test questions make
 * questions), else every hypothesis of the family that has, or ever had (any revision's card), a
 * test question with the same words. Answers linked to no hypothesis are `unlinked`. Answers are
 * newest first; only `familyId`'s rows are read.
 */
export function answersByHypothesis(
  familyId: string,
  hypotheses: readonly Pick<Hypothesis, 'id' | 'familyId' | 'testQuestions'>[],
  revisions: readonly Pick<HypothesisRevision, 'hypothesisId' | 'familyId' | 'card'>[],
  actions: readonly Action[],
): { byHypothesis: Map<string, AnsweredQuestion[]>; unlinked: AnsweredQuestion[] } {
  const own = hypotheses.filter((hypothesis) => hypothesis.familyId === familyId);
  const known = new Set(own.map((hypothesis) => hypothesis.id));
  const byText = new Map<string, Set<string>>();
  const note = (text: string, hypothesisId: string) => {
    if (!known.has(hypothesisId)) return;
    const key = normalized(text);
    byText.set(key, (byText.get(key) ?? new Set()).add(hypothesisId));
  };
  for (const hypothesis of own) for (const question of hypothesis.testQuestions) note(question, hypothesis.id);
  for (const revision of revisions) {
    if (revision.familyId !== familyId) continue;
    for (const question of revision.card.testQuestions) note(question, revision.hypothesisId);
  }
  const byHypothesis = new Map<string, AnsweredQuestion[]>();
  const unlinked: AnsweredQuestion[] = [];
  for (const answered of familyAnswers(familyId, actions)) {
    const ids =
      answered.hypothesisId && known.has(answered.hypothesisId)
        ? [answered.hypothesisId]
        : own.map((hypothesis) => hypothesis.id).filter((id) => byText.get(normalized(answered.question))?.has(id));
    const entry = { ...answered, hypothesisIds: ids };
    delete (entry as { hypothesisId?: string }).hypothesisId;
    if (ids.length === 0) unlinked.push(entry);
    for (const id of ids) byHypothesis.set(id, [...(byHypothesis.get(id) ?? []), entry]);
  }
  return { byHypothesis, unlinked };
}

/** The family's answered questions, newest answer first. */
function familyAnswers(familyId: string, actions: readonly Action[]): (Omit<AnsweredQuestion, 'hypothesisIds'> & { hypothesisId?: string })[] {
  return actions
    .filter((action) => action.familyId === familyId && action.kind === 'familyQuestion' && action.answer)
    .map((action) => ({ id: action.id, question: action.text, answer: action.answer!, meetingId: action.meetingId, hypothesisId: action.hypothesisId }))
    .sort((a, b) => b.answer.date.localeCompare(a.answer.date) || a.id.localeCompare(b.id));
}

/** A deep-dive family's last summary at a glance, for the start of its deep dive. */
export type FamilyGlance = {
  /** The family's last finished deep dive before this meeting: when, and the question for the team then. */
  lastMeeting: { id: string; at: number; question: string } | null;
  /** The family's hypotheses still held, and any the last meeting dropped, with their status now. */
  hypotheses: { id: string; wording: string; status: HypothesisStatus }[];
  /** The latest revealed safety round before this meeting. */
  lastSafety: { at: number; median: number; min: number; max: number; count: number } | null;
  /** Tasks for the family still open from earlier meetings (overdue first). */
  openTasks: TaskLine[];
  /** The family's answers to the questions taken to them, newest first. */
  answers: AnsweredQuestion[];
  /** Questions from earlier meetings still waiting for the family's answer. */
  unanswered: { id: string; question: string }[];
};

export type GlanceInput = {
  familyId: string;
  meeting: MeetingForContinuity;
  meetings: readonly MeetingForContinuity[];
  hypotheses: readonly Pick<Hypothesis, 'id' | 'familyId' | 'meetingId' | 'wording' | 'status' | 'testQuestions' | 'revisitedAt'>[];
  revisions: readonly Pick<HypothesisRevision, 'hypothesisId' | 'familyId' | 'meetingId' | 'card'>[];
  actions: readonly Action[];
  riskRounds: readonly Pick<RiskRound, 'familyId' | 'meetingId' | 'revealedAt' | 'scores'>[];
};

/**
 * What the team needs at the start of a family's deep dive, from the family's own rows only: its
 * last deep dive's date and question, its hypotheses and their status, the last safety median and
 * range, the tasks still open, and the family's answers. Rows of this meeting are left out (the
 * glance is about before).
 */
export function familyGlance(input: GlanceInput): FamilyGlance {
  const { familyId, meeting } = input;
  const day = meetingDayOf(meeting);
  const last = finishedBefore(input.meetings, meeting).find((other) => other.deepDives.some((item) => item.familyId === familyId)) ?? null;
  const lastDeepDive = last?.deepDives.find((item) => item.familyId === familyId);
  const touchedLast = new Set(
    input.revisions.filter((revision) => last && revision.familyId === familyId && revision.meetingId === last.id).map((revision) => revision.hypothesisId),
  );
  const hypotheses = input.hypotheses
    .filter((hypothesis) => hypothesis.familyId === familyId && hypothesis.meetingId !== meeting.id)
    .filter((hypothesis) => hypothesis.status !== 'dropped' || touchedLast.has(hypothesis.id))
    .sort((a, b) => Number(a.status === 'dropped') - Number(b.status === 'dropped') || b.revisitedAt.localeCompare(a.revisitedAt))
    .map(({ id, wording, status }) => ({ id, wording, status }));
  const starts = new Map(input.meetings.map((other) => [other.id, meetingStart(other)]));
  const start = meetingStart(meeting);
  const lastSafety =
    input.riskRounds
      .filter((round) => round.familyId === familyId && round.revealedAt !== null && round.meetingId !== meeting.id)
      .flatMap((round) => {
        const at = starts.get(round.meetingId);
        const spread = riskSpread(round.scores);
        return at !== undefined && at < start && spread ? [{ at, median: spread.median, min: spread.min, max: spread.max, count: spread.count }] : [];
      })
      .sort((a, b) => b.at - a.at)[0] ?? null;
  const earlier = input.actions.filter((action) => action.familyId === familyId && action.meetingId !== meeting.id);
  const openTasks = sortedLines(
    earlier.filter((action) => action.kind === 'action' && action.status === 'open'),
    day,
  );
  const answers = answersByHypothesis(familyId, input.hypotheses, input.revisions, earlier);
  const linked = [...answers.byHypothesis.values()].flat();
  const all = [...new Map([...linked, ...answers.unlinked].map((entry) => [entry.id, entry])).values()].sort(
    (a, b) => b.answer.date.localeCompare(a.answer.date) || a.id.localeCompare(b.id),
  );
  const unanswered = earlier
    .filter((action) => action.kind === 'familyQuestion' && action.status === 'open' && !action.answer)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((action) => ({ id: action.id, question: action.text }));
  return {
    lastMeeting: last ? { id: last.id, at: meetingStart(last), question: lastDeepDive?.question ?? '' } : null,
    hypotheses,
    lastSafety,
    openTasks,
    answers: all,
    unanswered,
  };
}

/** The meeting's day (yyyy-MM-dd, local time), against which a task is overdue. */
export function meetingDayOf(meeting: MeetingForContinuity): string {
  return format(meetingStart(meeting), 'yyyy-MM-dd');
}

/** Where in the run the continuity views show: the opening (the first once-a-meeting phase) or a deep dive's first phase. */
export type ContinuityPlace = { kind: 'opening' } | { kind: 'glance'; agendaItemId: string } | null;

/**
 * Which continuity view a step shows: the run's first step, when it is a once-a-meeting phase (the
 * opening and check-in; a template that opens with a family's phase has no opening), shows what the last meeting agreed; the first step of each deep dive (the
 * presentation) shows that family's glance; any other step neither.
 */
export function continuityPlace(
  steps: readonly { index: number; agendaItemId: string | null }[],
  step: { index: number; agendaItemId: string | null } | undefined,
): ContinuityPlace {
  if (!step) return null;
  if (step.agendaItemId === null) return step.index === 0 ? { kind: 'opening' } : null;
  const previous = steps.find((entry) => entry.index === step.index - 1);
  return previous?.agendaItemId === step.agendaItemId ? null : { kind: 'glance', agendaItemId: step.agendaItemId };
}

/** The family's answer as typed: what they said, the day (yyyy-MM-dd) and who asked (a member id, '' for not known). */
export type AnswerDraft = { text: string; date: string; askedById: string };
export type AnswerIssues = { text?: ValidationIssue; date?: ValidationIssue };

/**
 * Checks an answer typed on the family page or in the meeting: the text is required, the date a
 * real day and not after `today` (an answer cannot come from the future). Each problem is said per field.
 */
export function checkAnswerDraft(
  draft: AnswerDraft,
  today: Date,
): { ok: true; value: { text: string; date: string; askedById: string | null } } | { ok: false; issues: AnswerIssues } {
  const text = validateText(draft.text, { max: limits.familyAnswer, required: true });
  const day = calendarDay(draft.date.trim());
  const date: Validated<string> = !day
    ? invalid('validation.dateFormat')
    : day > startOfLocalDay(today)
      ? invalid('continuity.answer.dateFuture')
      : valid(draft.date.trim());
  if (text.ok && date.ok) return { ok: true, value: { text: text.value, date: date.value, askedById: draft.askedById === '' ? null : draft.askedById } };
  return { ok: false, issues: { text: text.ok ? undefined : text.issue, date: date.ok ? undefined : date.issue } };
}
