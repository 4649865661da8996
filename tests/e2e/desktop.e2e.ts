// The desktop shell itself, through Playwright's Electron driver: the window opens the app, with
// the hardened web preferences and only the named preload functions. Runs only where the Electron
// runtime is installed; elsewhere (as on our offline machines) it is skipped and says why.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { fi } from '../../shared/i18n/fi';

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
    expect(exposed).toEqual({ api: ['appInfo', 'printToPdf', 'saveTextFile'], require: 'undefined', process: 'undefined' });
  } finally {
    await app.close();
  }
});
