// The facilitator view's keyboard shortcuts as data, and the one pure function that decides which
// command a key press means. Alt combinations work everywhere, also while typing in a field (the
// chair must be able to move on from the notes); plain keys such as "?" only outside text fields,
// so typing a question mark in a note never opens the help. Letters are matched by physical key
// (`code`), so the shortcuts work on a Finnish keyboard and with macOS Option as Alt.

export const runCommands = ['next', 'previous', 'pauseOrResume', 'addNote', 'addHypothesis', 'addAction', 'help'] as const;
export type RunCommand = (typeof runCommands)[number];

/** One way to give a command: Alt + a physical key, or a key alone (optionally only outside text fields). */
export type KeyChord =
  | { alt: true; code: string; label: string }
  | { alt: false; key: string; outsideFieldsOnly: boolean; label: string };

export type RunShortcut = { command: RunCommand; chords: readonly KeyChord[] };

export const runShortcuts: readonly RunShortcut[] = [
  { command: 'next', chords: [{ alt: true, code: 'ArrowRight', label: 'Alt + →' }] },
  { command: 'previous', chords: [{ alt: true, code: 'ArrowLeft', label: 'Alt + ←' }] },
  { command: 'pauseOrResume', chords: [{ alt: true, code: 'KeyP', label: 'Alt + P' }] },
  { command: 'addNote', chords: [{ alt: true, code: 'KeyN', label: 'Alt + N' }] },
  { command: 'addHypothesis', chords: [{ alt: true, code: 'KeyH', label: 'Alt + H' }] },
  { command: 'addAction', chords: [{ alt: true, code: 'KeyA', label: 'Alt + A' }] },
  {
    command: 'help',
    chords: [
      { alt: false, key: 'F1', outsideFieldsOnly: false, label: 'F1' },
      { alt: false, key: '?', outsideFieldsOnly: true, label: '?' },
    ],
  },
];

/** What the matcher needs of a keyboard event. */
export type KeyPress = {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
};

/**
 * The command a key press gives, or null. `inTextField`: focus is in a text input, text area or
 * other editable element. Ctrl and Meta combinations are never ours (they belong to the browser
 * and the operating system); Shift is ignored because "?" needs it on most layouts.
 */
export function commandForKey(press: KeyPress, inTextField: boolean): RunCommand | null {
  if (press.ctrlKey || press.metaKey) return null;
  for (const shortcut of runShortcuts) {
    for (const chord of shortcut.chords) {
      if (chord.alt) {
        if (press.altKey && press.code === chord.code) return shortcut.command;
      } else if (!press.altKey && press.key === chord.key && !(chord.outsideFieldsOnly && inTextField)) {
        return shortcut.command;
      }
    }
  }
  return null;
}
