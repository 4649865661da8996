// The facilitator view's shortcut map: Alt chords work everywhere (also while typing), "?" only
// outside text fields, F1 always, browser and OS chords (Ctrl, Meta) are never taken, and letters
// match by physical key so a Finnish layout or macOS Option still works.
import { describe, expect, it } from 'vitest';
import { commandForKey, runCommands, runShortcuts, type KeyPress } from '../../../shared/meeting/runShortcuts';

const press = (overrides: Partial<KeyPress>): KeyPress => ({
  key: '',
  code: '',
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...overrides,
});

describe('commandForKey', () => {
  it('maps Alt+arrows to next and previous phase, in and outside text fields', () => {
    for (const inField of [false, true]) {
      expect(commandForKey(press({ key: 'ArrowRight', code: 'ArrowRight', altKey: true }), inField)).toBe('next');
      expect(commandForKey(press({ key: 'ArrowLeft', code: 'ArrowLeft', altKey: true }), inField)).toBe('previous');
    }
  });

  it('maps Alt+P, N, H, A by physical key, whatever character the layout produces', () => {
    // macOS Option+P gives "π"; a dead key gives "Dead".
    expect(commandForKey(press({ key: 'π', code: 'KeyP', altKey: true }), true)).toBe('pauseOrResume');
    expect(commandForKey(press({ key: 'Dead', code: 'KeyN', altKey: true }), false)).toBe('addNote');
    expect(commandForKey(press({ key: 'h', code: 'KeyH', altKey: true }), true)).toBe('addHypothesis');
    expect(commandForKey(press({ key: 'a', code: 'KeyA', altKey: true }), true)).toBe('addAction');
  });

  it('leaves plain arrows and letters to the page (moving the caret, typing)', () => {
    expect(commandForKey(press({ key: 'ArrowRight', code: 'ArrowRight' }), false)).toBeNull();
    expect(commandForKey(press({ key: 'n', code: 'KeyN' }), false)).toBeNull();
    expect(commandForKey(press({ key: 'p', code: 'KeyP' }), true)).toBeNull();
  });

  it('opens help with "?" only outside text fields, and with F1 anywhere', () => {
    expect(commandForKey(press({ key: '?', code: 'Minus', shiftKey: true }), false)).toBe('help');
    expect(commandForKey(press({ key: '?', code: 'Minus', shiftKey: true }), true)).toBeNull();
    expect(commandForKey(press({ key: 'F1', code: 'F1' }), true)).toBe('help');
    expect(commandForKey(press({ key: 'F1', code: 'F1' }), false)).toBe('help');
  });

  it('never takes Ctrl or Meta chords (the browser and the OS own them)', () => {
    expect(commandForKey(press({ key: 'ArrowRight', code: 'ArrowRight', altKey: true, ctrlKey: true }), false)).toBeNull();
    expect(commandForKey(press({ key: 'a', code: 'KeyA', altKey: true, metaKey: true }), false)).toBeNull();
    expect(commandForKey(press({ key: 'F1', code: 'F1', ctrlKey: true }), false)).toBeNull();
  });

  it('does not treat Alt+? as help (Alt chords are only the listed ones)', () => {
    expect(commandForKey(press({ key: '?', code: 'Minus', altKey: true, shiftKey: true }), false)).toBeNull();
  });
});

describe('runShortcuts', () => {
  it('lists every command exactly once, each with a label for the help overlay', () => {
    expect(runShortcuts.map((shortcut) => shortcut.command).sort()).toEqual([...runCommands].sort());
    for (const shortcut of runShortcuts) {
      expect(shortcut.chords.length).toBeGreaterThan(0);
      for (const chord of shortcut.chords) expect(chord.label.trim()).not.toBe('');
    }
  });

  it('gives no two commands the same chord', () => {
    const chords = runShortcuts.flatMap((shortcut) => shortcut.chords.map((chord) => (chord.alt ? `alt:${chord.code}` : `key:${chord.key}`)));
    expect(new Set(chords).size).toBe(chords.length);
  });
});
