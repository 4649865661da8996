// Validation results shared by every rule in shared/: an issue is a translation key plus the
// values its message needs, so the UI can say it in the user's language.
export type ValidationIssue = { key: string; values: Record<string, string | number> };
export type Validated<T> = { ok: true; value: T } | { ok: false; issue: ValidationIssue };

export const valid = <T>(value: T): Validated<T> => ({ ok: true, value });
export const invalid = <T>(key: string, values: Record<string, string | number> = {}): Validated<T> => ({
  ok: false,
  issue: { key, values },
});

/** Trims and checks a free-text field against a maximum length (and optionally non-emptiness). */
export function validateText(raw: string, options: { max: number; required: boolean }): Validated<string> {
  const value = raw.trim();
  if (options.required && value.length === 0) return invalid('validation.required');
  if (value.length > options.max) {
    return invalid('validation.tooLong', { max: options.max, length: value.length });
  }
  return valid(value);
}

/** A yyyy-MM-dd text (a date field's value) as a local date, or null if it is not a real calendar day (no rolling over 31 April). */
export function calendarDay(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return date;
}

/** The start of `instant`'s local day. */
export const startOfLocalDay = (instant: Date) => new Date(instant.getFullYear(), instant.getMonth(), instant.getDate());
