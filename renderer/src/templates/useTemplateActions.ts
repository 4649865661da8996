// Cloning and deleting templates, as the list and the editor both offer them: a clone opens in the
// editor at once; a deletion says so with Undo, which brings the template back as it was.
import { useCallback, useMemo } from 'react';
import { localized, type MeetingTemplate } from '../../../shared/meeting/template';
import { navigate } from '../app/router';
import { useSession } from '../db/sessionContext';
import { storageErrorText } from '../db/storageErrors';
import { useNotify } from '../components/Notifications';
import { cloneTemplate, deleteTemplate, restoreTemplate } from '../db/repositories/templateRepository';
import { useLanguage } from '../i18n/i18n';

export function useTemplateActions() {
  const session = useSession();
  const notify = useNotify();
  const language = useLanguage();

  const clone = useCallback(
    async (source: MeetingTemplate) => {
      try {
        const id = await cloneTemplate(session, source);
        navigate({ name: 'template', id });
        const name = localized(source.name, language);
        notify({ message: (t) => t('templates.builtIn.cloned', { name: t('templates.copyName', { name }) }) });
      } catch (error) {
        notify({ message: (t) => storageErrorText(error, t) });
      }
    },
    [session, notify, language],
  );

  const remove = useCallback(
    async (template: MeetingTemplate) => {
      const name = localized(template.name, language);
      try {
        const row = await deleteTemplate(session, template.id);
        if (!row) return;
        notify({
          message: (t) => t('templates.team.deleted', { name }),
          action: {
            label: (t) => t('templates.team.undo'),
            run: async () => {
              try {
                await restoreTemplate(session, row);
                notify({ message: (t) => t('templates.team.restored', { name }) });
              } catch (error) {
                notify({ message: (t) => storageErrorText(error, t) });
              }
            },
          },
        });
      } catch (error) {
        notify({ message: (t) => storageErrorText(error, t) });
      }
    },
    [session, notify, language],
  );

  return useMemo(() => ({ clone, remove }), [clone, remove]);
}
