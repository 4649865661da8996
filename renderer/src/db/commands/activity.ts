// The activity log entry a command notes after a user's action succeeded (docs/architecture.md:
// Retention and the activity log); a log that cannot be written only warns in the console.
import { noteActivity as noteActivityIn, type ActivityKind } from '../repositories/activityRepository';
import type { Session } from '../session';

export const noteActivity = async (session: Session, kind: ActivityKind, familyCode?: string | null) => noteActivityIn(session.db, kind, familyCode);
