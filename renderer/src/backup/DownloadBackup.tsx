// A minimal "Download a backup": the whole database as a backup file (encrypted, as stored), saved
// through the platform (a save dialog in the desktop app, a download in a browser), to carry to a
// new computer and restore there. Scheduled and kept backups are the backups section's.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { storageErrorText } from '../app/storageErrors';
import type { KehaDatabase } from '../db/database';
import { getPlatform } from '../platform/platform';
import { backupFileName, exportBackup } from './backupFile';

export function DownloadBackup({ db }: { db: KehaDatabase }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  async function download() {
    setBusy(true);
    setMessage(null);
    try {
      const now = new Date();
      const fileName = backupFileName(now);
      const file = await exportBackup(db);
      const result = await getPlatform().saveTextFile({ suggestedName: fileName, content: await file.text(), mimeType: 'application/json' });
      if (result.status === 'saved') setMessage({ error: false, text: t('restore.downloaded', { file: fileName }) });
    } catch (error) {
      setMessage({ error: true, text: storageErrorText(error, t) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="restore-form">
      <p className="help" id="download-backup-help">
        {t('restore.downloadHelp')}
      </p>
      <div className="restore-actions">
        <button type="button" className="button" disabled={busy} aria-describedby="download-backup-help" onClick={() => void download()}>
          {t('restore.download')}
        </button>
      </div>
      {message && (
        <p className={message.error ? 'error' : 'help'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
