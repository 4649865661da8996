// In the app frame while the vault is open: asks the browser for persistent storage, makes the
// daily backup when it is due (a few seconds after unlocking, then checked every quarter hour),
// and shows a warning, with a link to the backups, when no copy has left this computer's browser
// storage for 7 days or the last automatic backup failed (docs/architecture.md: Backups).
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { daysWithoutCopy } from '../../../shared/backup/schedule';
import { routeHref, useRoute } from '../app/router';
import { useSession } from '../db/sessionContext';
import { backUpIfDue } from './backups';
import { backupErrorText, requestPersistentStorage, useBackupActivity, useBackupOverview, type BackupOverview } from './useBackups';
import './backups.css';

const firstCheckMs = 5_000;
const checkEveryMs = 15 * 60_000;

export function AutomaticBackups() {
  const { db, now } = useSession();
  useEffect(() => {
    void requestPersistentStorage();
    const check = () => void backUpIfDue(db, now).catch(() => {
      // The failure is kept in the backup activity and shown below and on the settings screen.
    });
    const first = window.setTimeout(check, firstCheckMs);
    const every = window.setInterval(check, checkEveryMs);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(every);
    };
  }, [db, now]);
  return <BackupWarning />;
}

/** The reminder's text, or null when there is nothing to warn about. */
export function backupWarningText(overview: BackupOverview, now: Date, t: ReturnType<typeof useTranslation>['t']): string | null {
  if (overview.place.kind === 'noFolder' && overview.vaultCreatedAt && daysWithoutCopy(overview.lastDownloadAt, overview.vaultCreatedAt, now) !== null) {
    return t('backups.reminderNoFolder');
  }
  if (!overview.vaultCreatedAt) return null;
  const days = daysWithoutCopy(overview.lastCopyAt, overview.vaultCreatedAt, now);
  if (days === null) return null;
  return overview.place.kind === 'folder' ? t('backups.reminderFolder', { count: days }) : t('backups.reminder', { count: days });
}

function BackupWarning() {
  const { t } = useTranslation();
  const { db, now } = useSession();
  const route = useRoute();
  const activity = useBackupActivity(db.name);
  const overview = useBackupOverview(db);
  // The settings screen says the same in its backups section.
  if (route.name === 'settings' || !overview) return null;
  const failed = activity.failed && activity.failed.reason !== 'manual' ? t('backups.failedAutomatic', { message: backupErrorText(activity.failed.error, t) }) : null;
  const reminder = backupWarningText(overview, now(), t);
  if (!failed && !reminder) return null;
  return (
    <div className="backup-warning" role="status">
      {failed && <p>{failed}</p>}
      {reminder && <p>{reminder}</p>}
      <a href={routeHref({ name: 'settings' })}>{t('backups.reminderLink')}</a>
    </div>
  );
}
