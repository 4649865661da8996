// The revealed risk round: every score with the person's stored name (noting anyone no longer on
// the participant list), the reason and "what would move it one point up", and the spread.
import { useTranslation } from 'react-i18next';
import type { RiskRound } from '../../../../shared/meeting/meeting';
import { riskSpread } from '../../../../shared/meeting/riskStats';

type RiskRevealProps = { round: RiskRound; participants: readonly { id: string; name: string }[] };

export function RiskReveal({ round, participants }: RiskRevealProps) {
  const { t } = useTranslation();
  const participantIds = new Set(participants.map((participant) => participant.id));
  const scoredIds = new Set(round.scores.map((score) => score.participantId));
  const notScored = participants.filter((participant) => !scoredIds.has(participant.id));
  const spread = riskSpread(round.scores);
  const median = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1).replace('.', t('run.risk.decimalPoint')));
  return (
    <>
      <p className="help">{t('run.risk.closed')}</p>
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
      </div>
    </>
  );
}
