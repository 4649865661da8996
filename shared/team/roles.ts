// The roles of a systemic team (docs/domain.md: Roles). A member has a default role; meetings assign roles
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

/**
 * The roles' names in both languages: the user interface's role names (i18n `roles.*`) and the
 * roles a template starts with (template v1 files, which had no roles of their own, get these).
 */
export const standardRoleNames: Readonly<Record<TeamRole, { fi: string; en: string }>> = {
  consultingSocialWorker: { fi: 'Konsultoiva sosiaalityöntekijä', en: 'Consulting social worker' },
  familyTherapist: { fi: 'Perheterapeutti', en: 'Family therapist' },
  responsibleSocialWorker: { fi: 'Lapsen asioista vastaava sosiaalityöntekijä', en: 'Responsible social worker' },
  socialCounsellor: { fi: 'Sosiaaliohjaaja', en: 'Social counsellor' },
  teamCoordinator: { fi: 'Tiimin koordinaattori', en: 'Team coordinator' },
};

/** The role names in one language, keyed by role (the i18n `roles` section). */
export function standardRoleNamesIn(language: 'fi' | 'en'): Record<TeamRole, string> {
  const names = {} as Record<TeamRole, string>;
  for (const role of teamRoles) names[role] = standardRoleNames[role][language];
  return names;
}
