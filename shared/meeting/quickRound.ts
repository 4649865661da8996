// The quick round of every family (docs/domain.md: The quick round): one line per family per
// meeting with what changed since last week, an urgent-worry flag and a decision, and what the
// panel shows beside it (the family's last safety median and its direction, its open tasks due).
// Pure: no React, no Dexie; the lines are stored in `quickRoundLines` (renderer/src/db/repositories/quickRoundRepository.ts).
import { z } from 'zod';
import { limits } from '../limits';
import { invalid, valid, type Validated } from '../validation';
import type { KeyPress } from './runShortcuts';
import { riskSpread } from './riskStats';
import type { RiskScore } from './meeting';

/** What the team decides about a family in the quick round: discuss it today, next time, or no need. */
export const quickRoundDecisions = ['today', 'nextTime', 'noNeed'] as const;
export type QuickRoundDecision = (typeof quickRoundDecisions)[number];

export const quickRoundLinePayloadSchema = z.object({
  /** What changed since last week, in a few words. */
  changed: z.string().max(limits.quickRoundChanged),
  /** kiireellinen huoli: an urgent worry about the family. */
  urgent: z.boolean(),
  /** null: not decided (yet). */
  decision: z.enum(quickRoundDecisions).nullable(),
});
export type QuickRoundLinePayload = z.infer<typeof quickRoundLinePayloadSchema>;

/** A stored line: its payload and its clear fields. */
export type QuickRoundLine = QuickRoundLinePayload & { id: string; meetingId: string; familyId: string; updatedAt: string };

export const emptyQuickRoundLine: QuickRoundLinePayload = Object.freeze({ changed: '', urgent: false, decision: null });

/** A line with nothing in it: not stored, or emptied again. */
export function isEmptyLine(line: QuickRoundLinePayload): boolean {
  return line.changed.trim() === '' && !line.urgent && line.decision === null;
}

export function validateChangedText(raw: string): Validated<string> {
  return raw.length > limits.quickRoundChanged
    ? invalid('validation.tooLong', { max: limits.quickRoundChanged, length: raw.length })
    : valid(raw);
}

// ---------------------------------------------------------------------------------------------
// Beside the line: the last safety median and its direction, the open tasks due

export type SafetyDirection = 'up' | 'down' | 'same';
/** The family's last revealed safety round: its median, and the direction from the one before (null when it is the first). */
export type SafetyTrend = { median: number; direction: SafetyDirection | null };

/**
 * The last safety median of a family and its direction against the round before, from its revealed
 * rounds (in any order; a round nobody scored in is left out). null when it has none.
 */
export function safetyTrend(rounds: readonly { revealedAt: number | null; scores: readonly Pick<RiskScore, 'score'>[] }[]): SafetyTrend | null {
  const medians = rounds
    .filter((round) => round.revealedAt !== null)
    .sort((a, b) => a.revealedAt! - b.revealedAt!)
    .flatMap((round) => {
      const spread = riskSpread(round.scores);
      return spread ? [spread.median] : [];
    });
  const last = medians[medians.length - 1];
  if (last === undefined) return null;
  const before = medians[medians.length - 2];
  const direction: SafetyDirection | null = before === undefined ? null : last > before ? 'up' : last < before ? 'down' : 'same';
  return { median: last, direction };
}

export type TasksDue = { open: number; overdue: number };

/**
 * A family's open tasks (agreed actions, not the questions for the family) and how many of them are
 * past their due date on `today` (yyyy-MM-dd), from the actions' clear fields alone.
 */
export function tasksDue(actions: readonly { kind: string; status: string; due: string | null }[], today: string): TasksDue {
  let open = 0;
  let overdue = 0;
  for (const action of actions) {
    if (action.kind !== 'action' || action.status !== 'open') continue;
    open++;
    if (action.due !== null && action.due < today) overdue++;
  }
  return { open, overdue };
}

// ---------------------------------------------------------------------------------------------
// Filtering and splitting the round by worker

/** The families of the round (in agenda order) shown for a worker filter: `null` all, `''` those with no worker. */
export function filterByWorker<T extends { workerId: string | null }>(rows: readonly T[], workerId: string | null): T[] {
  if (workerId === null) return [...rows];
  return rows.filter((row) => (row.workerId ?? '') === workerId);
}

/**
 * The round split by worker: each worker's families together, in the order the worker first appears
 * in the agenda, the families without a worker last; agenda order kept within a group.
 */
export function splitByWorker<T extends { workerId: string | null }>(rows: readonly T[]): { workerId: string | null; rows: T[] }[] {
  const groups = new Map<string | null, T[]>();
  for (const row of rows) {
    const key = row.workerId;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(row);
  }
  const entries = [...groups.entries()].map(([workerId, grouped]) => ({ workerId, rows: grouped }));
  return [...entries.filter((group) => group.workerId !== null), ...entries.filter((group) => group.workerId === null)];
}

// ---------------------------------------------------------------------------------------------
// Keys

/**
 * What a key press does in a quick-round line. Alt + a physical key works while typing in the line
 * (letters by `code`, so a Finnish keyboard and macOS Option work); plain ↑/↓ move between lines.
 * Alt+K flags (kiireellinen huoli); Alt+1, Alt+2, Alt+3 decide (today, next time, no need) and
 * Alt+0 clears the decision. None of these is a meeting shortcut (shared/meeting/runShortcuts.ts)
 * nor Alt+U (the messages' Undo).
 */
export type QuickRoundKeyCommand =
  | { kind: 'previousLine' }
  | { kind: 'nextLine' }
  | { kind: 'toggleUrgent' }
  | { kind: 'decide'; decision: QuickRoundDecision | null };

export const quickRoundKeys = {
  toggleUrgent: { code: 'KeyK', label: 'Alt + K' },
  today: { code: 'Digit1', label: 'Alt + 1' },
  nextTime: { code: 'Digit2', label: 'Alt + 2' },
  noNeed: { code: 'Digit3', label: 'Alt + 3' },
  clearDecision: { code: 'Digit0', label: 'Alt + 0' },
} as const;

export function quickRoundCommandForKey(press: KeyPress): QuickRoundKeyCommand | null {
  if (press.ctrlKey || press.metaKey) return null;
  if (!press.altKey) {
    if (press.shiftKey) return null;
    if (press.key === 'ArrowUp') return { kind: 'previousLine' };
    if (press.key === 'ArrowDown') return { kind: 'nextLine' };
    return null;
  }
  if (press.shiftKey) return null;
  if (press.code === quickRoundKeys.toggleUrgent.code) return { kind: 'toggleUrgent' };
  for (const decision of quickRoundDecisions) {
    if (press.code === quickRoundKeys[decision].code) return { kind: 'decide', decision };
  }
  if (press.code === quickRoundKeys.clearDecision.code) return { kind: 'decide', decision: null };
  return null;
}

// ---------------------------------------------------------------------------------------------
// The family's history

/** A family's quick-round lines with their meetings' dates, newest meeting first; empty lines left out. */
export function familyQuickRoundHistory<L extends QuickRoundLinePayload & { meetingId: string }>(
  lines: readonly L[],
  meetingDates: ReadonlyMap<string, string>,
): (L & { scheduledAt: string })[] {
  return lines
    .flatMap((line) => {
      const scheduledAt = meetingDates.get(line.meetingId);
      return scheduledAt === undefined || isEmptyLine(line) ? [] : [{ ...line, scheduledAt }];
    })
    .sort((a, b) => b.scheduledAt.localeCompare(a.scheduledAt));
}
