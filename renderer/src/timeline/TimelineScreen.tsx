// A family's timeline (aikajana), at #/families/<id>/timeline. The team view: the visual timeline and
// the same events as a list, filtered by category and person, with adding, editing and deleting (with
// undo). The family view (…/timeline/family): only events marked as shown to the family, reduced by
// familyFacingTimeline so internal fields never reach the page, in large type, without editing. Both
// print (or save as PDF) as a landscape document of their own version.
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { format as formatDay } from 'date-fns';
import type { Family } from '../../../shared/family/family';
import {
  familyFacingTimeline,
  filterTimelineEvents,
  noTimelineFilter,
  peopleInTimeline,
  type FamilyFacingEvent,
  type TimelineFilter,
} from '../../../shared/timeline/filters';
import type { TimelineEvent } from '../../../shared/timeline/timelineEvent';
import { routeHref, type TimelineMode } from '../app/router';
import { useNotify } from '../components/Notifications';
import { useFamily } from '../db/hooks';
import { useTimelineEvents } from '../db/methodHooks';
import { getPlatform } from '../platform/platform';
import { FamilyTimelineList } from './FamilyTimelineList';
import { TimelineChart, type TimelineChartChild } from './TimelineChart';
import { TimelineEventDialog } from './TimelineEventDialog';
import { listHeadingId, TimelineEventList } from './TimelineEventList';
import { TimelineFilters } from './TimelineFilters';
import { TimelinePrintView } from './TimelinePrintView';
import './timeline.css';
import { TextWithCode } from '../components/TextWithCode';
import { useTimelineCommands } from '../db/commands/timelineCommands';

const headingId = 'timeline-heading';

export function TimelineScreen({ familyId, mode }: { familyId: string; mode: TimelineMode }) {
  const { t } = useTranslation();
  const family = useFamily(familyId);
  if (family === undefined) return null;
  if (family === null) {
    return (
      <div className="screen timeline-screen">
        <h1 tabIndex={-1}>{t('timeline.screen.title')}</h1>
        <p className="empty" role="alert">
          {t('timeline.screen.notFound')}
        </p>
        <a href={routeHref({ name: 'families' })}>{t('family.back')}</a>
      </div>
    );
  }
  return <TimelinePage family={family} mode={mode} />;
}

function TimelinePage({ family, mode }: { family: Family; mode: TimelineMode }) {
  const { t } = useTranslation();
  const commands = useTimelineCommands();
  const session = commands.context;
  const notify = useNotify();
  const events = useTimelineEvents(family.id);
  const [filter, setFilter] = useState<TimelineFilter>(noTimelineFilter);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<{ open: boolean; eventId: string | null }>({ open: false, eventId: null });
  const [printing, setPrinting] = useState<Date | null>(null);
  const familyMode = mode === 'family';

  const children = useMemo<TimelineChartChild[]>(
    () => family.children.map((child) => ({ id: child.id, pseudonym: child.pseudonym, birthYear: child.birthYear })),
    [family.children],
  );
  const allEvents = events ?? noEvents;
  const people = useMemo(() => peopleInTimeline(allEvents), [allEvents]);
  // A person no longer in any event drops out of the filter.
  const activeFilter = useMemo(() => ({ ...filter, people: filter.people.filter((person) => people.includes(person)) }), [filter, people]);
  const filtered = useMemo(() => filterTimelineEvents(allEvents, activeFilter), [allEvents, activeFilter]);
  const forFamily = useMemo(() => (familyMode ? familyFacingTimeline(allEvents) : []), [familyMode, allEvents]);
  // The list (hundreds of rows) follows the picture in a background render, so the picture shows first.
  const listEvents = useDeferredValue(filtered, noEvents);
  const familyListEvents = useDeferredValue(forFamily, noFamilyEvents);
  const editing = dialog.eventId ? (allEvents.find((event) => event.id === dialog.eventId) ?? null) : null;

  useEffect(() => {
    setPrinting(null);
    setSelectedId(null);
  }, [mode]);

  const pdfName = () => t('timeline.screen.pdfName', { code: family.code, date: formatDay(session.now(), 'yyyy-MM-dd') });
  const print = () =>
    void getPlatform()
      .printToPdf(pdfName())
      .catch((error: unknown) => notify({ message: (t) => t('timeline.screen.printFailed', { reason: error instanceof Error ? error.message : String(error) }) }));

  // The print view is drawn first, then printed; it stays (on screen only) until closed.
  useEffect(() => {
    if (printing) print();
  }, [printing]);

  const remove = useCallback(
    async (event: TimelineEvent) => {
      try {
        const row = await commands.deleteTimelineEvent.orThrow(event.id);
        document.getElementById(listHeadingId)?.focus();
        if (!row) return;
        commands.done((t) => t('timeline.screen.deleted', { title: event.title }), {
          undo: async () => {
            if (await commands.deleteTimelineEvent.undo(row)) notify({ message: (t) => t('timeline.screen.restored', { title: event.title }) });
          },
        });
      } catch (error) {
        commands.report(error);
      }
    },
    [commands, notify],
  );

  const showOnChart = useCallback((event: { id: string }) => {
    setSelectedId(event.id);
    const chart = document.querySelector<HTMLElement>('.timeline-screen [data-testid="timeline-chart"]');
    chart?.scrollIntoView({ block: 'center' });
    chart?.focus({ preventScroll: true });
  }, []);
  const openEditor = useCallback((event: TimelineEvent) => {
    setSelectedId(event.id);
    setDialog({ open: true, eventId: event.id });
  }, []);
  const selectInChart = useCallback(
    (id: string) => {
      setSelectedId(id);
      if (familyMode) document.getElementById(`timeline-item-${id}`)?.scrollIntoView({ block: 'nearest' });
      else setDialog({ open: true, eventId: id });
    },
    [familyMode],
  );
  const onDone = useCallback((savedId: string | null) => {
    setDialog({ open: false, eventId: null });
    if (savedId) setSelectedId(savedId);
  }, []);
  const removeEvent = useCallback((event: TimelineEvent) => void remove(event), [remove]);
  const removeEdited = () => {
    const event = editing;
    setDialog({ open: false, eventId: null });
    if (event) void remove(event);
  };

  const chartLabel = t('timeline.print.title', { code: family.code });
  const filterNames = [
    ...activeFilter.categories.map((category) => t(`timeline.category.${category}`)),
    ...activeFilter.people,
  ].join(', ');

  return (
    <div className={`screen timeline-screen${familyMode ? ' family-mode' : ''}${printing ? ' printing' : ''}`}>
      <p className="no-print tl-back">
        {familyMode ? (
          <a className="button tl-back-to-team" href={routeHref({ name: 'timeline', familyId: family.id, mode: 'team' })}>
            ← {t('timeline.screen.backToTeam')}
          </a>
        ) : (
          <a href={routeHref({ name: 'family', id: family.id })}>← <TextWithCode text={t('timeline.screen.backToFamily', { code: family.code })} code={family.code} /></a>
        )}
      </p>
      <h1 tabIndex={-1} id={headingId} className="no-print">
        {t('timeline.screen.title')} <span className="subtitle">· <TextWithCode text={t('timeline.screen.subtitle', { code: family.code })} code={family.code} /></span>
      </h1>
      <div className="tl-toolbar no-print">
        <nav className="tl-modes" aria-label={t('timeline.screen.modes')}>
          {(['team', 'family'] as const).map((entry) => (
            <a key={entry} href={routeHref({ name: 'timeline', familyId: family.id, mode: entry })} aria-current={entry === mode ? 'page' : undefined}>
              {t(entry === 'team' ? 'timeline.screen.teamMode' : 'timeline.screen.familyMode')}
            </a>
          ))}
        </nav>
        <div className="tl-actions">
          {!familyMode && (
            <button type="button" className="button primary" onClick={() => setDialog({ open: true, eventId: null })}>
              + {t('timeline.screen.addEvent')}
            </button>
          )}
          {events !== undefined && (
            <button type="button" className="button" onClick={() => setPrinting(session.now())}>
              {t(familyMode ? 'timeline.screen.printFamily' : 'timeline.screen.print')}
            </button>
          )}
        </div>
      </div>
      {familyMode && <p className="help tl-family-help no-print">{t('timeline.screen.familyModeHelp')}</p>}

      {printing && events !== undefined && (
        <TimelinePrintView
          title={t(familyMode ? 'timeline.print.familyTitle' : 'timeline.print.title', { code: family.code })}
          code={family.code}
          content={familyMode ? { mode: 'family', events: forFamily } : { mode: 'team', events: filtered, filters: filterNames || null }}
          children={children}
          now={printing}
          onPrint={print}
          onClose={() => setPrinting(null)}
        />
      )}

      {events === undefined ? null : familyMode ? (
        <div className="tl-body">
          {forFamily.length === 0 ? (
            <p className="empty">{t('timeline.screen.familyEmpty')}</p>
          ) : (
            <>
              <TimelineChart events={forFamily} children={children} label={chartLabel} size="large" onSelect={selectInChart} selectedId={selectedId} />
              <FamilyTimelineList events={familyListEvents} selectedId={selectedId} />
            </>
          )}
        </div>
      ) : events.length === 0 ? (
        <div className="tl-body">
          <p className="empty">{t('timeline.screen.empty')}</p>
        </div>
      ) : (
        <div className="tl-body">
          <TimelineFilters events={events} people={people} filter={activeFilter} shownCount={filtered.length} onChange={setFilter} />
          <TimelineChart events={filtered} children={children} label={chartLabel} onSelect={selectInChart} selectedId={selectedId} />
          {filtered.length === 0 && <p className="empty">{t('timeline.list.noMatch')}</p>}
          <TimelineEventList events={listEvents} selectedId={selectedId} onShow={showOnChart} onEdit={openEditor} onDelete={removeEvent} />
        </div>
      )}

      {!familyMode && (
        <TimelineEventDialog
          familyId={family.id}
          isOpen={dialog.open}
          event={editing}
          onDone={onDone}
          onDelete={editing ? removeEdited : undefined}
        />
      )}
    </div>
  );
}

const noEvents: readonly TimelineEvent[] = [];
const noFamilyEvents: readonly FamilyFacingEvent[] = [];
