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
