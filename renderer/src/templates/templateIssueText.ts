// Template problems in words: where in a template (or an import file) a problem is, said the way a
// user reads the template ("phase 3 (Presentation), name in Finnish" rather than
// "phases.2.name.fi"), put into the validation message of shared/i18n; and the shorter message a
// field of the editor shows for a problem with its own value.
import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/i18n/messages';
import { templateIssueKeys, templateLimits, wholeTeam } from '../../../shared/meeting/template';
import type { ValidationIssue } from '../../../shared/validation';

/** The message of one problem, its place in words. `input` is the template or file content, if read, for names. */
export function templateIssueText(issue: ValidationIssue, input: unknown, t: TFunction, language: Language): string {
  const values: Record<string, string | number> = { ...issue.values };
  if ('path' in values) values.path = placeText(String(values.path), input, t, language);
  if (values.language === 'fi' || values.language === 'en') values.language = languageName(values.language, t);
  if (typeof values.field === 'string' && values.field in fieldKeys) values.field = t(`templates.place.field.${values.field}`);
  return t(issue.key, values);
}

/**
 * What a field of the editor says about a problem with its own value: the plain "cannot be empty"
 * or "too long" of every text field, the minutes' range, or else the template message itself.
 */
export function fieldIssue(issue: ValidationIssue, draft: string, input: unknown, t: TFunction, language: Language): ValidationIssue {
  switch (issue.key) {
    case templateIssueKeys.textMissing:
      return { key: 'templates.editor.textInEitherLanguage', values: {} };
    case templateIssueKeys.textTooLong:
      return { key: 'validation.tooLong', values: { max: issue.values.max ?? 0, length: draft.trim().length } };
    case templateIssueKeys.duration:
      return { key: 'templates.editor.minutesRange', values: { min: templateLimits.minMinutes, max: templateLimits.maxMinutes } };
    default:
      return { key: 'templates.issue', values: { text: templateIssueText(issue, input, t, language) } };
  }
}

/** A place in a template ("phases.2.prompts.team.0.fi") in words, in the UI language. */
export function placeText(path: string, input: unknown, t: TFunction, language: Language): string {
  if (path === '') return t('templates.place.file');
  const [head, ...rest] = path.split('.');
  const template = asRecord(input);
  switch (head) {
    case 'schemaVersion':
    case 'id':
    case 'kind':
      return t(`templates.place.${head}`);
    case 'name':
      return inLanguage(t('templates.place.name'), rest[0], t);
    case 'roles': {
      if (rest.length === 0) return t('templates.place.roles');
      const index = Number(rest[0]);
      const role = asRecord(asArray(template?.roles)?.[index]);
      const name = textIn(role?.name, language);
      const place = name ? t('templates.place.roleNamed', { number: index + 1, name }) : t('templates.place.role', { number: index + 1 });
      return [place, ...fieldPlace(rest.slice(1), input, t, language)].join(', ');
    }
    case 'phases': {
      if (rest.length === 0) return t('templates.place.phases');
      const index = Number(rest[0]);
      const phase = asRecord(asArray(template?.phases)?.[index]);
      const name = textIn(phase?.name, language);
      const place = name ? t('templates.place.phaseNamed', { number: index + 1, name }) : t('templates.place.phase', { number: index + 1 });
      return [place, ...fieldPlace(rest.slice(1), input, t, language)].join(', ');
    }
    default:
      return path;
  }
}

const fieldKeys = {
  id: true,
  name: true,
  purpose: true,
  scope: true,
  plannedMinutes: true,
  plannedMinutesPerFamily: true,
  leadRole: true,
  prompts: true,
  tools: true,
} as const;

/** The part of a place inside a role or a phase, in words (empty for the role or phase itself). */
function fieldPlace(parts: readonly string[], input: unknown, t: TFunction, language: Language): string[] {
  const [field, ...rest] = parts;
  if (field === undefined) return [];
  if (field === 'prompts' && rest.length > 0) {
    const role = roleText(rest[0]!, input, t, language);
    if (rest.length === 1) return [t('templates.place.promptsFor', { role })];
    return [inLanguage(t('templates.place.prompt', { number: Number(rest[1]) + 1, role }), rest[2], t)];
  }
  if (field === 'tools' && rest.length > 0) return [t('templates.place.tool', { number: Number(rest[0]) + 1 })];
  if (!(field in fieldKeys)) return [parts.join('.')];
  return [inLanguage(t(`templates.place.field.${field}`), rest[0], t)];
}

function inLanguage(field: string, language: string | undefined, t: TFunction): string {
  if (language === 'fi') return t('templates.place.inFi', { field });
  if (language === 'en') return t('templates.place.inEn', { field });
  return field;
}

function languageName(language: 'fi' | 'en', t: TFunction): string {
  return language === 'fi' ? t('templates.place.languageFi') : t('templates.place.languageEn');
}

/** A role id as the template names it, "the whole team", or the id itself in quotes. */
function roleText(roleId: string, input: unknown, t: TFunction, language: Language): string {
  if (roleId === wholeTeam) return t('run.wholeTeam');
  const role = asArray(asRecord(input)?.roles)
    ?.map(asRecord)
    .find((candidate) => candidate?.id === roleId);
  return textIn(role?.name, language) ?? `“${roleId.slice(0, templateLimits.id)}”`;
}

/** A name in a file's content, in `language` or else in the other one (as screens show template texts). */
function textIn(value: unknown, language: Language): string | undefined {
  const record = asRecord(value);
  for (const candidate of [record?.[language], record?.[language === 'fi' ? 'en' : 'fi']]) {
    if (typeof candidate === 'string' && candidate.trim() !== '') return candidate.trim().slice(0, templateLimits.name);
  }
  return undefined;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function asArray(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}
