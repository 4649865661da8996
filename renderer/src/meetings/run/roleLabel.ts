// A role in a meeting, in the UI language: the name the meeting's template gives it (the chair may
// be "the responsible physician"), or "the whole team".
import type { TFunction } from 'i18next';
import type { Language } from '../../../../shared/i18n/messages';
import { meetingRoleName } from '../../../../shared/meeting/meeting';
import { localized, type MeetingTemplate, type PhaseRole } from '../../../../shared/meeting/template';

export function roleLabel(t: TFunction, language: Language, template: Pick<MeetingTemplate, 'roles'>, role: PhaseRole): string {
  const name = meetingRoleName(template, role);
  return name ? localized(name, language) : t('run.wholeTeam');
}
