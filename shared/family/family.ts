// The family and its children as the domain sees them, and the rules for editing them.
// The sensitive parts (label, children, notes) live in the encrypted payload; only the id, the
// pseudonym code, status and dates are stored in the clear (docs/architecture.md: Data).
import { z } from 'zod';
import { limits } from '../limits';
import { invalid, valid, validateText, type Validated } from '../validation';

export const familyStatuses = ['active', 'closed'] as const;
export type FamilyStatus = (typeof familyStatuses)[number];

export const childSchema = z.object({
  id: z.string().min(1).max(64),
  pseudonym: z.string().max(limits.childPseudonym),
  birthYear: z.number().int().nullable(),
});
export type Child = z.infer<typeof childSchema>;

/** The encrypted part of a family record. Do not change without a migration. */
export const familyPayloadSchema = z.object({
  label: z.string().max(limits.familyLabel),
  responsibleMemberId: z.string().nullable(),
  /** The family's social counsellor (a member id); families stored before it existed have none. */
  socialCounsellorId: z.string().nullable().optional(),
  children: z.array(childSchema).max(30),
  notes: z.string().max(limits.familyNotes),
});
export type FamilyPayload = z.infer<typeof familyPayloadSchema>;

export type Family = FamilyPayload & {
  id: string;
  code: string;
  status: FamilyStatus;
  demo: boolean;
  createdAt: string;
  updatedAt: string;
};

export const validateFamilyLabel = (raw: string) => validateText(raw, { max: limits.familyLabel, required: false });
export const validateFamilyNotes = (raw: string) => validateText(raw, { max: limits.familyNotes, required: false });
export const validateChildPseudonym = (raw: string) =>
  validateText(raw, { max: limits.childPseudonym, required: true });

/** A birth year typed as text: empty means unknown; otherwise a year not in the future. */
export function validateBirthYear(raw: string, now: Date): Validated<number | null> {
  const text = raw.trim();
  if (text === '') return valid(null);
  if (!/^\d{4}$/.test(text)) return invalid('validation.birthYearFormat');
  const year = Number(text);
  const currentYear = now.getFullYear();
  if (year > currentYear) return invalid('validation.birthYearFuture', { year: currentYear });
  if (year < currentYear - limits.childMaxAgeYears) {
    return invalid('validation.birthYearTooOld', { year: currentYear - limits.childMaxAgeYears });
  }
  return valid(year);
}
