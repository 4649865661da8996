// How a hypothesis's proposer is named wherever it is shown (cards, the editor, the review, the
// record, the exported history): "Name (role)", or whichever of the two is recorded.
import type { PhaseRole } from '../meeting/template';
import type { Proposer } from './hypothesis';

/** "Name (role)", the name or the role alone, or '' when neither was recorded. `roleName` says a role in the place's words. */
export function proposerText(proposer: Proposer, roleName: (role: PhaseRole) => string): string {
  const role = proposer.role ? roleName(proposer.role) : '';
  return proposer.name && role ? `${proposer.name} (${role})` : proposer.name || role;
}

/** A phase role as the screens name it: a team role's name, or "the whole team". */
export function phaseRoleText(role: PhaseRole, t: (key: string) => string): string {
  return role === 'team' ? t('run.wholeTeam') : t(`roles.${role}`);
}
