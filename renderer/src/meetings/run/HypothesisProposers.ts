// Who can propose a hypothesis in the running meeting: its participants (guests too), each with
// the template role they hold in this meeting and for this family (the presenter is the
// responsible social worker of the family being discussed), the role's name going with it.
// Someone holding two roles is offered once per role; a participant with no role is offered by
// name alone. Last, "the whole team", for an idea that grew in the conversation rather than from
// one person.
import type { Proposer } from '../../../../shared/hypothesis/hypothesis';
import { proposerWithRole } from '../../../../shared/hypothesis/proposerText';
import type { RunContext } from './runContext';

export function meetingProposers(context: RunContext): Proposer[] {
  const templateRoles = context.meeting.template.roles;
  const people = context.participants.flatMap((participant): Proposer[] => {
    const roles = templateRoles.filter((role) => context.holderIdOf(role.id) === participant.id);
    return roles.length === 0 ? [{ role: null, name: participant.name }] : roles.map((role) => proposerWithRole(role, participant.name));
  });
  return [...people, { role: 'team', name: '' }];
}
