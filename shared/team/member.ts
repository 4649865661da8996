// Team members and the team itself. A member who leaves is archived, never deleted, so past
// meetings can still show who was there.
import { z } from 'zod';
import { limits } from '../limits';
import { validateText } from '../validation';
import { teamRoles } from './roles';

export const memberStatuses = ['active', 'archived'] as const;
export type MemberStatus = (typeof memberStatuses)[number];

/** The encrypted part of a member record. Do not change without a migration. */
export const memberPayloadSchema = z.object({
  name: z.string().min(1).max(limits.memberName),
  defaultRole: z.enum(teamRoles),
});
export type MemberPayload = z.infer<typeof memberPayloadSchema>;

export type Member = MemberPayload & {
  id: string;
  status: MemberStatus;
  demo: boolean;
  createdAt: string;
  updatedAt: string;
};

/** The encrypted team record. */
export const teamPayloadSchema = z.object({
  name: z.string().max(limits.teamName),
  demo: z.boolean(),
});
export type TeamPayload = z.infer<typeof teamPayloadSchema>;

export const validateMemberName = (raw: string) => validateText(raw, { max: limits.memberName, required: true });
export const validateTeamName = (raw: string) => validateText(raw, { max: limits.teamName, required: false });
