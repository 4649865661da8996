// Which database the page opens. Development (the Vite dev server) and builds made for measuring
// (KEHA_DB_PARAM=1, which `npm run bench` sets) may pick another one with ?db=NAME, so a run never
// touches the team's data. The product build that `npm start` and the desktop app serve always opens
// Kehä's own database: an address with ?db= must not show an empty Kehä, as if everything were gone.
import { defaultDatabaseName } from '../db/database';

declare const __KEHA_DB_PARAM__: boolean | undefined;

/** Whether this build honours ?db= (see the file comment). */
export const databaseParamAllowed: boolean = import.meta.env.DEV || (typeof __KEHA_DB_PARAM__ !== 'undefined' && __KEHA_DB_PARAM__ === true);

/** The database to open for an address's query string. */
export function chosenDatabaseName(search: string, allowParam: boolean): string {
  if (!allowParam) return defaultDatabaseName;
  const requested = new URLSearchParams(search).get('db');
  return requested && /^[\w-]{1,64}$/.test(requested) ? requested : defaultDatabaseName;
}
