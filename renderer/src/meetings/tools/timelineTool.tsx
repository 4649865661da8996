// The timeline's entry in the renderer's map of capture tools: its panel in the chair's view, its
// section on the room's screen (large, without internal notes: the picture, then every event in
// order with its whole title, since the picture shortens long titles), and what the room and the
// record read. An example to copy for a new tool: docs/architecture.md: How to add a capture tool.
import { useTranslation } from 'react-i18next';
import { listTimelineEvents, timelineChangesInMeeting } from '../../db/commands/timelineCommands';
import { TimelineChart, useTimelineSpanText } from '../../timeline';
import { TimelinePanel } from '../run/TimelinePanel';
import type { RoomSectionProps, ToolView } from './toolView';

export const timelineToolView: ToolView<'timeline'> = {
  Panel: ({ context, onScreen, onShowOnScreen }) =>
    context.family ? <TimelinePanel meetingId={context.meeting.id} family={context.family} onScreen={onScreen} onShowOnScreen={onShowOnScreen} /> : null,
  RoomSection: RoomTimeline,
  loadRoom: async (session, { family }) => ({ children: family.children, events: await listTimelineEvents(session, family.id) }),
  loadRecord: (session, { familyId, meeting }) => timelineChangesInMeeting(session, familyId, meeting.id),
};

function RoomTimeline({ section, view }: RoomSectionProps<'timeline'>) {
  const { t } = useTranslation();
  const spanText = useTimelineSpanText();
  return (
    <section aria-labelledby="screen-timeline" className="shared-screen-timeline">
      <h2 id="screen-timeline">{t('record.screen.timeline')}</h2>
      {section.events.length === 0 ? (
        <p className="empty">{t('record.screen.noTimelineEvents')}</p>
      ) : (
        <>
          <TimelineChart events={section.events} children={section.children} label={t('record.screen.timelineLabel', { code: view.family?.code ?? '' })} size="large" />
          <ol className="shared-screen-timeline-list" aria-label={t('record.screen.timelineList')}>
            {section.events.map((event) => (
              <li key={event.id}>
                <span className="shared-screen-timeline-when">{spanText(event.date, event.endDate)}</span> {event.title}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
