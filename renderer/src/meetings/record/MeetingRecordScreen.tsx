// Closing and recording (#/meetings/ID/record): first what was agreed (the closing note, saved as it
// is typed, and every action agreed), then one summary for the official record per deep-dive
// family and the whole meeting record, each to copy as plain text, export as Markdown or print /
// save as PDF. Apart from the closing note the screen is read-only, so a past meeting stays as it was.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { meetingDay, meetingStart, type Meeting } from '../../../../shared/meeting/meeting';
import { limits } from '../../../../shared/limits';
import { buildFamilySummaries, buildMeetingRecord } from '../../../../shared/meeting/summary';
import { isPatientRecordMeeting } from '../../../../shared/carePeriod/summaryCarePeriod';
import { validateText } from '../../../../shared/validation';
import { routeHref } from '../../app/router';
import { AutosaveField } from '../../components/AutosaveField';
import { AgreedActions } from './AgreedActions';
import { useRecordFormat } from '../../components/document/recordFormat';
import { RecordDocumentView } from '../../components/document/RecordDocumentView';
import { RecordExportBar } from '../../components/document/RecordExportBar';
import { TransferMark } from './TransferMark';
import { EntryDraftPanel } from './EntryDraftPanel';
import { useSummarySource } from './useSummarySource';
import './record.css';
import { TextWithCode } from '../../components/TextWithCode';
import { localized } from '../../../../shared/meeting/template';
import { useMeetingCommands } from '../../db/commands/meetingCommands';

const wholeRecordKey = 'whole-record';
const draftKey = (deepDiveId: string) => `draft-${deepDiveId}`;

export function MeetingRecordScreen({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const commands = useMeetingCommands();
  const format = useRecordFormat();
  const source = useSummarySource(meeting);
  const [selected, setSelected] = useState<Key | null>(null);

  const summaries = useMemo(() => (source ? buildFamilySummaries(source, format) : []), [source, format]);
  const record = useMemo(() => (source ? buildMeetingRecord(source, format) : null), [source, format]);
  const patientRecord = isPatientRecordMeeting(meeting);
  const day = meetingDay(meeting);
  const started = meetingStart(meeting);
  const fileSafe = (text: string) => text.replace(/[^\p{L}\p{N}-]+/gu, '-');

  return (
    <div className="screen record-screen">
      <p className="no-print">
        <a href={routeHref({ name: 'meetings' })}>← {t('meetings.backToList')}</a>
      </p>
      <h1 tabIndex={-1} className="no-print">
        {t('record.title')}
        <span className="subtitle">
          {' '}
          · {localized(meeting.template.name, format.language)}, {format.formatInstant(started, 'dateTime')}
        </span>
      </h1>
      {meeting.status === 'running' && (
        <p className="record-running no-print" role="note">
          {t('record.stillRunning')} <a href={routeHref({ name: 'meeting', id: meeting.id, view: 'run' })}>{t('record.backToFacilitator')}</a>
        </p>
      )}

      <section aria-labelledby="record-agreed" className="no-print record-agreed">
        <h2 id="record-agreed">{t('record.agreed')}</h2>
        <AutosaveField
          label={t('record.closingNote')}
          help={t('record.closingNoteHelp')}
          multiline
          className="closing-note-field"
          stored={meeting.closingNote}
          validate={(raw) => validateText(raw, { max: limits.meetingNote, required: false })}
          save={(closingNote) => commands.setClosingNote.orThrow(meeting.id, closingNote)}
          explainError={() => null}
        />
        <AgreedActions meeting={meeting} source={source} />
      </section>

      <section aria-labelledby="record-summaries" className="record-summaries">
        <h2 id="record-summaries" className="no-print">
          {t('record.summaries')}
        </h2>
        <p className="help no-print">{t(patientRecord ? 'record.summariesHelpPatient' : 'record.summariesHelp')}</p>
        {!source || !record ? (
          <p role="status">{t('app.loading')}</p>
        ) : (
          <Tabs selectedKey={selected ?? (summaries[0] ? draftKey(summaries[0].deepDiveId) : wholeRecordKey)} onSelectionChange={setSelected}>
            <TabList aria-label={t('record.summaries')} className="record-tabs no-print">
              {summaries.flatMap((summary) => [
                // Per family: the entry draft to paste, then the full detail (the summary) as its own document.
                <Tab key={draftKey(summary.deepDiveId)} id={draftKey(summary.deepDiveId)} className="record-tab">
                  <TextWithCode text={t('documents.record.entryDraftTab', { code: summary.code })} code={summary.code} />
                </Tab>,
                <Tab key={summary.deepDiveId} id={summary.deepDiveId} className="record-tab">
                  <TextWithCode text={t('record.summaryTab', { code: summary.code })} code={summary.code} />
                </Tab>,
              ])}
              <Tab id={wholeRecordKey} className="record-tab">
                {t('record.wholeRecordTab')}
              </Tab>
            </TabList>
            {summaries.length === 0 && <p className="empty no-print">{t('record.noDeepDives')}</p>}
            {summaries.map((summary) => (
              <TabPanel key={draftKey(summary.deepDiveId)} id={draftKey(summary.deepDiveId)} className="record-panel">
                <EntryDraftPanel
                  source={source}
                  deepDiveId={summary.deepDiveId}
                  fullDetail={t('record.summaryTab', { code: summary.code })}
                  day={day}
                  patientRecord={patientRecord}
                />
              </TabPanel>
            ))}
            {summaries.map((summary) => (
              <TabPanel key={summary.deepDiveId} id={summary.deepDiveId} className="record-panel">
                <RecordExportBar
                  document={summary.document}
                  fileBase={fileSafe(`${t('record.summaryFile')}-${summary.code}-${day}`)}
                  subject={t('record.summaryTab', { code: summary.code })}
                  patientRecord={patientRecord}
                  familyCode={summary.code === '?' ? undefined : summary.code}
                />
                {meeting.status === 'finished' && summary.code !== '?' && (
                  <TransferMark meetingId={meeting.id} deepDiveId={summary.deepDiveId} familyId={summary.familyId} code={summary.code} patientRecord={patientRecord} />
                )}
                <RecordDocumentView document={summary.document} headingLevel={3} id={`summary-${summary.deepDiveId}`} />
              </TabPanel>
            ))}
            <TabPanel id={wholeRecordKey} className="record-panel">
              <RecordExportBar document={record} fileBase={fileSafe(`${t('record.recordFile')}-${day}`)} subject={t('record.wholeRecordTab')} />
              <RecordDocumentView document={record} headingLevel={3} id="whole-record" />
            </TabPanel>
          </Tabs>
        )}
      </section>
    </div>
  );
}
