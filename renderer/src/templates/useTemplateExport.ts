// Export of a template as a file in the import format (shared/meeting/templateFile.ts), through the
// platform: the desktop's save dialog, or a download in a plain browser. Says where it went.
import { useCallback } from 'react';
import type { MeetingTemplate } from '../../../shared/meeting/template';
import { templateFileName, templateFileText } from '../../../shared/meeting/templateFile';
import { useNotify } from '../components/Notifications';
import { useLanguage } from '../i18n/i18n';
import { getPlatform } from '../platform/platform';

export function useTemplateExport(): (template: MeetingTemplate) => Promise<void> {
  const notify = useNotify();
  const language = useLanguage();
  return useCallback(
    async (template: MeetingTemplate) => {
      const suggestedName = templateFileName(template, language);
      try {
        const result = await getPlatform().saveTextFile({ suggestedName, content: templateFileText(template), mimeType: 'application/json' });
        if (result.status === 'saved') notify({ message: (t) => t('templates.team.exported', { file: result.path || suggestedName }) });
      } catch (error) {
        notify({ message: (t) => t('templates.team.exportFailed', { reason: error instanceof Error ? error.message : String(error) }) });
      }
    },
    [notify, language],
  );
}
