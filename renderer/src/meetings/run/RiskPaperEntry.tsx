// The chair's quick entry of a safety round scored on paper: one table of participant → score
// (reason optional), typed from the papers by keyboard (Tab along a row, ↑/↓ down a column, Enter
// saves). Saving writes the whole round at once, revealed, and marked as the chair's entry; the
// notification offers Undo. Pure rules: shared/meeting/riskPaper.ts; see docs/domain.md: Safety scale.
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { paperRound, type PaperProblem } from '../../../../shared/meeting/riskPaper';
import { TextInput } from '../../components/TextField';
import { RiskRoundStartedError, useMeetingCommands } from '../../db/commands/meetingCommands';
import { storageErrorText } from '../../db/storageErrors';
import { useIssueText } from '../../i18n/i18n';
import { useText } from '../../i18n/keys';
import { useTranslation } from 'react-i18next';

type RiskPaperEntryProps = {
  participants: readonly { id: string; name: string; guest: boolean }[];
  target: { meetingId: string; agendaItemId: string; familyId: string };
  /** `saved`: the round was written (and is revealed). */
  onClose: (saved: boolean) => void;
};

type Column = 'score' | 'reason';

export function RiskPaperEntry({ participants, target, onClose }: RiskPaperEntryProps) {
  const t = useText();
  const { t: translate } = useTranslation();
  const issueText = useIssueText();
  const commands = useMeetingCommands();
  const id = useId();
  const table = useRef<HTMLTableElement>(null);
  const [rows, setRows] = useState<Record<string, { score: string; reason: string }>>({});
  const [problems, setProblems] = useState<PaperProblem[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const valueOf = (participantId: string, column: Column) => rows[participantId]?.[column] ?? '';
  const set = (participantId: string, column: Column, value: string) =>
    setRows((current) => ({ ...current, [participantId]: { score: '', reason: '', ...current[participantId], [column]: value } }));
  const problemOf = (participantId: string, column: Column) => problems.find((problem) => problem.participantId === participantId && problem.field === column);
  const problemText = (problem: PaperProblem) =>
    problem.issue === 'notAScore' ? t('safety.paper.invalid') : problem.issue === 'reasonWithoutScore' ? t('safety.paper.reasonWithoutScore') : issueText(problem.issue);
  const input = (participantId: string, column: Column) =>
    table.current?.querySelector<HTMLInputElement>(`[data-participant="${CSS.escape(participantId)}"] [data-column="${column}"]`);

  /** ↑/↓ move down and up a column, as on paper. */
  function move(event: KeyboardEvent<HTMLInputElement>, index: number, column: Column) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const next = participants[index + (event.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    event.preventDefault();
    input(next.id, column)?.focus();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const result = paperRound(
      participants.map((participant) => ({ participantId: participant.id, participantName: participant.name, score: valueOf(participant.id, 'score'), reason: valueOf(participant.id, 'reason') })),
    );
    if (!result.ok) {
      setProblems(result.problems);
      setFormError(result.noScores ? t('safety.paper.noScores') : t('safety.paper.errors', { count: result.problems.length }));
      const first = result.problems[0] ?? { participantId: participants[0]?.id ?? '', field: 'score' as const };
      input(first.participantId, first.field)?.focus();
      return;
    }
    setProblems([]);
    setFormError(null);
    setSaving(true);
    try {
      const entry = await commands.recordPaperRiskRound.orThrow(target, result.scores);
      commands.done((tr) => tr('safety.paper.saved'), { undo: () => commands.recordPaperRiskRound.undo(entry), familyId: target.familyId });
      onClose(true);
    } catch (error) {
      setSaving(false);
      setFormError(error instanceof RiskRoundStartedError ? t('safety.paper.started') : storageErrorText(error, translate));
    }
  }

  return (
    <form className="run-risk-paper" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`}>{t('safety.paper.title')}</h3>
      <p className="help">{t('safety.paper.help')}</p>
      <p className="help" id={`${id}-empty`}>
        {t('safety.paper.emptyMeans')}
      </p>
      <table className="run-risk-table run-risk-paper-table" ref={table}>
        <caption className="visually-hidden">{t('safety.paper.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('safety.paper.participant')}</th>
            <th scope="col">{t('safety.paper.score')}</th>
            <th scope="col">{t('safety.paper.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {participants.map((participant, index) => {
            const name = participant.guest ? translate('run.risk.guest', { name: participant.name }) : participant.name;
            const scoreProblem = problemOf(participant.id, 'score');
            const reasonProblem = problemOf(participant.id, 'reason');
            return (
              <tr key={participant.id} data-participant={participant.id}>
                <th scope="row">{name}</th>
                <td>
                  <TextInput
                    className="run-risk-paper-score"
                    data-column="score"
                    inputMode="numeric"
                    maxLength={2}
                    size={3}
                    aria-label={t('safety.paper.scoreOf', { name: participant.name })}
                    aria-invalid={scoreProblem ? true : undefined}
                    aria-describedby={scoreProblem ? `${id}-${index}-score-error` : `${id}-empty`}
                    value={valueOf(participant.id, 'score')}
                    onChange={(event) => set(participant.id, 'score', event.target.value)}
                    onKeyDown={(event) => move(event, index, 'score')}
                    autoFocus={index === 0}
                  />
                  {scoreProblem && (
                    <p className="error" id={`${id}-${index}-score-error`}>
                      {problemText(scoreProblem)}
                    </p>
                  )}
                </td>
                <td>
                  <TextInput
                    className="run-risk-paper-reason"
                    data-column="reason"
                    aria-label={t('safety.paper.reasonOf', { name: participant.name })}
                    aria-invalid={reasonProblem ? true : undefined}
                    aria-describedby={reasonProblem ? `${id}-${index}-reason-error` : undefined}
                    value={valueOf(participant.id, 'reason')}
                    onChange={(event) => set(participant.id, 'reason', event.target.value)}
                    onKeyDown={(event) => move(event, index, 'reason')}
                  />
                  {reasonProblem && (
                    <p className="error" id={`${id}-${index}-reason-error`}>
                      {problemText(reasonProblem)}
                    </p>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {formError && (
        <p className="error" role="alert">
          {formError}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => onClose(false)}>
          {t('safety.paper.cancel')}
        </button>
        <button type="submit" className="button primary" disabled={saving}>
          {t('safety.paper.save')}
        </button>
      </div>
    </form>
  );
}
