// Planning rules: the plan a new meeting starts from (everyone on the team taking part, each role
// held by the first active member whose default role it is, every active family on the quick
// round), and the usual meeting time.
import { addDays, addWeeks, setHours, setMinutes, startOfMinute } from 'date-fns';
import type { Family } from '../family/family';
import type { Member } from '../team/member';
import { teamRoles } from '../team/roles';
import type { MeetingPlan } from './meeting';

/** A fresh plan: active members take part, roles follow default roles, the quick round lists every active family by code. */
export function defaultPlan(
  members: readonly Pick<Member, 'id' | 'status' | 'defaultRole'>[],
  families: readonly Pick<Family, 'id' | 'status' | 'code'>[],
  newId: () => string,
): MeetingPlan {
  const active = members.filter((member) => member.status === 'active');
  const roles: MeetingPlan['roles'] = {};
  for (const role of teamRoles) roles[role] = active.find((member) => member.defaultRole === role)?.id ?? null;
  return {
    roles,
    participants: active.map((member) => ({ kind: 'member' as const, id: member.id })),
    quickRound: families
      .filter((family) => family.status === 'active')
      .sort((a, b) => a.code.localeCompare(b.code, 'fi'))
      .map((family) => ({ id: newId(), familyId: family.id })),
    deepDives: [],
    closingNote: '',
  };
}

/** The time a new meeting is suggested for: 09:00 on the next day after `now`. */
export function suggestedMeetingTime(now: Date): Date {
  return startOfMinute(setMinutes(setHours(addDays(now, 1), 9), 0));
}

/** The same time a week later (for "duplicate for next week"). */
export function oneWeekLater(iso: string): string {
  return addWeeks(new Date(iso), 1).toISOString();
}
