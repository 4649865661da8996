// Child mode in the desktop app: the window the child uses becomes a kiosk window (full screen, no
// menu, not closable or minimizable from its frame) and refuses the shortcuts childModeInput.ts
// lists, until the worker leaves child mode with the team's passphrase. The renderer asks for it
// over the checked `setChildMode` IPC channel; the state is kept per web contents, so a reload (a
// lock) keeps the window a kiosk until the unlocked app says otherwise.
import { Menu, type BrowserWindow, type WebContents } from 'electron';

import { childModeInputDecision } from './childModeInput';

const inChildMode = new WeakSet<WebContents>();

export const isInChildMode = (contents: WebContents): boolean => inChildMode.has(contents);

/** Turns the window into the child's kiosk window, or back into the worker's ordinary one. */
export const setWindowChildMode = (window: BrowserWindow, on: boolean): void => {
  if (window.isDestroyed()) return;
  if (on) inChildMode.add(window.webContents);
  else inChildMode.delete(window.webContents);
  window.setKiosk(on);
  window.setMenu(on ? null : Menu.getApplicationMenu());
  window.setMenuBarVisibility(!on && !window.isMenuBarAutoHide());
  window.setClosable(!on);
  window.setMinimizable(!on);
  if (on) {
    window.webContents.setZoomFactor(1);
    window.focus();
  }
};

/** Attaches the child-mode key guard and zoom reset to an app window, once, when it is created. */
export const guardChildModeWindow = (window: BrowserWindow): void => {
  const contents = window.webContents;
  contents.on('before-input-event', (event, input) => {
    if (inChildMode.has(contents) && childModeInputDecision(input, process.platform) === 'block') event.preventDefault();
  });
  // Ctrl+wheel and pinch zoom are not keys: put the zoom back should either get through.
  contents.on('zoom-changed', () => {
    if (inChildMode.has(contents)) contents.setZoomFactor(1);
  });
};
