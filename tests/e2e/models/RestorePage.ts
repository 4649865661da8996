// Page object for restoring a backup: the "Restore from a backup" section of the Data and security
// screen (with its "Undo restore"; a backup to restore is downloaded from the Backups section), and the same steps on the first-start
// screen of a new computer.
import { expect, type Locator } from '@playwright/test';
import type { KehaApp } from './KehaApp';
import { BackupSection } from './BackupSection';

export class RestorePage {
  constructor(private readonly app: KehaApp) {}

  private get t() {
    return this.app.t.restore;
  }

  /** The settings section (or, on a new computer, the whole page). */
  section(): Locator {
    return this.app.page.getByRole('region', { name: this.t.heading });
  }

  undoGroup(): Locator {
    return this.app.page.getByRole('group', { name: this.t.undoHeading });
  }

  /** Downloads a backup from the settings section; returns the saved file's path. */
  async downloadBackup(saveAs: string): Promise<string> {
    const backups = new BackupSection(this.app);
    await backups.backUpNow();
    await (await backups.downloadThis()).saveAs(saveAs);
    return saveAs;
  }

  /** On the create-vault screen of a new computer: switches to restoring a backup. */
  async startOnNewComputer() {
    await expect(this.app.page.getByRole('heading', { name: this.app.t.vault.createTitle })).toBeVisible();
    await this.app.page.getByRole('button', { name: this.t.newComputerLink }).click();
    await expect(this.app.page.getByRole('heading', { level: 1, name: this.t.newComputerTitle })).toBeVisible();
  }

  /** Chooses the file and the passphrase and asks for the check, in `scope` (the section or the page). */
  async check(scope: Locator, file: string | null, passphrase: string, passphraseLabel = this.t.passphrase, checkLabel = this.t.check) {
    if (file !== null) await scope.getByLabel(this.t.file, { exact: true }).setInputFiles(file);
    await scope.getByLabel(passphraseLabel, { exact: true }).fill(passphrase);
    await scope.getByRole('button', { name: checkLabel }).click();
  }

  preview(scope: Locator): Locator {
    return scope.getByRole('table', { name: this.t.previewHeading });
  }

  /** The preview's counts of one kind: [on this computer, in the backup]. */
  async counts(scope: Locator, kind: keyof typeof this.t.kinds): Promise<[string, string]> {
    const row = this.preview(scope).getByRole('row', { name: this.t.kinds[kind] });
    const cells = row.getByRole('cell');
    return [(await cells.nth(0).textContent()) ?? '', (await cells.nth(1).textContent()) ?? ''];
  }

  async confirm(scope: Locator) {
    await scope.getByRole('button', { name: this.t.confirm }).click();
  }

  refusal(scope: Locator): Locator {
    return scope.getByRole('alert');
  }
}
