// The risk round done the way good practice asks: the chair calls each participant in turn ("Next:
// Leena scores"), who scores privately in a dialog; once saved only "scored ✓" or "not scoring"
// shows, and a participant may take theirs back and score again until the chair reveals every
// score at once. Before the reveal no score value is anywhere on this page (nor on the shared
// screen); after it, the table of every score with reasons and the spread. Guests of the family's
// discussion do not score unless the chair includes them (here or in the planner). A team that
// scores on paper has the chair type every score at once instead (RiskPaperEntry), which saves the
// round revealed. After the reveal, last time's round of the family shows beside today's.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingStart, type RiskRound } from '../../../../shared/meeting/meeting';
import { useEarlierRiskRound } from '../../db/riskHooks';
import { RiskPaperEntry } from './RiskPaperEntry';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotify } from '../../components/Notifications';
import { RiskReveal } from './RiskReveal';
import { RiskScoreDialog } from './RiskScoreDialog';
import type { RunContext } from './runContext';
import { useMeetingCommands } from '../../db/commands/meetingCommands';
import { useThisComputer } from '../../db/thisComputer';
import { isFollower } from '../../../../shared/meeting/driver';
import { FollowerRiskPanel } from './FollowerRiskPanel';

type RiskRoundPanelProps = {
  context: RunContext;
  target: { meetingId: string; agendaItemId: string; familyId: string };
  round: RiskRound | undefined;
};

export function RiskRoundPanel(props: RiskRoundPanelProps) {
  const { computerId } = useThisComputer();
  const revealed = props.round !== undefined && props.round.revealedAt !== null;
  if (!revealed && isFollower(props.context.meeting.run, computerId)) return <FollowerRiskPanel {...props} />;
  return <ChairRiskRoundPanel {...props} />;
}

/** The round on the computer that runs the meeting (and, after the reveal, on every computer). */
function ChairRiskRoundPanel({ context, target, round }: RiskRoundPanelProps) {
  const { t } = useTranslation();
  const commands = useMeetingCommands();
  const notify = useNotify();
  const [scoring, setScoring] = useState<{ id: string; name: string } | null>(null);
  const [confirmingReveal, setConfirmingReveal] = useState(false);
  const [onPaper, setOnPaper] = useState(false);
  // After the paper entry is saved the revealed round replaces the form: focus goes to its heading.
  const [focusRevealed, setFocusRevealed] = useState(false);
  const revealedHeading = useRef<HTMLHeadingElement>(null);
  const paperButton = useRef<HTMLButtonElement>(null);
  const earlier = useEarlierRiskRound(target.familyId, target.meetingId, meetingStart(context.meeting));
  const revealed = round !== undefined && round.revealedAt !== null;
  // Where keyboard focus goes once the stored round shows a change (the button pressed disappears).
  const [focusAfter, setFocusAfter] = useState<{ change: 'scored' | 'withdrawn'; participantId: string } | null>(null);
  const panel = useRef<HTMLElement>(null);
  const report = commands.report;
  const scores = round?.scores ?? [];
  const byParticipant = new Map(scores.map((score) => [score.participantId, score]));
  // Only those expected to score in this family's round: the team, and guests the chair included.
  const participants = context.scorers;
  const participantIds = new Set(participants.map((participant) => participant.id));
  // Scores of people no longer on the participant list still count and still show (by stored name).
  const formerScores = scores.filter((score) => !participantIds.has(score.participantId));
  const count = participants.length + formerScores.length;
  const notYet = participants.filter((participant) => !byParticipant.has(participant.id)).length;
  // Guests of this family's discussion whom the chair has not included in the round.
  const notInRound = context.participants.filter((participant) => participant.guest && !participants.some((scorer) => scorer.id === participant.id));

  useEffect(() => {
    if (!focusAfter) return;
    const has = scores.some((score) => score.participantId === focusAfter.participantId);
    if (focusAfter.change === 'scored' ? !has : has) return;
    setFocusAfter(null);
    const within = panel.current;
    const target =
      focusAfter.change === 'withdrawn'
        ? within?.querySelector<HTMLElement>(`[data-participant="${CSS.escape(focusAfter.participantId)}"] .run-risk-call`)
        : (within?.querySelector<HTMLElement>('.run-risk-call') ?? within?.querySelector<HTMLElement>('.run-risk-reveal-button'));
    target?.focus();
  }, [focusAfter, scores]);

  // A revealed round only goes back to an open one when the chair's entry from paper is undone:
  // focus then goes to where the chair can type it in again.
  const wasRevealed = useRef({ agendaItemId: target.agendaItemId, revealed });
  useEffect(() => {
    const before = wasRevealed.current;
    if (before.agendaItemId === target.agendaItemId && before.revealed && !revealed) paperButton.current?.focus();
    wasRevealed.current = { agendaItemId: target.agendaItemId, revealed };
  }, [revealed, target.agendaItemId]);

  useEffect(() => {
    if (!focusRevealed || !revealed) return;
    setFocusRevealed(false);
    revealedHeading.current?.focus();
  }, [focusRevealed, revealed]);

  /** The chair includes a guest of this family's discussion in its round (by default guests do not score). */
  async function include(guestId: string) {
    try {
      await commands.setGuestScoring.orThrow(target.meetingId, guestId, target.agendaItemId, true);
    } catch (error) {
      report(error);
    }
  }

  async function reveal() {
    setConfirmingReveal(false);
    try {
      await commands.revealRiskRound.orThrow(target.meetingId, target.agendaItemId);
      notify({ message: (t) => t('run.risk.revealed') });
    } catch (error) {
      report(error);
    }
  }

  async function redo(participantId: string, name: string) {
    try {
      await commands.withdrawRiskScore.orThrow(target, participantId);
      setFocusAfter({ change: 'withdrawn', participantId });
      notify({ message: (t) => t('run.risk.redone', { name }) });
    } catch (error) {
      report(error);
    }
  }

  if (round && revealed) {
    return (
      <section className="run-panel run-risk" aria-labelledby="run-risk-heading">
        <h2 id="run-risk-heading" tabIndex={-1} ref={revealedHeading}>
          {t('run.risk.heading')}
        </h2>
        <RiskReveal round={round} participants={participants} earlier={earlier} />
      </section>
    );
  }

  if (onPaper && scores.length === 0) {
    return (
      <section className="run-panel run-risk" aria-labelledby="run-risk-heading">
        <h2 id="run-risk-heading">{t('run.risk.heading')}</h2>
        <RiskPaperEntry
          participants={participants}
          target={target}
          onClose={(saved) => {
            setOnPaper(false);
            if (saved) setFocusRevealed(true);
            else window.setTimeout(() => paperButton.current?.focus());
          }}
        />
      </section>
    );
  }

  return (
    <section className="run-panel run-risk" aria-labelledby="run-risk-heading" ref={panel}>
      <h2 id="run-risk-heading">{t('run.risk.heading')}</h2>
      <p className="help">{t('run.risk.howItWorks')}</p>
      {participants.length === 0 && <p className="empty">{t('run.risk.noParticipants')}</p>}
      <ul className="run-risk-participants">
        {participants.map((participant) => {
          const score = byParticipant.get(participant.id);
          const name = participant.guest ? t('run.risk.guest', { name: participant.name }) : participant.name;
          return (
            <li key={participant.id} className={`run-risk-row ${score ? 'run-risk-done' : ''}`} data-participant={participant.id}>
              <span className="run-risk-name">{name}</span>
              <span className="run-risk-state">
                {score ? (score.score === null ? t('run.risk.notScoring') : t('run.risk.scored')) : t('run.risk.waiting')}
              </span>
              {score ? (
                <button
                  type="button"
                  className="button quiet"
                  aria-label={t('run.risk.redo', { name: participant.name })}
                  onClick={() => void redo(participant.id, participant.name)}
                >
                  {t('run.risk.redoShort')}
                </button>
              ) : (
                <button type="button" className="button run-risk-call" onClick={() => setScoring({ id: participant.id, name: participant.name })}>
                  {t('run.risk.nextScores', { name: participant.name })}
                </button>
              )}
            </li>
          );
        })}
        {formerScores.map((score) => (
          <li key={score.participantId} className="run-risk-row run-risk-done">
            <span className="run-risk-name">
              {score.participantName} <span className="help">({t('run.risk.noLongerParticipant')})</span>
            </span>
            <span className="run-risk-state">{score.score === null ? t('run.risk.notScoring') : t('run.risk.scored')}</span>
          </li>
        ))}
      </ul>
      {notInRound.length > 0 && (
        <ul className="run-risk-guests">
          {notInRound.map((guest) => (
            <li key={guest.id} className="run-risk-row">
              <span className="run-risk-guest-text">{t('run.risk.guestNotInRound', { name: guest.name })}</span>
              <button type="button" className="button" onClick={() => void include(guest.id)}>
                {t('run.risk.includeGuest', { name: guest.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="run-risk-progress" aria-live="polite" data-testid="risk-progress">
        {t('run.risk.progress', { scored: scores.length, count })}
      </p>
      <div className="run-risk-reveal">
        <p className="run-risk-ask">{t('run.risk.askEveryone')}</p>
        <button
          type="button"
          className="button primary run-risk-reveal-button"
          disabled={scores.length === 0}
          onClick={() => (notYet > 0 ? setConfirmingReveal(true) : void reveal())}
        >
          {t('run.risk.reveal')}
        </button>
        {scores.length === 0 && <p className="help">{t('run.risk.noScoresYet')}</p>}
      </div>
      {scores.length === 0 && participants.length > 0 && (
        <div className="run-risk-paper-offer">
          <button type="button" className="button" ref={paperButton} onClick={() => setOnPaper(true)}>
            {t('safety.paper.open')}
          </button>
        </div>
      )}
      {scoring && (
        <RiskScoreDialog
          participant={scoring}
          target={target}
          onClose={(saved) => {
            if (saved) setFocusAfter({ change: 'scored', participantId: scoring.id });
            setScoring(null);
          }}
        />
      )}
      <ConfirmDialog
        isOpen={confirmingReveal}
        title={t('run.risk.revealTitle')}
        body={t('run.risk.revealBody', { count: notYet })}
        confirmLabel={t('run.risk.revealConfirm')}
        cancelLabel={t('run.risk.revealWait')}
        onCancel={() => setConfirmingReveal(false)}
        onConfirm={() => void reveal()}
      />
    </section>
  );
}
