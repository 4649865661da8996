// What a meeting did with the method templates, for its record: per deep-dive family, the timeline
// events added or changed in the meeting and each child's latest three-houses session as of the
// meeting's end (or now, while it runs). Reactive; undefined while loading. Nothing is decrypted:
// both come from the rows' clear fields.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Family } from '../../../../shared/family/family';
import type { Meeting } from '../../../../shared/meeting/meeting';
import type { MethodsInMeeting } from '../../../../shared/meeting/summary';
import { useSession } from '../../db/sessionContext';
import { latestThreeHousesSessionsAsOf } from '../../db/repositories/threeHousesRepository';
import { timelineChangesInMeeting } from '../../db/repositories/timelineRepository';

export function useMeetingMethods(meeting: Meeting, families: readonly Family[] | undefined): ReadonlyMap<string, MethodsInMeeting> | undefined {
  const session = useSession();
  const familyIds = [...new Set(meeting.deepDives.map((deepDive) => deepDive.familyId))];
  const asOf = meeting.run.finishedAt;
  return useLiveQuery(async () => {
    if (!families) return undefined;
    const entries = await Promise.all(
      familyIds.map(async (familyId): Promise<[string, MethodsInMeeting]> => {
        const children = families.find((family) => family.id === familyId)?.children ?? [];
        const [timeline, latest] = await Promise.all([
          timelineChangesInMeeting(session, familyId, meeting.id),
          latestThreeHousesSessionsAsOf(session, familyId, asOf ?? Date.now()),
        ]);
        const threeHouses = latest
          .map((entry) => ({ child: children.find((child) => child.id === entry.childId)?.pseudonym ?? '', date: entry.date }))
          // A child removed from the family since is left out of the record's mention.
          .filter((entry) => entry.child !== '')
          .sort((a, b) => a.child.localeCompare(b.child, 'fi'));
        return [familyId, { timeline, threeHouses }];
      }),
    );
    return new Map(entries);
  }, [session, meeting.id, familyIds.join('|'), asOf, families]);
}
