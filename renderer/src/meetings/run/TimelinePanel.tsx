// The family's timeline in a deep dive's presentation phase: the picture of what has happened so far,
// events added or corrected as the presenter tells (each remembers this meeting, for the record's
// "timeline updated: N events"), a choice to put the timeline on the room's screen, and a way to the
// whole timeline screen. The events are also a list (the chart's text alternative, and the keyboard's
// way to open one for editing).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Family } from '../../../../shared/family/family';
import { sortTimelineEvents } from '../../../../shared/timeline/dateRange';
import { routeHref } from '../../app/router';
import { useTimelineEvents } from '../../db/methodHooks';
import { TimelineChart, TimelineEventForm, useTimelineSpanText } from '../../timeline';
import { RoomShowToggle } from './RoomShowToggle';
import { useTimelineChangesInMeeting } from '../../db/commands/meetingCommands';

type TimelinePanelProps = {
  meetingId: string;
  family: Family;
  onScreen: boolean;
  onShowOnScreen: (shown: boolean) => void;
};

/** Adding a new event, editing one (by id), or neither. */
type Editing = { kind: 'new' } | { kind: 'event'; id: string } | null;

export function TimelinePanel({ meetingId, family, onScreen, onShowOnScreen }: TimelinePanelProps) {
  const { t } = useTranslation();
  const events = useTimelineEvents(family.id);
  const changedHere = useTimelineChangesInMeeting(family.id, meetingId);
  const [editing, setEditing] = useState<Editing>(null);
  const spanText = useTimelineSpanText();
  const sorted = useMemo(() => (events ? sortTimelineEvents(events) : []), [events]);
  if (!events) return null;
  const edited = editing?.kind === 'event' ? events.find((event) => event.id === editing.id) : undefined;
  const changedCount = changedHere ? changedHere.added + changedHere.changed : 0;

  const done = () => {
    setEditing(null);
    document.getElementById('run-timeline-add')?.focus();
  };

  return (
    <section className="run-panel run-timeline" aria-labelledby="run-timeline-heading">
      <div className="run-panel-head">
        <h2 id="run-timeline-heading">{t('run.methods.timelineHeading')}</h2>
        <RoomShowToggle shown={onScreen} onChange={onShowOnScreen} subject={t('run.methods.timelineHeading')} />
      </div>
      <p className="muted">
        {t('run.methods.timelineCount', { count: events.length })}
        {changedCount > 0 && ` · ${t('run.methods.changedHere', { count: changedCount })}`}
      </p>
      {events.length === 0 ? (
        <p className="empty">{t('run.methods.noEvents')}</p>
      ) : (
        <>
          <TimelineChart
            events={events}
            children={family.children}
            label={t('run.methods.chartLabel', { code: family.code })}
            onSelect={(id) => setEditing({ kind: 'event', id })}
            selectedId={edited?.id ?? null}
          />
          <details className="run-timeline-list">
            <summary>{t('run.methods.eventList', { count: events.length })}</summary>
            <ol>
              {sorted.map((event) => (
                <li key={event.id} aria-current={event.id === edited?.id ? 'true' : undefined}>
                  <span className="run-timeline-when">{spanText(event.date, event.endDate)}</span>
                  <span className="run-timeline-title">{event.title}</span>
                  <button type="button" className="button" aria-label={t('run.methods.editLabel', { title: event.title })} onClick={() => setEditing({ kind: 'event', id: event.id })}>
                    {t('run.methods.edit')}
                  </button>
                </li>
              ))}
            </ol>
          </details>
        </>
      )}
      {editing === null ? (
        <div className="run-panel-actions">
          <button id="run-timeline-add" type="button" className="button primary" onClick={() => setEditing({ kind: 'new' })}>
            {t('run.methods.addEvent')}
          </button>
          <a href={routeHref({ name: 'timeline', familyId: family.id, mode: 'team' })}>{t('run.methods.openTimeline')}</a>
        </div>
      ) : (
        <section className="run-timeline-form" aria-labelledby="run-timeline-form-heading">
          <h3 id="run-timeline-form-heading">{edited ? t('run.methods.editing', { title: edited.title }) : t('run.methods.addEvent')}</h3>
          <TimelineEventForm
            key={edited?.id ?? 'new'}
            familyId={family.id}
            event={edited ?? null}
            place={{ meetingId }}
            idPrefix="run-timeline-event"
            onDone={done}
          />
        </section>
      )}
    </section>
  );
}
