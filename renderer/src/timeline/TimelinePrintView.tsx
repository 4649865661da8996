// The timeline as a printed document (or PDF), landscape, in the current language: its title, when
// it was printed, the legend, the picture cut into page-wide slices (shared/timeline/printSlices.ts)
// and the events as a table whose rows are never split across pages. In family mode it gets only
// family-facing events and prints no internal field; the team version adds the team's notes.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FamilyFacingEvent } from '../../../shared/timeline/filters';
import type { BirthMarker, AxisTick } from '../../../shared/timeline/layout';
import { printSlices } from '../../../shared/timeline/printSlices';
import type { TimelineEvent } from '../../../shared/timeline/timelineEvent';
import { formatDate, useLanguage } from '../i18n/i18n';
import { PrintFrame } from '../components/PrintFrame';
import { CategoryIcon } from './CategoryIcon';
import { TimelineLegend } from './TimelineLegend';
import { useTimelineSpanText } from './useTimelineSpanText';
import type { TimelineChartChild } from './TimelineChart';
import { TimelineDrawing, type EventText } from './TimelineDrawing';

/** Average glyph width of the picture's 12 px type, to reserve each title's room (titles are printed whole). */
const printCharWidth = 6.6;

type TimelinePrintViewProps = {
  title: string;
  /** The family's pseudonym code, as it appears in the title (kept on one line). */
  code: string;
  /** Team: whole events (with the team's notes); family: family-facing events only. */
  content: { mode: 'team'; events: readonly TimelineEvent[]; filters: string | null } | { mode: 'family'; events: readonly FamilyFacingEvent[] };
  children: readonly TimelineChartChild[];
  now: Date;
  onPrint: () => void;
  onClose: () => void;
};

export function TimelinePrintView({ title, code, content, children, now, onPrint, onClose }: TimelinePrintViewProps) {
  const { t } = useTranslation();
  const spanText = useTimelineSpanText();
  const language = useLanguage();
  const events: readonly (TimelineEvent | FamilyFacingEvent)[] = content.events;
  const birthText = (birth: Pick<BirthMarker, 'pseudonym' | 'year'>) => t('timeline.chart.birth', { name: birth.pseudonym || t('family.unnamedChild'), year: birth.year });
  const slices = useMemo(
    () =>
      printSlices({
        events: events.map((event) => ({ ...event, labelWidth: 22 + event.title.length * printCharWidth })),
        children: children.map((child) => ({ ...child, labelWidth: child.birthYear === null ? 0 : 4 + birthText({ pseudonym: child.pseudonym, year: child.birthYear }).length * printCharWidth * 1.1 })),
        now: now.getTime(),
      }),
    [events, children, now, t],
  );
  const eventText = useMemo(() => {
    const map = new Map<string, EventText>();
    for (const event of events) map.set(event.id, { label: event.title, full: event.title });
    return map;
  }, [events]);
  const tickText = (tick: AxisTick) => (tick.unit === 'year' ? String(tick.year) : `${tick.month}/${tick.year}`);
  const year = (time: number) => new Date(time).getUTCFullYear();
  const team = content.mode === 'team';

  return (
    <PrintFrame
      prefix="tl"
      titleId="timeline-print-title"
      title={title}
      code={code}
      printAgainLabel={t('timeline.screen.printAgain')}
      closeLabel={t('timeline.screen.closePrint')}
      onPrint={onPrint}
      onClose={onClose}
      headerClassName="tl-print-header"
      intro={
        <p>
          {t('timeline.print.printed', { date: formatDate(now.toISOString(), language, 'long') })}
          {team && ` ${t('timeline.print.internalNote')}`}
          {content.mode === 'team' && content.filters && ` ${t('timeline.filters.active', { filters: content.filters })}`}
        </p>
      }
    >
      <TimelineLegend births={children.some((child) => child.birthYear !== null)} />
      {events.length > 0 &&
        slices.map((slice, index) => (
          <figure key={index} className="tl-print-slice">
            <figcaption id={`timeline-print-slice-${index}`}>
              {slices.length > 1
                ? t('timeline.print.slice', { part: index + 1, parts: slices.length, from: year(slice.start), to: year(slice.end - 1) })
                : `${year(slice.start)}–${year(slice.end - 1)}`}
            </figcaption>
            <TimelineDrawing
              uid={`timeline-print-${index}`}
              layout={slice.layout}
              events={slice.events}
              births={slice.births}
              ticks={slice.ticks}
              offset={0}
              from={slice.viewLeft}
              to={slice.viewLeft + slice.viewWidth}
              viewLeft={slice.viewLeft}
              viewWidth={slice.viewWidth}
              eventText={eventText}
              birthText={birthText}
              tickText={tickText}
              selectedId={null}
              large={false}
              labelledBy={`timeline-print-title timeline-print-slice-${index}`}
            />
          </figure>
        ))}
      <table className="tl-print-table">
        <caption>{t('timeline.print.events')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('timeline.print.when')}</th>
            <th scope="col">{t('timeline.field.title')}</th>
            <th scope="col">{t('timeline.field.category')}</th>
            <th scope="col">{t('timeline.field.people')}</th>
            <th scope="col">{t('timeline.field.source')}</th>
            <th scope="col">{t('timeline.field.ownView')}</th>
            {team && <th scope="col">{t('timeline.list.internal')}</th>}
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td className="tl-print-when">{spanText(event.date, event.endDate)}</td>
              <th scope="row">{event.title}</th>
              <td>
                <CategoryIcon category={event.category} size={14} /> {t(`timeline.category.${event.category}`)}
              </td>
              <td>{event.people.join(', ')}</td>
              <td>{t(event.source ? `timeline.source.${event.source}` : 'timeline.source.notRecorded')}</td>
              <td>{event.ownView}</td>
              {team && 'actionTaken' in event && (
                <td>
                  {event.actionTaken && (
                    <p>
                      <strong>{t('timeline.field.actionTaken')}:</strong> {event.actionTaken}
                    </p>
                  )}
                  {event.sourceNote && (
                    <p>
                      <strong>{t('timeline.field.sourceNote')}:</strong> {event.sourceNote}
                    </p>
                  )}
                  <p>{t(event.shownToFamily ? 'timeline.list.shown' : 'timeline.list.notShown')}</p>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </PrintFrame>
  );
}
