// Reactive reads of meeting templates for screens: the team's own (re-read when the `templates`
// table changes, in this window or another) and, for the planner's picker, the built-in ones with them.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { builtInTemplates } from '../../../shared/meeting/builtInTemplates';
import type { MeetingTemplate } from '../../../shared/meeting/template';
import { useSession } from './sessionContext';
import { useLanguage } from '../i18n/i18n';
import type { TemplateRow } from './database';
import { listTemplates, readTemplate } from './repositories/templateRepository';

/** The team's templates by name in the UI language; undefined while loading. */
export function useTeamTemplates(): TemplateRow[] | undefined {
  const session = useSession();
  const language = useLanguage();
  return useLiveQuery(() => listTemplates(session, language), [session, language]);
}

/** undefined while loading, null when there is no such template of the team's (any more). */
export function useTeamTemplate(id: string): TemplateRow | null | undefined {
  const session = useSession();
  return useLiveQuery(() => readTemplate(session, id), [session, id]);
}

/** What a meeting can be planned with: the built-in templates, then the team's once read. */
export function useTemplateChoices(): MeetingTemplate[] {
  const teamTemplates = useTeamTemplates();
  // The built-in templates are there at once, so a form built on them (and its first focus) does
  // not wait for the team's templates, which join when read.
  return useMemo(() => [...builtInTemplates, ...(teamTemplates ?? []).map((row) => row.template)], [teamTemplates]);
}
