// The desktop app's menu: only what a worker needs (editing: undo, redo, cut, copy, paste, select
// all; and Quit), in the computer's language (Finnish or English). No View menu (no Reload, no
// DevTools, no zoom), no Window or Help menu (no "Learn More" links out of the app). A pure function
// of the platform and language, unit-tested; index.ts builds it with Menu.buildFromTemplate.
import type { MenuItemConstructorOptions } from 'electron';

import { shellEn, shellFi } from '../../shared/i18n/sections/shell';

export type MenuLanguage = 'fi' | 'en';

/** Finnish when the computer's preferred language is Finnish, English otherwise. */
export const menuLanguage = (locale: string | undefined): MenuLanguage => (locale?.toLowerCase().startsWith('fi') ? 'fi' : 'en');

export const applicationMenuTemplate = (platform: NodeJS.Platform | string, language: MenuLanguage): MenuItemConstructorOptions[] => {
  const t = (language === 'fi' ? shellFi : shellEn).menu;
  const edit: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { role: 'undo', label: t.undo },
      { role: 'redo', label: t.redo },
      { type: 'separator' },
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
    ],
  };
  if (platform === 'darwin') {
    return [
      {
        label: 'Kehä',
        submenu: [
          { role: 'hide', label: t.hide },
          { role: 'hideOthers', label: t.hideOthers },
          { role: 'unhide', label: t.showAll },
          { type: 'separator' },
          { role: 'quit', label: t.quit },
        ],
      },
      edit,
    ];
  }
  return [{ label: t.file, submenu: [{ role: 'quit', label: t.quit }] }, edit];
};
