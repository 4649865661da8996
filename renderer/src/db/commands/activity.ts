// The activity log entry noted after a user's action succeeded (docs/architecture.md: Retention and
// the activity log); a log that cannot be written only warns in the console, so it never turns a
// done action into a reported failure.
import { useCallback } from 'react';
import { noteActivity as noteActivityIn, type ActivityKind } from '../repositories/activityRepository';
import type { Session } from '../session';
import { useSession } from '../sessionContext';

/** As a command in a feature's spec. */
export const noteActivity = async (session: Session, kind: ActivityKind, familyCode?: string | null) => noteActivityIn(session.db, kind, familyCode);

/** As a function of the unlocked session, for a component with no other commands (the export bars). */
export function useNoteActivity() {
  const { db } = useSession();
  return useCallback((kind: ActivityKind, familyCode?: string | null) => noteActivityIn(db, kind, familyCode), [db]);
}
