// The offer to load a fictional demonstration team in an empty install, and the banner that
// marks demonstration data while it exists, with its one-step removal.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/sessionContext';
import { storageErrorText } from '../app/storageErrors';
import { loadDemoTeam, removeDemoData } from '../db/repositories/demoRepository';
import { useNotify } from './Notifications';

export function DemoOffer() {
  const { t } = useTranslation();
  const session = useSession();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  return (
    <section className="card demo-offer" aria-labelledby="demo-offer-title">
      <h2 id="demo-offer-title">{t('demo.offerTitle')}</h2>
      <p>{t('demo.offerBody')}</p>
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await loadDemoTeam(session);
            notify({ message: (t) => t('demo.loaded') });
          } catch (error) {
            notify({ message: (t) => storageErrorText(error, t) });
          } finally {
            setBusy(false);
          }
        }}
      >
        {t('demo.load')}
      </button>
    </section>
  );
}

export function DemoBanner() {
  const { t } = useTranslation();
  const session = useSession();
  const notify = useNotify();
  return (
    <div className="demo-banner">
      <p>{t('demo.banner')}</p>
      <button
        type="button"
        className="button"
        onClick={async () => {
          try {
            await removeDemoData(session);
            notify({ message: (t) => t('demo.removed') });
          } catch (error) {
            notify({ message: (t) => storageErrorText(error, t) });
          }
        }}
      >
        {t('demo.remove')}
      </button>
    </div>
  );
}
