// The chair's panels for the once-a-meeting lists: the agenda (the opening), and everything agreed
// in this meeting by family (the close). Each can be put on the room's screen with its toggle;
// what the room then sees is decided by shared/meeting/sharedScreen.ts.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { agreedInMeeting, meetingAgenda } from '../../../../shared/meeting/agreedInMeeting';
import type { Action } from '../../../../shared/meeting/meeting';
import type { RoomAgendaEntry, RoomAgreedFamily } from '../../../../shared/meeting/sharedScreen';
import { AgendaList, AgreedByFamily } from './MeetingLists';
import { RoomShowToggle } from './RoomShowToggle';
import type { RunContext } from './runContext';

type ToggleProps = { onScreen: boolean; onShowOnScreen: (shown: boolean) => void };

export function AgendaPanel({ context, onScreen, onShowOnScreen }: { context: RunContext } & ToggleProps) {
  const { t } = useTranslation();
  const { meeting, steps, step } = context;
  const entries = useMemo(
    (): RoomAgendaEntry[] =>
      meetingAgenda(meeting, steps, step?.index ?? null).map((entry) =>
        entry.kind === 'phase' ? entry : { ...entry, code: codeOf(context, entry.familyId) },
      ),
    [meeting, steps, step, context],
  );
  return (
    <section className="run-panel run-agenda" aria-labelledby="run-agenda-heading">
      <div className="run-panel-head">
        <h2 id="run-agenda-heading">{t('run.lists.agendaPanel')}</h2>
        <RoomShowToggle shown={onScreen} onChange={onShowOnScreen} subject={t('run.lists.agendaPanel')} />
      </div>
      <p className="muted">{t('run.lists.agendaHelp')}</p>
      {hasGuests(context) && <p className="muted">{t('run.lists.guestsAgenda')}</p>}
      <AgendaList entries={entries} />
    </section>
  );
}

export function AgreedPanel({ context, actions, onScreen, onShowOnScreen }: { context: RunContext; actions: readonly Action[] } & ToggleProps) {
  const { t } = useTranslation();
  const { meeting } = context;
  const families = useMemo(
    (): RoomAgreedFamily[] =>
      agreedInMeeting(meeting, actions).map((group) => ({
        code: codeOf(context, group.familyId),
        actions: group.byKind.action,
        familyQuestions: group.byKind.familyQuestion,
      })),
    [meeting, actions, context],
  );
  return (
    <section className="run-panel run-agreed" aria-labelledby="run-agreed-heading">
      <div className="run-panel-head">
        <h2 id="run-agreed-heading">{t('run.lists.agreedHeading')}</h2>
        <RoomShowToggle shown={onScreen} onChange={onShowOnScreen} subject={t('run.lists.agreedHeading')} />
      </div>
      <p className="muted">{t('run.lists.agreedHelp')}</p>
      {hasGuests(context) && <p className="muted">{t('run.lists.guestsAgreed')}</p>}
      <AgreedByFamily families={families} headingLevel={3} />
    </section>
  );
}

function codeOf(context: RunContext, familyId: string): string {
  return context.familiesById.get(familyId)?.code ?? '?';
}

function hasGuests(context: RunContext): boolean {
  return context.participants.some((participant) => participant.guest);
}
