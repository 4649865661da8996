// Who can propose a hypothesis in the running meeting: its participants (guests too), each with
// the role they hold in this meeting and for this family (the presenter is the responsible social
// worker of the family being discussed). Someone holding two roles is offered once per role; a
// participant with no role is offered by name alone. Last, "the whole team", for an idea that grew
// in the conversation rather than from one person.
import type { Proposer } from '../../../../shared/hypothesis/hypothesis';
import { teamRoles, type TeamRole } from '../../../../shared/team/roles';
import type { RunContext } from './runContext';

export function meetingProposers(context: RunContext): Proposer[] {
  const { meeting, deepDive } = context;
  const holderId = (role: TeamRole) =>
    role === 'responsibleSocialWorker' && deepDive?.presenterId ? deepDive.presenterId : (meeting.roles[role] ?? null);
  const people = context.participants.flatMap((participant): Proposer[] => {
    const roles = teamRoles.filter((role) => holderId(role) === participant.id);
    return roles.length === 0 ? [{ role: null, name: participant.name }] : roles.map((role) => ({ role, name: participant.name }));
  });
  return [...people, { role: 'team', name: '' }];
}
