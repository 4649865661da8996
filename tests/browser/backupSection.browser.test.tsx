// The backups section (renderer/src/settings/BackupSection.tsx) in the desktop app, with a stand-in
// for the shell's backup folder: backups go to the folder the team chose, and a full disk mid-backup
// says so in words and keeps the older backups as they were. Also how a browser quota error reads.
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import i18next from 'i18next';
import type { FolderBackupEntry, KehaDesktopApi } from '../../shared/ipc/contract';
import { backupErrorText } from '../../renderer/src/backup/useBackups';
import { BackupSection } from '../../renderer/src/settings/BackupSection';
import '../../renderer/src/styles.css';
import { browserWorld, seriousAxeViolations } from './support';

const world = browserWorld({ prefix: 'keha-backup-section', width: '900px' });

/** An in-memory folder behind the desktop API: writes land only on commit; `full` makes every chunk fail with ENOSPC. */
function fakeFolder(folder: string) {
  const files = new Map<string, { bytes: number; modifiedAt: string }>();
  const writes = new Map<string, { fileName: string; bytes: number }>();
  const state = { full: false, files, writes };
  const refuse = async (): Promise<never> => {
    throw new Error('not used');
  };
  window.kehaDesktop = {
    saveTextFile: refuse,
    printToPdf: refuse,
    appInfo: async () => ({ version: 'test', platform: 'test' }),
    backupFolder: async () => ({ folder }),
    chooseBackupFolder: async () => ({ status: 'chosen', folder }),
    backupWriteBegin: async ({ fileName }) => {
      const writeId = crypto.randomUUID();
      writes.set(writeId, { fileName, bytes: 0 });
      return { writeId };
    },
    backupWriteChunk: async ({ writeId, bytes }) => {
      if (state.full) {
        writes.delete(writeId);
        throw new Error("Error invoking remote method 'keha:backup-write-chunk': Error: ENOSPC: no space left on device, write");
      }
      writes.get(writeId)!.bytes += bytes.byteLength;
    },
    backupWriteEnd: async ({ writeId, commit }) => {
      const write = writes.get(writeId);
      writes.delete(writeId);
      if (!write || !commit) return null;
      const entry: FolderBackupEntry = { fileName: write.fileName, size: write.bytes, modifiedAt: new Date().toISOString() };
      files.set(write.fileName, { bytes: write.bytes, modifiedAt: entry.modifiedAt });
      return entry;
    },
    listBackups: async () => [...files].map(([fileName, file]) => ({ fileName, size: file.bytes, modifiedAt: file.modifiedAt })).reverse(),
    readBackup: async () => new Uint8Array(),
    removeBackup: async ({ fileName }) => {
      files.delete(fileName);
    },
    setChildMode: async (request) => request,
    onOsLock: () => () => undefined,
  } satisfies KehaDesktopApi;
  return state;
}

describe('backups in the desktop app', () => {
  it('go to the team’s folder; a full disk mid-backup is said in words and the older backup stays', async () => {
    const folder = fakeFolder('/mnt/tiimi/varmuuskopiot');
    world.render(<BackupSection />);
    await expect.element(page.getByText('Backups are written to /mnt/tiimi/varmuuskopiot.')).toBeVisible();
    await expect.element(page.getByText('No backups are kept yet.')).toBeVisible();
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect.element(page.getByText(/^Backup made:/)).toBeVisible();
    await expect.poll(() => page.getByTestId('last-backup').element().textContent).toContain('in the folder /mnt/tiimi/varmuuskopiot');
    expect([...folder.files.keys()]).toEqual([expect.stringMatching(/^keha-backup-\d{4}-\d{2}-\d{2}-\d{4}-manual\.json$/)]);
    const rows = page.getByRole('table', { name: 'Kept backups' }).getByRole('row');
    await expect.poll(() => rows.elements().length).toBe(2);

    folder.full = true;
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect.element(page.getByText('The disk is full, so the backup was not made. The older backups are kept as they were.', { exact: false })).toBeVisible();
    expect(folder.files.size).toBe(1);
    expect(folder.writes.size).toBe(0);
    await expect.poll(() => rows.elements().length).toBe(2);
    expect(await seriousAxeViolations(world.container)).toEqual([]);
  });
});

describe('a failed backup in words', () => {
  it('a browser quota error is a full disk; anything else names its reason', () => {
    const t = i18next.t.bind(i18next);
    expect(backupErrorText(new DOMException('Quota exceeded', 'QuotaExceededError'), t)).toMatch(/^The disk is full/);
    expect(backupErrorText(Object.assign(new Error('AbortError'), { inner: { name: 'QuotaExceededError' } }), t)).toMatch(/^The disk is full/);
    expect(backupErrorText(new Error('The drive is gone'), t)).toBe('The backup could not be made (The drive is gone). The older backups are kept as they were.');
  });
});
