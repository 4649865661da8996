// A phase role in the UI language: a team role's name, or "the whole team".
import type { TFunction } from 'i18next';
import { phaseRoleText } from '../../../../shared/hypothesis/proposerText';
import type { PhaseRole } from '../../../../shared/meeting/template';

export function roleLabel(t: TFunction, role: PhaseRole): string {
  return phaseRoleText(role, (key) => t(key));
}
