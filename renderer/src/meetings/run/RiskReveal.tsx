// The revealed risk round: every score with the person's stored name (noting anyone no longer on
// the participant list), the reason and "what would move it one point up", and the spread; the
// scores as dots on the 0–10 line; and today's median and range beside last time's (the family's
// previous revealed round, from an earlier meeting), with the direction in words.
import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import { enGB, fi as fiLocale } from 'date-fns/locale';
import type { RiskRound } from '../../../../shared/meeting/meeting';
import { compareWithEarlier, riskSpread, type RiskSpread } from '../../../../shared/meeting/riskStats';
import type { EarlierRound } from '../../db/riskHooks';
import { useLanguage } from '../../i18n/i18n';
import { useText } from '../../i18n/keys';
import { medianText, RiskDotLine } from './RiskDotLine';

type RiskRevealProps = {
  round: RiskRound;
  participants: readonly { id: string; name: string }[];
  /** Last time's round of this family: undefined while it is read, null when there is none. */
  earlier: EarlierRound | null | undefined;
};

export function RiskReveal({ round, participants, earlier }: RiskRevealProps) {
  const { t } = useTranslation();
  const participantIds = new Set(participants.map((participant) => participant.id));
  const scoredIds = new Set(round.scores.map((score) => score.participantId));
  const notScored = participants.filter((participant) => !scoredIds.has(participant.id));
  const spread = riskSpread(round.scores);
  const median = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1).replace('.', t('run.risk.decimalPoint')));
  return (
    <>
      <p className="help">{t('run.risk.closed')}</p>
      {round.enteredBy === 'chair' && (
        <p className="run-risk-entered" data-testid="risk-entered-by-chair">
          {t('safety.paper.entered')}
        </p>
      )}
      <table className="run-risk-table">
        <caption>{t('run.risk.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('run.risk.name')}</th>
            <th scope="col">{t('run.risk.score')}</th>
            <th scope="col">{t('run.risk.reason')}</th>
            <th scope="col">{t('run.risk.oneUp')}</th>
          </tr>
        </thead>
        <tbody>
          {round.scores.map((score) => (
            <tr key={score.participantId}>
              <th scope="row">
                {score.participantName}
                {!participantIds.has(score.participantId) && <span className="help"> ({t('run.risk.noLongerParticipant')})</span>}
              </th>
              <td className="run-risk-score">{score.score === null ? t('run.risk.notScoring') : score.score}</td>
              <td>{score.reason}</td>
              <td>{score.oneUp}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {notScored.length > 0 && (
        <p className="help">{t('run.risk.notScoredBeforeReveal', { names: notScored.map((participant) => participant.name).join(', ') })}</p>
      )}
      <div className="run-risk-spread" data-testid="risk-spread">
        <h3>{t('run.risk.spread')}</h3>
        {spread ? (
          <p>
            {t('run.risk.spreadText', { min: spread.min, median: median(spread.median), max: spread.max })}{' '}
            {t('run.risk.spreadCounts', { count: spread.count })}
            {spread.notScoring > 0 && <>, {t('run.risk.spreadNotScoring', { count: spread.notScoring })}</>}.
          </p>
        ) : (
          <p>{t('run.risk.nobodyScored')}</p>
        )}
        <RiskDotLine scores={round.scores.map((entry) => entry.score)} />
      </div>
      <RiskComparison today={spread} earlier={earlier} />
    </>
  );
}

/** Today's median and range beside last time's, and whether the median went up, down or stayed. */
function RiskComparison({ today, earlier }: { today: RiskSpread | null; earlier: EarlierRound | null | undefined }) {
  const t = useText();
  const language = useLanguage();
  if (earlier === undefined) return <p className="help run-risk-compare">{t('safety.compare.loading')}</p>;
  const comparison = compareWithEarlier(today, earlier);
  if (comparison.kind === 'noEarlier') {
    return (
      <p className="run-risk-compare" data-testid="risk-compare">
        {t('safety.compare.noEarlier')}
      </p>
    );
  }
  const date = format(new Date(comparison.beforeTime), 'P', { locale: language === 'fi' ? fiLocale : enGB });
  const median = (spread: RiskSpread | null) => (spread ? medianText(spread.median, language) : t('safety.compare.none'));
  const range = (spread: RiskSpread | null) => (spread ? t('safety.compare.rangeValue', { min: spread.min, max: spread.max }) : t('safety.compare.none'));
  return (
    <div className="run-risk-compare" data-testid="risk-compare">
      <table className="run-risk-table run-risk-compare-table">
        <caption>{t('safety.compare.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('safety.compare.measure')}</th>
            <th scope="col">{t('safety.compare.lastTime', { date })}</th>
            <th scope="col">{t('safety.compare.today')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('safety.compare.median')}</th>
            <td className="run-risk-score">{median(comparison.before)}</td>
            <td className="run-risk-score">{median(comparison.today)}</td>
          </tr>
          <tr>
            <th scope="row">{t('safety.compare.range')}</th>
            <td>{range(comparison.before)}</td>
            <td>{range(comparison.today)}</td>
          </tr>
        </tbody>
      </table>
      {comparison.direction && <p className="run-risk-direction">{t(`safety.compare.${comparison.direction}`)}</p>}
    </div>
  );
}
