// Texts of closing, the family summaries, the meeting record, the shared screen and the family page's meeting history.
// English and Finnish side by side; the type makes Finnish carry exactly the English keys.
import type { Shape } from '../messages';

export const recordEn = {
  title: 'Meeting record',
};

export const recordFi: Shape<typeof recordEn> = {
  title: 'Kokouksen muistio',
};
