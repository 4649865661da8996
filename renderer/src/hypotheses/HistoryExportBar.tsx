// Export of a family's hypothesis history: save as Markdown (through the platform: a save dialog
// on the desktop, a download in a browser) or open the print view and print / save as PDF.
import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import { renderMarkdown } from '../../../shared/document/render';
import type { RecordDocument } from '../../../shared/document/document';
import { useSession } from '../db/sessionContext';
import { useNotify } from '../components/Notifications';
import { getPlatform } from '../platform/platform';

type HistoryExportBarProps = {
  familyCode: string;
  /** Builds the document when asked (it can be long; nothing is built until then). */
  buildDocument: () => RecordDocument;
  onPrint: () => void;
};

export function HistoryExportBar({ familyCode, buildDocument, onPrint }: HistoryExportBarProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const session = useSession();

  async function exportMarkdown() {
    const suggestedName = t('hypotheses.export.fileName', { code: familyCode, date: format(session.now(), 'yyyy-MM-dd') });
    try {
      const result = await getPlatform().saveTextFile({ suggestedName, content: renderMarkdown(buildDocument()), mimeType: 'text/markdown' });
      if (result.status === 'saved') notify({ message: (t) => t('hypotheses.screen.exported') });
    } catch (error) {
      notify({ message: (t) => t('hypotheses.screen.exportFailed', { reason: error instanceof Error ? error.message : String(error) }) });
    }
  }

  return (
    <div className="hypothesis-export no-print" role="group" aria-label={t('hypotheses.screen.export')}>
      <button type="button" className="button" onClick={() => void exportMarkdown()}>
        {t('hypotheses.screen.exportMarkdown')}
      </button>
      <button type="button" className="button" onClick={onPrint}>
        {t('hypotheses.screen.print')}
      </button>
    </div>
  );
}
