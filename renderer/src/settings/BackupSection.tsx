// "Backups" on the Data and security screen: Back up now with its progress, where and when the last
// backup was, the team's folder in the desktop app, the kept backups with a download each, the
// 7-day reminder and whether the browser keeps Kehä's storage persistently (docs/architecture.md: Backups).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../db/sessionContext';
import {
  backupWarningText,
  backUp,
  backupsChanged,
  type StoredBackup,
  backupStoreFor,
  backupErrorText,
  noteDownloaded,
  sizeText,
  useBackupActivity,
  useBackupOverview,
  usePersistence,
} from '../backup';
import './backupSection.css';
import { formatDate, useLanguage } from '../i18n/i18n';
import { getPlatform } from '../platform/platform';

export function BackupSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { db, now } = useSession();
  const activity = useBackupActivity(db.name);
  const overview = useBackupOverview(db);
  const persistence = usePersistence();
  const [made, setMade] = useState<StoredBackup | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const platform = getPlatform();

  const when = (iso: string) => formatDate(iso, language, 'longWithTime');

  const backUpNow = async () => {
    setProblem(null);
    setMade(null);
    try {
      setMade(await backUp(db, 'manual', now));
    } catch (error) {
      setProblem(backupErrorText(error, t));
    }
  };

  const download = async (entry: StoredBackup) => {
    setProblem(null);
    try {
      const store = await backupStoreFor(db.name);
      const result = await platform.saveFile(await store.read(entry.id), entry.fileName);
      if (result.status === 'saved') await noteDownloaded(db, now());
    } catch (error) {
      setProblem(t('backups.failed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  };

  const chooseFolder = async () => {
    const api = platform.backupFolder;
    if (!api) return;
    try {
      await api.chooseBackupFolder();
      backupsChanged(db.name);
    } catch (error) {
      setProblem(t('backups.folderFailed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  };

  const running = activity.running;
  const newest = overview?.backups[0] ?? null;
  const place = overview?.place;
  const reminder = overview ? backupWarningText(overview, now(), t) : null;
  const automaticFailure = !problem && activity.failed && activity.failed.reason !== 'manual' ? t('backups.failedAutomatic', { message: backupErrorText(activity.failed.error, t) }) : null;
  const inBrowser = place?.kind !== 'folder';

  return (
    <section aria-labelledby="settings-backups-heading" className="backup-section">
      <h2 id="settings-backups-heading">{t('backups.heading')}</h2>
      <p className="help">{t('backups.intro')}</p>
      {overview && (
        <p data-testid="last-backup">
          {newest
            ? t('backups.lastBackup', {
                date: when(newest.createdAt),
                place: place?.kind === 'folder' ? t('backups.placeFolder', { folder: place.folder }) : t('backups.placeBrowser'),
              })
            : t('backups.noBackupYet')}
        </p>
      )}
      {platform.backupFolder && place && (
        <div className="field">
          <span className="label">{t('backups.folderLabel')}</span>
          <p>{place.kind === 'folder' ? t('backups.folderChosen', { folder: place.folder }) : t('backups.folderNone')}</p>
          <div>
            <button type="button" className="button" onClick={() => void chooseFolder()}>
              {place.kind === 'folder' ? t('backups.changeFolder') : t('backups.chooseFolder')}
            </button>
          </div>
        </div>
      )}
      {overview?.error != null && <p className="backup-alert" role="alert">{t('backups.folderFailed', { reason: String(overview.error) })}</p>}
      {reminder && <p className="backup-alert" role="alert">{reminder}</p>}
      {automaticFailure && <p className="backup-alert" role="alert">{automaticFailure}</p>}
      <div className="backup-actions">
        <button type="button" className="button primary" onClick={() => void backUpNow()} disabled={running !== null} aria-describedby="backup-status">
          {running ? t('backups.backingUp') : t('backups.backUpNow')}
        </button>
        {running && (
          <div className="backup-progress">
            <progress
              aria-label={t('backups.progressLabel')}
              max={running.totalRows ?? undefined}
              value={running.totalRows ? running.completedRows : undefined}
            />
            <span>{running.totalRows ? t('backups.progressRows', { done: running.completedRows, total: running.totalRows }) : t('backups.progressStarting')}</span>
          </div>
        )}
      </div>
      <div id="backup-status" role="status">
        {problem && <p className="backup-alert">{problem}</p>}
        {made && !running && (
          <p className="backup-actions">
            <span>{t('backups.made', { date: when(made.createdAt) })}</span>
            {inBrowser && (
              <button type="button" className="button" onClick={() => void download(made)}>
                {t('backups.downloadThis')}
              </button>
            )}
          </p>
        )}
      </div>
      {overview && inBrowser && (
        <>
          <p className="help">{t('backups.downloadHelp')}</p>
          <p data-testid="last-download">
            {overview.lastDownloadAt ? t('backups.lastDownload', { date: when(overview.lastDownloadAt) }) : t('backups.neverDownloaded')}
          </p>
        </>
      )}
      <h3 id="settings-backups-list">{t('backups.listHeading')}</h3>
      <p className="help">{t('backups.listHelp')}</p>
      {overview && overview.backups.length === 0 && <p>{t('backups.listEmpty')}</p>}
      {overview && overview.backups.length > 0 && (
        <table aria-labelledby="settings-backups-list">
          <thead>
            <tr>
              <th scope="col">{t('backups.columnDate')}</th>
              <th scope="col">{t('backups.columnReason')}</th>
              <th scope="col">{t('backups.columnSize')}</th>
              <th scope="col">{t('backups.columnActions')}</th>
            </tr>
          </thead>
          <tbody>
            {overview.backups.map((entry) => (
              <tr key={entry.id}>
                <td>{when(entry.createdAt)}</td>
                <td>{t(`backups.reason.${entry.reason}`)}</td>
                <td className="backup-size">{sizeText(entry.size, language)}</td>
                <td>
                  <button type="button" className="button" aria-label={t('backups.downloadOf', { date: when(entry.createdAt) })} onClick={() => void download(entry)}>
                    {t('backups.download')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {inBrowser && persistence && (
        <>
          <h3>{t('backups.storageHeading')}</h3>
          <p data-testid="storage-persistence">{t(`backups.${persistence === 'unknown' ? 'persistUnknown' : persistence}`)}</p>
        </>
      )}
    </section>
  );
}
