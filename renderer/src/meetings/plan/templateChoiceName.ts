// A template's name where a meeting type is chosen: built-in templates by name, the team's own
// marked as such (a copy is often named like the built-in it came from).
import type { TFunction } from 'i18next';
import { findBuiltInTemplate } from '../../../../shared/meeting/builtInTemplates';
import { localized, type MeetingTemplate } from '../../../../shared/meeting/template';

export function templateChoiceName(t: TFunction, template: MeetingTemplate, language: 'fi' | 'en'): string {
  const name = localized(template.name, language);
  return findBuiltInTemplate(template.id) ? name : t('meetings.teamTemplate', { name });
}
