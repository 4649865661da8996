// What each audience may see of a three-houses session, decided by one pure function so the child's
// consent is respected in one tested place (like meeting/sharedScreen.ts for the meeting): exports,
// print and the meeting's shared screen get only the view built here, never the session itself.
// It reads the consent as it is now, so a consent withdrawn after an export holds for the next one.
// Also the comparison of two sessions of the same child (baseline and now), which works on a
// session or on an audience's view alike.
import { houseIds, type Audience, type House, type HouseId, type HouseItem, type ThreeHousesSession } from './session';

/** Who a view is for: an audience, or the meeting's shared screen (which counts as the team). */
export type ViewAudience = Audience | 'sharedScreen';

export const consentAudienceOf = (audience: ViewAudience): Audience => (audience === 'sharedScreen' ? 'team' : audience);

export type ThreeHousesView =
  | {
      audience: ViewAudience;
      allowed: false;
      /** Why nothing is shown: the child said no, or was not asked. The view holds nothing else. */
      reason: 'notGiven' | 'notAsked';
    }
  | {
      audience: ViewAudience;
      allowed: true;
      /** When the child gave consent for this audience (exports can say so). */
      consentRecordedOn: string;
      date: string;
      workerName: string;
      houses: Record<HouseId, House>;
      /** The worker's follow-up questions are the team's working material: empty for every other audience. */
      followUpQuestions: string[];
    };

/**
 * The session as `audience` may see it: everything the houses hold (names, items with their
 * own-words flag, drawings) when the child has given consent for that audience, and nothing at all
 * when consent was refused or never asked. Other audiences' consent is never shown.
 */
export function viewForAudience(session: ThreeHousesSession, audience: ViewAudience): ThreeHousesView {
  const consent = session.consent[consentAudienceOf(audience)];
  if (consent.state !== 'given') return { audience, allowed: false, reason: consent.state };
  const houses = Object.fromEntries(
    houseIds.map((id) => {
      const house = session.houses[id];
      return [id, { name: house.name, items: house.items.map((item) => ({ ...item })), drawing: house.drawing }];
    }),
  ) as Record<HouseId, House>;
  return {
    audience,
    allowed: true,
    consentRecordedOn: consent.recordedOn,
    date: session.date,
    workerName: session.worker.name,
    houses,
    followUpQuestions: consentAudienceOf(audience) === 'team' ? [...session.followUpQuestions] : [],
  };
}

// ---------------------------------------------------------------------------------------------
// Comparing two sessions

/** What compareSessions needs: a session, or an audience's allowed view (so a comparison can be exported too). */
export type ComparableSession = { date: string; houses: Record<HouseId, House> };

export type HouseComparison = {
  house: HouseId;
  /** The child's names for the house then and now ('' = the default name). */
  baselineName: string;
  nowName: string;
  renamed: boolean;
  /** The baseline's items in their order: 'kept' if the same words are there now, else 'gone'. */
  baseline: { item: HouseItem; status: 'kept' | 'gone' }[];
  /** Today's items in their order: 'kept' if they were there at baseline, else 'new'. */
  now: { item: HouseItem; status: 'kept' | 'new' }[];
  drawing: { baseline: boolean; now: boolean };
};

export type SessionComparison = { baselineDate: string; nowDate: string; houses: HouseComparison[] };

/**
 * The two sessions house by house, side by side. Items are matched by their words, ignoring case,
 * spacing and a closing full stop ("Isä juo." is the same as "isä juo"); the same words twice need
 * two matches, so one of two repeated worries going away shows as gone.
 */
export function compareSessions(baseline: ComparableSession, now: ComparableSession): SessionComparison {
  return {
    baselineDate: baseline.date,
    nowDate: now.date,
    houses: houseIds.map((house) => compareHouse(house, baseline.houses[house], now.houses[house])),
  };
}

function compareHouse(house: HouseId, before: House, after: House): HouseComparison {
  const unmatched = new Map<string, number>();
  for (const item of before.items) unmatched.set(sameWords(item.text), (unmatched.get(sameWords(item.text)) ?? 0) + 1);
  const now = after.items.map((item) => {
    const key = sameWords(item.text);
    const left = unmatched.get(key) ?? 0;
    if (left > 0) unmatched.set(key, left - 1);
    return { item, status: left > 0 ? ('kept' as const) : ('new' as const) };
  });
  // Whatever baseline words were not matched by today's are gone; the earliest ones count as kept first.
  const stillThere = new Map<string, number>();
  for (const item of after.items) stillThere.set(sameWords(item.text), (stillThere.get(sameWords(item.text)) ?? 0) + 1);
  const baseline = before.items.map((item) => {
    const key = sameWords(item.text);
    const left = stillThere.get(key) ?? 0;
    if (left > 0) stillThere.set(key, left - 1);
    return { item, status: left > 0 ? ('kept' as const) : ('gone' as const) };
  });
  return {
    house,
    baselineName: before.name,
    nowName: after.name,
    renamed: before.name.trim() !== after.name.trim(),
    baseline,
    now,
    drawing: { baseline: before.drawing !== null, now: after.drawing !== null },
  };
}

/** Words as compared: lower case, single spaces, no closing full stop, exclamation or question mark. */
function sameWords(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.!?…]+$/u, '')
    .trim()
    .toLocaleLowerCase('fi');
}
