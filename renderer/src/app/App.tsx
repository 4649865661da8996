// The top of the app: opens the database (never silently starting empty when it cannot), picks
// the language, then hands over to the vault gate (create / unlock) and, once unlocked, the shell.
import { useCallback, useEffect, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { backUpBeforeMigration } from '../backup/backups';
import { assertCompatible, assertNotNewer, openDatabase, type KehaDatabase } from '../db/database';
import { readLanguage, rememberedLanguage } from '../db/commands/vaultCommands';
import { initI18n } from '../i18n/i18n';
import { ComponentLocale } from '../i18n/ComponentLocale';
import { SharedScreen } from '../meetings/screen/SharedScreen';
import { readChildModeLock } from '../threeHouses/childModeLock';
import { VaultGate } from '../vault/VaultGate';
import { onLockElsewhere, reloadLocked } from '../vault/lockSignal';
import { useRoute } from './router';
import { storageErrorText } from '../db/storageErrors';

type Boot = { phase: 'opening' } | { phase: 'failed'; error: unknown } | { phase: 'ready'; db: KehaDatabase } | { phase: 'superseded' };

export function App({ databaseName }: { databaseName: string }) {
  const [boot, setBoot] = useState<Boot>({ phase: 'opening' });
  const route = useRoute();

  const open = useCallback(async () => {
    setBoot({ phase: 'opening' });
    const db = openDatabase(databaseName);
    try {
      await assertNotNewer(databaseName);
      // A database an older Kehä wrote is backed up as it is before this one upgrades it.
      await backUpBeforeMigration(databaseName);
      await db.open();
      assertCompatible(db);
      db.on('versionchange', () => {
        db.close();
        setBoot({ phase: 'superseded' });
        return false;
      });
      await initI18n(await readLanguage(db));
      setBoot({ phase: 'ready', db });
    } catch (error) {
      db.close();
      if (!i18next.isInitialized) await initI18n(rememberedLanguage());
      setBoot({ phase: 'failed', error });
    }
  }, [databaseName]);

  useEffect(() => {
    void open();
  }, [open]);

  const showsSharedScreen = route.name === 'sharedScreen' && readChildModeLock() === null;
  // The room's screen holds what the facilitator sent (family code, question, notes): when the app
  // locks, it starts afresh too, holding nothing.
  useEffect(() => (showsSharedScreen ? onLockElsewhere(reloadLocked) : undefined), [showsSharedScreen]);

  if (boot.phase === 'opening') return <p className="boot">…</p>;
  return (
    <I18nextProvider i18n={i18next}>
      <ComponentLocale>
        {/* The shared screen shows only what the facilitator window sends it: no vault, no data. Not in
            child mode: a child who types its address stays in the child's houses (the vault gate's shell shows them). */}
        {boot.phase === 'ready' && showsSharedScreen && <SharedScreen meetingId={route.name === 'sharedScreen' ? route.id : ''} />}
        {boot.phase === 'ready' && !showsSharedScreen && <VaultGate db={boot.db} />}
        {boot.phase === 'failed' && <StorageFailure error={boot.error} onRetry={open} />}
        {boot.phase === 'superseded' && <Superseded />}
      </ComponentLocale>
    </I18nextProvider>
  );
}

function StorageFailure({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const name = error instanceof Error ? error.name : '';
  const message =
    name === 'VersionError'
      ? t('storage.versionTooNew')
      : name === 'BackupBeforeMigrationError'
        ? t('backups.beforeMigrationFailed', { reason: storageErrorText((error as { cause?: unknown }).cause, t) })
      : name === 'MissingAPIError' || name === 'InvalidStateError'
        ? t('storage.unavailable')
        : t('storage.openFailedBody');
  return (
    <main className="centered-page" id="main">
      <div className="card" role="alert">
        <h1>{t('storage.openFailedTitle')}</h1>
        <p>{message}</p>
        <details>
          <summary>{t('storage.details')}</summary>
          <pre>{error instanceof Error ? `${error.name}: ${error.message}` : String(error)}</pre>
        </details>
        <button type="button" className="button primary" onClick={onRetry}>
          {t('storage.retry')}
        </button>
      </div>
    </main>
  );
}

function Superseded() {
  const { t } = useTranslation();
  return (
    <main className="centered-page" id="main">
      <div className="card" role="alert">
        <p>{t('storage.otherWindowUpgrade')}</p>
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          {t('storage.reload')}
        </button>
      </div>
    </main>
  );
}
