// A stand-in for the Electron preload (`window.kehaDesktop`), put into the page before Kehä loads,
// so the browser journeys can play the desktop shell: `lockScreen()` is the main process telling the
// window that the computer's screen locked (powerMonitor 'lock-screen'), and `childModeCalls()` what
// the page asked of the kiosk window. Files and PDFs are not part of these journeys and are refused.
import type { Page } from '@playwright/test';

type ShellWindow = Window & { keha_osLockListeners?: Set<() => void>; keha_childModeCalls?: boolean[] };

export async function installFakeDesktopShell(page: Page) {
  await page.addInitScript(() => {
    const shellWindow = window as ShellWindow;
    const listeners = new Set<() => void>();
    const childModeCalls: boolean[] = [];
    shellWindow.keha_osLockListeners = listeners;
    shellWindow.keha_childModeCalls = childModeCalls;
    const refused = async () => {
      throw new Error('not in this test');
    };
    Object.defineProperty(window, 'kehaDesktop', {
      value: Object.freeze({
        saveTextFile: refused,
        printToPdf: refused,
        appInfo: async () => ({ version: 'test', platform: 'test' }),
        setChildMode: async (request: { on: boolean }) => {
          childModeCalls.push(request.on);
          return request;
        },
        onOsLock: (listener: () => void) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      }),
    });
  });
  return {
    /** The computer's screen locks: what the main process sends every window. */
    lockScreen: () => page.evaluate(() => (window as ShellWindow).keha_osLockListeners?.forEach((listener) => listener())),
    /** Each on/off the page asked the shell for (kiosk window while child mode is on). */
    childModeCalls: () => page.evaluate(() => [...((window as ShellWindow).keha_childModeCalls ?? [])]),
  };
}
