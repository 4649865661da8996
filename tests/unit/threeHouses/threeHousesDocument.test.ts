// Covers shared/threeHouses/threeHousesDocument.ts: the document an audience gets of a three-houses
// session. A refused (or never asked) audience's document says only that, with no word of the
// session in it (searched in the Markdown and plain text); a given audience's has every item with
// its own-words flag, the child's house names, the facts and the drawing's mention; follow-up
// questions only for the team; a consent withdrawn after an export empties the next export.
import { describe, expect, it } from 'vitest';
import { viewForAudience } from '../../../shared/threeHouses/consent';
import { encodeDrawing } from '../../../shared/threeHouses/drawing';
import { audiences, houseIds, setConsent, type ThreeHousesSession } from '../../../shared/threeHouses/session';
import { buildThreeHousesDocument, buildThreeHousesDocumentParts, type ThreeHousesDocumentSource } from '../../../shared/threeHouses/threeHousesDocument';
import { renderMarkdown, renderPlainText } from '../../../shared/document/render';
import type { RecordFormat } from '../../../shared/document/document';
import { recordFormat } from '../meeting/summaryFixture';
import { filledSession, handDrawing, withConsentForAll } from './support';

const drawing = encodeDrawing(handDrawing(2, 30));
const child = { pseudonym: 'Aino', birthYear: 2018 };

function source(session: ThreeHousesSession, audience: (typeof audiences)[number]): ThreeHousesDocumentSource {
  return { view: viewForAudience(session, audience), child, familyCode: 'KXR-482', madeOn: '2026-11-20' };
}

/** Every word of the session that a refused audience must not see (the worker, the date, names, items, questions). */
function sessionWords(session: ThreeHousesSession): string[] {
  return [
    session.worker.name,
    '2026',
    ...houseIds.flatMap((house) => [session.houses[house].name, ...session.houses[house].items.map((item) => item.text)]),
    ...session.followUpQuestions,
  ].filter((text) => text !== '');
}

const both = (format: RecordFormat, input: ThreeHousesDocumentSource) => {
  const document = buildThreeHousesDocument(input, format);
  return { document, markdown: renderMarkdown(document), text: renderPlainText(document) };
};

describe('the three-houses document', () => {
  it.each(['notGiven', 'notAsked'] as const)('for an audience whose consent is %s says only that, and nothing of the session', async (state) => {
    const en = await recordFormat('en');
    // Every other audience has given consent: nothing may leak from theirs.
    const session = setConsent(withConsentForAll(filledSession(drawing), 'given'), 'parents', state, '2026-11-10');
    const { document, markdown, text } = both(en, source(session, 'parents'));
    const sentence =
      state === 'notGiven'
        ? 'The child did not want this shown to: Parents. Nothing of the session is shown.'
        : 'The child has not been asked whether this may be shown to: Parents. Nothing of the session is shown.';
    expect(document.blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Three houses' },
      { kind: 'empty', text: sentence },
    ]);
    for (const word of [...sessionWords(session), 'Aino', 'KXR-482', 'drawing', 'Worker']) {
      expect(markdown, word).not.toContain(word);
      expect(text, word).not.toContain(word);
    }
    expect(buildThreeHousesDocumentParts(source(session, 'parents'), en).houses).toEqual([]);
  });

  it('for an audience with consent has the facts, every house by the child’s name, every item with its flag, and the drawing’s mention', async () => {
    const en = await recordFormat('en');
    const session = setConsent(withConsentForAll(filledSession(drawing), 'notGiven'), 'court', 'given', '2026-11-10');
    const { markdown } = both(en, source(session, 'court'));
    expect(markdown).toMatch(/^# Three houses: Aino\n/);
    for (const line of [
      '**Child:** Aino (age 8)',
      '**Family:** KXR-482',
      '**Date of the session:** 02/11/2026',
      '**Worker:** Maija Työntekijä',
      '**Prepared for:** Court',
      '**Consent:** The child gave consent on 10/11/2026.',
      '**Document made:** 20/11/2026',
      '## Pelkojen talo (House of worries)',
      '- “Isä huutaa illalla” (in the child’s own words)',
      '- Lapsi piirsi itsensä yksin huoneeseen (worker’s note)',
      '**Drawing:** The child made a drawing. It is shown in the printed version.',
      '## House of good things',
      '- “Mummola ja koira Vilppu” (in the child’s own words)',
      '## House of dreams',
      '- “Oma huone ja jalkapallojoukkue” (in the child’s own words)',
      '**Drawing:** No drawing.',
    ]) {
      expect(markdown, line).toContain(line);
    }
    // The court is not the team: no follow-up questions, not even their heading.
    expect(markdown).not.toContain('koulukuraattorista');
    expect(markdown).not.toContain('Follow-up questions');
    // The print parts carry the drawing with its house, for the print view to draw.
    const parts = buildThreeHousesDocumentParts(source(session, 'court'), en);
    expect(parts.houses.map((house) => [house.house, house.drawing !== null])).toEqual([
      ['worries', true],
      ['goodThings', false],
      ['dreams', false],
    ]);
  });

  it('gives the follow-up questions to the team only', async () => {
    const fi = await recordFormat('fi');
    const session = withConsentForAll(filledSession(), 'given');
    for (const audience of audiences) {
      const { markdown } = both(fi, source(session, audience));
      expect(markdown.includes('## Jatkokysymykset'), audience).toBe(audience === 'team');
      expect(markdown.includes('- Kysy koulukuraattorista välitunneista'), audience).toBe(audience === 'team');
      // Every item, for every audience that has consent.
      for (const house of houseIds) for (const item of session.houses[house].items) expect(markdown, `${audience} ${item.text}`).toContain(item.text);
    }
  });

  it('is in Finnish when the user works in Finnish, with the Finnish quotation marks', async () => {
    const fi = await recordFormat('fi');
    const session = withConsentForAll(filledSession(drawing), 'given');
    const { markdown, text } = both(fi, source(session, 'team'));
    expect(markdown).toMatch(/^# Kolme taloa: Aino\n/);
    // A day at the start of a value is escaped so Markdown does not read it as a numbered list.
    expect(markdown).toContain('**Tapaamisen päivämäärä:** 2\\.11.2026');
    expect(markdown).toContain('**Kenelle:** Tiimi');
    expect(markdown).toContain('- ”Isä huutaa illalla” (lapsen omin sanoin)');
    expect(markdown).toContain('- Lapsi piirsi itsensä yksin huoneeseen (työntekijän muistiinpano)');
    expect(markdown).toContain('**Piirustus:** Lapsi teki piirustuksen.');
    expect(text).toContain('Hyvien asioiden talo');
    const refused = both(fi, source(setConsent(session, 'network', 'notGiven', '2026-11-10'), 'network'));
    expect(refused.markdown).toBe('# Kolme taloa\n\n*Lapsi ei halunnut tätä näytettävän: Verkosto. Tapaamisesta ei näytetä mitään.*\n');
  });

  it('a consent withdrawn after an export leaves the next export with nothing', async () => {
    const en = await recordFormat('en');
    const given = withConsentForAll(filledSession(drawing), 'given');
    const first = both(en, source(given, 'network')).markdown;
    expect(first).toContain('Isä huutaa illalla');
    const withdrawn = setConsent(given, 'network', 'notGiven', '2026-11-21');
    const next = both(en, source(withdrawn, 'network')).markdown;
    expect(next).toBe('# Three houses\n\n*The child did not want this shown to: Network. Nothing of the session is shown.*\n');
    // The other audiences are not touched by it.
    expect(both(en, source(withdrawn, 'parents')).markdown).toContain('Isä huutaa illalla');
  });

  it('writes the child’s words literally in Markdown (no heading, emphasis or link made of them)', async () => {
    const en = await recordFormat('en');
    const session = withConsentForAll(filledSession(), 'given');
    const tricky = { ...session, houses: { ...session.houses, dreams: { name: '# Toive*talo*', items: [{ id: 'x', text: '[koira](http://x) **iso**', verbatim: false }], drawing: null } } };
    const { markdown } = both(en, source(tricky, 'parents'));
    expect(markdown).toContain('## \\# Toive\\*talo\\* (House of dreams)');
    expect(markdown).toContain('- \\[koira\\](http://x) \\*\\*iso\\*\\* (worker’s note)');
  });
});
