// The meeting summaries: per deep-dive family a summary for the official record (docs/domain.md: Privacy and the record; date,
// participants and roles, the question, hypotheses considered, risk view, agreed actions), and the
// whole meeting record (all families, once-a-meeting notes, what was agreed, timings per phase).
// Pure: texts come through a passed-in translate function and date formatters, so the same code
// serves both languages, the screen, the exports and the tests. A document is built as blocks
// (shared/document/document.ts), then rendered as plain text or Markdown (shared/document/render.ts);
// the screen renders the same blocks, so what is shown is what is exported. An entry for the client or
// patient record says what happened, never what did not: a section with nothing in it is left out.
//
// Privacy rule: a family's summary is built only from that family's deep dive and data filtered
// to its family id; it never includes the closing note or once-a-meeting notes (which may name
// other families). tests/unit/meeting/summary.test.ts checks this with distinctive strings.
import type { Language } from '../i18n/messages';
import { buildMeetingSteps, plannedForMeeting, stepTimes, elapsedInMeeting, type MeetingStep, type StepOutcome } from './engine';
import type { HypothesisRevision } from '../hypothesis/hypothesis';
import { nameWithRoles, proposerText } from '../hypothesis/proposerText';
import { hypothesesInMeeting, type HypothesisInMeeting } from '../hypothesis/revisions';
import {
  agendaOutline,
  deepDiveParticipants,
  expectedScorers,
  familyRoleHolder,
  familyRolesAt,
  guestRelation,
  isWholeMeetingGuest,
  meetingRoleName,
  meetingStart,
  roleHolder,
  type Action,
  type DeepDive,
  type FamilyRoles,
  type Meeting,
  type Participant,
  type RiskRound,
} from './meeting';
import { agendaChangeBlocks } from './agendaRecord';
import { riskSpread } from './riskStats';
import { familyScopedRoles, localized, roleScope, type PhaseRole } from './template';
import type { Family } from '../family/family';
import { carePeriodRecordBlocks, patientRecordTitle, type CarePeriodForRecord } from '../carePeriod/summaryCarePeriod';
import { durationClock, plannedMinutesText, timeOfDay } from '../i18n/timeText';
import type { RecordBlock, RecordDocument, RecordField, RecordFormat, RecordListItem, Translate } from '../document/document';
import { meetingTools, toolEntry, type RecordDataOfFamily } from './tools/registry';
import { isEmptyLine, type QuickRoundLinePayload } from './quickRound';

// ---------------------------------------------------------------------------------------------
// Input

export type SummarySource = {
  meeting: Meeting;
  /** Epoch ms; timings of a running meeting are counted up to here. */
  now: number;
  /** Team members' names by id (archived members included). */
  memberNames: ReadonlyMap<string, string>;
  /**
   * Pseudonym code, label and the family's own workers (member ids; absent: none) by family id; a
   * missing family shows as deleted. A finished meeting names the workers it stored instead (`familyRolesAt`).
   */
  families: ReadonlyMap<string, SummaryFamily>;
  /** Phase notes by step key. */
  notes: ReadonlyMap<string, { text: string }>;
  /**
   * Everything captured in the meeting; each summary filters to its own family. Hypotheses come as
   * revisions (of at least the hypotheses the meeting touched), so the record shows them as the
   * meeting left them, whatever changed later.
   */
  hypothesisRevisions: readonly HypothesisRevision[];
  riskRounds: readonly RiskRound[];
  actions: readonly Action[];
  /** What the meeting did with the capture tools the record mentions, by deep-dive family id; absent: nothing recorded. */
  methods?: ReadonlyMap<string, MethodsInMeeting>;
  /** Each deep-dive family's care period with its goals' ratings, by family id; absent: the family has none. */
  carePeriods?: ReadonlyMap<string, CarePeriodForRecord>;
  /**
   * The quick round's lines by family id (what changed, urgent worry, decision): only the whole
   * meeting record lists them, never a family's summary (a line names its family). Absent: none read.
   */
  quickRoundLines?: ReadonlyMap<string, QuickRoundLinePayload>;
};

/**
 * What the record's screen loaded for the capture tools the record mentions, for one family (by
 * tool id: e.g. how many timeline events the meeting added or changed, each child's latest
 * three-houses session as of the meeting). See tools/registry.ts.
 */
export type MethodsInMeeting = RecordDataOfFamily;

export type SummaryFamily = { code: string; label: string } & Partial<Pick<Family, 'responsibleMemberId' | 'socialCounsellorId'>>;

export type FamilySummary = {
  deepDiveId: string;
  familyId: string;
  /** The family's pseudonym code ('?' when the family no longer exists). */
  code: string;
  document: RecordDocument;
};

// ---------------------------------------------------------------------------------------------
// Building

/** One summary per deep-dive family, in agenda order. */
export function buildFamilySummaries(source: SummarySource, format: RecordFormat): FamilySummary[] {
  const context = prepare(source, format);
  return source.meeting.deepDives.map((deepDive) => familySummary(context, deepDive));
}

/** The summary of one deep-dive agenda item, or null when the meeting has no such item. */
export function buildFamilySummary(source: SummarySource, deepDiveId: string, format: RecordFormat): FamilySummary | null {
  const deepDive = source.meeting.deepDives.find((item) => item.id === deepDiveId);
  return deepDive ? familySummary(prepare(source, format), deepDive) : null;
}

/** The whole meeting record: the meeting, what was agreed, every family, once-a-meeting notes and timings. */
export function buildMeetingRecord(source: SummarySource, format: RecordFormat): RecordDocument {
  const context = prepare(source, format);
  const { meeting, t } = context;
  const blocks: RecordBlock[] = [
    { kind: 'heading', level: 1, text: t('record.meetingRecordTitle', { name: context.templateName }) },
    { kind: 'fields', fields: meetingFields(context) },
    ...participantBlocks(context, 2),
    { kind: 'heading', level: 2, text: t('record.agreed') },
    ...(meeting.closingNote.trim() ? [{ kind: 'text', text: meeting.closingNote } as const] : []),
  ];
  const quickRoundStep = context.steps.find((step) => step.phase.tools.includes('quickRoundList'));
  for (const step of context.steps) {
    if (step.agendaItemId !== null) continue;
    const note = noteText(context, step);
    const isQuickRound = step === quickRoundStep && meeting.quickRound.length > 0;
    if (!note && !isQuickRound) continue;
    blocks.push({ kind: 'heading', level: 2, text: localized(step.phase.name, context.language) });
    if (isQuickRound) {
      blocks.push({
        kind: 'fields',
        fields: [{ label: t('record.quickRoundFamilies'), value: meeting.quickRound.map((item) => context.codeOf(item.familyId)).join(', ') }],
      });
      const table = quickRoundTable(context);
      if (table) blocks.push(table);
    }
    if (note) blocks.push({ kind: 'text', text: note });
  }
  blocks.push({ kind: 'heading', level: 2, text: t('record.timings') }, timingsTable(context));
  blocks.push(...agendaChangeBlocks(context));
  for (const deepDive of meeting.deepDives) blocks.push(...familyBlocks(context, deepDive));
  return { title: t('record.meetingRecordTitle', { name: context.templateName }), blocks: withoutEmptySections(blocks) };
}

/**
 * The quick round's lines in the whole meeting record: per family code what changed, the urgent
 * worry and the decision, in agenda order; families whose line is empty are left out, and with no
 * line at all there is no table.
 */
function quickRoundTable(context: Context): RecordBlock | null {
  const { t } = context;
  const lines = context.source.quickRoundLines;
  if (!lines) return null;
  const rows = context.meeting.quickRound.flatMap((item) => {
    const line = lines.get(item.familyId);
    if (!line || isEmptyLine(line)) return [];
    return [
      [
        context.codeOf(item.familyId),
        line.changed.trim(),
        line.urgent ? t('quickRound.record.urgentYes') : '',
        line.decision ? t(`quickRound.decision.${line.decision}`) : '',
      ],
    ];
  });
  if (rows.length === 0) return null;
  return {
    kind: 'table',
    headers: [t('quickRound.record.family'), t('quickRound.record.changed'), t('quickRound.record.urgent'), t('quickRound.record.decision')],
    rows,
  };
}

type Context = RecordFormat & {
  meeting: Meeting;
  now: number;
  steps: MeetingStep[];
  templateName: string;
  source: SummarySource;
  codeOf: (familyId: string) => string;
  participantName: (participantId: string | null) => string;
  hypothesesByFamily: Map<string, HypothesisInMeeting[]>;
  actionsByFamily: Map<string, Action[]>;
  roundsByItem: Map<string, RiskRound>;
};

function prepare(source: SummarySource, format: RecordFormat): Context {
  const { meeting } = source;
  // Plain texts and due dates repeat on every action, score and hypothesis: translate each once.
  const plainTexts = new Map<string, string>();
  const days = new Map<string, string>();
  const t: Translate = (key, values) => {
    if (values) return format.t(key, values);
    let text = plainTexts.get(key);
    if (text === undefined) plainTexts.set(key, (text = format.t(key)));
    return text;
  };
  const formatDay = (day: string) => {
    let text = days.get(day);
    if (text === undefined) days.set(day, (text = format.formatDay(day)));
    return text;
  };
  const participants = new Map(meeting.participants.map((participant) => [participant.id, participant]));
  const participantName = (id: string | null): string => {
    if (id === null) return t('record.nobody');
    const participant = participants.get(id);
    if (participant?.kind === 'guest') return participant.name;
    return source.memberNames.get(id) ?? t('record.unknownPerson');
  };
  return {
    ...format,
    t,
    formatDay,
    meeting,
    now: source.now,
    steps: buildMeetingSteps(meeting.template, agendaOutline(meeting)),
    templateName: localized(meeting.template.name, format.language),
    source,
    codeOf: (familyId) => source.families.get(familyId)?.code ?? '?',
    participantName,
    hypothesesByFamily: groupBy(hypothesesInMeeting(source.hypothesisRevisions, meeting.id), (entry) => entry.familyId),
    actionsByFamily: groupBy(
      source.actions.filter((entry) => entry.meetingId === meeting.id),
      (entry) => entry.familyId,
    ),
    roundsByItem: new Map(source.riskRounds.filter((round) => round.meetingId === meeting.id).map((round) => [round.agendaItemId, round])),
  };
}

function familySummary(context: Context, deepDive: DeepDive): FamilySummary {
  const code = context.codeOf(deepDive.familyId);
  // An interim review's summary is an entry for the patient record (shared/carePeriod/summaryCarePeriod.ts).
  const title = patientRecordTitle(context, code) ?? context.t('record.familySummaryTitle', { code });
  const content = familyContent(context, deepDive, 2);
  const blocks: RecordBlock[] = [
    { kind: 'heading', level: 1, text: title },
    { kind: 'fields', fields: [...meetingFields(context), ...content.fields] },
    ...participantBlocks(context, 2, deepDive),
    ...content.blocks,
  ];
  return { deepDiveId: deepDive.id, familyId: deepDive.familyId, code, document: { title, blocks: withoutEmptySections(blocks) } };
}

/** One family's section of the whole meeting record. */
function familyBlocks(context: Context, deepDive: DeepDive): RecordBlock[] {
  const content = familyContent(context, deepDive, 3);
  return [
    { kind: 'heading', level: 2, text: context.t('record.familySection', { code: context.codeOf(deepDive.familyId) }) },
    { kind: 'fields', fields: content.fields },
    ...content.blocks,
  ];
}

/** Everything about one deep-dive family, built only from that family's data. */
function familyContent(context: Context, deepDive: DeepDive, level: 2 | 3): { fields: RecordField[]; blocks: RecordBlock[] } {
  const { t } = context;
  const family = context.source.families.get(deepDive.familyId);
  const code = context.codeOf(deepDive.familyId);
  const fields: RecordField[] = [
    { label: t('record.family'), value: family ? (family.label.trim() ? `${code} (${family.label})` : code) : t('record.familyDeleted') },
    ...familyRoleFields(context, deepDive),
    { label: t('record.presenter'), value: context.participantName(deepDive.presenterId) },
  ];
  if (deepDive.question.trim()) fields.push({ label: t('record.question'), value: deepDive.question });
  // The care period's goals and the reflecting team come first: an interim review is about them.
  const blocks: RecordBlock[] = carePeriodRecordBlocks(context, deepDive, level);

  const hypotheses = context.hypothesesByFamily.get(deepDive.familyId) ?? [];
  blocks.push({ kind: 'heading', level, text: t('record.hypotheses') });
  if (hypotheses.length > 0) {
    blocks.push({
      kind: 'list',
      items: hypotheses.map((hypothesis) => ({ text: hypothesis.after.card.wording, details: hypothesisDetails(context, hypothesis) })),
    });
  }

  blocks.push({ kind: 'heading', level, text: t('record.risk') }, ...riskBlocks(context, deepDive));

  const actions = context.actionsByFamily.get(deepDive.familyId) ?? [];
  const agreed = actions.filter((action) => action.kind === 'action');
  const questions = actions.filter((action) => action.kind === 'familyQuestion');
  blocks.push({ kind: 'heading', level, text: t('record.actions') });
  if (agreed.length > 0) {
    blocks.push({
      kind: 'list',
      items: agreed.map((action) => ({
        text: action.text,
        details: [
          { label: t('record.owner'), value: action.ownerName.trim() || t('record.nobody') },
          { label: t('record.due'), value: action.due ? context.formatDay(action.due) : t('record.noDue') },
          ...(action.status === 'done' ? [{ label: t('record.status'), value: t('record.actionDone') }] : []),
        ],
      })),
    });
  }
  blocks.push({ kind: 'heading', level, text: t('record.familyQuestions') });
  if (questions.length > 0) blocks.push({ kind: 'list', items: questions.map((question) => ({ text: question.text, details: [] })) });

  blocks.push(...methodBlocks(context, deepDive, level));

  const noted = context.steps.filter((step) => step.agendaItemId === deepDive.id && noteText(context, step));
  blocks.push({ kind: 'heading', level, text: t('record.phaseNotes') });
  for (const step of noted) {
    blocks.push({ kind: 'heading', level: (level + 1) as 3 | 4, text: localized(step.phase.name, context.language) }, { kind: 'text', text: noteText(context, step) });
  }
  return { fields, blocks };
}

/**
 * What the capture tools say of this family's deep dive (tools/registry.ts: each tool's `record`),
 * e.g. "timeline updated: 3 events" and each child's latest three-houses session by date, under
 * one heading; nothing when no tool has anything to say.
 */
function methodBlocks(context: Context, deepDive: DeepDive, level: 2 | 3): RecordBlock[] {
  const { t } = context;
  const loaded = context.source.methods?.get(deepDive.familyId) as Record<string, unknown> | undefined;
  const familySteps = context.steps.filter((step) => step.agendaItemId === deepDive.id);
  const items = meetingTools.flatMap((tool) => {
    const record = toolEntry(tool).record;
    const offered = familySteps.some((step) => step.phase.tools.includes(tool));
    return record ? record.mentions({ t, formatDay: context.formatDay, offered, data: loaded?.[tool] }) : [];
  });
  return items.length > 0 ? [{ kind: 'heading', level, text: t('record.methods') }, { kind: 'list', items }] : [];
}

function riskBlocks(context: Context, deepDive: DeepDive): RecordBlock[] {
  const { t } = context;
  const round = context.roundsByItem.get(deepDive.id);
  // Scores that were never revealed stay private: not even the count of scorers goes in the record.
  if (!round || round.scores.length === 0 || round.revealedAt === null) return [];
  const spread = riskSpread(round.scores);
  // Everyone expected to score who has no score at all counts as not scoring too, by name.
  const scored = new Set(round.scores.map((entry) => entry.participantId));
  const missing = expectedScorers(context.meeting, deepDive.id).filter((participant) => !scored.has(participant.id));
  const notScoring = round.scores.filter((entry) => entry.score === null).length + missing.length;
  const blocks: RecordBlock[] = [
    {
      kind: 'fields',
      fields: [
        {
          label: t('record.spread'),
          value: spread
            ? t('record.spreadValue', { min: spread.min, median: formatNumber(spread.median, context.language), max: spread.max })
            : t('record.nobodyScored'),
        },
        { label: t('record.scoredCount'), value: t('record.scoredCountValue', { count: spread?.count ?? 0, notScoring }) },
        // A round the chair typed in from the team's papers says so (docs/domain.md: Safety scale).
        ...(round.enteredBy === 'chair' ? [{ label: t('safety.record.entry'), value: t('safety.record.enteredByChair') }] : []),
      ],
    },
    {
      kind: 'list',
      items: [
        ...round.scores.map((entry) => ({
          text: `${entry.participantName || t('record.unknownPerson')}: ${entry.score === null ? t('record.notScoring') : String(entry.score)}`,
          details: [
            ...(entry.reason.trim() ? [{ label: t('record.reason'), value: entry.reason }] : []),
            ...(entry.oneUp.trim() ? [{ label: t('record.oneUp'), value: entry.oneUp }] : []),
          ],
        })),
        ...missing.map((participant) => ({ text: `${context.participantName(participant.id)}: ${t('record.noScoreGiven')}`, details: [] })),
      ],
    },
  ];
  return blocks;
}

function meetingFields(context: Context): RecordField[] {
  const { meeting, t } = context;
  const run = meeting.run;
  const start = meetingStart(meeting);
  const fields: RecordField[] = [
    { label: t('record.meeting'), value: context.templateName },
    { label: t('record.date'), value: context.formatInstant(start, 'dateTime') },
  ];
  if (run.finishedAt !== null) fields.push({ label: t('record.ended'), value: t('record.endedAt', { time: timeOfDay(run.finishedAt, context.language) }) });
  return fields;
}

/**
 * The participants and their roles. In a family's summary: the team and that deep dive's guests
 * only, with the meeting's roles and that family's own roles (its responsible worker, its social
 * counsellor); in the whole record: everyone, guests with the families they took part in.
 */
function participantBlocks(context: Context, level: 2, deepDive?: DeepDive): RecordBlock[] {
  const { meeting, t } = context;
  // The roles are the meeting template's, named as the template names them.
  const heldBy = new Map<string, string[]>();
  const unheld: string[] = [];
  const familyRoles = deepDive ? familyRolesIn(context, deepDive) : null;
  for (const role of meeting.template.roles) {
    // A family's own role is held by that family's worker; the whole record leaves them to each family's section.
    let holder: string | null;
    if (roleScope(role) === 'family') {
      if (!familyRoles) continue;
      holder = familyRoleHolder(familyRoles, role.id);
    } else holder = roleHolder(meeting, role.id);
    if (holder) heldBy.set(holder, [...(heldBy.get(holder) ?? []), role.id]);
    else unheld.push(role.id);
  }
  const participants = deepDive ? deepDiveParticipants(meeting, deepDive.id) : meeting.participants;
  const items = participants.map((participant) => participantItem(context, participant, heldBy.get(participant.id) ?? [], !deepDive));
  const blocks: RecordBlock[] = [
    { kind: 'heading', level, text: t('record.participants') },
    ...(items.length > 0 ? [{ kind: 'list', items } as const] : []),
  ];
  if (unheld.length > 0) {
    blocks.push({ kind: 'fields', fields: [{ label: t('record.rolesNotHeld'), value: unheld.map((role) => roleName(context, role)).join(', ') }] });
  }
  return blocks;
}

/** The family's own roles as fields (e.g. its responsible worker), each named, and marked when not taking part. */
function familyRoleFields(context: Context, deepDive: DeepDive): RecordField[] {
  const familyRoles = familyRolesIn(context, deepDive);
  const present = new Set(deepDiveParticipants(context.meeting, deepDive.id).map((participant) => participant.id));
  return familyScopedRoles(context.meeting.template).flatMap(({ id: role }) => {
    const holder = familyRoleHolder(familyRoles, role);
    if (!holder) return [];
    const name = context.participantName(holder);
    return [{ label: roleName(context, role), value: present.has(holder) ? name : `${name} (${context.t('record.notPresent')})` }];
  });
}

/** Who held the family's own roles in this meeting: as stored when it finished, else the family's now. */
function familyRolesIn(context: Context, deepDive: DeepDive): FamilyRoles {
  return familyRolesAt(context.meeting, deepDive, context.source.families.get(deepDive.familyId));
}

function participantItem(context: Context, participant: Participant, roles: string[], withFamilies: boolean): RecordListItem {
  const { t } = context;
  const name = context.participantName(participant.id);
  const parts = roles.map((role) => roleName(context, role));
  if (participant.kind === 'guest') {
    if (guestRelation(participant) === 'family') parts.push(t('record.familyMember'));
    else parts.push(participant.organisation.trim() ? t('record.guestFrom', { organisation: participant.organisation }) : t('record.guest'));
    if (withFamilies && !isWholeMeetingGuest(participant)) {
      const codes = participant.joins!.flatMap((join) => {
        const item = context.meeting.deepDives.find((entry) => entry.id === join.deepDiveId);
        return item ? [context.codeOf(item.familyId)] : [];
      });
      if (codes.length > 0) parts.push(t('record.guestOf', { codes: codes.join(', ') }));
    }
  }
  return { text: nameWithRoles(name, parts), details: [] };
}

function timingsTable(context: Context): RecordBlock {
  const { t } = context;
  const times = stepTimes(context.meeting.run, context.steps, context.now);
  const rows = times.map((time, index) => {
    const step = context.steps[index]!;
    return [
      String(index + 1),
      localized(step.phase.name, context.language),
      step.agendaItemId ? context.codeOf(familyOfItem(context, step.agendaItemId)) : '',
      plannedMinutesText(time.plannedMs, context.language, t),
      time.outcome === 'notReached' ? '' : durationClock(time.actualMs),
      t(`record.outcome.${time.outcome satisfies StepOutcome}`),
    ];
  });
  rows.push([
    '',
    t('record.total'),
    '',
    plannedMinutesText(plannedForMeeting(context.steps), context.language, t),
    durationClock(elapsedInMeeting(context.meeting.run, context.now)),
    '',
  ]);
  return {
    kind: 'table',
    headers: [t('record.stepNumber'), t('record.phase'), t('record.familyColumn'), t('record.planned'), t('record.actual'), t('record.outcomeColumn')],
    rows,
  };
}

function familyOfItem(context: Context, agendaItemId: string): string {
  return context.meeting.deepDives.find((item) => item.id === agendaItemId)?.familyId ?? '';
}

function noteText(context: Context, step: MeetingStep): string {
  const text = context.source.notes.get(step.key)?.text ?? '';
  return text.trim() ? text : '';
}

/** A hypothesis as the meeting left it: its status, what the meeting changed, why, and who proposed it. */
function hypothesisDetails(context: Context, hypothesis: HypothesisInMeeting): RecordField[] {
  const { t } = context;
  const { before, after } = hypothesis;
  const status = (value: HypothesisInMeeting['after']['status']) => t(`record.hypothesisStatus.${value}`);
  const details: RecordField[] = [{ label: t('record.status'), value: status(after.status) }];
  let change: string;
  if (!before) change = t('record.hypothesisNew');
  else {
    const parts: string[] = [];
    if (before.status !== after.status) parts.push(t('hypotheses.change.status', { from: status(before.status), to: status(after.status) }));
    const fields = hypothesis.fields.map((field) => t(`hypotheses.field.${field}`).toLowerCase());
    if (fields.length > 0) parts.push(t('hypotheses.change.fields', { fields: fields.join(', ') }));
    change = parts.length > 0 ? parts.join('; ') : t('hypotheses.change.revisited');
  }
  details.push({ label: t('record.hypothesisChange'), value: change });
  if (before && before.card.wording !== after.card.wording) details.push({ label: t('hypotheses.change.earlierWording'), value: before.card.wording });
  for (const reason of hypothesis.reasons) details.push({ label: t('hypotheses.change.reason'), value: reason });
  if (after.card.proposers.length > 0) {
    details.push({ label: t('record.proposedBy'), value: after.card.proposers.map((proposer) => proposerText(proposer, context.language, (role) => roleName(context, role))).join(', ') });
  }
  return details;
}

/** A role as the meeting's template names it (a proposer's stored role name comes first, see proposerText). */
function roleName(context: Context, role: PhaseRole): string {
  const name = meetingRoleName(context.meeting.template, role);
  return name ? localized(name, context.language) : context.t('record.roleTeam');
}

/**
 * A document without its empty sections: a heading stays only when something (other than a heading
 * of the same or a higher level) follows it before the next heading of its level or higher, and a
 * field list with no fields goes too.
 */
function withoutEmptySections(blocks: readonly RecordBlock[]): RecordBlock[] {
  const kept: RecordBlock[] = [];
  for (const block of blocks) {
    if (block.kind === 'empty' || (block.kind === 'fields' && block.fields.length === 0)) continue;
    if (block.kind === 'heading') dropEmptyHeadings(kept, block.level);
    kept.push(block);
  }
  dropEmptyHeadings(kept, 1);
  return kept;
}

/** Removes the headings at the end of `blocks` that a heading of `level` (or the end) leaves with nothing under them. */
function dropEmptyHeadings(blocks: RecordBlock[], level: number): void {
  for (let last = blocks.at(-1); last?.kind === 'heading' && last.level >= level; last = blocks.at(-1)) blocks.pop();
}

function formatNumber(value: number, language: Language): string {
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return language === 'fi' ? text.replace('.', ',') : text;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
