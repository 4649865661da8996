// One participant's private risk score: the 0–10 safety scale as a radio group (0 = the children
// are not safe at home now, 10 = safe enough to close the case) or "not scoring", the reason and
// what would move it one point up. Saving closes the dialog, so the chosen value leaves the page.
import { useId, useState, type FormEvent } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { riskScale, validateRiskReason } from '../../../../shared/meeting/meeting';
import { storageErrorText } from '../../db/storageErrors';
import { TextField } from '../../components/TextField';
import { useIssueText } from '../../i18n/i18n';
import { useMeetingCommands } from '../../db/commands/meetingCommands';

type RiskScoreDialogProps = {
  participant: { id: string; name: string };
  target: { meetingId: string; agendaItemId: string; familyId: string };
  /** `saved`: the score was stored (focus then moves on to whoever is next). */
  onClose: (saved: boolean) => void;
};

const scale = Array.from({ length: riskScale.max - riskScale.min + 1 }, (_, index) => riskScale.min + index);

export function RiskScoreDialog({ participant, target, onClose }: RiskScoreDialogProps) {
  const { t } = useTranslation();
  const commands = useMeetingCommands();
  const issueText = useIssueText();
  const id = useId();
  const [choice, setChoice] = useState<number | 'none' | null>(null);
  const [reason, setReason] = useState('');
  const [oneUp, setOneUp] = useState('');
  const [errors, setErrors] = useState<{ choice?: string; reason?: string; oneUp?: string; save?: string }>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checkedReason = validateRiskReason(reason);
    const checkedOneUp = validateRiskReason(oneUp);
    const next = {
      choice: choice === null ? t('run.risk.choose') : undefined,
      reason: checkedReason.ok ? undefined : issueText(checkedReason.issue),
      oneUp: checkedOneUp.ok ? undefined : issueText(checkedOneUp.issue),
    };
    setErrors(next);
    if (choice === null || !checkedReason.ok || !checkedOneUp.ok) return;
    try {
      await commands.recordRiskScore.orThrow(target, {
        participantId: participant.id,
        participantName: participant.name,
        score: choice === 'none' ? null : choice,
        reason: checkedReason.value,
        oneUp: checkedOneUp.value,
      });
      onClose(true);
    } catch (error) {
      setErrors({ save: storageErrorText(error, t) });
    }
  }

  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => !open && onClose(false)} isDismissable={false} isKeyboardDismissDisabled={false}>
      <Modal className="modal run-score-modal">
        <Dialog className="dialog">
          <form onSubmit={(event) => void submit(event)}>
            <Heading slot="title">{t('run.risk.dialogTitle', { name: participant.name })}</Heading>
            <p>{t('run.risk.dialogIntro', { name: participant.name })}</p>
            <fieldset className="run-scale" aria-describedby={`${id}-scale-help${errors.choice ? ` ${id}-choice-error` : ''}`}>
              <legend>{t('run.risk.scale')}</legend>
              <p className="help" id={`${id}-scale-help`}>
                {t('run.risk.scaleHelp')}
              </p>
              <div className="run-scale-options">
                {scale.map((value) => (
                  <label key={value} className="run-scale-option">
                    <input
                      type="radio"
                      name={`${id}-score`}
                      value={value}
                      checked={choice === value}
                      onChange={() => setChoice(value)}
                      autoFocus={value === riskScale.min}
                    />
                    <span>{value}</span>
                  </label>
                ))}
              </div>
              <div className="run-scale-ends" aria-hidden="true">
                <span>{t('run.risk.scaleLow')}</span>
                <span>{t('run.risk.scaleHigh')}</span>
              </div>
              <label className="run-scale-option run-not-scoring">
                <input type="radio" name={`${id}-score`} value="none" checked={choice === 'none'} onChange={() => setChoice('none')} />
                <span>{t('run.risk.notScoringOption')}</span>
              </label>
              {errors.choice && (
                <p className="error" id={`${id}-choice-error`} role="alert">
                  {errors.choice}
                </p>
              )}
            </fieldset>
            <TextField id={`${id}-reason`} label={t('run.risk.reason')} value={reason} onChange={setReason} help={null} error={errors.reason ?? null} multiline className="run-short-area" />
            <TextField id={`${id}-oneup`} label={t('run.risk.oneUp')} value={oneUp} onChange={setOneUp} help={null} error={errors.oneUp ?? null} multiline className="run-short-area" />
            {errors.save && (
              <p className="error" role="alert">
                {errors.save}
              </p>
            )}
            <div className="dialog-actions">
              <button type="button" className="button" onClick={() => onClose(false)}>
                {t('run.risk.cancel')}
              </button>
              <button type="submit" className="button primary">
                {t('run.risk.save')}
              </button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
