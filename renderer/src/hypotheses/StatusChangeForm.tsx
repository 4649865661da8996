// Changing a hypothesis's status outside a meeting: the new status and a prompted reason (why the
// team now sees it so; may be left empty). Saved as a new revision dated now.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hypothesisStatuses, validateHypothesisReason, type Hypothesis, type HypothesisStatus } from '../../../shared/hypothesis/hypothesis';
import { storageErrorText } from '../db/storageErrors';
import { TextField } from '../components/TextField';
import { useIssueText } from '../i18n/i18n';
import { StatusMark } from './StatusMark';

type StatusChangeFormProps = {
  hypothesis: Hypothesis;
  onSave: (status: HypothesisStatus, reason: string) => Promise<void>;
  onCancel: () => void;
};

export function StatusChangeForm({ hypothesis, onSave, onCancel }: StatusChangeFormProps) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const idPrefix = `status-${hypothesis.id}`;
  const [status, setStatus] = useState<HypothesisStatus | null>(null);
  const [reason, setReason] = useState('');
  const [statusError, setStatusError] = useState<string | null>(null);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setSaveError(null);
    if (status === null || status === hypothesis.status) {
      setStatusError(t('hypotheses.screen.statusSame', { status: t(`hypotheses.status.${hypothesis.status}`) }));
      document.getElementById(`${idPrefix}-${hypothesisStatuses.find((entry) => entry !== hypothesis.status)}`)?.focus();
      return;
    }
    const checked = validateHypothesisReason(reason);
    if (!checked.ok) {
      setReasonError(issueText(checked.issue));
      document.getElementById(`${idPrefix}-reason`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await onSave(status, checked.value);
    } catch (error) {
      setSaveError(storageErrorText(error, t));
      setBusy(false);
    }
  }

  return (
    <form className="hypothesis-status-form" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset className="hypothesis-choices" aria-describedby={statusError ? `${idPrefix}-status-error` : undefined}>
        <legend>{t('hypotheses.screen.newStatus')}</legend>
        <ul className="hypothesis-choice-list">
          {hypothesisStatuses.map((entry) => (
            <li key={entry}>
              <label className="inline-check">
                <input
                  type="radio"
                  id={`${idPrefix}-${entry}`}
                  name={`${idPrefix}-status`}
                  value={entry}
                  checked={status === entry}
                  disabled={entry === hypothesis.status}
                  onChange={() => {
                    setStatus(entry);
                    setStatusError(null);
                  }}
                />
                <StatusMark status={entry} />
                {t(`hypotheses.status.${entry}`)}
              </label>
            </li>
          ))}
        </ul>
        {statusError && (
          <p className="error" id={`${idPrefix}-status-error`} role="alert">
            {statusError}
          </p>
        )}
      </fieldset>
      <TextField
        id={`${idPrefix}-reason`}
        label={t('hypotheses.screen.reason')}
        value={reason}
        onChange={(value) => {
          setReason(value);
          setReasonError(null);
        }}
        help={t('hypotheses.screen.reasonHelp')}
        error={reasonError}
        multiline
        className="hypothesis-editor-detail"
      />
      {saveError && (
        <p className="error" role="alert">
          {saveError}
        </p>
      )}
      <div className="hypothesis-editor-actions">
        <button type="submit" className="button primary" aria-disabled={busy || undefined}>
          {t('hypotheses.screen.saveStatus')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('hypotheses.editor.cancel')}
        </button>
      </div>
    </form>
  );
}
