// The chair's entry of a safety round from paper (docs/domain.md: Safety scale, scores from paper):
// one row per participant, a score typed as digits (empty: did not score) and an optional reason
// (only beside a score),
// turned into the round's scores in one go, or the rows that need fixing.
import type { ValidationIssue } from '../validation';
import { riskScale, validateRiskReason, type RiskScore } from './meeting';

export type PaperRow = { participantId: string; participantName: string; score: string; reason: string };

export type PaperProblem = { participantId: string; field: 'score' | 'reason'; issue: ValidationIssue | 'notAScore' | 'reasonWithoutScore' };

export type PaperResult = { ok: true; scores: RiskScore[] } | { ok: false; problems: PaperProblem[]; noScores: boolean };

/** A typed score: null for empty, the whole number 0–10, or 'invalid' (anything else, "5.5" and "11" included). */
export function parsePaperScore(raw: string): number | null | 'invalid' {
  const text = raw.trim();
  if (text === '') return null;
  if (!/^\d{1,2}$/.test(text)) return 'invalid';
  const value = Number(text);
  return value >= riskScale.min && value <= riskScale.max ? value : 'invalid';
}

/** The round's scores (only rows with a score; nothing to move it one point up, as paper rounds rarely have it), or what to fix. */
export function paperRound(rows: readonly PaperRow[]): PaperResult {
  const problems: PaperProblem[] = [];
  const scores: RiskScore[] = [];
  for (const row of rows) {
    const score = parsePaperScore(row.score);
    const reason = validateRiskReason(row.reason);
    if (score === 'invalid') problems.push({ participantId: row.participantId, field: 'score', issue: 'notAScore' });
    if (!reason.ok) problems.push({ participantId: row.participantId, field: 'reason', issue: reason.issue });
    // A reason with no score would be lost: the chair types the score or clears the reason.
    else if (score === null && reason.value !== '') problems.push({ participantId: row.participantId, field: 'score', issue: 'reasonWithoutScore' });
    if (score === 'invalid' || score === null || !reason.ok) continue;
    scores.push({ participantId: row.participantId, participantName: row.participantName, score, reason: reason.value, oneUp: '' });
  }
  const noScores = problems.length === 0 && scores.length === 0;
  return problems.length > 0 || noScores ? { ok: false, problems, noScores } : { ok: true, scores };
}
