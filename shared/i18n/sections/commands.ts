// Texts of the write path every screen shares (renderer/src/db/commands/): the action a notification
// offers after a command that can be undone. The storage failure itself is `storage.*`.
// English and Finnish side by side; the type makes Finnish carry exactly the English keys.
import type { Shape } from '../messages';

export const commandsEn = {
  undo: 'Undo',
};

export const commandsFi: Shape<typeof commandsEn> = {
  undo: 'Kumoa',
};
