// How a hypothesis's proposer is named wherever it is shown (cards, the editor, the review, the
// record, the exported history): "Name – role", or whichever of the two is recorded. A role keeps
// the name its meeting's template gave it (see proposerSchema); older cards use the standard names.
import type { Language } from '../i18n/messages';
import { localized, wholeTeam, type LocalizedText, type PhaseRole, type TemplateRole } from '../meeting/template';
import { isTeamRole } from '../team/roles';
import type { Proposer } from './hypothesis';

/**
 * "Name – role", the name or the role alone, or '' when neither was recorded. The role is named by
 * the name stored with it when there is one, else by `roleName` (the place's words for a role).
 */
export function proposerText(proposer: Proposer, language: Language, roleName: (role: PhaseRole) => string): string {
  const stored = proposer.roleName ? localized(proposer.roleName, language) : '';
  const role = proposer.role ? stored || roleName(proposer.role) : '';
  return proposer.name ? nameWithRoles(proposer.name, role ? [role] : []) : role;
}

/**
 * A person with what they are in the meeting: "Anna Aalto – Hoitava lääkäri (puheenjohtaja), vieras".
 * A dash, not a bracket, because role names may carry brackets of their own ("… (puheenjohtaja)").
 */
export function nameWithRoles(name: string, roles: readonly string[]): string {
  return roles.length > 0 ? `${name} – ${roles.join(', ')}` : name;
}

/** A proposer holding a template's role in a meeting: the role's name goes with it (see proposerSchema). */
export function proposerWithRole(role: TemplateRole, name: string): Proposer {
  return { role: role.id, roleName: { ...role.name }, name };
}

/** A phase role as the screens name it without a template: a standard team role's name, "the whole team", or else its id. */
export function phaseRoleText(role: PhaseRole, t: (key: string) => string): string {
  if (role === wholeTeam) return t('run.wholeTeam');
  return isTeamRole(role) ? t(`roles.${role}`) : role;
}

/**
 * The roles proposers were recorded with beyond the standard team roles and the whole team (roles
 * a template added, such as a municipal social worker), each once, with the name it was first
 * recorded with: the review offers them as proposer roles to filter by. In order of appearance.
 */
export function addedProposerRoles(proposers: Iterable<Proposer>): { id: string; name: LocalizedText | null }[] {
  const found = new Map<string, LocalizedText | null>();
  for (const { role, roleName } of proposers) {
    if (role === null || role === wholeTeam || isTeamRole(role)) continue;
    if (!found.get(role)) found.set(role, roleName ?? null);
  }
  return [...found].map(([id, name]) => ({ id, name }));
}
