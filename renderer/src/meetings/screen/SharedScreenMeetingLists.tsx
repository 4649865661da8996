// The agenda and what the meeting agreed on the room's screen, when the chair has put them there
// (the opening, the close). The view arrives already filtered (shared/meeting/sharedScreen.ts).
import { useTranslation } from 'react-i18next';
import type { RoomView } from '../../../../shared/meeting/roomView';
import { AgendaList, AgreedByFamily } from '../run/MeetingLists';

export function SharedScreenMeetingLists({ view }: { view: RoomView }) {
  const { t } = useTranslation();
  return (
    <>
      {view.agenda && (
        <section className="shared-screen-agenda" aria-labelledby="screen-agenda">
          <h2 id="screen-agenda">{t('run.lists.agendaHeading')}</h2>
          <AgendaList entries={view.agenda} />
        </section>
      )}
      {view.agreed && (
        <section className="shared-screen-agreed" aria-labelledby="screen-agreed">
          <h2 id="screen-agreed">{t('run.lists.agreedHeading')}</h2>
          <AgreedByFamily families={view.agreed} headingLevel={3} />
        </section>
      )}
    </>
  );
}
