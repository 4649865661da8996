// The roles of a systemic team (DOMAIN.md). A member has a default role; meetings assign roles
// per meeting. Ids are stable data keys: do not rename them without a migration.
export const teamRoles = [
  'consultingSocialWorker',
  'familyTherapist',
  'responsibleSocialWorker',
  'socialCounsellor',
  'teamCoordinator',
] as const;

export type TeamRole = (typeof teamRoles)[number];

export function isTeamRole(value: unknown): value is TeamRole {
  return typeof value === 'string' && (teamRoles as readonly string[]).includes(value);
}
