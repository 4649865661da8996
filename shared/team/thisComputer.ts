// Who is using this computer (docs/domain.md: The team on several computers): at unlock each
// computer says which team member is using it; the choice is remembered on this computer only.
import type { MemberStatus } from './member';

/**
 * The member remembered for this computer if they can still use it (an active member of the team),
 * or null: then the unlock asks again. Members are given by id and status (status is in the clear).
 */
export function rememberedMember(rememberedId: string | null | undefined, members: readonly { id: string; status: MemberStatus }[]): string | null {
  if (!rememberedId) return null;
  const member = members.find((candidate) => candidate.id === rememberedId);
  return member && member.status === 'active' ? member.id : null;
}
