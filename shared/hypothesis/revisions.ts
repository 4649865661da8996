// The rules of a hypothesis's history. A revision is never changed or removed once written: every
// change (a rewording, new evidence, a status change with its reason, or a review that kept the
// hypothesis as it was) appends one, tied to the meeting it happened in or dated when outside one.
// So the state of any hypothesis at any moment, and what a past meeting saw, can be rebuilt.
import type { HypothesisCard, HypothesisCardField, HypothesisChange, HypothesisRevision, HypothesisStatus } from './hypothesis';
import { hypothesisCardFields } from './hypothesis';

/** A hypothesis's card and status at one point of its history. */
export type HypothesisState = { card: HypothesisCard; status: HypothesisStatus };

/** The state after `change`: changed card fields replace the old ones, the rest stay. */
export function applyChange(current: HypothesisState, change: HypothesisChange): HypothesisState {
  return {
    card: { ...current.card, ...definedOnly(change.card ?? {}) },
    status: change.status ?? current.status,
  };
}

/** Which card fields differ between two cards, in the card's field order. */
export function changedFields(before: HypothesisCard, after: HypothesisCard): HypothesisCardField[] {
  return hypothesisCardFields.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}

/** What one revision did, compared with the one before it. */
export type RevisionChange =
  | { kind: 'created' }
  /** Nothing changed: the team looked at it again and it still holds as it was. */
  | { kind: 'revisited' }
  | { kind: 'changed'; fields: HypothesisCardField[]; statusFrom: HypothesisStatus | null };

export function describeRevision(previous: HypothesisRevision | null, revision: HypothesisRevision): RevisionChange {
  if (!previous) return { kind: 'created' };
  const fields = changedFields(previous.card, revision.card);
  const statusFrom = previous.status === revision.status ? null : previous.status;
  if (fields.length === 0 && statusFrom === null) return { kind: 'revisited' };
  return { kind: 'changed', fields, statusFrom };
}

/** Revisions in history order: by hypothesis, then by sequence number. */
export function inHistoryOrder<T extends Pick<HypothesisRevision, 'hypothesisId' | 'seq'>>(revisions: readonly T[]): T[] {
  return [...revisions].sort((a, b) => (a.hypothesisId === b.hypothesisId ? a.seq - b.seq : a.hypothesisId < b.hypothesisId ? -1 : 1));
}

/** Groups revisions by hypothesis, each group in sequence order. */
export function byHypothesis(revisions: readonly HypothesisRevision[]): Map<string, HypothesisRevision[]> {
  const groups = new Map<string, HypothesisRevision[]>();
  for (const revision of inHistoryOrder(revisions)) {
    const group = groups.get(revision.hypothesisId);
    if (group) group.push(revision);
    else groups.set(revision.hypothesisId, [revision]);
  }
  return groups;
}

/** How a meeting dealt with one hypothesis: as it stood before, as the meeting left it, and what changed. */
export type HypothesisInMeeting = {
  hypothesisId: string;
  familyId: string;
  /** The state before this meeting touched it; null if it was made in this meeting. */
  before: HypothesisState | null;
  /** The state as this meeting left it (later revisions do not count). */
  after: HypothesisState;
  /** Card fields that differ between before and after (all, when made in this meeting). */
  fields: HypothesisCardField[];
  /**
   * Reasons given in this meeting for the status it left (non-empty, in order). A reason given for a
   * status the meeting then undid is left out: the record says why it stands where it stands.
   */
  reasons: string[];
  /** The revisions this meeting made, in order. */
  revisions: HypothesisRevision[];
};

/**
 * Every hypothesis a meeting considered (made, changed or revisited in it), from the revisions of
 * any set of hypotheses (e.g. a family's): what was true then, whatever happened afterwards.
 * In the order the meeting first touched them.
 */
export function hypothesesInMeeting(revisions: readonly HypothesisRevision[], meetingId: string): HypothesisInMeeting[] {
  const result: HypothesisInMeeting[] = [];
  for (const history of byHypothesis(revisions).values()) {
    const ours = history.filter((revision) => revision.meetingId === meetingId);
    if (ours.length === 0) continue;
    const first = ours[0]!;
    const last = ours[ours.length - 1]!;
    const previous = history.filter((revision) => revision.seq < first.seq).at(-1) ?? null;
    const before = previous ? { card: previous.card, status: previous.status } : null;
    const after = { card: last.card, status: last.status };
    result.push({
      hypothesisId: first.hypothesisId,
      familyId: first.familyId,
      before,
      after,
      fields: before ? changedFields(before.card, after.card) : [...hypothesisCardFields],
      reasons: ours.filter((revision) => revision.status === after.status && revision.reason !== '').map((revision) => revision.reason),
      revisions: ours,
    });
  }
  return result.sort((a, b) => a.revisions[0]!.at.localeCompare(b.revisions[0]!.at) || a.revisions[0]!.seq - b.revisions[0]!.seq);
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== undefined)) as Partial<T>;
}
