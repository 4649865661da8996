// Unit tests for electron/main/childModeInput.ts: in the child's kiosk window the keys that would
// reload, close, zoom, print, open DevTools or a menu, go back or leave full screen are refused on
// every platform; the child's typing, Tab, the arrows, Escape and the editing shortcuts still work.
import { describe, expect, it } from 'vitest';

import { childModeInputDecision, type KeyInput } from '../../../electron/main/childModeInput';

type Mods = Partial<Pick<KeyInput, 'control' | 'alt' | 'shift' | 'meta'>>;
const key = (name: string, mods: Mods = {}, type = 'keyDown'): KeyInput => ({
  type,
  key: name,
  control: false,
  alt: false,
  shift: false,
  meta: false,
  ...mods,
});

const platforms = ['win32', 'linux', 'darwin'] as const;
/** The command modifier as each platform spells it. */
const cmd = (platform: string): Mods => (platform === 'darwin' ? { meta: true } : { control: true });

describe('childModeInputDecision', () => {
  describe.each(platforms)('on %s', (platform) => {
    it.each([
      ['reload', key('r', cmd(platform))],
      ['hard reload', key('R', { ...cmd(platform), shift: true })],
      ['F5', key('F5')],
      ['Ctrl+F5', key('F5', { control: true })],
      ['DevTools F12', key('F12')],
      ['DevTools', key('I', { ...cmd(platform), shift: true })],
      ['DevTools (mac)', key('i', { meta: true, alt: true })],
      ['console', key('J', { ...cmd(platform), shift: true })],
      ['close window', key('w', cmd(platform))],
      ['close tab Ctrl+F4', key('F4', { control: true })],
      ['Alt+F4', key('F4', { alt: true })],
      ['quit', key('q', cmd(platform))],
      ['zoom in', key('+', cmd(platform))],
      ['zoom in =', key('=', cmd(platform))],
      ['zoom out', key('-', cmd(platform))],
      ['zoom reset', key('0', cmd(platform))],
      ['print', key('p', cmd(platform))],
      ['new window', key('n', cmd(platform))],
      ['open', key('o', cmd(platform))],
      ['save page', key('s', cmd(platform))],
      ['find', key('f', cmd(platform))],
      ['view source', key('u', cmd(platform))],
      ['hide (mac)', key('h', cmd(platform))],
      ['minimize (mac)', key('m', cmd(platform))],
      ['back', key('ArrowLeft', { alt: true })],
      ['forward', key('ArrowRight', { alt: true })],
      ['back (mac)', key('[', { meta: true })],
      ['home', key('Home', { alt: true })],
      ['menu via Alt', key('Alt', { alt: true })],
      ['menu via Alt key up', key('Alt', {}, 'keyUp')],
      ['menu F10', key('F10')],
      ['full screen F11', key('F11')],
      ['full screen (mac)', key('f', { meta: true, control: true })],
      ['context menu key', key('ContextMenu')],
      ['browser back key', key('BrowserBack')],
      ['browser refresh key', key('BrowserRefresh')],
      ['zoom key', key('ZoomIn')],
      ['help F1', key('F1')],
      ['switch tab', key('Tab', { control: true })],
    ])('blocks %s', (_name, input) => {
      expect(childModeInputDecision(input, platform)).toBe('block');
    });

    it.each([
      ['a letter', key('a')],
      ['a capital', key('A', { shift: true })],
      ['ä', key('ä')],
      ['a space', key(' ')],
      ['Enter', key('Enter')],
      ['Backspace', key('Backspace')],
      ['Tab', key('Tab')],
      ['Shift+Tab', key('Tab', { shift: true })],
      ['Escape', key('Escape')],
      ['arrows', key('ArrowLeft')],
      ['undo', key('z', cmd(platform))],
      ['redo', key('Z', { ...cmd(platform), shift: true })],
      ['redo y', key('y', cmd(platform))],
      ['copy', key('c', cmd(platform))],
      ['cut', key('x', cmd(platform))],
      ['paste', key('v', cmd(platform))],
      ['select all', key('a', cmd(platform))],
      ['a mouse event', { ...key(''), type: 'mouseDown' }],
    ])('allows %s', (_name, input) => {
      expect(childModeInputDecision(input, platform)).toBe('allow');
    });
  });

  it.each(['win32', 'linux'])('lets AltGr type @ and € on %s (it arrives as Ctrl+Alt)', (platform) => {
    expect(childModeInputDecision(key('@', { control: true, alt: true }), platform)).toBe('allow');
    expect(childModeInputDecision(key('€', { control: true, alt: true }), platform)).toBe('allow');
    expect(childModeInputDecision(key('Delete', { control: true, alt: true }), platform)).toBe('block');
    expect(childModeInputDecision(key('ArrowLeft', { control: true, alt: true }), platform)).toBe('block');
  });

  it('lets Option type a character on macOS, but not go back', () => {
    expect(childModeInputDecision(key('å', { alt: true }), 'darwin')).toBe('allow');
    expect(childModeInputDecision(key('ArrowLeft', { alt: true }), 'darwin')).toBe('block');
    expect(childModeInputDecision(key('å', { alt: true }), 'win32')).toBe('block');
  });
});
