// First start on a new computer: instead of creating a new vault, restore the team's backup. Moving
// to a new computer is install, restore, passphrase: the file is checked completely with the
// backup's passphrase, previewed, restored in one step, and Kehä opens with it.
import { useTranslation } from 'react-i18next';
import type { KehaDatabase } from '../db/database';
import { useVaultCommands } from '../db/commands/vaultCommands';
import { LanguageSelect } from '../components/LanguageSelect';
import { RestoreFlow } from './RestoreFlow';

export function NewComputerRestore({ db, onUnlocked, onBack }: { db: KehaDatabase; onUnlocked: (key: CryptoKey) => void; onBack: () => void }) {
  const { t } = useTranslation();
  const commands = useVaultCommands(db);
  return (
    <main className="centered-page" id="main">
      <div className="card vault-card">
        <div className="card-top">
          <p className="brand">{t('app.name')}</p>
          <LanguageSelect db={db} />
        </div>
        <h1>{t('restore.newComputerTitle')}</h1>
        <p>{t('restore.newComputerIntro')}</p>
        <RestoreFlow
          db={db}
          idPrefix="new-computer"
          teamHere={null}
          passphraseLabel={t('restore.passphrase')}
          passphraseHelp={t('restore.passphraseHelp')}
          checkLabel={t('restore.check')}
          onRestored={(passphrase) => {
            // The restored vault is opened with the passphrase just checked; should that fail, the
            // unlock screen (shown as soon as the vault exists) asks for it.
            commands.unlockVaultIn.orThrow(passphrase).then(onUnlocked, () => undefined);
          }}
        />
        <button type="button" className="button" onClick={onBack}>
          {t('restore.newComputerBack')}
        </button>
      </div>
    </main>
  );
}
