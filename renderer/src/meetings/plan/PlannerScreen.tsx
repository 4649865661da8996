// The meeting planner: date and type, participants and guests, who holds each role this time, the
// quick round, the deep-dive families with presenters and questions, warnings, and the open actions
// of earlier meetings. Every edit is saved at once (no Save button). A cancelled, running or
// finished meeting's plan is shown read-only.
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/meeting/meeting';
import { isOneFamilyMeeting } from '../../../../shared/meeting/plan';
import { routeHref } from '../../app/router';
import { storageErrorText } from '../../db/storageErrors';
import { useNotify } from '../../components/Notifications';
import { useFamilies, useMembers } from '../../db/hooks';
import { formatDate, useLanguage } from '../../i18n/i18n';
import { DeepDivesSection } from './DeepDivesSection';
import { OpenActionsSection } from './OpenActionsSection';
import { ParticipantsSection } from './ParticipantsSection';
import { PlannerActions } from './PlannerActions';
import { PlanWarnings } from './PlanWarnings';
import { AgendaPrint } from './AgendaPrint';
import { PlannerContext, type Planner } from './plannerContext';
import { QuickRoundSection } from './QuickRoundSection';
import { RolesSection } from './RolesSection';
import { ScheduleSection } from './ScheduleSection';
import { SlotGlance, SlotSection } from './SlotSection';
import { isNotEditable, usePlanSaver, type PlanSaveState } from './usePlanSaver';
import './planner.css';
import { localized } from '../../../../shared/meeting/template';
import { useMeetingCommands } from '../../db/commands/meetingCommands';

export function PlannerScreen({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const members = useMembers();
  const families = useFamilies();
  const saver = usePlanSaver(meeting);
  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback((text: string) => setAnnouncement(text), []);
  const readOnly = meeting.status !== 'planned';

  const planner = useMemo<Planner | null>(
    () =>
      members && families
        ? {
            meeting,
            readOnly,
            saver,
            members,
            families,
            familiesById: new Map(families.map((family) => [family.id, family])),
            membersById: new Map(members.map((member) => [member.id, member])),
            announce,
          }
        : null,
    [meeting, readOnly, saver, members, families, announce],
  );

  return (
    <div className="screen planner">
      <p>
        <a href={routeHref({ name: 'meetings' })}>{t('meetings.back')}</a>
      </p>
      <h1 tabIndex={-1}>
        {localized(meeting.template.name, language)}
        <span className="subtitle"> · {formatDate(meeting.scheduledAt, language, 'longWithTime')}</span>
        {meeting.demo && <span className="badge">{t('meetings.demoBadge')}</span>}
      </h1>
      {readOnly ? <ReadOnlyNote meeting={meeting} /> : <SaveState state={saver.state} />}
      {planner ? (
        <PlannerContext.Provider value={planner}>
          {!readOnly && <SlotGlance />}
          <PlanWarnings />
          <AgendaPrint />
          <div className="planner-columns">
            <div>
              <ScheduleSection />
              <ParticipantsSection />
            </div>
            <RolesSection />
          </div>
          <DeepDivesSection />
          {/* A one-family meeting (an interim review) has no quick round. */}
          {!isOneFamilyMeeting(meeting.template) && <QuickRoundSection />}
          <SlotSection />
          <OpenActionsSection />
          <PlannerActions />
        </PlannerContext.Provider>
      ) : (
        <p role="status">{t('app.loading')}</p>
      )}
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}

function SaveState({ state }: { state: PlanSaveState }) {
  const { t } = useTranslation();
  let text = t('meetings.autosaveNote');
  if (state.kind === 'saving') text = t('meetings.saving');
  if (state.kind === 'saved') text = t('meetings.saved');
  if (state.kind === 'failed') {
    text = isNotEditable(state.error) ? t('meetings.notEditable') : t('meetings.saveFailed', { reason: storageErrorText(state.error, t) });
  }
  return (
    <p className={`plan-save-state plan-save-${state.kind}`} role="status" data-testid="plan-save-state">
      {text}
    </p>
  );
}

function ReadOnlyNote({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const commands = useMeetingCommands();
  const notify = useNotify();
  const language = useLanguage();
  const [problem, setProblem] = useState<string | null>(null);

  async function restore() {
    setProblem(null);
    try {
      await commands.restoreMeeting.orThrow(meeting.id);
      const date = formatDate(meeting.scheduledAt, language, 'longWithTime');
      notify({ message: (t) => t('meetings.restored', { date }) });
    } catch (error) {
      setProblem(storageErrorText(error, t));
    }
  }

  if (meeting.status === 'cancelled') {
    return (
      <div className="warning planner-note">
        <p>{t('meetings.readOnlyCancelled')}</p>
        <button type="button" className="button primary" onClick={() => void restore()}>
          {t('meetings.restore')}
        </button>
        {problem && (
          <p className="error" role="alert">
            {problem}
          </p>
        )}
      </div>
    );
  }
  const running = meeting.status === 'running';
  return (
    <p className="warning planner-note">
      {running ? t('meetings.readOnlyRunning') : t('meetings.readOnlyFinished')}{' '}
      <a href={routeHref({ name: 'meeting', id: meeting.id, view: running ? 'run' : 'record' })}>
        {running ? t('meetings.goToRun') : t('meetings.goToRecord')}
      </a>
    </p>
  );
}
