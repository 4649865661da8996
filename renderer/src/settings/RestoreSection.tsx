// "Restore from a backup" on the Data and security screen: a backup file replaces everything, all or
// nothing, after a complete check and a preview; the data as it was is kept as a backup, and the
// last restore can be undone from here (docs/architecture.md: Restore).
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useSession } from '../db/sessionContext';
import { lastRestoreKey } from '../db/database';
import { beforeRestoreFile, readLastRestore, lockAfterRestore, RestoreFlow, backupStoreFor } from '../backup';
import { useTeamName } from '../db/commands/settingsCommands';
import { formatDate, useLanguage } from '../i18n/i18n';

export function RestoreSection() {
  const { t } = useTranslation();
  const { db } = useSession();
  const language = useLanguage();
  const teamName = useTeamName();
  const lastRestore = useLiveQuery(async () => {
    const last = readLastRestore((await db.settings.get(lastRestoreKey))?.value);
    // A restore on a new computer replaced nothing, so there is nothing to undo.
    if (!last || last.backupId === null) return null;
    const kept = last.backupId ? (await (await backupStoreFor(db.name)).list()).find((entry) => entry.id === last.backupId) : undefined;
    return { ...last, kept: kept ?? null };
  }, [db]);
  return (
    <section aria-labelledby="settings-restore-heading">
      <h2 id="settings-restore-heading">{t('restore.heading')}</h2>
      <p className="help">{t('restore.intro')}</p>
      <RestoreFlow
        db={db}
        idPrefix="restore"
        teamHere={teamName ?? ''}
        passphraseLabel={t('restore.passphrase')}
        passphraseHelp={t('restore.passphraseHelp')}
        checkLabel={t('restore.check')}
        onRestored={lockAfterRestore}
      />
      {lastRestore && (
        <div className="restore-undo" aria-labelledby="settings-undo-restore-heading" role="group">
          <h3 id="settings-undo-restore-heading">{t('restore.undoHeading')}</h3>
          {lastRestore.kept ? (
            <>
              <p>{t('restore.undoText', { date: formatDate(lastRestore.at, language, 'longWithTime'), file: lastRestore.kept.fileName })}</p>
              <RestoreFlow
                db={db}
                idPrefix="undo-restore"
                file={() => beforeRestoreFile(db, lastRestore.kept!.id)}
                teamHere={teamName ?? ''}
                passphraseLabel={t('restore.undoPassphrase')}
                passphraseHelp={t('restore.undoPassphraseHelp')}
                checkLabel={t('restore.undo')}
                onRestored={lockAfterRestore}
              />
            </>
          ) : (
            <p>{t('restore.undoGone', { date: formatDate(lastRestore.at, language, 'longWithTime') })}</p>
          )}
        </div>
      )}
    </section>
  );
}
