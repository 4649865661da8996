// A phase role in the UI language: a team role's name, or "the whole team".
import type { TFunction } from 'i18next';
import type { PhaseRole } from '../../../../shared/meeting/template';

export function roleLabel(t: TFunction, role: PhaseRole): string {
  return role === 'team' ? t('run.wholeTeam') : t(`roles.${role}`);
}
