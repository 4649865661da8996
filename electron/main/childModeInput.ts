// Which keys a kiosk window in child mode refuses (webContents 'before-input-event'), as a pure
// function of the key and the platform, unit-tested. While a child uses the three houses the
// window must not reload, close, zoom, open DevTools, print, open a menu, go back or forward,
// toggle full screen or hide; typing words, the arrows, Tab, Enter, Backspace, Escape (which
// closes only Kehä's own dialogs) and the editing shortcuts (undo, redo, cut, copy, paste, select
// all) still work. AltGr (Ctrl+Alt on Windows) still types characters such as @ and €.

/** The fields of Electron's `Input` this rule reads. */
export type KeyInput = {
  type: string;
  key: string;
  code?: string;
  control: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
};

/** Ctrl/Cmd + these letters are plain editing inside a text field. */
const editingKeys: ReadonlySet<string> = new Set(['z', 'y', 'x', 'c', 'v', 'a']);

/** Keys refused on their own, whatever the modifiers: function keys, the menu, browser keys. */
const refusedKeys: ReadonlySet<string> = new Set([
  'Alt',
  'AltGraph',
  'Meta',
  'ContextMenu',
  'BrowserBack',
  'BrowserForward',
  'BrowserRefresh',
  'BrowserHome',
  'BrowserSearch',
  'BrowserFavorites',
  'BrowserStop',
  'ZoomIn',
  'ZoomOut',
  'ZoomToggle',
  'Print',
  'LaunchApplication1',
  'LaunchApplication2',
  'LaunchMail',
]);

/** True for F1…F24. */
const isFunctionKey = (key: string) => /^F([1-9]|1[0-9]|2[0-4])$/.test(key);

/** 'block' for a key a child in child mode must not be able to use; 'allow' otherwise. */
export const childModeInputDecision = (input: KeyInput, platform: NodeJS.Platform | string): 'allow' | 'block' => {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown' && input.type !== 'keyUp') return 'allow';
  const key = input.key;
  if (refusedKeys.has(key) || isFunctionKey(key)) return 'block';
  // AltGr on Windows and Linux arrives as Ctrl+Alt: it types characters (@, €, {), so a printable
  // single character with both is text; any other Ctrl+Alt combination is refused below.
  const altGraphText = platform !== 'darwin' && input.control && input.alt && !input.meta && key.length === 1;
  if (altGraphText) return 'allow';
  // The command key: Cmd on macOS, Ctrl elsewhere (Ctrl also counts on macOS, where it is rare).
  const command = platform === 'darwin' ? input.meta || input.control : input.control || input.meta;
  if (command) {
    return !input.alt && key.length === 1 && editingKeys.has(key.toLowerCase()) ? 'allow' : 'block';
  }
  // Alt with anything: back/forward (Alt+Left/Right), the window menu, Alt+F4, Alt+Home. On macOS
  // Option types characters (å, @ on some layouts), so a single printable character is text there.
  if (input.alt) return platform === 'darwin' && key.length === 1 ? 'allow' : 'block';
  return 'allow';
};
