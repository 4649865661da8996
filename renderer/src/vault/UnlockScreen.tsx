// Later starts: the passphrase opens the vault. A wrong one is rejected without touching data.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KehaDatabase } from '../db/database';
import { useVaultCommands } from '../db/commands/vaultCommands';
import { storageErrorText } from '../db/storageErrors';
import { WeakVaultHeaderError, WrongPassphraseError } from './vaultCrypto';
import { PassphraseField } from './PassphraseField';
import { VaultForm } from './VaultForm';
import { RestoredNotice } from '../backup';

export function UnlockScreen({ db, onUnlocked }: { db: KehaDatabase; onUnlocked: (key: CryptoKey) => void }) {
  const { t } = useTranslation();
  const commands = useVaultCommands(db);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      onUnlocked(await commands.unlockVaultIn.orThrow(passphrase));
    } catch (caught) {
      setError(
        caught instanceof WrongPassphraseError
          ? t('vault.wrongPassphrase')
          : caught instanceof WeakVaultHeaderError
            ? t('vault.weakHeader')
            : storageErrorText(caught, t),
      );
      setPassphrase('');
      setBusy(false);
    }
  }

  return (
    <VaultForm
      db={db}
      title={t('vault.unlockTitle')}
      intro={t('vault.unlockIntro')}
      errorId="unlock-error"
      error={error}
      submitLabel={busy ? t('vault.unlocking') : t('vault.unlock')}
      submitDisabled={busy || passphrase.length === 0}
      onSubmit={submit}
    >
      <RestoredNotice />
      <PassphraseField
        label={t('vault.passphrase')}
        value={passphrase}
        onChange={setPassphrase}
        help={null}
        autoFocus
        invalid={error !== null}
        errorId="unlock-error"
      />
    </VaultForm>
  );
}
