// "Passphrase and key": changing the team passphrase (the current one required, the new one twice
// and checked for guessability) and, when a member has left, renewing the data key at the same time,
// with the background re-encryption's progress. docs/architecture.md: Security (Vault).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { validateNewPassphrase } from '../../../shared/vault/passphrase';
import { storageErrorText } from '../db/storageErrors';
import {
  PassphraseField,
  PassphraseStrengthNote,
  releasePassphraseChecker,
  strengthRefusal,
  startKeyRenewal,
  useKeyRenewal,
  announceLock,
  KeyRenewalRunningError,
  VaultChangedError,
  WrongPassphraseError,
} from '../vault';
import { useKeyRenewalPending, useSettingsCommands } from '../db/commands/settingsCommands';

export function PassphraseSection() {
  const { t } = useTranslation();
  const commands = useSettingsCommands();
  const session = commands.context;
  const [oldPassphrase, setOldPassphrase] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeated, setRepeated] = useState('');
  const [renewKey, setRenewKey] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function submit() {
    if (busy) return;
    setDone(null);
    const result = validateNewPassphrase(passphrase, repeated);
    if (!result.ok) return setError(t(result.issue.key, result.issue.values));
    if (result.value === oldPassphrase) return setError(t('keys.section.sameAsOld'));
    setBusy(true);
    setError(null);
    try {
      const refusal = await strengthRefusal(result.value);
      if (refusal) {
        setError(t(refusal));
        return;
      }
      const renewed = await commands.changeVaultPassphrase.orThrow(oldPassphrase, result.value, { renewKey });
      void commands.noteActivity.orThrow(renewKey ? 'keyRotated' : 'passphraseChanged');
      releasePassphraseChecker();
      setOldPassphrase('');
      setPassphrase('');
      setRepeated('');
      setRenewKey(false);
      setDone(t(renewed ? 'keys.section.changedRenewing' : 'keys.section.changed'));
      if (renewed) {
        // Windows holding only the old key must not write with it any more.
        announceLock();
        void startKeyRenewal(session);
      }
    } catch (caught) {
      setError(
        caught instanceof WrongPassphraseError
          ? t('keys.section.wrongOld')
          : caught instanceof VaultChangedError
            ? t('keys.section.changedElsewhere')
            : caught instanceof KeyRenewalRunningError
              ? t('keys.section.renewalRunning')
              : storageErrorText(caught, t),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="settings-keys-heading" className="passphrase-section">
      <h2 id="settings-keys-heading">{t('keys.section.heading')}</h2>
      <p className="help">{t('keys.section.intro')}</p>
      <KeyRenewalProgress />
      <form
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          void submit();
        }}
      >
        <PassphraseField
          label={t('keys.section.oldPassphrase')}
          value={oldPassphrase}
          onChange={setOldPassphrase}
          help={null}
          autoFocus={false}
          invalid={error !== null}
          errorId="passphrase-change-error"
        />
        <PassphraseField
          label={t('keys.section.newPassphrase')}
          value={passphrase}
          onChange={setPassphrase}
          help={null}
          autoFocus={false}
          invalid={error !== null}
          errorId="passphrase-change-error"
        />
        <PassphraseStrengthNote passphrase={passphrase} id="passphrase-change-strength" />
        <PassphraseField
          label={t('keys.section.newPassphraseRepeat')}
          value={repeated}
          onChange={setRepeated}
          help={null}
          autoFocus={false}
          invalid={error !== null}
          errorId="passphrase-change-error"
        />
        <div className="field">
          <label className="inline-check">
            <input type="checkbox" checked={renewKey} onChange={(event) => setRenewKey(event.target.checked)} aria-describedby="renew-key-help" />
            {t('keys.section.renewKey')}
          </label>
          <p className="help" id="renew-key-help">
            {t('keys.section.renewKeyHelp')}
          </p>
        </div>
        {error && (
          <p className="error" id="passphrase-change-error" role="alert">
            {error}
          </p>
        )}
        {done && <p role="status">{done}</p>}
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('keys.section.working') : t(renewKey ? 'keys.section.submitRenew' : 'keys.section.submit')}
        </button>
      </form>
    </section>
  );
}

/** The background re-encryption of a key renewal: a progress bar while it runs, and how it ended. */
function KeyRenewalProgress() {
  const { t } = useTranslation();
  const renewal = useKeyRenewal();
  const pending = useKeyRenewalPending();
  if (renewal.status === 'failed') return <p role="alert">{t('keys.renewal.failed')}</p>;
  if (renewal.status === 'finished') {
    return (
      <div role="status">
        <p>{t('keys.renewal.finished')}</p>
        {renewal.unreadable > 0 && <p>{t('keys.renewal.unreadable', { count: renewal.unreadable })}</p>}
      </div>
    );
  }
  if (!pending) return null;
  const running = renewal.status === 'running' ? renewal : null;
  return (
    <div className="key-renewal">
      <label htmlFor="key-renewal-progress">{t('keys.renewal.label')}</label>
      <progress id="key-renewal-progress" max={running?.total || 1} value={running?.done ?? 0} aria-describedby="key-renewal-count" />
      <p className="help" id="key-renewal-count">
        {running ? t('keys.renewal.progress', { done: running.done, total: running.total }) : t('keys.renewal.pending')}
      </p>
    </div>
  );
}
