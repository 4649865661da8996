// Covers shared/i18n/sections/threeHouses.ts on its own (the same checks tests/unit/shared/i18n.test.ts
// makes once it is registered): both languages have the same keys, every text is non-empty, uses
// the same placeholders in both, and the Finnish is a translation, not a copy of the English.
import { describe, expect, it } from 'vitest';
import { threeHousesEn, threeHousesFi } from '../../../shared/i18n/sections/threeHouses';
import { audiences, consentStates, houseIds } from '../../../shared/threeHouses/session';
import { strokeColours, strokeWidths } from '../../../shared/threeHouses/drawing';

function flatten(messages: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(messages)) {
    if (value !== null && typeof value === 'object') for (const [inner, leaf] of flatten(value, `${prefix}${key}.`)) out.set(inner, leaf);
    else out.set(`${prefix}${key}`, value);
  }
  return out;
}
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((match) => match[1]!).sort();
const en = flatten(threeHousesEn);
const fi = flatten(threeHousesFi);

describe('three houses texts', () => {
  it('fi and en have the same keys, each a non-blank string', () => {
    expect([...fi.keys()].sort()).toEqual([...en.keys()].sort());
    for (const map of [en, fi]) for (const [key, text] of map) expect(typeof text === 'string' && text.trim() !== '', key).toBe(true);
  });

  it('uses the same placeholders in both languages, with no broken braces', () => {
    for (const [key, text] of en) {
      expect(placeholders(String(fi.get(key))), key).toEqual(placeholders(String(text)));
      for (const value of [String(text), String(fi.get(key))]) expect(value.replace(/\{\{[^{}]*\}\}/g, ''), key).not.toMatch(/[{}]/);
    }
  });

  it('the Finnish is translated, except patterns with no words', () => {
    const hasWords = (text: string) => /\p{L}/u.test(text.replace(/\{\{[^{}]*\}\}/g, ''));
    expect([...en].filter(([key, text]) => fi.get(key) === text && hasWords(String(text))).map(([key]) => key)).toEqual([]);
  });

  it('names every house, audience, consent state, colour and line width the domain has', () => {
    for (const house of houseIds) expect(en.has(`house.${house}`), house).toBe(true);
    for (const audience of [...audiences, 'sharedScreen']) expect(en.has(`audience.${audience}`), audience).toBe(true);
    for (const state of consentStates) expect(en.has(`consentState.${state}`), state).toBe(true);
    for (const colour of strokeColours) expect(en.has(`drawing.colour.${colour}`), colour).toBe(true);
    for (const width of strokeWidths) expect(en.has(`drawing.width.${width}`), width).toBe(true);
  });
});
