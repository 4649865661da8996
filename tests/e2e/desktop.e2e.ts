// The desktop shell itself, through Playwright's Electron driver: the window opens the app from
// app://keha/ (not file://), with the hardened web preferences and only the named preload
// functions; the menu holds only editing and Quit; the OS screen lock and suspend lock Kehä; child
// mode makes the window a kiosk. Runs only where the Electron runtime is installed; elsewhere (as on
// our offline machines) it is skipped and says why.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { fi } from '../../shared/i18n/fi';
import { testPassphrase } from './models/KehaApp';

const root = resolve(__dirname, '../..');

function installedElectron(): string | null {
  const pathFile = join(root, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

test('the desktop window opens Kehä with hardened settings', async () => {
  const binary = installedElectron();
  test.skip(
    binary === null,
    'The Electron runtime is not installed here (it cannot be downloaded offline); `npx install-electron` installs it where the internet is reachable.',
  );
  // Chromium refuses to run as root without disabling its OS-level sandbox (CI containers).
  const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const app = await electron.launch({ executablePath: binary!, args: [...rootArgs, root] });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { name: fi.vault.createTitle })).toBeVisible();
    // The exact webPreferences are unit-tested; here: no Node in the page, only the named API.
    const exposed = await window.evaluate(() => ({
      api: Object.keys((window as unknown as { kehaDesktop?: object }).kehaDesktop ?? {}).sort(),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(exposed).toEqual({
      api: ['appInfo', 'onOsLock', 'printToPdf', 'saveTextFile', 'setChildMode'],
      require: 'undefined',
      process: 'undefined',
    });
    // Served by the app's own protocol, never over file://.
    expect(window.url()).toBe('app://keha/index.html');

    // The menu: editing and Quit, no Reload, no DevTools, no View or Help menu.
    const roles = await app.evaluate(({ Menu }) => {
      const all = (items: Electron.MenuItem[]): string[] =>
        items.flatMap((item) => [String(item.role ?? ''), ...(item.submenu ? all(item.submenu.items) : [])]);
      return all(Menu.getApplicationMenu()?.items ?? []).filter(Boolean);
    });
    expect(roles).toEqual(expect.arrayContaining(['undo', 'copy', 'paste', 'quit']));
    for (const forbidden of ['reload', 'forcereload', 'toggledevtools', 'viewmenu', 'help', 'windowmenu']) {
      expect(roles.map((role) => role.toLowerCase())).not.toContain(forbidden);
    }

    // Create the vault, then lock the computer's screen: Kehä locks.
    await window.getByLabel(fi.vault.passphrase, { exact: true }).fill(testPassphrase);
    await window.getByLabel(fi.vault.passphraseRepeat, { exact: true }).fill(testPassphrase);
    await window.getByRole('button', { name: fi.vault.create }).click();
    await expect(window.getByRole('button', { name: fi.app.lock })).toBeVisible();
    await app.evaluate(({ powerMonitor }) => powerMonitor.emit('lock-screen'));
    await expect(window.getByRole('heading', { name: fi.vault.unlockTitle })).toBeVisible();
    await window.getByLabel(fi.vault.passphrase, { exact: true }).fill(testPassphrase);
    await window.getByRole('button', { name: fi.vault.unlock }).click();
    await expect(window.getByRole('button', { name: fi.app.lock })).toBeVisible();
    await app.evaluate(({ powerMonitor }) => powerMonitor.emit('suspend'));
    await expect(window.getByRole('heading', { name: fi.vault.unlockTitle })).toBeVisible();

    // Child mode's request makes the window a kiosk, and leaving it makes it an ordinary window again.
    const isKiosk = () => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.isKiosk());
    await window.evaluate(() => (window as unknown as { kehaDesktop: { setChildMode(r: { on: boolean }): Promise<unknown> } }).kehaDesktop.setChildMode({ on: true }));
    expect(await isKiosk()).toBe(true);
    await window.evaluate(() => (window as unknown as { kehaDesktop: { setChildMode(r: { on: boolean }): Promise<unknown> } }).kehaDesktop.setChildMode({ on: false }));
    expect(await isKiosk()).toBe(false);
  } finally {
    await app.close();
  }
});
