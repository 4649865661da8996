// Texts of the "Data and security" screen (renderer/src/settings/): how the vault is kept.
// Each part of the screen (backups, passphrase and keys, retention, activity log) adds its own keys.
// English and Finnish side by side; the type makes Finnish carry exactly the English keys.
import type { Shape } from '../messages';

export const settingsEn = {
  title: 'Data and security',
  lockHeading: 'Locking',
  intro: 'How Kehä keeps the team’s data: locking, backups, the passphrase and how long family data is kept.',
};

export const settingsFi: Shape<typeof settingsEn> = {
  title: 'Tiedot ja tietoturva',
  lockHeading: 'Lukitus',
  intro: 'Miten Kehä säilyttää tiimin tiedot: lukitus, varmuuskopiot, salalause ja perheiden tietojen säilytysaika.',
};
