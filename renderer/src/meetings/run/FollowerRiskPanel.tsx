// The scoring round on a computer that follows the chair's run (docs/domain.md: The team on several
// computers). The member using this computer, when they score in this round, gives their own score
// here, privately ("Your score"): saved as their own entry of the round, which nobody sees (this
// screen included) until the chair reveals every score at once. Everyone's progress shows as on the
// chair's computer: who has scored, never what. The reveal, the entry from paper and including guests
// stay on the chair's computer.
import { useRef, useState } from 'react';
import type { RiskRound } from '../../../../shared/meeting/meeting';
import { scoredBeforeReveal } from '../../../../shared/meeting/ownScore';
import { useThisComputer } from '../../db/thisComputer';
import { useText } from '../../i18n/keys';
import { RiskScoreDialog } from './RiskScoreDialog';
import type { RunContext } from './runContext';

type FollowerRiskPanelProps = {
  context: RunContext;
  target: { meetingId: string; agendaItemId: string; familyId: string };
  round: RiskRound | undefined;
};

export function FollowerRiskPanel({ context, target, round }: FollowerRiskPanelProps) {
  const t = useText();
  const { memberId } = useThisComputer();
  const [scoring, setScoring] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const scored = new Map(scoredBeforeReveal(round?.scores ?? []).map((entry) => [entry.participantId, entry.scoring]));
  const participants = context.scorers;
  const me = memberId ? participants.find((participant) => participant.id === memberId) : undefined;
  const mine = me ? scored.get(me.id) : undefined;
  const count = participants.length + [...scored.keys()].filter((id) => !participants.some((participant) => participant.id === id)).length;

  return (
    <section className="run-panel run-risk" aria-labelledby="run-risk-heading" data-testid="follower-risk">
      <h2 id="run-risk-heading">{t('run.risk.heading')}</h2>
      <div className="run-risk-own" aria-labelledby="run-risk-own-heading" role="group">
        <h3 id="run-risk-own-heading">{t('together.score.heading')}</h3>
        {!memberId ? (
          <p className="help">{t('together.score.whoIsUsing')}</p>
        ) : !me ? (
          <p className="help">{t('together.score.notParticipant')}</p>
        ) : (
          <>
            <p className="help">{t('together.score.intro')}</p>
            {mine !== undefined && (
              <p className="run-risk-own-state" data-testid="own-score-state">
                {mine ? t('together.score.scored') : t('together.score.notScoring')}
              </p>
            )}
            <p className="run-risk-hidden">{t('together.score.hidden')}</p>
            <button type="button" className="button primary" ref={button} onClick={() => setScoring(true)}>
              {mine === undefined ? t('together.score.scoreNow') : t('together.score.again')}
            </button>
          </>
        )}
      </div>
      <h3>{t('together.score.others')}</h3>
      {participants.length === 0 && <p className="empty">{t('run.risk.noParticipants')}</p>}
      <ul className="run-risk-participants">
        {participants.map((participant) => {
          const state = scored.get(participant.id);
          return (
            <li key={participant.id} className={`run-risk-row ${state !== undefined ? 'run-risk-done' : ''}`} data-participant={participant.id}>
              <span className="run-risk-name">{participant.guest ? t('run.risk.guest', { name: participant.name }) : participant.name}</span>
              <span className="run-risk-state">{state === undefined ? t('run.risk.waiting') : state ? t('run.risk.scored') : t('run.risk.notScoring')}</span>
            </li>
          );
        })}
      </ul>
      <p className="run-risk-progress" aria-live="polite" data-testid="risk-progress">
        {t('run.risk.progress', { scored: scored.size, count })}
      </p>
      <p className="help">{t('together.score.waitingForReveal')}</p>
      {scoring && me && (
        <RiskScoreDialog
          participant={{ id: me.id, name: me.name }}
          target={target}
          onClose={() => {
            setScoring(false);
            window.setTimeout(() => button.current?.focus());
          }}
        />
      )}
    </section>
  );
}
