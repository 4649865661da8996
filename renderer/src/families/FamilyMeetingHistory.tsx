// The family page's meeting history: the risk trend across meetings (median and range of each
// revealed risk round, as a small chart with the same figures in a table beside it), the family's
// actions and questions with open/done status and a button to mark them done or reopen them (and
// under each question the family's answer, recorded, edited or cleared there), and
// the meetings in which the family was a deep dive, with links to their records.
import { ScaleGridLines } from '../components/ScaleGridLines';
import { useTranslation } from 'react-i18next';
import { format, parseISO } from 'date-fns';
import { enGB, fi as fiLocale } from 'date-fns/locale';
import type { Family } from '../../../shared/family/family';
import type { Action } from '../../../shared/meeting/meeting';
import { meetingTime, riskScale } from '../../../shared/meeting/meeting';
import { riskSpread, type RiskSpread } from '../../../shared/meeting/riskStats';
import { routeHref } from '../app/router';
import { useFamilyActions, useFamilyRiskRounds, useMeetingSummaries } from '../db/meetingHooks';
import { formatDate, useLanguage } from '../i18n/i18n';
import { FamilyAnswer } from '../components/FamilyAnswer';
import { useLiveQuery } from 'dexie-react-hooks';
import '../components/document/document.css';
import './history.css';
import { useMeetingCommands, useTransfers, summariesOf, transferId, untransferredCounts, type MeetingSummary } from '../db/commands/meetingCommands';

type TrendPoint = { key: string; date: number; label: string; spread: RiskSpread };

export function FamilyMeetingHistory({ family }: { family: Family }) {
  const { t } = useTranslation();
  const language = useLanguage();
  // The light summaries (no run state, no template beyond its name): this page only needs dates, names and deep dives.
  const meetings = useMeetingSummaries();
  const rounds = useFamilyRiskRounds(family.id);
  const actions = useFamilyActions(family.id);
  const transfers = useTransfers(family.id);
  const transferredOn = new Map((transfers ?? []).map((row) => [row.id, row.transferredAt]));
  const untransferred = meetings && transfers ? (untransferredCounts(summariesOf(meetings), transfers).get(family.id) ?? 0) : null;
  const hasSummaries = meetings ? summariesOf(meetings).some((summary) => summary.familyId === family.id) : false;
  const locale = language === 'fi' ? fiLocale : enGB;
  const meetingById = new Map((meetings ?? []).map((meeting) => [meeting.id, meeting]));
  const dayText = (epochMs: number) => format(new Date(epochMs), 'P', { locale });

  const trend: TrendPoint[] = (rounds ?? [])
    .flatMap((round) => {
      const meeting = meetingById.get(round.meetingId);
      const spread = riskSpread(round.scores);
      if (!meeting || !spread) return [];
      const date = meetingTime(meeting);
      return [{ key: round.id, date, label: dayText(date), spread }];
    })
    .sort((a, b) => a.date - b.date);

  const deepDiveMeetings = (meetings ?? []).filter(
    (meeting) => meeting.status !== 'cancelled' && meeting.deepDives.some((item) => item.familyId === family.id),
  );

  return (
    <section aria-labelledby="family-history" className="family-history">
      <h2 id="family-history">{t('record.history.title')}</h2>
      {untransferred !== null && hasSummaries && (
        <p className={untransferred > 0 ? 'transfer-count pending' : 'transfer-count'}>
          {untransferred > 0 ? t('retention.transfer.familyCount', { count: untransferred }) : t('retention.transfer.familyAllDone')}
        </p>
      )}

      <h3 id="family-risk-trend">{t('record.history.riskTrend')}</h3>
      {rounds === undefined || meetings === undefined ? (
        <p role="status">{t('app.loading')}</p>
      ) : trend.length === 0 ? (
        <p className="empty">{t('record.history.noRisk')}</p>
      ) : (
        <div className="risk-trend">
          <RiskTrendChart points={trend} />
          <table className="record-table risk-trend-table" aria-labelledby="family-risk-trend">
            <thead>
              <tr>
                <th scope="col">{t('record.history.meetingDate')}</th>
                <th scope="col">{t('record.history.median')}</th>
                <th scope="col">{t('record.history.range')}</th>
                <th scope="col">{t('record.history.scored')}</th>
              </tr>
            </thead>
            <tbody>
              {trend.map((point) => (
                <tr key={point.key}>
                  <td>{point.label}</td>
                  <td>{decimal(point.spread.median, language)}</td>
                  <td>{`${point.spread.min}–${point.spread.max}`}</td>
                  <td>{point.spread.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3 id="family-actions">{t('record.history.actions')}</h3>
      {actions === undefined ? (
        <p role="status">{t('app.loading')}</p>
      ) : actions.length === 0 ? (
        <p className="empty">{t('record.history.noActions')}</p>
      ) : (
        <ActionList actions={actions} meetingById={meetingById} dayText={dayText} askerId={family.responsibleMemberId} />
      )}

      <h3 id="family-deep-dives">{t('record.history.deepDives')}</h3>
      {meetings === undefined ? (
        <p role="status">{t('app.loading')}</p>
      ) : deepDiveMeetings.length === 0 ? (
        <p className="empty">{t('record.history.noDeepDives')}</p>
      ) : (
        <ul className="family-deep-dives" aria-labelledby="family-deep-dives">
          {deepDiveMeetings.map((meeting) => {
            const item = meeting.deepDives.find((entry) => entry.familyId === family.id);
            const hasRecord = meeting.status === 'finished' || meeting.status === 'running';
            return (
              <li key={meeting.id}>
                <a href={routeHref({ name: 'meeting', id: meeting.id, view: hasRecord ? 'record' : null })}>
                  {`${dayText(meetingTime(meeting))}: ${meeting.templateName[language]}`}
                </a>{' '}
                <span className="meta-inline">({t(`record.history.status.${meeting.status}`)})</span>
                {meeting.status === 'finished' && item && (
                  <span className="meta-inline transfer-state">
                    {' '}
                    ·{' '}
                    {transferredOn.has(transferId(meeting.id, item.id))
                      ? t('retention.transfer.historyTransferred', { date: formatDate(transferredOn.get(transferId(meeting.id, item.id))!, language, 'short') })
                      : t('retention.transfer.historyNotTransferred')}
                  </span>
                )}
                {item?.question.trim() && <div className="record-text history-question">{item.question}</div>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function ActionList({
  actions,
  meetingById,
  dayText,
  askerId,
}: {
  actions: Action[];
  meetingById: Map<string, MeetingSummary>;
  dayText: (epochMs: number) => string;
  /** Who is offered first as having asked the family (its responsible worker). */
  askerId: string | null;
}) {
  const { t } = useTranslation();
  const commands = useMeetingCommands();
  const language = useLanguage();
  const today = format(new Date(), 'yyyy-MM-dd');
  const sorted = [...actions].sort(
    (a, b) => Number(a.status === 'done') - Number(b.status === 'done') || (a.due ?? '9999').localeCompare(b.due ?? '9999'),
  );

  async function change(action: Action, status: Action['status']) {
    const changed = await commands.changeActionStatus(action.id, status, action.status);
    if (!changed) return;
    commands.done((t) => t(status === 'done' ? 'record.history.markedDone' : 'record.history.reopened', { text: action.text }), {
      undo: () => commands.changeActionStatus.undo(changed),
    });
  }

  return (
    <ul className="family-actions">
      {sorted.map((action) => {
        const overdue = action.status === 'open' && action.due !== null && action.due < today;
        const meeting = meetingById.get(action.meetingId);
        const textId = `action-text-${action.id}`;
        return (
          <li key={action.id} className={`family-action status-${action.status}`} data-testid="family-action">
            <div className="family-action-main">
              <span className="family-action-kind">{t(action.kind === 'action' ? 'record.history.kindAction' : 'record.history.kindQuestion')}</span>
              <span id={textId} className="record-text family-action-text">
                {action.text}
              </span>
              <span className="family-action-meta">
                {[
                  action.kind === 'action' ? `${t('record.owner')}: ${action.ownerName || t('record.nobody')}` : null,
                  action.kind === 'action' || action.due
                    ? action.due
                      ? `${t('record.due')}: ${format(parseISO(action.due), 'P', { locale: language === 'fi' ? fiLocale : enGB })}`
                      : t('record.noDue')
                    : null,
                  meeting ? t('record.history.agreedOn', { date: dayText(meetingTime(meeting)) }) : null,
                ]
                  .filter((part) => part !== null)
                  .join(' · ')}
              </span>
              {action.kind === 'familyQuestion' && <FamilyAnswer question={action} defaultAskerId={askerId} />}
            </div>
            <span className={`family-action-status${overdue ? ' overdue' : ''}`}>
              {action.status === 'done' ? `✓ ${t('record.actionDone')}` : overdue ? `⚠ ${t('record.history.overdue')}` : t('record.actionOpen')}
            </span>
            <button
              type="button"
              className="button"
              aria-describedby={textId}
              onClick={() => void change(action, action.status === 'done' ? 'open' : 'done')}
            >
              {action.status === 'done' ? t('record.history.reopen') : t('record.history.markDone')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

const chart = { width: 360, height: 200, left: 34, right: 14, top: 12, bottom: 34 } as const;

/** Median (dot, joined by a line) and range (vertical bar) of each risk round, on the 0–10 scale. */
function RiskTrendChart({ points }: { points: TrendPoint[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const innerWidth = chart.width - chart.left - chart.right;
  const innerHeight = chart.height - chart.top - chart.bottom;
  const x = (index: number) => chart.left + (points.length === 1 ? innerWidth / 2 : (innerWidth * index) / (points.length - 1));
  const y = (value: number) => chart.top + innerHeight - (innerHeight * (value - riskScale.min)) / (riskScale.max - riskScale.min);
  const first = points[0]!;
  const last = points.at(-1)!;
  const description = t('record.history.chartDescription', {
    count: points.length,
    first: decimal(first.spread.median, language),
    firstDate: first.label,
    last: decimal(last.spread.median, language),
    lastDate: last.label,
  });
  return (
    <svg
      className="risk-trend-chart"
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      role="img"
      aria-labelledby="risk-chart-title risk-chart-desc"
    >
      <title id="risk-chart-title">{t('record.history.chartTitle')}</title>
      <desc id="risk-chart-desc">{description}</desc>
      <ScaleGridLines left={chart.left} right={chart.width - chart.right} y={y} />
      <polyline className="median-line" points={points.map((point, index) => `${x(index)},${y(point.spread.median)}`).join(' ')} />
      {points.map((point, index) => (
        <g key={point.key}>
          <line className="range" x1={x(index)} x2={x(index)} y1={y(point.spread.min)} y2={y(point.spread.max)} />
          <line className="range" x1={x(index) - 5} x2={x(index) + 5} y1={y(point.spread.min)} y2={y(point.spread.min)} />
          <line className="range" x1={x(index) - 5} x2={x(index) + 5} y1={y(point.spread.max)} y2={y(point.spread.max)} />
          <circle className="median" cx={x(index)} cy={y(point.spread.median)} r={5} />
          {(points.length <= 6 || index === 0 || index === points.length - 1) && (
            <text x={x(index)} y={chart.height - 12} textAnchor="middle" className="axis">
              {point.label}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}

function decimal(value: number, language: string): string {
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return language === 'fi' ? text.replace('.', ',') : text;
}
