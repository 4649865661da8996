// Unit tests for electron/main/appMenu.ts: the desktop app's menu holds editing and Quit only,
// in Finnish or English: no Reload, no DevTools, no zoom, no View, Window or Help menu, no links.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';

import { applicationMenuTemplate, menuLanguage } from '../../../electron/main/appMenu';

const allItems = (items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);

const allowedRoles = new Set(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit', 'hide', 'hideOthers', 'unhide']);

describe('applicationMenuTemplate', () => {
  it.each(['win32', 'linux', 'darwin'])('on %s has only editing and quitting', (platform) => {
    for (const language of ['fi', 'en'] as const) {
      const items = allItems(applicationMenuTemplate(platform, language));
      for (const item of items) {
        if (item.role) expect(allowedRoles.has(item.role), `role ${item.role}`).toBe(true);
        expect(item.click, `${item.label} runs code`).toBeUndefined();
        expect(item.accelerator, `${item.label} has its own shortcut`).toBeUndefined();
      }
      const roles = items.map((item) => item.role).filter(Boolean);
      expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']));
      for (const forbidden of ['reload', 'forceReload', 'toggleDevTools', 'viewMenu', 'windowMenu', 'help', 'about', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'services']) {
        expect(roles).not.toContain(forbidden);
      }
      const labels = items.map((item) => item.label ?? '').join(' | ');
      expect(labels).not.toMatch(/learn more|devtools|developer|reload|view|help|ohje|näytä kehittäjä/i);
    }
  });

  it('labels every item in the chosen language', () => {
    const fi = allItems(applicationMenuTemplate('win32', 'fi'));
    expect(fi.map((item) => item.label).filter(Boolean)).toEqual([
      'Tiedosto',
      'Lopeta Kehä',
      'Muokkaa',
      'Kumoa',
      'Tee uudelleen',
      'Leikkaa',
      'Kopioi',
      'Liitä',
      'Valitse kaikki',
    ]);
    expect(applicationMenuTemplate('linux', 'en')[1]!.label).toBe('Edit');
    expect(applicationMenuTemplate('darwin', 'en')[0]!.label).toBe('Kehä');
  });

  it('picks Finnish for a Finnish computer, English otherwise', () => {
    expect(menuLanguage('fi-FI')).toBe('fi');
    expect(menuLanguage('fi')).toBe('fi');
    expect(menuLanguage('sv-FI')).toBe('en');
    expect(menuLanguage('en-GB')).toBe('en');
    expect(menuLanguage(undefined)).toBe('en');
  });
});
