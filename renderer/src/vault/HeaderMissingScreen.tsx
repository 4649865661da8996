// Shown instead of "create the vault" when the vault header is gone but team data is stored: a new
// vault would get a new key and orphan that data, so none is offered (createVaultIn refuses it too).
// It says what is wrong and points to restoring from a backup, which brings the header back.
import { useTranslation } from 'react-i18next';
import type { KehaDatabase } from '../db/database';
import { LanguageSelect } from '../components/LanguageSelect';

export function HeaderMissingScreen({ db }: { db: KehaDatabase }) {
  const { t } = useTranslation();
  return (
    <main className="centered-page" id="main">
      <div className="card vault-card">
        <div className="card-top">
          <p className="brand">{t('app.name')}</p>
          <LanguageSelect db={db} />
        </div>
        <h1>{t('keys.headerMissing.title')}</h1>
        <p role="alert">{t('keys.headerMissing.body')}</p>
        <p>{t('keys.headerMissing.restore')}</p>
      </div>
    </main>
  );
}
