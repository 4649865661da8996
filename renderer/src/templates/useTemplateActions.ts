// Cloning and deleting templates, as the list and the editor both offer them: a clone opens in the
// editor at once; a deletion says so with Undo, which brings the template back as it was.
import { useCallback, useMemo } from 'react';
import { localized, type MeetingTemplate } from '../../../shared/meeting/template';
import { navigate } from '../app/router';
import { useNotify } from '../components/Notifications';
import { useTemplateCommands } from '../db/commands/templateCommands';
import { useLanguage } from '../i18n/i18n';

export function useTemplateActions() {
  const commands = useTemplateCommands();
  const notify = useNotify();
  const language = useLanguage();

  const clone = useCallback(
    async (source: MeetingTemplate) => {
      const id = await commands.cloneTemplate(source);
      if (id === undefined) return;
      navigate({ name: 'template', id });
      const name = localized(source.name, language);
      notify({ message: (t) => t('templates.builtIn.cloned', { name: t('templates.copyName', { name }) }) });
    },
    [commands, notify, language],
  );

  const remove = useCallback(
    async (template: MeetingTemplate) => {
      const name = localized(template.name, language);
      const row = await commands.deleteTemplate(template.id);
      if (!row) return;
      commands.done((t) => t('templates.team.deleted', { name }), {
        undo: async () => {
          if (await commands.deleteTemplate.undo(row)) notify({ message: (t) => t('templates.team.restored', { name }) });
        },
      });
    },
    [commands, notify, language],
  );

  return useMemo(() => ({ clone, remove }), [clone, remove]);
}
