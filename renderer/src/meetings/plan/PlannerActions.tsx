// What can be done with the whole plan: start the meeting (after every save has landed), duplicate
// it for next week, or cancel it (with confirmation and Undo).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { oneWeekLater } from '../../../../shared/meeting/plan';
import { navigate } from '../../app/router';
import { storageErrorText } from '../../db/storageErrors';
import { useNotify } from '../../components/Notifications';
import { formatDate, useLanguage } from '../../i18n/i18n';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { usePlanner } from './plannerContext';
import { useThisComputer } from '../../db/thisComputer';
import { useMeetingCommands, type RunResult } from '../../db/commands/meetingCommands';

export function PlannerActions() {
  const { t } = useTranslation();
  const commands = useMeetingCommands();
  const language = useLanguage();
  const notify = useNotify();
  const { meeting, saver } = usePlanner();
  // The computer that starts the meeting drives it (docs/domain.md: The team on several computers).
  const { computerId, memberId } = useThisComputer();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const date = formatDate(meeting.scheduledAt, language, 'longWithTime');

  async function start() {
    setBusy(true);
    setProblem(null);
    try {
      await saver.settled();
      const result = await commands.runMeeting.orThrow(meeting.id, 'start', { status: 'notStarted', stepIndex: 0 }, { computerId, memberId });
      if (result.ok) {
        navigate({ name: 'meeting', id: meeting.id, view: 'run' });
        return;
      }
      setProblem(refusalText(result, t));
      if (result.reason === 'changedElsewhere' || result.reason === 'alreadyStarted') {
        navigate({ name: 'meeting', id: meeting.id, view: 'run' });
      }
    } catch (error) {
      setProblem(storageErrorText(error, t));
    } finally {
      setBusy(false);
    }
  }

  async function duplicate() {
    setBusy(true);
    setProblem(null);
    try {
      await saver.settled();
      const scheduledAt = oneWeekLater(meeting.scheduledAt);
      const copy = await commands.duplicateMeeting.orThrow(meeting.id, scheduledAt);
      navigate({ name: 'meeting', id: copy, view: 'plan' });
      notify({ message: (t) => t('meetings.duplicated', { date: formatDate(scheduledAt, language, 'longWithTime') }) });
    } catch (error) {
      setProblem(storageErrorText(error, t));
    } finally {
      setBusy(false);
    }
  }

  async function cancel() {
    setConfirming(false);
    try {
      await saver.settled();
      const cancelled = await commands.cancelMeeting.orThrow(meeting.id);
      navigate({ name: 'meetings' });
      commands.done((t) => t('meetings.meetingCancelled', { date }), {
        undo: async () => {
          if (!(await commands.cancelMeeting.undo(cancelled))) return;
          navigate({ name: 'meeting', id: meeting.id, view: 'plan' });
          notify({ message: (t) => t('meetings.restored', { date }) });
        },
      });
    } catch (error) {
      setProblem(storageErrorText(error, t));
    }
  }

  if (meeting.status !== 'planned') return null;
  return (
    <div className="planner-actions">
      <button type="button" className="button primary" disabled={busy} onClick={() => void start()}>
        {t('meetings.start')}
      </button>
      <button type="button" className="button" disabled={busy} onClick={() => void duplicate()}>
        {t('meetings.duplicate')}
      </button>
      <button type="button" className="button danger-outline" disabled={busy} onClick={() => setConfirming(true)}>
        {t('meetings.cancelMeeting')}
      </button>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <ConfirmDialog
        isOpen={confirming}
        title={t('meetings.cancelTitle', { date })}
        body={t('meetings.cancelBody')}
        confirmLabel={t('meetings.cancelConfirm')}
        cancelLabel={t('meetings.keepMeeting')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void cancel()}
      />
    </div>
  );
}

function refusalText(result: Extract<RunResult, { ok: false }>, t: ReturnType<typeof useTranslation>['t']): string {
  switch (result.reason) {
    case 'changedElsewhere':
    case 'alreadyStarted':
    case 'finished':
    case 'cancelled':
    case 'missing':
    case 'noSteps':
      return t(`meetings.startRefused.${result.reason}`);
    default:
      return t('meetings.startRefused.other', { reason: result.reason });
  }
}
