// Meeting templates are data (DOMAIN.md, issue 3): a named, ordered list of phases, each with fi/en
// texts, a planned duration, a lead role, prompts per role and the capture tools it shows. This is
// the one schema for built-in templates, user-made ones and template import files; a meeting keeps
// a snapshot of the template it ran with. Do not change the shape without a schemaVersion bump and
// a migration.
import { z } from 'zod';
import { teamRoles, type TeamRole } from '../team/roles';
import type { ValidationIssue, Validated } from '../validation';

/** The meeting types Kehä ships templates for. A user-made template may name its own kind. */
export const builtInKinds = ['weeklyMeeting', 'interimReview'] as const;
export type BuiltInKind = (typeof builtInKinds)[number];
export type MeetingKind = BuiltInKind | (string & {});

/** `once`: happens once a meeting. `perDeepDiveFamily`: repeats for every deep-dive family. */
export const phaseScopes = ['once', 'perDeepDiveFamily'] as const;
export type PhaseScope = (typeof phaseScopes)[number];

/** Who leads a phase or is addressed by a prompt: a team role, or the whole team. */
export const phaseRoles = [...teamRoles, 'team'] as const;
export type PhaseRole = TeamRole | 'team';

/** The capture tools a phase can show. Ids are stable data keys. */
export const meetingTools = ['notes', 'hypotheses', 'riskRound', 'actions', 'familyQuestions', 'quickRoundList', 'timeline', 'threeHouses'] as const;
export type MeetingTool = (typeof meetingTools)[number];

export const templateSchemaVersion = 1;

/** Limits for template texts and sizes (template import files are untrusted input). */
export const templateLimits = {
  id: 64,
  name: 80,
  purpose: 300,
  prompt: 300,
  promptsPerRole: 12,
  phases: 40,
  /** Planned minutes of one phase (or per quick-round family), in whole or half minutes. */
  minMinutes: 0,
  maxMinutes: 240,
} as const;

/**
 * Translation keys of the issues `parseTemplate` reports, with the values each one carries.
 * Every issue also carries `path` (e.g. "phases.3.name.fi"); issues inside a phase add `phase`
 * (its 1-based position).
 */
export const templateIssueKeys = {
  /** Not a template at all, or a field of the wrong type. */
  malformed: 'validation.templateMalformed',
  /** A field the schema does not know (a typo, or a file from a newer Kehä). Values: field. */
  unknownField: 'validation.templateUnknownField',
  /** schemaVersion is not one this Kehä reads. Values: supported. */
  version: 'validation.templateVersion',
  /** An id or kind that is empty, too long or has characters other than letters, digits, . _ - */
  id: 'validation.templateId',
  /** A fi or en text is empty. Values: language. */
  textMissing: 'validation.templateTextMissing',
  /** A text is longer than allowed. Values: max. */
  textTooLong: 'validation.templateTextTooLong',
  noPhases: 'validation.templateNoPhases',
  /** Values: max. */
  tooManyPhases: 'validation.templateTooManyPhases',
  /** Two phases share an id. Values: phaseId. */
  duplicatePhaseId: 'validation.templateDuplicatePhaseId',
  /** Values: value. */
  unknownScope: 'validation.templateUnknownScope',
  /** Planned minutes outside min–max or not in whole/half minutes. Values: min, max. */
  duration: 'validation.templateDuration',
  /** A phase needs exactly one of plannedMinutes and plannedMinutesPerFamily. */
  plannedTime: 'validation.templatePlannedTime',
  /** Minutes per family only fit a once-a-meeting phase showing the quick-round list. */
  perFamilyOnlyInQuickRound: 'validation.templatePerFamilyOnlyInQuickRound',
  /** A lead role or prompt audience that is not a team role or "team". Values: value. */
  unknownRole: 'validation.templateUnknownRole',
  /** Values: max. */
  tooManyPrompts: 'validation.templateTooManyPrompts',
  /** Values: value. */
  unknownTool: 'validation.templateUnknownTool',
  /** Values: value. */
  duplicateTool: 'validation.templateDuplicateTool',
} as const;
export type TemplateIssueKey = (typeof templateIssueKeys)[keyof typeof templateIssueKeys];

const keys = templateIssueKeys;
const idPattern = /^[A-Za-z][A-Za-z0-9._-]*$/;
/** Phase ids take no "." or ":" so step keys built from them stay unambiguous. */
const phaseIdPattern = /^[A-Za-z][A-Za-z0-9_-]*$/;

function text(max: number) {
  return z
    .string()
    .trim()
    .min(1, { error: keys.textMissing })
    .max(max, { error: keys.textTooLong });
}

/** A text in every UI language. Both are required: the team may switch language mid-meeting. */
function localizedText(max: number) {
  return z.strictObject({ fi: text(max), en: text(max) });
}

function identifier(pattern: RegExp) {
  return z
    .string()
    .min(1, { error: keys.id })
    .max(templateLimits.id, { error: keys.id })
    .regex(pattern, { error: keys.id });
}

const minutes = z
  .number()
  .min(templateLimits.minMinutes, { error: keys.duration })
  .max(templateLimits.maxMinutes, { error: keys.duration })
  .multipleOf(0.5, { error: keys.duration });

export const localizedTextSchema = localizedText(templateLimits.prompt);
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const templatePhaseSchema = z
  .strictObject({
    /** Stable within the template: notes and phase times refer to it. */
    id: identifier(phaseIdPattern),
    name: localizedText(templateLimits.name),
    /** One line on what the phase is for, shown under its name. */
    purpose: localizedText(templateLimits.purpose).optional(),
    scope: z.enum(phaseScopes, { error: keys.unknownScope }),
    plannedMinutes: minutes.optional(),
    /** Only for the quick round: minutes per family on the quick-round list. */
    plannedMinutesPerFamily: minutes.optional(),
    leadRole: z.enum(phaseRoles, { error: keys.unknownRole }),
    prompts: z.partialRecord(
      z.enum(phaseRoles, { error: keys.unknownRole }),
      z.array(localizedText(templateLimits.prompt)).max(templateLimits.promptsPerRole, { error: keys.tooManyPrompts }),
    ),
    tools: z.array(z.enum(meetingTools, { error: keys.unknownTool })),
  })
  .superRefine((phase, context) => {
    const hasFixed = phase.plannedMinutes !== undefined;
    const hasPerFamily = phase.plannedMinutesPerFamily !== undefined;
    if (hasFixed === hasPerFamily) context.addIssue({ code: 'custom', message: keys.plannedTime, path: ['plannedMinutes'] });
    if (hasPerFamily && (phase.scope !== 'once' || !phase.tools.includes('quickRoundList'))) {
      context.addIssue({ code: 'custom', message: keys.perFamilyOnlyInQuickRound, path: ['plannedMinutesPerFamily'] });
    }
    phase.tools.forEach((tool, index) => {
      if (phase.tools.indexOf(tool) !== index) {
        context.addIssue({ code: 'custom', message: keys.duplicateTool, path: ['tools', index] });
      }
    });
  });
export type TemplatePhase = z.infer<typeof templatePhaseSchema>;

export const meetingTemplateSchema = z
  .strictObject({
    schemaVersion: z.literal(templateSchemaVersion, { error: keys.version }),
    id: identifier(idPattern),
    /** 'weeklyMeeting', 'interimReview', or a user-made template's own kind. */
    kind: identifier(idPattern),
    name: localizedText(templateLimits.name),
    phases: z
      .array(templatePhaseSchema)
      .min(1, { error: keys.noPhases })
      .max(templateLimits.phases, { error: keys.tooManyPhases }),
  })
  .superRefine((template, context) => {
    const seen = new Set<string>();
    template.phases.forEach((phase, index) => {
      if (seen.has(phase.id)) {
        context.addIssue({ code: 'custom', message: keys.duplicatePhaseId, path: ['phases', index, 'id'] });
      }
      seen.add(phase.id);
    });
  });
export type MeetingTemplate = Omit<z.infer<typeof meetingTemplateSchema>, 'kind'> & { kind: MeetingKind };

/**
 * Validates an unknown value (an import file, a stored snapshot) as a meeting template. Texts come
 * back trimmed. On failure, the first issue as a translation key with the values its message needs.
 */
export function parseTemplate(input: unknown): Validated<MeetingTemplate> {
  const result = meetingTemplateSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const first = result.error.issues[0];
  return { ok: false, issue: first ? toIssue(first, input) : { key: keys.malformed, values: { path: '' } } };
}

export function isBuiltInKind(kind: string): kind is BuiltInKind {
  return (builtInKinds as readonly string[]).includes(kind);
}

/** The minutes a phase plans for, given how many families the quick round lists. */
export function plannedMinutesOf(phase: TemplatePhase, quickRoundFamilyCount: number): number {
  if (phase.plannedMinutesPerFamily !== undefined) return phase.plannedMinutesPerFamily * quickRoundFamilyCount;
  return phase.plannedMinutes ?? 0;
}

const knownKeys = new Set<string>(Object.values(templateIssueKeys));

/** Turns a zod issue into a translation key plus the values its message needs. */
function toIssue(issue: z.core.$ZodIssue, input: unknown): ValidationIssue {
  const path = issue.path.map(String);
  const values: Record<string, string | number> = { path: path.join('.') };
  if (path[0] === 'phases' && path.length > 1) values.phase = Number(path[1]) + 1;

  if (issue.code === 'unrecognized_keys') {
    const field = issue.keys[0] ?? '';
    // An unknown key in `prompts` is an unknown role, not an unknown field.
    if (path.at(-1) === 'prompts') return { key: keys.unknownRole, values: { ...values, value: field } };
    return { key: keys.unknownField, values: { ...values, field } };
  }
  const key = knownKeys.has(issue.message) ? (issue.message as TemplateIssueKey) : keys.malformed;
  switch (key) {
    case keys.version:
      values.supported = templateSchemaVersion;
      break;
    case keys.textMissing:
      values.language = path.at(-1) ?? '';
      break;
    case keys.textTooLong:
      values.max = issue.code === 'too_big' ? Number(issue.maximum) : 0;
      break;
    case keys.tooManyPhases:
      values.max = templateLimits.phases;
      break;
    case keys.tooManyPrompts:
      values.max = templateLimits.promptsPerRole;
      break;
    case keys.duration:
      values.min = templateLimits.minMinutes;
      values.max = templateLimits.maxMinutes;
      break;
    case keys.duplicatePhaseId:
      values.phaseId = String(valueAt(input, issue.path));
      break;
    case keys.unknownScope:
    case keys.unknownRole:
    case keys.unknownTool:
    case keys.duplicateTool:
      values.value = String(valueAt(input, issue.path)).slice(0, templateLimits.id);
      break;
  }
  return { key, values };
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[step];
  }
  return value;
}
