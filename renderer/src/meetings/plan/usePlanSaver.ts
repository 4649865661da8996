// Saves every planner edit at once through updateMeetingPlan and keeps one save state for the
// whole plan ("Saving…", "All changes saved", or why the latest change was not saved). Edits are
// change functions applied to the stored plan inside the write, so quick edits never overwrite
// each other. `settled()` waits for every save under way (Start waits for it).
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Meeting, MeetingPlan } from '../../../../shared/meeting/meeting';
import type { MeetingTemplate } from '../../../../shared/meeting/template';
import { useSession } from '../../db/sessionContext';
import { MeetingNotEditableError, updateMeetingPlan } from '../../db/repositories/meetingRepository';

export type PlanSaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: unknown };

export type PlanChange = (plan: MeetingPlan) => MeetingPlan;
export type PlanFields = { scheduledAt?: string; template?: MeetingTemplate };

export function usePlanSaver(meeting: Pick<Meeting, 'id'>) {
  const session = useSession();
  const [state, setState] = useState<PlanSaveState>({ kind: 'idle' });
  const pending = useRef(new Set<Promise<unknown>>());

  /** Saves one change; rejects when it could not be saved (the state says why too). */
  const save = useCallback(
    async (change: PlanChange, fields: PlanFields = {}): Promise<void> => {
      setState({ kind: 'saving' });
      const write = updateMeetingPlan(session, meeting.id, change, fields);
      pending.current.add(write);
      try {
        await write;
        pending.current.delete(write);
        if (pending.current.size === 0) setState({ kind: 'saved' });
      } catch (error) {
        pending.current.delete(write);
        setState({ kind: 'failed', error });
        throw error;
      }
    },
    [session, meeting.id],
  );

  /** Like save, for event handlers: a failure is shown in the save state instead of thrown. */
  const apply = useCallback((change: PlanChange, fields: PlanFields = {}) => save(change, fields).catch(() => undefined), [save]);

  const settled = useCallback(async () => {
    while (pending.current.size > 0) await Promise.allSettled([...pending.current]);
  }, []);

  return useMemo(() => ({ state, save, apply, settled }), [state, save, apply, settled]);
}

export function isNotEditable(error: unknown): boolean {
  return error instanceof MeetingNotEditableError;
}
