// One family's entry draft (kirjausehdotus, shared/meeting/entryDraft.ts) on the record screen: the
// language it is written in (by default the one on screen), Copy (plain text without the title),
// Export as Markdown and Print, and the draft itself as it will be pasted. The full detail is the
// family's summary, in its own tab; the help names it.
import { useId, useMemo, useState } from 'react';
import type { Language } from '../../../../shared/i18n/messages';
import { buildEntryDraft, entryDraftPlainText } from '../../../../shared/meeting/entryDraft';
import type { SummarySource } from '../../../../shared/meeting/summary';
import { RecordDocumentView } from '../../components/document/RecordDocumentView';
import { RecordExportBar } from '../../components/document/RecordExportBar';
import { useLanguage } from '../../i18n/i18n';
import { useText } from '../../i18n/keys';
import { useDraftFormat } from './useDraftFormat';
import './entryDraft.css';

type EntryDraftPanelProps = {
  source: SummarySource;
  deepDiveId: string;
  /** The name of the family's full-detail tab, which the help points to. */
  fullDetail: string;
  /** yyyy-MM-dd of the meeting, for the file name. */
  day: string;
  patientRecord: boolean;
};

export function EntryDraftPanel({ source, deepDiveId, fullDetail, day, patientRecord }: EntryDraftPanelProps) {
  const t = useText();
  const uiLanguage = useLanguage();
  const [chosen, setChosen] = useState<Language | null>(null);
  const language = chosen ?? uiLanguage;
  const format = useDraftFormat(language);
  const draft = useMemo(() => buildEntryDraft(source, deepDiveId, format), [source, deepDiveId, format]);
  const selectId = useId();
  if (!draft) return null;
  const subject = t('documents.record.entryDraftTab', { code: draft.code });
  return (
    <div className="entry-draft" data-testid="entry-draft">
      <p className="help no-print">{t(patientRecord ? 'documents.record.entryDraftHelpPatient' : 'documents.record.entryDraftHelp', { fullDetail })}</p>
      <div className="entry-draft-language no-print">
        <label htmlFor={selectId}>{t('documents.record.language')}</label>
        <select id={selectId} value={language} onChange={(event) => setChosen(event.target.value as Language)}>
          <option value="fi" lang="fi">
            {t('language.fi')}
          </option>
          <option value="en" lang="en">
            {t('language.en')}
          </option>
        </select>
      </div>
      <RecordExportBar
        document={draft.document}
        plainText={entryDraftPlainText(draft)}
        fileBase={`${t('documents.record.entryDraftFile')}-${draft.code}-${day}`.replace(/[^\p{L}\p{N}-]+/gu, '-')}
        subject={subject}
        patientRecord={patientRecord}
        familyCode={draft.code === '?' ? undefined : draft.code}
      />
      <div lang={language}>
        <RecordDocumentView document={draft.document} headingLevel={3} id={`entry-draft-${deepDiveId}`} />
      </div>
    </div>
  );
}
