// The facilitator view's keyboard shortcuts as data, and the one pure function that decides which
// command a key press means. Alt combinations work everywhere, also while typing in a field (the
// chair must be able to move on from the notes); plain keys such as "?" only outside text fields,
// so typing a question mark in a note never opens the help. Letters are matched by physical key
// (`code`), so the shortcuts work on a Finnish keyboard and with macOS Option as Alt.
// Shortcuts with a `scope` act only where the focus is (one earlier hypothesis in the review):
// that component matches them with `reviewCommandForKey`; they are listed here so the help shows them.

/** What can be done to the earlier hypothesis that has the focus in the review. */
export const reviewCommands = [
  'reviewMove',
  'reviewStrengthened',
  'reviewWeakened',
  'reviewDropped',
  'reviewStillHolds',
  'reviewReword',
  'reviewUndo',
] as const;
export type ReviewCommand = (typeof reviewCommands)[number];

export const runCommands = [
  'next',
  'previous',
  'pauseOrResume',
  'addNote',
  'addHypothesis',
  'addAction',
  'reviewHypotheses',
  ...reviewCommands,
  'help',
] as const;
export type RunCommand = (typeof runCommands)[number];

/**
 * One way to give a command: Alt + a physical key, or a key alone (optionally only outside text
 * fields; `ctrl`: with Ctrl, or Cmd on macOS, held).
 */
export type KeyChord =
  | { alt: true; code: string; label: string }
  | { alt: false; key: string; outsideFieldsOnly: boolean; label: string; ctrl?: boolean };

/** `scope`: the command acts on what has the focus there, and only there (see reviewCommandForKey). */
export type RunShortcut = { command: RunCommand; chords: readonly KeyChord[]; scope?: 'hypothesisReview' };

const focusedItemKey = (key: string, label = key, ctrl = false): KeyChord => ({ alt: false, key, outsideFieldsOnly: false, label, ctrl });

export const runShortcuts: readonly RunShortcut[] = [
  { command: 'next', chords: [{ alt: true, code: 'ArrowRight', label: 'Alt + →' }] },
  { command: 'previous', chords: [{ alt: true, code: 'ArrowLeft', label: 'Alt + ←' }] },
  { command: 'pauseOrResume', chords: [{ alt: true, code: 'KeyP', label: 'Alt + P' }] },
  { command: 'addNote', chords: [{ alt: true, code: 'KeyN', label: 'Alt + N' }] },
  { command: 'addHypothesis', chords: [{ alt: true, code: 'KeyH', label: 'Alt + H' }] },
  { command: 'addAction', chords: [{ alt: true, code: 'KeyA', label: 'Alt + A' }] },
  { command: 'reviewHypotheses', chords: [{ alt: true, code: 'KeyR', label: 'Alt + R' }] },
  { command: 'reviewMove', scope: 'hypothesisReview', chords: [focusedItemKey('ArrowDown', '↓'), focusedItemKey('ArrowUp', '↑')] },
  { command: 'reviewStrengthened', scope: 'hypothesisReview', chords: [focusedItemKey('1')] },
  { command: 'reviewWeakened', scope: 'hypothesisReview', chords: [focusedItemKey('2')] },
  { command: 'reviewDropped', scope: 'hypothesisReview', chords: [focusedItemKey('3')] },
  { command: 'reviewStillHolds', scope: 'hypothesisReview', chords: [focusedItemKey('4')] },
  { command: 'reviewReword', scope: 'hypothesisReview', chords: [focusedItemKey('5'), focusedItemKey('F2')] },
  { command: 'reviewUndo', scope: 'hypothesisReview', chords: [focusedItemKey('z', 'Ctrl + Z', true)] },
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
    if (shortcut.scope) continue;
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

/**
 * The review command a key press gives on a focused earlier hypothesis (not in its text fields),
 * or null. Alt is never part of these, so the meeting's Alt shortcuts keep working there.
 */
export function reviewCommandForKey(press: KeyPress): ReviewCommand | null {
  if (press.altKey) return null;
  const ctrl = press.ctrlKey || press.metaKey;
  for (const shortcut of runShortcuts) {
    if (shortcut.scope !== 'hypothesisReview') continue;
    for (const chord of shortcut.chords) {
      if (chord.alt || Boolean(chord.ctrl) !== ctrl) continue;
      if (press.key === chord.key || press.key.toLowerCase() === chord.key) return shortcut.command as ReviewCommand;
    }
  }
  return null;
}
