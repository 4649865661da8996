// The family's hypotheses over time: one lane per hypothesis, a mark for each revision whose shape
// and colour show the status then (named in a legend), meeting dates as ticks; and the same facts
// in a table for anyone who does not read the picture. Layout maths: shared/hypothesis/evolution.ts.
// The picture is a handful of paths whatever the number of revisions, so it stays fast.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { format as formatDay, parseISO } from 'date-fns';
import { layoutEvolution, marksByStatus, shortLabel, statusRuns } from '../../../shared/hypothesis/evolution';
import { hypothesisStatuses, type Hypothesis, type HypothesisRevision } from '../../../shared/hypothesis/hypothesis';
import { formatDate, useLanguage } from '../i18n/i18n';
import { StatusMark } from './StatusMark';
import '../components/document/document.css';

type HypothesisEvolutionProps = {
  familyCode: string;
  hypotheses: readonly Hypothesis[];
  revisions: readonly HypothesisRevision[];
  meetingDates: ReadonlyMap<string, string>;
};

const markRadius = 6;
const labelChars = 30;

export function HypothesisEvolution({ familyCode, hypotheses, revisions, meetingDates }: HypothesisEvolutionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const layout = useMemo(() => layoutEvolution({ hypotheses, revisions, meetingDates }), [hypotheses, revisions, meetingDates]);
  const marks = useMemo(() => marksByStatus(layout.lanes, markRadius), [layout]);
  const paths = useMemo(
    () => ({
      lanes: layout.lanes.map((lane) => `M${lane.x1},${lane.y}H${lane.x2}`).join(''),
      grid: layout.lanes.map((lane) => `M${layout.plot.left},${lane.y}H${layout.plot.right}`).join(''),
      meetings: layout.meetingTicks.map((tick) => `M${tick.x},${layout.plot.bottom}v6`).join(''),
      axis: layout.axisTicks.map((tick) => `M${tick.x},${layout.plot.top}V${layout.plot.bottom + 10}`).join(''),
    }),
    [layout],
  );
  // Many revisions fall on the same few hundred days: format each day once.
  const day = useMemo(() => {
    const cache = new Map<string, string>();
    return (iso: string) => {
      const key = iso.slice(0, 13);
      let text = cache.get(key);
      if (text === undefined) cache.set(key, (text = formatDate(iso, language, 'short')));
      return text;
    };
  }, [language]);
  const statusText = useMemo(
    () => Object.fromEntries(hypothesisStatuses.map((status) => [status, t(`hypotheses.status.${status}`)])) as Record<string, string>,
    [t],
  );

  // One translation for thousands of entries: the pattern is filled in by hand.
  const entryPattern = t('hypotheses.evolution.entry', { date: '\u0001', status: '\u0002' });
  const entry = (date: string, status: string) => entryPattern.replace('\u0001', date).replace('\u0002', status);
  const runText = (from: string, to: string, status: string, count: number) => t('hypotheses.evolution.run', { from, to, status, count });

  if (hypotheses.length === 0) return <p className="empty">{t('hypotheses.evolution.empty')}</p>;
  const { plot } = layout;

  return (
    <section className="hypothesis-evolution" aria-labelledby="hypothesis-evolution-heading">
      <h2 id="hypothesis-evolution-heading">{t('hypotheses.evolution.heading')}</h2>
      <p className="help">{t('hypotheses.evolution.intro')}</p>
      <ul className="evolution-legend" aria-label={t('hypotheses.evolution.legend')}>
        {hypothesisStatuses.map((status) => (
          <li key={status}>
            <StatusMark status={status} /> {statusText[status]}
          </li>
        ))}
        <li>
          <svg className="evolution-legend-tick" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
            <path d="M7,2V12" />
          </svg>{' '}
          {t('hypotheses.evolution.meetingTick')}
        </li>
      </ul>
      <div className="evolution-figure">
        <svg
          data-testid="hypothesis-evolution"
          className="evolution-svg"
          role="img"
          aria-labelledby="hypothesis-evolution-title hypothesis-evolution-desc"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width="100%"
          preserveAspectRatio="xMinYMin meet"
        >
          <title id="hypothesis-evolution-title">{t('hypotheses.evolution.svgTitle', { code: familyCode })}</title>
          <desc id="hypothesis-evolution-desc">
            {t('hypotheses.evolution.svgDesc', {
              hypotheses: layout.lanes.length,
              revisions: layout.revisionCount,
              from: layout.from ? day(layout.from) : '',
              to: layout.to ? day(layout.to) : '',
            })}
          </desc>
          <path className="evolution-grid" d={paths.grid} />
          <path className="evolution-axis-ticks" d={paths.axis} />
          <path className="evolution-baseline" d={`M${plot.left},${plot.bottom}H${plot.right}`} />
          <path className="evolution-meeting-ticks" d={paths.meetings} />
          <path className="evolution-lanes" d={paths.lanes} />
          {hypothesisStatuses.map((status) => (
            <path key={status} className={`evolution-marks status-mark status-${status}`} data-status={status} d={marks[status]} />
          ))}
          {layout.lanes.map((lane) => (
            <text key={lane.hypothesisId} className="evolution-lane-label" x={plot.left - 10} y={lane.y} dominantBaseline="middle" textAnchor="end">
              {`${lane.number}. ${shortLabel(lane.wording, labelChars)}`}
            </text>
          ))}
          {layout.from && layout.to && (
            <>
              <text className="evolution-axis-label" x={plot.left} y={plot.bottom + 24} textAnchor="start">
                {day(layout.from)}
              </text>
              {layout.to !== layout.from && (
                <text className="evolution-axis-label" x={plot.right} y={plot.bottom + 24} textAnchor="end">
                  {day(layout.to)}
                </text>
              )}
            </>
          )}
          {/* Calendar labels between the end dates, where they do not crowd them. */}
          {layout.axisTicks.filter((tick) => tick.x > plot.left + 90 && tick.x < plot.right - 90).map((tick) => (
            <text key={tick.at} className="evolution-axis-label" x={tick.x} y={plot.bottom + 24} textAnchor="middle">
              {tick.unit === 'year' ? tick.at.slice(0, 4) : formatDay(parseISO(tick.at), language === 'fi' ? 'M/yyyy' : 'MM/yyyy')}
            </text>
          ))}
        </svg>
      </div>
      <table className="record-table evolution-table" data-testid="hypothesis-evolution-table">
        <caption>{t('hypotheses.evolution.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('hypotheses.evolution.hypothesis')}</th>
            <th scope="col">{t('hypotheses.evolution.current')}</th>
            <th scope="col">{t('hypotheses.evolution.revisions')}</th>
          </tr>
        </thead>
        <tbody>
          {layout.lanes.map((lane) => (
            <tr key={lane.hypothesisId}>
              <td>{lane.number}</td>
              <th scope="row">{lane.wording}</th>
              <td>{statusText[lane.status]}</td>
              <td>
                {statusRuns(lane.points)
                  .map((run) => (run.count === 1 ? entry(day(run.from), statusText[run.status]!) : runText(day(run.from), day(run.to), statusText[run.status]!, run.count)))
                  .join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
