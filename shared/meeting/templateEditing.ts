// The edits the template editor makes, as pure functions of a template: rename, retype,
// add, remove and reorder roles and phases, change a phase's timing, lead, prompts and tools. Each
// returns a new template and leaves judging it to `validateTemplate` (the one schema), except where
// an edit would otherwise leave a template that no meeting could run: removing a role still in use,
// or the last role or phase, is refused here with the reason, and a timing that no longer fits
// (minutes per family outside the quick round) is turned into plain minutes.
import type { Language } from '../i18n/messages';
import type { ValidationIssue } from '../validation';
import { moveItem } from './plan';
import {
  templateIssueKeys,
  templateLimits,
  validateTemplate,
  wholeTeam,
  type LocalizedText,
  type MeetingTemplate,
  type MeetingTool,
  type PhaseScope,
  type RoleScope,
  type TemplatePhase,
  type TemplateRole,
} from './template';

/**
 * Fresh ids, each from a random part (letters and digits; the renderer passes 12 hex digits of a
 * random UUID): a team's own template `team.…`, a phase `phase_…` (phase ids take no dots: step
 * keys are built from them) and a role `role_…`.
 */
export function newTemplateId(random: string): string {
  return `team.${random}`;
}

export function newPhaseId(random: string): string {
  return `phase_${random}`;
}

export function newRoleId(random: string): string {
  return `role_${random}`;
}

/** Clips a name to the template's limit (a "Copy of …" of a long name must stay valid). */
export function clipName(text: string): string {
  return text.length > templateLimits.name ? `${text.slice(0, templateLimits.name - 1).trimEnd()}…` : text;
}

// ---------------------------------------------------------------------------------------------
// The template as a whole

export function setTemplateName(template: MeetingTemplate, language: Language, text: string): MeetingTemplate {
  return { ...template, name: { ...template.name, [language]: text } };
}

export function setKind(template: MeetingTemplate, kind: string): MeetingTemplate {
  return { ...template, kind };
}

// ---------------------------------------------------------------------------------------------
// Roles

export function setRoleName(template: MeetingTemplate, roleId: string, language: Language, text: string): MeetingTemplate {
  return {
    ...template,
    roles: template.roles.map((role) => (role.id === roleId ? { ...role, name: { ...role.name, [language]: text } } : role)),
  };
}

/** Says whether a role is held per meeting or by each family (see `roleScope`). */
export function setRoleScope(template: MeetingTemplate, roleId: string, scope: RoleScope): MeetingTemplate {
  return { ...template, roles: template.roles.map((role) => (role.id === roleId ? { ...role, scope } : role)) };
}

export function addRole(template: MeetingTemplate, role: TemplateRole, index: number = template.roles.length): MeetingTemplate {
  const roles = [...template.roles];
  roles.splice(Math.max(0, Math.min(index, roles.length)), 0, role);
  return { ...template, roles };
}

/** Where a role is used: the phases it leads and the phases with prompts for it (0-based indexes). */
export type RoleUses = { leads: number[]; prompts: number[] };

export function roleUses(template: Pick<MeetingTemplate, 'phases'>, roleId: string): RoleUses {
  const leads: number[] = [];
  const prompts: number[] = [];
  template.phases.forEach((phase, index) => {
    if (phase.leadRole === roleId) leads.push(index);
    if ((phase.prompts[roleId]?.length ?? 0) > 0) prompts.push(index);
  });
  return { leads, prompts };
}

export function isRoleUsed(template: Pick<MeetingTemplate, 'phases'>, roleId: string): boolean {
  const uses = roleUses(template, roleId);
  return uses.leads.length > 0 || uses.prompts.length > 0;
}

export type EditResult = { ok: true; template: MeetingTemplate } | { ok: false; reason: 'inUse' | 'last' | 'missing' };

/** Removes a role no phase leads or has prompts for (an empty prompt list of it goes too). */
export function removeRole(template: MeetingTemplate, roleId: string): EditResult {
  if (!template.roles.some((role) => role.id === roleId)) return { ok: false, reason: 'missing' };
  if (template.roles.length <= 1) return { ok: false, reason: 'last' };
  if (isRoleUsed(template, roleId)) return { ok: false, reason: 'inUse' };
  return {
    ok: true,
    template: {
      ...template,
      roles: template.roles.filter((role) => role.id !== roleId),
      phases: template.phases.map((phase) => (roleId in phase.prompts ? { ...phase, prompts: withoutKey(phase.prompts, roleId) } : phase)),
    },
  };
}

/** "Uusi rooli" / "New role", numbered after the first so two new roles are told apart. */
export function newRoleName(template: Pick<MeetingTemplate, 'roles'>, base: LocalizedText): LocalizedText {
  return numberedName(base, template.roles.map((role) => role.name));
}

// ---------------------------------------------------------------------------------------------
// Phases

/** A new once-a-meeting phase of five minutes with notes, led by the whole team. */
export function newPhase(id: string, name: LocalizedText): TemplatePhase {
  return { id, name, scope: 'once', plannedMinutes: 5, leadRole: wholeTeam, prompts: {}, tools: ['notes'] };
}

export function newPhaseName(template: Pick<MeetingTemplate, 'phases'>, base: LocalizedText): LocalizedText {
  return numberedName(base, template.phases.map((phase) => phase.name));
}

export function addPhase(template: MeetingTemplate, phase: TemplatePhase, index: number = template.phases.length): MeetingTemplate {
  const phases = [...template.phases];
  phases.splice(Math.max(0, Math.min(index, phases.length)), 0, phase);
  return { ...template, phases };
}

export function removePhase(template: MeetingTemplate, phaseId: string): EditResult {
  if (!template.phases.some((phase) => phase.id === phaseId)) return { ok: false, reason: 'missing' };
  if (template.phases.length <= 1) return { ok: false, reason: 'last' };
  return { ok: true, template: { ...template, phases: template.phases.filter((phase) => phase.id !== phaseId) } };
}

/** Moves a phase to position `to` (0-based, clamped). */
export function movePhase(template: MeetingTemplate, phaseId: string, to: number): MeetingTemplate {
  const from = template.phases.findIndex((phase) => phase.id === phaseId);
  if (from < 0) return template;
  return { ...template, phases: moveItem(template.phases, from, to) };
}

/** Changes one phase; a phase no longer there leaves the template as it is. */
export function updatePhase(template: MeetingTemplate, phaseId: string, change: (phase: TemplatePhase) => TemplatePhase): MeetingTemplate {
  return { ...template, phases: template.phases.map((phase) => (phase.id === phaseId ? change(phase) : phase)) };
}

/** Minutes per family fit only a once-a-meeting phase that shows the quick-round list. */
export function perFamilyTimingAllowed(phase: Pick<TemplatePhase, 'scope' | 'tools'>): boolean {
  return phase.scope === 'once' && phase.tools.includes('quickRoundList');
}

export type PhaseTiming = 'fixed' | 'perFamily';

export function phaseTiming(phase: TemplatePhase): PhaseTiming {
  return phase.plannedMinutesPerFamily !== undefined ? 'perFamily' : 'fixed';
}

/** Switches between minutes for the phase and minutes per quick-round family, keeping the number. */
export function setPhaseTiming(phase: TemplatePhase, timing: PhaseTiming): TemplatePhase {
  const minutes = phase.plannedMinutes ?? phase.plannedMinutesPerFamily ?? 0;
  const { plannedMinutes: _fixed, plannedMinutesPerFamily: _perFamily, ...rest } = phase;
  return timing === 'perFamily' && perFamilyTimingAllowed(phase) ? { ...rest, plannedMinutesPerFamily: minutes } : { ...rest, plannedMinutes: minutes };
}

/** Sets the planned minutes in whichever way the phase plans its time. */
export function setPhaseMinutes(phase: TemplatePhase, minutes: number): TemplatePhase {
  return phaseTiming(phase) === 'perFamily' ? { ...phase, plannedMinutesPerFamily: minutes } : { ...phase, plannedMinutes: minutes };
}

export function setPhaseScope(phase: TemplatePhase, scope: PhaseScope): TemplatePhase {
  return fitTiming({ ...phase, scope });
}

export function setPhaseTool(phase: TemplatePhase, tool: MeetingTool, shown: boolean, order: readonly MeetingTool[]): TemplatePhase {
  const tools = shown ? order.filter((candidate) => candidate === tool || phase.tools.includes(candidate)) : phase.tools.filter((candidate) => candidate !== tool);
  // Tools the given order does not list (none today) keep their place at the end.
  const rest = shown ? phase.tools.filter((candidate) => !order.includes(candidate)) : [];
  return fitTiming({ ...phase, tools: [...tools, ...rest] });
}

export function setPhaseText(phase: TemplatePhase, field: 'name' | 'purpose', language: Language, text: string): TemplatePhase {
  if (field === 'name') return { ...phase, name: { ...phase.name, [language]: text } };
  const purpose = { fi: phase.purpose?.fi ?? '', en: phase.purpose?.en ?? '', [language]: text };
  // Both languages empty: the phase has no purpose line (it is optional); one language is enough.
  if (purpose.fi.trim() === '' && purpose.en.trim() === '') {
    const { purpose: _purpose, ...rest } = phase;
    return rest;
  }
  return { ...phase, purpose };
}

/** Time per family that no longer fits becomes the same number of minutes for the whole phase. */
function fitTiming(phase: TemplatePhase): TemplatePhase {
  return phaseTiming(phase) === 'perFamily' && !perFamilyTimingAllowed(phase) ? setPhaseTiming(phase, 'fixed') : phase;
}

// ---------------------------------------------------------------------------------------------
// Prompts

export function addPrompt(phase: TemplatePhase, roleId: string, prompt: LocalizedText): TemplatePhase {
  return { ...phase, prompts: { ...phase.prompts, [roleId]: [...(phase.prompts[roleId] ?? []), prompt] } };
}

export function setPrompt(phase: TemplatePhase, roleId: string, index: number, language: Language, text: string): TemplatePhase {
  const prompts = phase.prompts[roleId];
  if (!prompts?.[index]) return phase;
  const next = prompts.map((prompt, at) => (at === index ? { ...prompt, [language]: text } : prompt));
  return { ...phase, prompts: { ...phase.prompts, [roleId]: next } };
}

/** Removes one prompt; a role left with none loses its (empty) list. */
export function removePrompt(phase: TemplatePhase, roleId: string, index: number): TemplatePhase {
  const prompts = (phase.prompts[roleId] ?? []).filter((_, at) => at !== index);
  return { ...phase, prompts: prompts.length > 0 ? { ...phase.prompts, [roleId]: prompts } : withoutKey(phase.prompts, roleId) };
}

/** Puts a removed prompt back where it was (undo). */
export function insertPrompt(phase: TemplatePhase, roleId: string, index: number, prompt: LocalizedText): TemplatePhase {
  const prompts = [...(phase.prompts[roleId] ?? [])];
  prompts.splice(Math.max(0, Math.min(index, prompts.length)), 0, prompt);
  return { ...phase, prompts: { ...phase.prompts, [roleId]: prompts } };
}

// ---------------------------------------------------------------------------------------------
// Checking one field

/**
 * The problem the schema finds at `path` ("phases.2.name.fi") once `edit` is applied, if any:
 * the editor checks a draft this way before saving it, so a field says exactly what the import of
 * a file would say about the same value. Problems elsewhere in the template are not this field's.
 */
export function issueAt(template: MeetingTemplate, edit: (template: MeetingTemplate) => MeetingTemplate, path: string): ValidationIssue | null {
  const result = validateTemplate(edit(template));
  if (result.ok) return null;
  // A text missing in both languages is the problem of each language's field.
  const ownText = (issue: ValidationIssue) => issue.key === templateIssueKeys.textMissing && path.startsWith(`${String(issue.values.path)}.`);
  return result.issues.find((issue) => issue.values.path === path || String(issue.values.path).startsWith(`${path}.`) || ownText(issue)) ?? null;
}

function withoutKey<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const { [key]: _removed, ...rest } = record;
  return rest;
}

function numberedName(base: LocalizedText, taken: readonly LocalizedText[]): LocalizedText {
  const used = (name: LocalizedText) => taken.some((other) => other.fi === name.fi || other.en === name.en);
  if (!used(base)) return base;
  for (let number = 2; ; number++) {
    const candidate = { fi: `${base.fi} ${number}`, en: `${base.en} ${number}` };
    if (!used(candidate)) return candidate;
  }
}
