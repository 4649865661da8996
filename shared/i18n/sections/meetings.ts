// Texts of the meetings list and the meeting planner.
// English and Finnish side by side; the type makes Finnish carry exactly the English keys.
import type { Shape } from '../messages';

export const meetingsEn = {
  title: 'Meetings',
  notFound: 'This meeting does not exist (any more).',
  backToList: 'Back to meetings',
};

export const meetingsFi: Shape<typeof meetingsEn> = {
  title: 'Kokoukset',
  notFound: 'Tätä kokousta ei ole (enää).',
  backToList: 'Takaisin kokouksiin',
};
