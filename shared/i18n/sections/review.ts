// Texts of the family therapist's review of hypotheses across families.
// English and Finnish side by side; the type makes Finnish carry exactly the English keys.
import type { Shape } from '../messages';

export const reviewEn = {
  title: 'Hypotheses across families',
};

export const reviewFi: Shape<typeof reviewEn> = {
  title: 'Hypoteesit perheittäin',
};
