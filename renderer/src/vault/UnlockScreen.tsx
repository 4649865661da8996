// Later starts: the passphrase opens the vault. A wrong one is rejected without touching data.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KehaDatabase } from '../db/database';
import { unlockVaultIn } from '../db/repositories/vaultRepository';
import { LanguageSelect } from '../components/LanguageSelect';
import { WrongPassphraseError } from './vaultCrypto';
import { PassphraseField } from './PassphraseField';
import { storageErrorText } from '../app/storageErrors';

export function UnlockScreen({ db, onUnlocked }: { db: KehaDatabase; onUnlocked: (key: CryptoKey) => void }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      onUnlocked(await unlockVaultIn(db, passphrase));
    } catch (caught) {
      setError(caught instanceof WrongPassphraseError ? t('vault.wrongPassphrase') : storageErrorText(caught, t));
      setPassphrase('');
      setBusy(false);
    }
  }

  return (
    <main className="centered-page" id="main">
      <form className="card vault-card" onSubmit={submit} noValidate>
        <div className="card-top">
          <p className="brand">{t('app.name')}</p>
          <LanguageSelect db={db} />
        </div>
        <h1>{t('vault.unlockTitle')}</h1>
        <p>{t('vault.unlockIntro')}</p>
        <PassphraseField
          label={t('vault.passphrase')}
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="current-password"
          help={null}
          autoFocus
          invalid={error !== null}
          errorId="unlock-error"
        />
        {error && (
          <p className="error" id="unlock-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button primary" disabled={busy || passphrase.length === 0}>
          {busy ? t('vault.unlocking') : t('vault.unlock')}
        </button>
      </form>
    </main>
  );
}
