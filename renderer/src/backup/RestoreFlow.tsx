// The steps of a restore, shared by the settings section, its "Undo restore" and the first-start
// screen of a new computer: a file (or a kept backup) and its passphrase → checking, with progress →
// a preview of what the backup holds beside what is here → confirm → restored in one step. A
// refusal is said in words and nothing has changed (docs/architecture.md: Restore).
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { previewLines, type PreviewLine } from '../../../shared/backup/restoreCheck';
import type { KehaDatabase } from '../db/database';
import { formatDate, useLanguage } from '../i18n/i18n';
import { PassphraseField } from '../vault';
import { refusalText } from './refusalText';
import { checkBackupFile, countRows, restoreChecked, RestoreRefusedError, type CheckedBackup, type CheckProgress } from './restore';

type Step =
  | { name: 'form' }
  | { name: 'checking'; progress: CheckProgress }
  | { name: 'preview'; checked: CheckedBackup; lines: PreviewLine[]; emptyHere: boolean }
  | { name: 'restoring'; stage: 'keeping' | 'replacing' };

type RestoreFlowProps = {
  db: KehaDatabase;
  /** Prefix of the element ids, so two flows can be on one screen. */
  idPrefix: string;
  /** The file to restore when it is not chosen here (undo: the backup kept before the last restore). */
  file?: () => Promise<Blob | null>;
  /** The team's name here, when the vault here is open. */
  teamHere: string | null;
  passphraseLabel: string;
  passphraseHelp: string;
  checkLabel: string;
  /** Called once the backup has replaced everything, with the passphrase that opens it. */
  onRestored: (passphrase: string) => void;
};

export function RestoreFlow({ db, idPrefix, file, teamHere, passphraseLabel, passphraseHelp, checkLabel, onRestored }: RestoreFlowProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [chosen, setChosen] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [step, setStep] = useState<Step>({ name: 'form' });
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const errorId = `${idPrefix}-error`;

  useEffect(() => {
    if (step.name === 'preview') previewHeading.current?.focus();
  }, [step.name]);

  async function check() {
    if (step.name !== 'form') return;
    if (!file && !chosen) return setError(t('restore.noFile'));
    if (passphrase.length === 0) return setError(t('restore.noPassphrase'));
    setError(null);
    setStep({ name: 'checking', progress: { stage: 'reading', done: 0, total: 1 } });
    try {
      const blob = file ? await file() : chosen;
      if (!blob) throw new RestoreRefusedError({ kind: 'notBackup' });
      const checked = await checkBackupFile(db, blob, passphrase, { onProgress: (progress) => setStep({ name: 'checking', progress }) });
      const here = await countRows(db);
      setStep({ name: 'preview', checked, lines: previewLines(here, checked.counts), emptyHere: (here.vault ?? 0) === 0 });
    } catch (caught) {
      setError(caught instanceof RestoreRefusedError ? refusalText(caught.refusal, t) : String(caught));
      setStep({ name: 'form' });
    }
  }

  async function restore(checked: CheckedBackup) {
    setStep({ name: 'restoring', stage: 'keeping' });
    try {
      await restoreChecked(db, checked, new Date(), (stage) => setStep({ name: 'restoring', stage }));
      onRestored(passphrase);
    } catch (caught) {
      setError(caught instanceof RestoreRefusedError ? refusalText(caught.refusal, t) : String(caught));
      setStep({ name: 'form' });
    }
  }

  if (step.name === 'restoring') {
    return (
      <p role="status" className="restore-status">
        {t(step.stage === 'keeping' ? 'restore.keeping' : 'restore.restoring')}
      </p>
    );
  }

  if (step.name === 'preview') {
    const { checked, lines, emptyHere } = step;
    return (
      <div className="restore-preview">
        <h3 id={`${idPrefix}-preview-heading`} tabIndex={-1} ref={previewHeading}>
          {t('restore.previewHeading')}
        </h3>
        <p>{checked.newestAt ? t('restore.newest', { date: formatDate(checked.newestAt, language, 'longWithTime') }) : t('restore.noDate')}</p>
        <p>{t('restore.teamBackup', { name: checked.teamName || t('restore.noTeamName') })}</p>
        {teamHere !== null && <p>{t('restore.teamHere', { name: teamHere || t('restore.noTeamName') })}</p>}
        <table className="restore-table" aria-labelledby={`${idPrefix}-preview-heading`}>
          <thead>
            <tr>
              <th scope="col">{t('restore.kindColumn')}</th>
              <th scope="col">{t('restore.hereColumn')}</th>
              <th scope="col">{t('restore.backupColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.kind} data-kind={line.kind}>
                <th scope="row">{t(`restore.kinds.${line.kind}`)}</th>
                <td>{line.here}</td>
                <td>{line.backup}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="warning">{emptyHere ? t('restore.emptyHere') : t('restore.replaceWarning')}</p>
        <div className="restore-actions">
          <button type="button" className="button primary" onClick={() => void restore(checked)}>
            {t('restore.confirm')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setPassphrase('');
              setStep({ name: 'form' });
            }}
          >
            {t('restore.cancel')}
          </button>
        </div>
      </div>
    );
  }

  const checking = step.name === 'checking' ? step.progress : null;
  return (
    <form
      className="restore-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void check();
      }}
    >
      {!file && (
        <div className="field">
          <label htmlFor={`${idPrefix}-file`}>{t('restore.file')}</label>
          <input
            id={`${idPrefix}-file`}
            type="file"
            accept=".json,application/json"
            aria-describedby={`${idPrefix}-file-help`}
            onChange={(event) => setChosen(event.target.files?.[0] ?? null)}
          />
          <p className="help" id={`${idPrefix}-file-help`}>
            {t('restore.fileHelp')}
          </p>
        </div>
      )}
      <PassphraseField
        label={passphraseLabel}
        value={passphrase}
        onChange={setPassphrase}
        help={passphraseHelp}
        autoFocus={false}
        invalid={error !== null}
        errorId={errorId}
      />
      {error && (
        <p className="error" id={errorId} role="alert">
          {error}
        </p>
      )}
      {checking && <CheckingProgress progress={checking} />}
      <button type="submit" className="button primary" disabled={checking !== null}>
        {checkLabel}
      </button>
    </form>
  );
}

function CheckingProgress({ progress }: { progress: CheckProgress }): ReactNode {
  const { t } = useTranslation();
  const text = progress.stage === 'records' ? t('restore.stage.records', { done: progress.done, total: progress.total }) : t(`restore.stage.${progress.stage}`);
  return (
    <div className="restore-progress">
      <progress aria-label={t('restore.progressLabel')} value={progress.stage === 'records' ? progress.done : undefined} max={progress.total || 1} />
      <p role="status">{text}</p>
    </div>
  );
}
