// Print the planned agenda (or save it as PDF) from the planner: the meeting's date and times, each
// line's start and minutes from the engine's steps (shared/meeting/agendaPrint.ts), deep-dive
// families by pseudonym code with their presenter and question, the quick round's codes. The print
// view is drawn in the shared print frame, then printed; it stays on screen until closed. On paper
// only the print view shows (planner.css has no print rules; agendaPrint.css hides the rest).
import { useEffect, useMemo, useState } from 'react';
import { format } from 'date-fns';
import { plannedAgenda, type PlannedAgenda } from '../../../../shared/meeting/agendaPrint';
import { localized } from '../../../../shared/meeting/template';
import { minutesNumber, timeOfDay } from '../../../../shared/i18n/timeText';
import type { Language } from '../../../../shared/i18n/messages';
import { PrintFrame } from '../../components/PrintFrame';
import { useNotify } from '../../components/Notifications';
import { getPlatform } from '../../platform/platform';
import { formatDate, useLanguage } from '../../i18n/i18n';
import { useText, type Translate } from '../../i18n/keys';
import { familyCode, personName, usePlanner } from './plannerContext';
import { useTranslation } from 'react-i18next';
import './agendaPrint.css';

export function AgendaPrint() {
  const t = useText();
  const { t: tf } = useTranslation();
  const language = useLanguage();
  const notify = useNotify();
  const { meeting, familiesById, membersById } = usePlanner();
  const [printing, setPrinting] = useState(false);
  const agenda = useMemo(
    () =>
      plannedAgenda(meeting, Date.parse(meeting.scheduledAt), {
        codeOf: (familyId) => familyCode(familyId, familiesById, tf),
        presenterName: (id) => personName(id, meeting, membersById, tf),
      }),
    [meeting, familiesById, membersById, tf],
  );

  const print = () =>
    void getPlatform()
      .printToPdf(t('documents.agenda.pdfName', { date: format(Date.parse(meeting.scheduledAt), 'yyyy-MM-dd') }))
      .catch((error: unknown) => notify({ message: (t) => t('documents.agenda.printFailed', { reason: error instanceof Error ? error.message : String(error) }) }));

  // The print view is drawn first, then printed.
  useEffect(() => {
    if (printing) print();
  }, [printing]);

  return (
    <>
      <p className="agenda-print-open no-print">
        <button type="button" className="button" onClick={() => setPrinting(true)}>
          {t('documents.agenda.print')}
        </button>
      </p>
      {printing && (
        <PrintFrame
          prefix="ag"
          titleId="agenda-print-title"
          title={t('documents.agenda.title', { meeting: localized(meeting.template.name, language) })}
          code=""
          printAgainLabel={t('documents.agenda.printAgain')}
          closeLabel={t('documents.agenda.closePrint')}
          onPrint={print}
          onClose={() => setPrinting(false)}
          headerClassName="ag-print-header"
          testId="agenda-print"
          intro={
            <p className="ag-print-intro">
              {t('documents.agenda.intro', {
                date: formatDate(meeting.scheduledAt, language, 'long'),
                start: timeOfDay(agenda.start, language),
                end: timeOfDay(agenda.end, language),
                length: t('time.plannedMinutes', { minutes: minutesNumber(agenda.minutes, language) }),
              })}
            </p>
          }
        >
          <AgendaTable agenda={agenda} language={language} t={t} />
        </PrintFrame>
      )}
    </>
  );
}

function AgendaTable({ agenda, language, t }: { agenda: PlannedAgenda; language: Language; t: Translate }) {
  const time = (instant: number) => timeOfDay(instant, language);
  const minutes = (value: number) => t('time.plannedMinutes', { minutes: minutesNumber(value, language) });
  return (
    <>
      <table className="ag-print-table">
        <thead>
          <tr>
            <th scope="col">{t('documents.agenda.time')}</th>
            <th scope="col">{t('documents.agenda.minutes')}</th>
            <th scope="col">{t('documents.agenda.item')}</th>
            <th scope="col">{t('documents.agenda.presenter')}</th>
            <th scope="col">{t('documents.agenda.question')}</th>
          </tr>
        </thead>
        <tbody>
          {agenda.rows.map((row, index) =>
            row.kind === 'phase' ? (
              <tr key={index} data-testid="agenda-row">
                <td className="ag-time">{time(row.start)}</td>
                <td className="ag-minutes">{minutes(row.minutes)}</td>
                <th scope="row">
                  {localized(row.name, language)}
                  {row.families.length > 0 && <p className="ag-families">{t('documents.agenda.quickRoundFamilies', { codes: row.families.join(', ') })}</p>}
                </th>
                <td />
                <td />
              </tr>
            ) : (
              <tr key={index} data-testid="agenda-row">
                <td className="ag-time">{time(row.start)}</td>
                <td className="ag-minutes">{minutes(row.minutes)}</td>
                <th scope="row">
                  <span className="ag-family">{t('documents.agenda.deepDive', { number: row.number, code: row.code })}</span>
                  <ul className="ag-phases">
                    {row.phases.map((phase, inner) => (
                      <li key={inner}>
                        {time(phase.start)} {localized(phase.name, language)} ({minutes(phase.minutes)})
                      </li>
                    ))}
                  </ul>
                </th>
                <td>{row.presenter ?? t('documents.agenda.noPresenter')}</td>
                <td className="ag-question">{row.question}</td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </>
  );
}
