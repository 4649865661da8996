// Checking an action typed in the facilitator view: what (required), owner (a participant or
// nobody) and due date (none, or today or later). Every problem is reported per field, so the form
// can keep the typed text and say what is wrong; nothing is saved until all of it is right.
import { validateActionText, validateDueDate } from './meeting';
import type { ValidationIssue } from '../validation';

export type ActionDraft = { text: string; ownerId: string; due: string };
export type CheckedAction = { text: string; ownerId: string | null; due: string | null };
export type ActionIssues = { text?: ValidationIssue; due?: ValidationIssue };

/**
 * `withOwnerAndDue` false: a question for the family, which has text only (owner and date are
 * ignored). An owner id of '' means nobody.
 */
export function checkActionDraft(
  draft: ActionDraft,
  today: Date,
  withOwnerAndDue: boolean,
): { ok: true; value: CheckedAction } | { ok: false; issues: ActionIssues } {
  const text = validateActionText(draft.text);
  const due = withOwnerAndDue ? validateDueDate(draft.due, today) : ({ ok: true, value: null } as const);
  if (text.ok && due.ok) {
    return { ok: true, value: { text: text.value, ownerId: withOwnerAndDue && draft.ownerId !== '' ? draft.ownerId : null, due: due.value } };
  }
  return { ok: false, issues: { text: text.ok ? undefined : text.issue, due: due.ok ? undefined : due.issue } };
}
