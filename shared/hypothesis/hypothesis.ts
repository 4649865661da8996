// What a hypothesis is (docs/domain.md: Hypotheses): a card with a tentative, relational wording, its
// proposers, the people and pattern it concerns, evidence for and against, questions to test it
// with the family, a status and optional lens tags; and a history of revisions that is only ever
// appended to. This file holds the shapes and validation; revisions.ts holds the history's rules.
import { z } from 'zod';
import { limits } from '../limits';
import { templateLimits } from '../meeting/template';
import { validateText, invalid, valid, type Validated } from '../validation';

export const hypothesisStatuses = ['open', 'strengthened', 'weakened', 'dropped'] as const;
export type HypothesisStatus = (typeof hypothesisStatuses)[number];

/**
 * The Social GGRRAAACCEEESSS (Burnham): lenses a team can tag a hypothesis with, to notice which
 * differences it attends to and which it leaves out. Ids are stable data keys.
 */
export const lensTags = [
  'gender',
  'geography',
  'race',
  'religion',
  'age',
  'ability',
  'appearance',
  'class',
  'culture',
  'ethnicity',
  'education',
  'employment',
  'sexuality',
  'sexualOrientation',
  'spirituality',
] as const;
export type LensTag = (typeof lensTags)[number];

/**
 * Who proposed a hypothesis: the role they held in the meeting and their name ('' if not recorded).
 * The role is one of the meeting template's role ids (the five standard ones, or one the template
 * added) or "team". Outside the meeting its template is not at hand, so a role recorded in a
 * meeting also keeps its name there, in both languages; cards from before templates had roles of
 * their own have no `roleName` and are named by the standard role names.
 */
export const proposerSchema = z.object({
  role: z.string().min(1).max(templateLimits.id).nullable(),
  roleName: z.strictObject({ fi: z.string().max(templateLimits.name), en: z.string().max(templateLimits.name) }).optional(),
  name: z.string().max(limits.memberName),
});
export type Proposer = z.infer<typeof proposerSchema>;

/** The card's content, all of it encrypted. Every revision stores the whole card as it then was. */
export const hypothesisCardSchema = z.object({
  wording: z.string().min(1).max(limits.hypothesis),
  proposers: z.array(proposerSchema).max(limits.participants),
  /** The people and the relationship pattern the hypothesis is about. */
  concerns: z.string().max(limits.hypothesisDetail),
  evidenceFor: z.string().max(limits.hypothesisDetail),
  evidenceAgainst: z.string().max(limits.hypothesisDetail),
  /** Questions to ask the family to test the hypothesis. */
  testQuestions: z.array(z.string().min(1).max(limits.actionText)).max(limits.hypothesisTestQuestions),
  lensTags: z.array(z.enum(lensTags)),
});
export type HypothesisCard = z.infer<typeof hypothesisCardSchema>;
export type HypothesisCardField = keyof HypothesisCard;
export const hypothesisCardFields = Object.keys(hypothesisCardSchema.shape) as HypothesisCardField[];

export const emptyCard = (wording: string): HypothesisCard => ({
  wording,
  proposers: [],
  concerns: '',
  evidenceFor: '',
  evidenceAgainst: '',
  testQuestions: [],
  lensTags: [],
});

/** A hypothesis as screens use it: its current card and status, and where its history stands. */
export type Hypothesis = HypothesisCard & {
  id: string;
  familyId: string;
  /** The meeting it was made in, or null if it was made outside a meeting. */
  meetingId: string | null;
  status: HypothesisStatus;
  createdAt: string;
  updatedAt: string;
  /** When its latest revision was made (a change, or a review that kept it as it was). */
  revisitedAt: string;
  revisionCount: number;
};

/** A revision's encrypted content: the whole card after the change, and the reason given for it. */
export const revisionPayloadSchema = z.object({
  card: hypothesisCardSchema,
  /** Why the status changed (or anything the team wanted to say about the change); '' if none was given. */
  reason: z.string().max(limits.hypothesisReason),
});
export type RevisionPayload = z.infer<typeof revisionPayloadSchema>;

/** One revision of a hypothesis: what the card and status were after it. Never changed once written. */
export type HypothesisRevision = RevisionPayload & {
  id: string;
  hypothesisId: string;
  familyId: string;
  /** 1 for the revision that created the hypothesis, then 2, 3… */
  seq: number;
  /** The meeting it happened in, or null for a change made outside a meeting (dated `at`). */
  meetingId: string | null;
  /** ISO instant of the change. */
  at: string;
  status: HypothesisStatus;
};

/** A change asked for by the user: any card fields, a status, a reason. Nothing changed = "revisited, still holds". */
export type HypothesisChange = {
  card?: Partial<HypothesisCard>;
  status?: HypothesisStatus;
  reason?: string;
};

export const validateHypothesisWording = (raw: string) => validateText(raw, { max: limits.hypothesis, required: true });
export const validateHypothesisDetail = (raw: string) => validateText(raw, { max: limits.hypothesisDetail, required: false });
export const validateHypothesisReason = (raw: string) => validateText(raw, { max: limits.hypothesisReason, required: false });

/** Test questions typed one per line: blank lines dropped, each line checked. */
export function validateTestQuestions(raw: string): Validated<string[]> {
  const lines = raw
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length > limits.hypothesisTestQuestions) return invalid('validation.tooManyLines', { max: limits.hypothesisTestQuestions });
  for (const line of lines) {
    const checked = validateText(line, { max: limits.actionText, required: true });
    if (!checked.ok) return checked;
  }
  return valid(lines);
}
