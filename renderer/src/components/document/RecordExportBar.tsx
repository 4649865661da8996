// Copy as plain text, export as Markdown, print or save as PDF: one bar for any document
// (shared/document/), used for a family summary, the whole meeting record and a three-houses
// session. Each outcome is confirmed in a notification; a failure says what to do.
import { useTranslation } from 'react-i18next';
import { renderMarkdown, renderPlainText } from '../../../../shared/document/render';
import type { RecordDocument } from '../../../../shared/document/document';
import { useNotify } from '../Notifications';
import { getPlatform } from '../../platform/platform';
import './document.css';
import { useNoteActivity } from '../../db/commands/activity';

type RecordExportBarProps = {
  document: RecordDocument;
  /** File name without extension: letters, digits and hyphens (the pseudonym code and date). */
  fileBase: string;
  /** What is being exported, for the buttons' accessible names ("summary KXR-482"). */
  subject: string;
  /** An interim review's summary goes into the patient record, the others into the client record. */
  patientRecord?: boolean;
  /** The family's pseudonym code for the activity log (a family's summary); absent for the whole meeting record. */
  familyCode?: string;
  /** What Copy puts on the clipboard, when not the document's plain text (an entry draft without its title). */
  plainText?: string;
};

export function RecordExportBar({ document, fileBase, subject, patientRecord = false, familyCode, plainText }: RecordExportBarProps) {
  const { t } = useTranslation();
  const noteActivity = useNoteActivity();
  const notify = useNotify();

  async function copy() {
    try {
      await navigator.clipboard.writeText(plainText ?? renderPlainText(document));
      notify({ message: (t) => t(patientRecord ? 'record.copiedPatient' : 'record.copied', { subject }) });
    } catch {
      notify({ message: (t) => t('record.copyFailed') });
    }
  }

  async function exportMarkdown() {
    try {
      const result = await getPlatform().saveTextFile({ suggestedName: `${fileBase}.md`, content: renderMarkdown(document), mimeType: 'text/markdown' });
      if (result.status === 'saved') noteActivity('recordExported', familyCode);
      if (result.status === 'saved') notify({ message: (t) => t('record.exported', { file: result.path || `${fileBase}.md` }) });
    } catch (error) {
      notify({ message: (t) => t('record.exportFailed', { reason: error instanceof Error ? error.message : String(error) }) });
    }
  }

  async function print() {
    try {
      const platform = getPlatform();
      const result = await platform.printToPdf(`${fileBase}.pdf`);
      if (result.status === 'saved') noteActivity('recordPrinted', familyCode);
      if (platform.kind === 'desktop' && result.status === 'saved') notify({ message: (t) => t('record.printed', { file: result.path }) });
    } catch (error) {
      notify({ message: (t) => t('record.printFailed', { reason: error instanceof Error ? error.message : String(error) }) });
    }
  }

  return (
    <div className="record-export no-print" role="group" aria-label={t('record.exportGroup', { subject })}>
      <button type="button" className="button" onClick={() => void copy()}>
        {t('record.copy')}
      </button>
      <button type="button" className="button" onClick={() => void exportMarkdown()}>
        {t('record.exportMarkdown')}
      </button>
      <button type="button" className="button" onClick={() => void print()}>
        {t('record.print')}
      </button>
    </div>
  );
}
