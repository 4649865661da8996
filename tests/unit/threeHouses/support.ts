// Helpers for the three-houses unit tests: checking that a validation key has text in both
// languages (the section is looked up here as well as in en/fi, so the tests hold before and after
// it is registered there), a session with something in every house, and drawings made of strokes.
import { expect } from 'vitest';
import { en } from '../../../shared/i18n/en';
import { fi } from '../../../shared/i18n/fi';
import { threeHousesEn, threeHousesFi } from '../../../shared/i18n/sections/threeHouses';
import type { Drawing, DrawingPoint, Stroke } from '../../../shared/threeHouses/drawing';
import { newSession, setConsent, type ThreeHousesSession } from '../../../shared/threeHouses/session';
import type { Validated } from '../../../shared/validation';

const languages = {
  en: { ...en, threeHouses: threeHousesEn },
  fi: { ...fi, threeHouses: threeHousesFi },
};

function message(messages: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
}

/** Fails unless the result is a validation issue whose key has a message in English and Finnish using exactly its values. */
export function expectTranslated(result: Validated<unknown>): void {
  if (result.ok) throw new Error('expected a validation issue');
  for (const [language, messages] of Object.entries(languages)) {
    const text = message(messages, result.issue.key);
    expect(typeof text, `${language} ${result.issue.key}`).toBe('string');
    const placeholders = [...String(text).matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]).sort();
    expect(placeholders, `${language} ${result.issue.key} placeholders`).toEqual(Object.keys(result.issue.values).sort());
  }
}

/** A session on 2026-11-02 by Maija with the child's words, a worker's note and a drawing in the houses, and a follow-up question. */
export function filledSession(drawing: string | null = null): ThreeHousesSession {
  const session = newSession({ childId: 'child-1', date: '2026-11-02', worker: { memberId: 'member-1', name: 'Maija Työntekijä' } });
  return {
    ...session,
    houses: {
      worries: {
        name: 'Pelkojen talo',
        items: [
          { id: 'w1', text: 'Isä huutaa illalla', verbatim: true },
          { id: 'w2', text: 'Lapsi piirsi itsensä yksin huoneeseen', verbatim: false },
        ],
        drawing,
      },
      goodThings: { name: '', items: [{ id: 'g1', text: 'Mummola ja koira Vilppu', verbatim: true }], drawing: null },
      dreams: { name: '', items: [{ id: 'd1', text: 'Oma huone ja jalkapallojoukkue', verbatim: true }], drawing: null },
    },
    followUpQuestions: ['Kysy koulukuraattorista välitunneista'],
  };
}

/** The session with one consent state for every audience. */
export function withConsentForAll(session: ThreeHousesSession, state: 'given' | 'notGiven' | 'notAsked'): ThreeHousesSession {
  return (['parents', 'team', 'network', 'court'] as const).reduce((next, audience) => setConsent(next, audience, state, '2026-11-02'), session);
}

/** A stroke of `count` points wandering like a hand (deterministic), steps of up to `step` units (a slow hand: 2). */
export function handStroke(
  count: number,
  seed: number,
  options: Partial<Omit<Stroke, 'points'>> & { pressure?: boolean; step?: number } = {},
): Stroke {
  const step = options.step ?? 6;
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  let x = 200 + Math.floor(random() * 600);
  let y = 200 + Math.floor(random() * 600);
  const points: DrawingPoint[] = [];
  for (let index = 0; index < count; index++) {
    x = Math.min(1000, Math.max(0, x + Math.floor(random() * (2 * step + 1)) - step));
    y = Math.min(1000, Math.max(0, y + Math.floor(random() * (2 * step + 1)) - step));
    points.push({ x, y, pressure: options.pressure ? Math.floor(random() * 101) : null });
  }
  return { pointer: options.pointer ?? 'pen', colour: options.colour ?? 'blue', width: options.width ?? 'medium', points };
}

/** A drawing of `strokes` strokes with `pointsEach` points each. */
export function handDrawing(strokes: number, pointsEach: number, pressure = true): Drawing {
  return { strokes: Array.from({ length: strokes }, (_, index) => handStroke(pointsEach, index + 1, { pressure, colour: index % 2 ? 'red' : 'green' })) };
}
