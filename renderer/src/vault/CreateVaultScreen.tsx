// First start: the team chooses the passphrase that encrypts everything. Typed twice, checked
// for length and variety and against lists of common passwords and words (a guessable one is
// refused), with a plain warning that a lost passphrase cannot be recovered. A computer of a team
// that already uses Kehä joins it instead, or restores the team's backup.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../shared/limits';
import { validateNewPassphrase } from '../../../shared/vault/passphrase';
import type { KehaDatabase } from '../db/database';
import { useVaultCommands, VaultExistsError, VaultHeaderMissingError } from '../db/commands/vaultCommands';
import { storageErrorText } from '../db/storageErrors';
import { PassphraseField } from './PassphraseField';
import { VaultForm } from './VaultForm';
import { NewComputerRestore, ScreenSuspense } from '../app/lazyScreens';
import { PassphraseStrengthNote } from './PassphraseStrengthNote';
import { releasePassphraseChecker, strengthRefusal } from './passphraseStrength';

type CreateVaultScreenProps = {
  db: KehaDatabase;
  onCreated: (key: CryptoKey) => void;
  /** Join a team that already uses Kehä instead (VaultGate shows the join screen). */
  onJoin: () => void;
};

export function CreateVaultScreen({ db, onCreated, onJoin }: CreateVaultScreenProps) {
  const { t } = useTranslation();
  const commands = useVaultCommands(db);
  const [passphrase, setPassphrase] = useState('');
  const [repeated, setRepeated] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [fromBackup, setFromBackup] = useState(false);

  async function submit() {
    if (busy) return;
    const result = validateNewPassphrase(passphrase, repeated);
    if (!result.ok) {
      setError(t(result.issue.key, result.issue.values));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const refusal = await strengthRefusal(result.value);
      if (refusal) {
        setError(t(refusal));
        setBusy(false);
        return;
      }
      const dataKey = await commands.createVaultIn.orThrow(result.value, new Date());
      releasePassphraseChecker();
      onCreated(dataKey);
    } catch (caught) {
      setError(
        caught instanceof VaultExistsError
          ? t('vault.alreadyExists')
          : caught instanceof VaultHeaderMissingError
            ? t('keys.headerMissing.body')
            : storageErrorText(caught, t),
      );
      setBusy(false);
    }
  }

  if (fromBackup) {
    return (
      <ScreenSuspense>
        <NewComputerRestore db={db} onUnlocked={onCreated} onBack={() => setFromBackup(false)} />
      </ScreenSuspense>
    );
  }

  return (
    <VaultForm
      db={db}
      title={t('vault.createTitle')}
      intro={t('vault.createIntro')}
      errorId="vault-error"
      error={error}
      submitLabel={busy ? t('vault.creating') : t('vault.create')}
      submitDisabled={busy}
      onSubmit={submit}
      after={
        // A new computer: join the team through its server, or restore the team's backup, instead of creating a vault.
        <>
          <button type="button" className="button" onClick={onJoin}>
            {t('sync.join.offer')}
          </button>
          <button type="button" className="button" onClick={() => setFromBackup(true)}>
            {t('restore.newComputerLink')}
          </button>
        </>
      }
    >
      <PassphraseField
        label={t('vault.passphrase')}
        value={passphrase}
        onChange={setPassphrase}
        help={t('vault.passphraseHelp', { min: limits.passphraseMinLength })}
        autoFocus
        invalid={error !== null}
        errorId="vault-error"
      />
      <PassphraseStrengthNote passphrase={passphrase} id="vault-strength" />
      <PassphraseField
        label={t('vault.passphraseRepeat')}
        value={repeated}
        onChange={setRepeated}
        help={null}
        autoFocus={false}
        invalid={error !== null}
        errorId="vault-error"
      />
      <p className="warning">{t('vault.lossWarning')}</p>
    </VaultForm>
  );
}
