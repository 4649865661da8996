// Set-up shared by the sync journeys: anna's computer starts the team's vault (with the families the
// journey needs) and connects it to the test's team server; ben's computer joins with the server
// address, his server user and the team passphrase. Both wait until their header says "Synced".
// docs/architecture.md: Sync between the team's computers.
import type { Page } from '@playwright/test';
import type { Language } from '../../../shared/i18n/messages';
import type { Computer } from '../models/Computer';
import { TeamSync } from '../models/TeamSync';
import type { Computers, TeamServer } from './syncServer';

export interface JoinedTeam {
  anna: Computer;
  ben: Computer;
  annaSync: TeamSync;
  benSync: TeamSync;
}

/** Two computers of one team, in `language`, with `families` made on anna's before she connects (`before`: on anna's page before Kehä opens). */
export async function twoJoinedComputers(
  teamServer: TeamServer,
  computers: Computers,
  {
    language = 'en',
    families = [],
    before,
  }: { language?: Language; families?: { code: string; label?: string }[]; before?: (anna: Computer) => Promise<void> } = {},
): Promise<JoinedTeam> {
  const anna = await computers.open('anna');
  await before?.(anna);
  await anna.openApp();
  await anna.app.setLanguage(language);
  await anna.app.start();
  for (const family of families) {
    await anna.app.families.goto();
    await anna.app.families.create(family);
  }
  const annaSync = new TeamSync(anna);
  await annaSync.connect(teamServer.databaseUrl, teamServer.members.anna);

  const ben = await computers.open('ben');
  await ben.openApp();
  await ben.app.setLanguage(language);
  const benSync = new TeamSync(ben);
  await benSync.join(teamServer.databaseUrl, teamServer.members.ben);
  await benSync.expectSynced();
  await anna.app.families.goto();
  return { anna, ben, annaSync, benSync };
}
