// Two sessions of the same child side by side (baseline and now), house by house: what is new,
// what is no longer there and what stayed, written in text (not colour alone), the child's renamed
// houses and both drawings. Built on the team's view of each session (consent.ts), since comparing
// is the team's work and the comparison can be printed: a session the child has not allowed the
// team to see is not shown. Clear messages for a missing session, another child's, or the same
// one twice; other sessions are chosen from selects (the route holds the pair), or swapped.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareSessions, viewForAudience, type HouseComparison, type ThreeHousesView } from '../../../../shared/threeHouses/consent';
import { defaultHouseNameKey, type HouseId } from '../../../../shared/threeHouses/session';
import { navigate, routeHref } from '../../app/router';
import { useNotify } from '../../components/Notifications';
import { useFamily } from '../../db/hooks';
import { useChildThreeHousesSessions, useThreeHousesSession } from '../../db/methodHooks';
import type { ThreeHousesSessionRecord } from '../../db/commands/threeHousesCommands';
import { getPlatform } from '../../platform/platform';
import { DrawingImage } from '../DrawingImage';
import { ConsentWithheld, HouseItemText } from '../HousesView';
import { useDayFormat } from '../sessionFormat';
import './compare.css';

type CompareScreenProps = { familyId: string; childId: string; baselineId: string; nowId: string };
type Side = 'baseline' | 'now';

export function CompareScreen({ familyId, childId, baselineId, nowId }: CompareScreenProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const family = useFamily(familyId);
  const sessions = useChildThreeHousesSessions(familyId, childId);
  const baseline = useThreeHousesSession(baselineId);
  const now = useThreeHousesSession(nowId);
  if (family === undefined || sessions === undefined || baseline === undefined || now === undefined) return null;
  if (family === null) {
    return (
      <div className="screen compare-screen">
        <h1 tabIndex={-1}>{t('threeHouses.compare.heading')}</h1>
        <p className="empty" role="alert">
          {t('threeHouses.compare.familyNotFound')}
        </p>
        <a href={routeHref({ name: 'families' })}>{t('threeHouses.compare.backToFamilies')}</a>
      </div>
    );
  }

  const child = family.children.find((entry) => entry.id === childId) ?? null;
  const childName = child ? child.pseudonym.trim() || '?' : t('threeHouses.compare.childRemoved');
  const go = (pair: { baselineId: string; nowId: string }) =>
    navigate({ name: 'threeHouses', familyId, childId, view: { kind: 'compare', ...pair } });
  const belongs = (record: ThreeHousesSessionRecord) => record.familyId === familyId && record.childId === childId;

  const problems: string[] = [];
  if (baseline === null) problems.push(t('threeHouses.compare.baselineMissing'));
  else if (!belongs(baseline)) problems.push(t('threeHouses.compare.baselineOtherChild'));
  if (now === null) problems.push(t('threeHouses.compare.nowMissing'));
  else if (!belongs(now)) problems.push(t('threeHouses.compare.nowOtherChild'));
  if (baselineId === nowId && problems.length === 0) problems.push(t('threeHouses.compare.sameSession'));
  const ready = problems.length === 0 && baseline !== null && now !== null;

  async function print() {
    try {
      const name = t('threeHouses.compare.fileName', { code: family!.code, baseline: baseline?.date ?? '', now: now?.date ?? '' });
      await getPlatform().printToPdf(`${name.replace(/[^\p{L}\p{N}-]+/gu, '-')}.pdf`);
    } catch (error) {
      notify({ message: (t) => t('record.printFailed', { reason: error instanceof Error ? error.message : String(error) }) });
    }
  }

  return (
    <div className="screen compare-screen">
      <p className="no-print">
        <a href={routeHref({ name: 'threeHouses', familyId, childId, view: { kind: 'sessions' } })}>{t('threeHouses.compare.back', { child: childName })}</a>
      </p>
      <h1 tabIndex={-1}>
        {t('threeHouses.compare.heading')} <span className="subtitle">· {t('threeHouses.compare.subtitle', { child: childName, code: family.code })}</span>
      </h1>
      {!child && <p className="help">{t('threeHouses.compare.childRemovedNote')}</p>}

      <SessionChoice key={`${baselineId}/${nowId}`} sessions={sessions} baselineId={baselineId} nowId={nowId} onChoose={go} onPrint={ready ? () => void print() : null} />

      {problems.length > 0 && (
        <div className="compare-problems" role="alert">
          {problems.map((problem) => (
            <p key={problem} className="error">
              {problem}
            </p>
          ))}
        </div>
      )}
      {ready && <Comparison familyId={familyId} childId={childId} baseline={baseline} now={now} />}
    </div>
  );
}

/**
 * The two sessions chosen from this child's sessions. A choice is shown with the button (not on
 * every change of a select, which would move the keyboard's focus away while still choosing);
 * swapping is one action and shows at once.
 */
function SessionChoice({
  sessions,
  baselineId,
  nowId,
  onChoose,
  onPrint,
}: {
  sessions: ThreeHousesSessionRecord[];
  baselineId: string;
  nowId: string;
  onChoose: (pair: { baselineId: string; nowId: string }) => void;
  onPrint: (() => void) | null;
}) {
  const { t } = useTranslation();
  const day = useDayFormat();
  const [choice, setChoice] = useState({ baselineId, nowId });
  const options = (current: string) => (
    <>
      {!sessions.some((entry) => entry.id === current) && <option value={current}>{t('threeHouses.compare.missingOption')}</option>}
      {sessions.map((entry) => (
        <option key={entry.id} value={entry.id}>
          {t('threeHouses.compare.sessionOption', { date: day(entry.date), worker: entry.worker.name })}
        </option>
      ))}
    </>
  );
  return (
    <section className="compare-choose no-print" aria-labelledby="compare-choose-heading">
      <h2 id="compare-choose-heading" className="visually-hidden">
        {t('threeHouses.compare.choose')}
      </h2>
      <form
        className="compare-choose-form"
        onSubmit={(event) => {
          event.preventDefault();
          onChoose(choice);
        }}
      >
        <div className="field">
          <label htmlFor="compare-baseline">{t('threeHouses.compare.chooseBaseline')}</label>
          <select id="compare-baseline" value={choice.baselineId} onChange={(event) => setChoice({ ...choice, baselineId: event.target.value })}>
            {options(choice.baselineId)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="compare-now">{t('threeHouses.compare.chooseNow')}</label>
          <select id="compare-now" value={choice.nowId} onChange={(event) => setChoice({ ...choice, nowId: event.target.value })}>
            {options(choice.nowId)}
          </select>
        </div>
        <button type="submit" className="button primary">
          {t('threeHouses.compare.show')}
        </button>
      </form>
      <div className="compare-choose-actions">
        <button type="button" className="button" onClick={() => onChoose({ baselineId: nowId, nowId: baselineId })}>
          <span aria-hidden="true">⇄ </span>
          {t('threeHouses.compare.swap')}
        </button>
        {onPrint && (
          <button type="button" className="button" onClick={onPrint}>
            {t('threeHouses.compare.print')}
          </button>
        )}
      </div>
    </section>
  );
}

function Comparison({ familyId, childId, baseline, now }: { familyId: string; childId: string; baseline: ThreeHousesSessionRecord; now: ThreeHousesSessionRecord }) {
  const { t } = useTranslation();
  const day = useDayFormat();
  const views: Record<Side, ThreeHousesView> = { baseline: viewForAudience(baseline, 'team'), now: viewForAudience(now, 'team') };
  const records: Record<Side, ThreeHousesSessionRecord> = { baseline, now };
  const withheld = (['baseline', 'now'] as const).filter((side) => !views[side].allowed);

  if (withheld.length > 0) {
    return (
      <div className="compare-withheld">
        <p className="help">{t('threeHouses.compare.teamView')}</p>
        {withheld.map((side) => {
          const view = views[side];
          const record = records[side];
          return (
            <div key={side} className="compare-withheld-side">
              <h2>{t(`threeHouses.compare.${side}`, { date: day(record.date) })}</h2>
              {!view.allowed && <ConsentWithheld audience={view.audience} reason={view.reason} />}
              <a className="no-print" href={routeHref({ name: 'threeHouses', familyId, childId, view: { kind: 'session', sessionId: record.id } })}>
                {t('threeHouses.compare.openSession', { date: day(record.date) })}
              </a>
            </div>
          );
        })}
      </div>
    );
  }

  const before = views.baseline;
  const after = views.now;
  if (!before.allowed || !after.allowed) return null;
  const comparison = compareSessions(before, after);
  const columns = {
    baseline: { heading: t('threeHouses.compare.baseline', { date: day(before.date) }), worker: before.workerName },
    now: { heading: t('threeHouses.compare.now', { date: day(after.date) }), worker: after.workerName },
  };

  return (
    <>
      <p className="help">{t('threeHouses.compare.teamView')}</p>
      {before.date > after.date && <p className="warning no-print">{t('threeHouses.compare.baselineNewer', { baseline: day(before.date), now: day(after.date) })}</p>}
      <div className="compare-houses">
        {comparison.houses.map((house) => (
          <HouseCompared
            key={house.house}
            comparison={house}
            columns={columns}
            drawings={{ baseline: before.houses[house.house].drawing, now: after.houses[house.house].drawing }}
          />
        ))}
      </div>
    </>
  );
}

type Columns = Record<Side, { heading: string; worker: string }>;

function HouseCompared({ comparison, columns, drawings }: { comparison: HouseComparison; columns: Columns; drawings: Record<Side, string | null> }) {
  const { t } = useTranslation();
  const id: HouseId = comparison.house;
  const defaultName = t(defaultHouseNameKey(id));
  const nameOf = (name: string) => (name.trim() === '' ? defaultName : name);
  const title = comparison.nowName.trim() === '' ? defaultName : t('threeHouses.renamedHouse', { name: comparison.nowName, defaultName });
  const count = (status: 'new' | 'gone' | 'kept') =>
    status === 'gone' ? comparison.baseline.filter((entry) => entry.status === 'gone').length : comparison.now.filter((entry) => entry.status === status).length;
  const counts = { new: count('new'), gone: count('gone'), kept: count('kept') };
  const headingId = `compare-${id}`;

  return (
    <section className={`compare-house compare-house-${id}`} aria-labelledby={headingId} data-house={id}>
      <h2 id={headingId}>{title}</h2>
      {comparison.renamed && <p>{t('threeHouses.compare.renamed', { from: nameOf(comparison.baselineName), to: nameOf(comparison.nowName) })}</p>}
      <p className="compare-counts" data-testid="compare-counts">
        {counts.new === 0 && counts.gone === 0 ? t('threeHouses.compare.noChange') : t('threeHouses.compare.counts', counts)}
      </p>
      <div className="compare-columns">
        {(['baseline', 'now'] as const).map((side) => {
          const entries = side === 'baseline' ? comparison.baseline : comparison.now;
          const name = nameOf(side === 'baseline' ? comparison.baselineName : comparison.nowName);
          return (
            <div key={side} className={`compare-column compare-${side}`} data-side={side}>
              <h3>
                {columns[side].heading}
                <span className="compare-worker">{t('threeHouses.compare.worker', { name: columns[side].worker })}</span>
              </h3>
              {entries.length === 0 ? (
                <p className="hv-empty">{t('threeHouses.compare.noItems')}</p>
              ) : (
                <ul className="compare-items">
                  {entries.map(({ item, status }) => (
                    <li key={item.id} className={`compare-item compare-item-${status}`} data-status={status}>
                      <span className="compare-status">
                        <span aria-hidden="true">{status === 'new' ? '+ ' : status === 'gone' ? '− ' : '= '}</span>
                        {t(`threeHouses.compare.${status}`)}:
                      </span>{' '}
                      <HouseItemText item={item} />
                    </li>
                  ))}
                </ul>
              )}
              {drawings[side] !== null && (
                <div className="compare-drawing">
                  <DrawingImage encoded={drawings[side]} label={name} />
                </div>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
