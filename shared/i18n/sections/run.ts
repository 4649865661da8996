// Texts of the facilitator view: phases, timers, capture tools, the risk round, shortcuts.
// English and Finnish side by side; the type makes Finnish carry exactly the English keys.
import type { Shape } from '../messages';

export const runEn = {
  title: 'Run the meeting',
};

export const runFi: Shape<typeof runEn> = {
  title: 'Kokouksen vetäminen',
};
