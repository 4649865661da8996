// Meeting templates are data (docs/domain.md: The meeting): a named, ordered list of phases, each with
// fi/en texts, a planned duration, a lead role, prompts per role and the capture tools it shows, and
// the template's own roles (renamed or added per template: the chair may be a physician). This is
// the one schema for built-in templates, user-made ones and template import files; a meeting keeps
// a snapshot of the template it ran with. Do not change the shape without a schemaVersion bump and
// an upgrade in `upgradeTemplate` (stored snapshots and old files are read through it).
import { z } from 'zod';
import { standardRoleNames, teamRoles, type TeamRole } from '../team/roles';
import type { Language } from '../i18n/messages';
import type { ValidationIssue, Validated } from '../validation';
import { meetingTools } from './tools/ids';

/** The meeting types Kehä ships templates for. A user-made template may name its own kind. */
export const builtInKinds = ['weeklyMeeting', 'interimReview'] as const;
export type BuiltInKind = (typeof builtInKinds)[number];
export type MeetingKind = BuiltInKind | (string & {});

/** `once`: happens once a meeting. `perDeepDiveFamily`: repeats for every deep-dive family. */
export const phaseScopes = ['once', 'perDeepDiveFamily'] as const;
export type PhaseScope = (typeof phaseScopes)[number];

/** The id that addresses the whole team in lead roles and prompts; no template role may take it. */
export const wholeTeam = 'team';

/**
 * Who leads a phase or is addressed by a prompt: one of the template's role ids (see
 * `template.roles`), or `wholeTeam`. The standard team roles keep their ids (TeamRole).
 */
export type PhaseRole = string;

/** The standard team roles plus the whole team (the roles a template starts with). */
export const phaseRoles = [...teamRoles, wholeTeam] as const;

/** The capture tools a phase can show: their ids (stable data keys). Each tool's entry is in tools/registry.ts (docs/architecture.md: Capture tools (the registry)). */
export { meetingTools, type MeetingTool } from './tools/ids';

/** 2 added the template's own roles; a version 1 template is read with the standard roles. */
export const templateSchemaVersion = 2;

/** Limits for template texts and sizes (template import files are untrusted input). */
export const templateLimits = {
  id: 64,
  name: 80,
  purpose: 300,
  prompt: 300,
  promptsPerRole: 12,
  phases: 40,
  roles: 20,
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
  /** A required field is absent. Values: field. */
  missingField: 'validation.templateMissingField',
  /** A field the schema does not know (a typo, or a file from a newer Kehä). Values: field. */
  unknownField: 'validation.templateUnknownField',
  /** schemaVersion is not one this Kehä reads. Values: supported. */
  version: 'validation.templateVersion',
  /** An id or kind that is empty, too long or has characters other than letters, digits, . _ - */
  id: 'validation.templateId',
  /** A text is empty in both fi and en (one language is enough). */
  textMissing: 'validation.templateTextMissingBoth',
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
  /** A lead role or prompt audience that is not one of the template's roles or "team". Values: value. */
  unknownRole: 'validation.templateUnknownRole',
  noRoles: 'validation.templateNoRoles',
  /** Values: max. */
  tooManyRoles: 'validation.templateTooManyRoles',
  /** Two roles share an id, or a role takes the id reserved for the whole team. Values: roleId. */
  duplicateRoleId: 'validation.templateDuplicateRoleId',
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
  return z.string().trim().max(max, { error: keys.textTooLong }).default('');
}

/**
 * A text in the UI languages. One is enough (a team working in Finnish only writes Finnish): the
 * other language shows it (`localized`). Empty in both is a missing text, reported at the text itself.
 */
function localizedText(max: number) {
  return z.strictObject({ fi: text(max), en: text(max) }).superRefine((value, context) => {
    if (value.fi === '' && value.en === '') context.addIssue({ code: 'custom', message: keys.textMissing });
  });
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

/**
 * A template text in `language`, or in the other language when it has none there: the one reader
 * of template texts for every screen and the record.
 */
export function localized(text: Readonly<LocalizedText>, language: Language): string {
  const own = text[language]?.trim() ?? '';
  if (own !== '') return text[language];
  return text[language === 'fi' ? 'en' : 'fi'] ?? '';
}

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
    /** One of the template's role ids or "team" (checked against `roles` by the template). */
    leadRole: z.string({ error: keys.unknownRole }).max(templateLimits.id, { error: keys.unknownRole }),
    prompts: z.record(
      z.string().max(templateLimits.id, { error: keys.unknownRole }),
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

/**
 * Whose a role is. `meeting`: assigned per meeting, one holder for the whole meeting (chair, family
 * therapist, recorder). `family`: belongs to each family (its responsible worker, its social
 * counsellor), so every family has its own holder, taken from the family, and a meeting never
 * assigns it.
 */
export const roleScopes = ['meeting', 'family'] as const;
export type RoleScope = (typeof roleScopes)[number];

/** The standard roles that belong to the family: a template role with one of these ids is a family role unless it says otherwise. */
export const familyRoleIds: readonly string[] = ['responsibleSocialWorker', 'socialCounsellor'] satisfies readonly TeamRole[];

/** A role of the template: a standard team role (its id a TeamRole) renamed or not, or one the team added. */
export const templateRoleSchema = z.strictObject({
  id: identifier(phaseIdPattern),
  name: localizedText(templateLimits.name),
  /**
   * Optional so templates and meeting snapshots stored before roles had a scope still read:
   * absent, the scope follows from the id (see `roleScope`).
   */
  scope: z.enum(roleScopes, { error: keys.malformed }).optional(),
});
export type TemplateRole = z.infer<typeof templateRoleSchema>;

/** Whether a template role is held per meeting or by each family: its own scope, else the standard one for its id. */
export function roleScope(role: Pick<TemplateRole, 'id' | 'scope'>): RoleScope {
  return role.scope ?? (familyRoleIds.includes(role.id) ? 'family' : 'meeting');
}

/** The template's roles a meeting assigns (one holder for the whole meeting), in the template's order. */
export function meetingScopedRoles(template: Pick<MeetingTemplate, 'roles'>): TemplateRole[] {
  return template.roles.filter((role) => roleScope(role) === 'meeting');
}

/** The template's roles each family has its own holder for, in the template's order. */
export function familyScopedRoles(template: Pick<MeetingTemplate, 'roles'>): TemplateRole[] {
  return template.roles.filter((role) => roleScope(role) === 'family');
}

export const meetingTemplateSchema = z
  .strictObject({
    schemaVersion: z.literal(templateSchemaVersion, { error: keys.version }),
    id: identifier(idPattern),
    /** 'weeklyMeeting', 'interimReview', or a user-made template's own kind. */
    kind: identifier(idPattern),
    name: localizedText(templateLimits.name),
    /** The roles this template's meetings assign, in the order screens list them. */
    roles: z.array(templateRoleSchema).min(1, { error: keys.noRoles }).max(templateLimits.roles, { error: keys.tooManyRoles }),
    phases: z
      .array(templatePhaseSchema)
      .min(1, { error: keys.noPhases })
      .max(templateLimits.phases, { error: keys.tooManyPhases }),
  })
  .superRefine((template, context) => {
    const roleIds = new Set<string>();
    template.roles.forEach((role, index) => {
      if (roleIds.has(role.id) || role.id === wholeTeam) {
        context.addIssue({ code: 'custom', message: keys.duplicateRoleId, path: ['roles', index, 'id'] });
      }
      roleIds.add(role.id);
    });
    const known = (role: string) => role === wholeTeam || roleIds.has(role);
    const seen = new Set<string>();
    template.phases.forEach((phase, index) => {
      if (seen.has(phase.id)) {
        context.addIssue({ code: 'custom', message: keys.duplicatePhaseId, path: ['phases', index, 'id'] });
      }
      seen.add(phase.id);
      if (!known(phase.leadRole)) context.addIssue({ code: 'custom', message: keys.unknownRole, path: ['phases', index, 'leadRole'] });
      for (const role of Object.keys(phase.prompts)) {
        if (!known(role)) context.addIssue({ code: 'custom', message: keys.unknownRole, path: ['phases', index, 'prompts', role] });
      }
    });
  });
export type MeetingTemplate = Omit<z.infer<typeof meetingTemplateSchema>, 'kind'> & { kind: MeetingKind };

/** What `validateTemplate` answers: the template, or every problem found (each with its place). */
export type TemplateValidation = { ok: true; value: MeetingTemplate } | { ok: false; issues: ValidationIssue[] };

/**
 * Validates an unknown value (an import file, a stored snapshot) as a meeting template, after
 * upgrading an older version. Texts come back trimmed. On failure, every issue zod finds, each as a
 * translation key with the values its message needs (`path`, and `phase` inside a phase). Checks
 * across fields (duplicate ids, roles a phase names) run once the shape itself is sound.
 */
export function validateTemplate(input: unknown): TemplateValidation {
  const upgraded = upgradeTemplate(input);
  const result = meetingTemplateSchema.safeParse(upgraded);
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues.map((issue) => toIssue(issue, upgraded));
  return { ok: false, issues: issues.length > 0 ? issues : [{ key: keys.malformed, values: { path: '' } }] };
}

/** `validateTemplate` with the first issue only, for callers that show one message. */
export function parseTemplate(input: unknown): Validated<MeetingTemplate> {
  const result = validateTemplate(input);
  return result.ok ? result : { ok: false, issue: result.issues[0]! };
}

/** The standard team roles with their standard names: the roles a template starts with. */
export function standardTemplateRoles(): TemplateRole[] {
  return teamRoles.map((id) => ({ id, name: { ...standardRoleNames[id] } }));
}

/**
 * Brings an older template to the current version, leaving anything else as it is for the schema
 * to judge: version 1 had no roles of its own and used the standard team roles.
 */
export function upgradeTemplate(input: unknown): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  const template = input as Record<string, unknown>;
  if (template.schemaVersion === 1 && !('roles' in template)) {
    return withOneFamilyRoleScopes({ ...template, schemaVersion: templateSchemaVersion, roles: standardTemplateRoles() });
  }
  return withOneFamilyRoleScopes(template);
}

/**
 * A meeting about one family (an interim review: its kind, or a phase on the care period's goals)
 * assigns every role for the meeting: its "responsible" roles are the ward's (the primary nurse), not
 * the family's child-protection workers. Those roles, written before roles had a scope, get 'meeting'
 * there; a scope the team chose is kept.
 */
function withOneFamilyRoleScopes(template: Record<string, unknown>): Record<string, unknown> {
  const phases = Array.isArray(template.phases) ? (template.phases as unknown[]) : [];
  const usesGoals = phases.some(
    (phase) => phase !== null && typeof phase === 'object' && Array.isArray((phase as { tools?: unknown }).tools) && (phase as { tools: unknown[] }).tools.includes('carePeriodGoals'),
  );
  if ((template.kind !== 'interimReview' && !usesGoals) || !Array.isArray(template.roles)) return template;
  const roles = (template.roles as unknown[]).map((role) =>
    role !== null && typeof role === 'object' && !('scope' in role) && familyRoleIds.includes(String((role as { id?: unknown }).id))
      ? { ...role, scope: 'meeting' }
      : role,
  );
  return { ...template, roles };
}

/** Everyone a phase can be led by or address prompts to: the template's roles in order, then the whole team. */
export function templateAudiences(template: Pick<MeetingTemplate, 'roles'>): string[] {
  return [...template.roles.map((role) => role.id), wholeTeam];
}

/** The template's role with this id, if it has one. */
export function templateRole(template: Pick<MeetingTemplate, 'roles'>, id: string): TemplateRole | undefined {
  return template.roles.find((role) => role.id === id);
}

export function isBuiltInKind(kind: string): kind is BuiltInKind {
  return (builtInKinds as readonly string[]).includes(kind);
}

/**
 * The minutes a phase plans for, given how many families the quick round lists. `own`: the plan's
 * own minutes for the phase (per family for a phase planned per family), used instead of the
 * template's when given (docs/domain.md: The time slot).
 */
export function plannedMinutesOf(phase: TemplatePhase, quickRoundFamilyCount: number, own?: number): number {
  if (phase.plannedMinutesPerFamily !== undefined) return (own ?? phase.plannedMinutesPerFamily) * quickRoundFamilyCount;
  return own ?? phase.plannedMinutes ?? 0;
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
  if (issue.code === 'invalid_type' && path.length > 0 && valueAt(input, issue.path) === undefined) {
    return { key: keys.missingField, values: { ...values, field: path.at(-1)! } };
  }
  const key = knownKeys.has(issue.message) ? (issue.message as TemplateIssueKey) : keys.malformed;
  switch (key) {
    case keys.version:
      values.supported = templateSchemaVersion;
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
    case keys.tooManyRoles:
      values.max = templateLimits.roles;
      break;
    case keys.duplicateRoleId:
      values.roleId = String(valueAt(input, issue.path));
      break;
    case keys.duration:
      values.min = templateLimits.minMinutes;
      values.max = templateLimits.maxMinutes;
      break;
    case keys.duplicatePhaseId:
      values.phaseId = String(valueAt(input, issue.path));
      break;
    case keys.unknownRole:
      // A prompt audience's place ends in the role itself.
      values.value = String(path.at(-2) === 'prompts' ? path.at(-1) : valueAt(input, issue.path)).slice(0, templateLimits.id);
      break;
    case keys.unknownScope:
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
