// Covers shared/threeHouses/consent.ts: what each audience (parents, team, network, court, and the
// meeting's shared screen as the team) may see for every consent state, searched in the JSON of the
// view so no word of a refused audience's session can slip through; consent withdrawn after an
// export; and comparing a baseline session with a later one house by house.
import { describe, expect, it } from 'vitest';
import { compareSessions, consentAudienceOf, viewForAudience, type ViewAudience } from '../../../shared/threeHouses/consent';
import { encodeDrawing } from '../../../shared/threeHouses/drawing';
import { audiences, consentStates, houseIds, setConsent, type ThreeHousesSession } from '../../../shared/threeHouses/session';
import { filledSession, handDrawing, withConsentForAll } from './support';

const drawing = encodeDrawing(handDrawing(2, 30));
const viewAudiences: ViewAudience[] = [...audiences, 'sharedScreen'];

/** Every piece of content in the session that a refused audience must not see. */
function contentOf(session: ThreeHousesSession): string[] {
  return [
    session.worker.name,
    session.date,
    ...houseIds.flatMap((house) => [session.houses[house].name, ...session.houses[house].items.map((item) => item.text), session.houses[house].drawing ?? '']),
    ...session.followUpQuestions,
  ].filter((text) => text !== '');
}

describe('viewForAudience', () => {
  describe.each(viewAudiences)('for %s', (audience) => {
    it.each(['notGiven', 'notAsked'] as const)('shows nothing at all when consent is %s', (state) => {
      // Every other audience has given consent, so nothing can leak from theirs.
      const session = setConsent(withConsentForAll(filledSession(drawing), 'given'), consentAudienceOf(audience), state, '2026-11-10');
      const view = viewForAudience(session, audience);
      expect(view).toEqual({ audience, allowed: false, reason: state });
      const json = JSON.stringify(view);
      for (const text of contentOf(session)) expect(json).not.toContain(text);
    });

    it('shows the houses when consent is given, with the date it was given', () => {
      const session = setConsent(withConsentForAll(filledSession(drawing), 'notGiven'), consentAudienceOf(audience), 'given', '2026-11-10');
      const view = viewForAudience(session, audience);
      if (!view.allowed) throw new Error('expected the view to be allowed');
      expect(view.consentRecordedOn).toBe('2026-11-10');
      expect(view.date).toBe('2026-11-02');
      expect(view.workerName).toBe('Maija Työntekijä');
      expect(view.houses).toEqual(session.houses);
      // Other audiences' consent is not part of the view.
      expect(JSON.stringify(view)).not.toContain('notGiven');
    });
  });

  it('follow-up questions are the team’s: on the team view and the shared screen, never for parents, network or court', () => {
    const session = withConsentForAll(filledSession(), 'given');
    for (const audience of viewAudiences) {
      const view = viewForAudience(session, audience);
      if (!view.allowed) throw new Error('expected the view to be allowed');
      const forTeam = audience === 'team' || audience === 'sharedScreen';
      expect(view.followUpQuestions).toEqual(forTeam ? ['Kysy koulukuraattorista välitunneista'] : []);
      expect(JSON.stringify(view).includes('koulukuraattorista')).toBe(forTeam);
    }
  });

  it('the shared screen follows the team’s consent, not any other audience’s', () => {
    expect(consentAudienceOf('sharedScreen')).toBe('team');
    const onlyParents = setConsent(filledSession(), 'parents', 'given', '2026-11-02');
    expect(viewForAudience(onlyParents, 'sharedScreen').allowed).toBe(false);
    const onlyTeam = setConsent(filledSession(), 'team', 'given', '2026-11-02');
    expect(viewForAudience(onlyTeam, 'sharedScreen').allowed).toBe(true);
    expect(viewForAudience(onlyTeam, 'parents').allowed).toBe(false);
  });

  it('keeps the own-words flag, so an export can tell the child’s words from the worker’s notes', () => {
    const view = viewForAudience(setConsent(filledSession(), 'court', 'given', '2026-11-02'), 'court');
    if (!view.allowed) throw new Error('expected the view to be allowed');
    expect(view.houses.worries.items.map((item) => item.verbatim)).toEqual([true, false]);
    expect(view.houses.worries.name).toBe('Pelkojen talo');
  });

  it('consent withdrawn after an export holds for the next export', () => {
    const given = setConsent(filledSession(drawing), 'parents', 'given', '2026-11-02');
    const firstExport = viewForAudience(given, 'parents');
    expect(firstExport.allowed).toBe(true);

    const withdrawn = setConsent(given, 'parents', 'notGiven', '2026-11-20');
    const nextExport = viewForAudience(withdrawn, 'parents');
    expect(nextExport).toEqual({ audience: 'parents', allowed: false, reason: 'notGiven' });
    for (const text of contentOf(withdrawn)) expect(JSON.stringify(nextExport)).not.toContain(text);
    // The team's own view is untouched by the parents' answer.
    expect(viewForAudience(setConsent(withdrawn, 'team', 'given', '2026-11-20'), 'team').allowed).toBe(true);
  });

  it('a view is a copy: editing it does not change the session', () => {
    const session = setConsent(filledSession(), 'team', 'given', '2026-11-02');
    const view = viewForAudience(session, 'team');
    if (!view.allowed) throw new Error('expected the view to be allowed');
    view.houses.worries.items[0]!.text = 'muutettu';
    view.followUpQuestions.push('lisätty');
    expect(session.houses.worries.items[0]!.text).toBe('Isä huutaa illalla');
    expect(session.followUpQuestions).toHaveLength(1);
  });

  it('covers every audience and every consent state', () => {
    expect([...audiences]).toEqual(['parents', 'team', 'network', 'court']);
    expect([...consentStates]).toEqual(['given', 'notGiven', 'notAsked']);
  });
});

describe('compareSessions', () => {
  const baseline = filledSession();
  const now: ThreeHousesSession = {
    ...baseline,
    date: '2027-02-15',
    houses: {
      worries: {
        name: 'Pelkojen talo',
        items: [
          { id: 'n1', text: '  isä huutaa   illalla. ', verbatim: true },
          { id: 'n2', text: 'Koulumatka pelottaa', verbatim: true },
        ],
        drawing,
      },
      goodThings: {
        name: 'Kivojen juttujen talo',
        items: [
          { id: 'n3', text: 'Mummola ja koira Vilppu', verbatim: true },
          { id: 'n4', text: 'Uusi kaveri Eetu', verbatim: true },
        ],
        drawing: null,
      },
      dreams: { name: '', items: [], drawing: null },
    },
  };
  const result = compareSessions(baseline, now);
  const house = (id: string) => result.houses.find((entry) => entry.house === id)!;

  it('lists the houses in their order with both dates', () => {
    expect(result.baselineDate).toBe('2026-11-02');
    expect(result.nowDate).toBe('2027-02-15');
    expect(result.houses.map((entry) => entry.house)).toEqual(['worries', 'goodThings', 'dreams']);
  });

  it('marks what is new, what is gone and what is still there, matching words regardless of case, spacing and a full stop', () => {
    expect(house('worries').baseline.map((entry) => [entry.item.id, entry.status])).toEqual([
      ['w1', 'kept'],
      ['w2', 'gone'],
    ]);
    expect(house('worries').now.map((entry) => [entry.item.id, entry.status])).toEqual([
      ['n1', 'kept'],
      ['n2', 'new'],
    ]);
    expect(house('goodThings').now.map((entry) => entry.status)).toEqual(['kept', 'new']);
    expect(house('dreams').baseline.map((entry) => entry.status)).toEqual(['gone']);
    expect(house('dreams').now).toEqual([]);
  });

  it('tells which houses the child renamed', () => {
    expect(house('worries').renamed).toBe(false);
    expect(house('goodThings')).toMatchObject({ renamed: true, baselineName: '', nowName: 'Kivojen juttujen talo' });
    expect(house('dreams').renamed).toBe(false);
  });

  it('tells which houses have a drawing then and now', () => {
    expect(house('worries').drawing).toEqual({ baseline: false, now: true });
    expect(house('dreams').drawing).toEqual({ baseline: false, now: false });
  });

  it('the same worry twice needs two matches: one of them going away shows as gone', () => {
    const twice = {
      ...baseline,
      houses: { ...baseline.houses, worries: { name: '', drawing: null, items: [{ id: 'a', text: 'Riita', verbatim: true }, { id: 'b', text: 'riita', verbatim: true }] } },
    };
    const once = { ...baseline, houses: { ...baseline.houses, worries: { name: '', drawing: null, items: [{ id: 'c', text: 'Riita', verbatim: true }] } } };
    const compared = compareSessions(twice, once).houses[0]!;
    expect(compared.baseline.map((entry) => entry.status)).toEqual(['kept', 'gone']);
    expect(compared.now.map((entry) => entry.status)).toEqual(['kept']);
  });

  it('two identical sessions: everything kept, nothing renamed', () => {
    const same = compareSessions(baseline, baseline);
    for (const entry of same.houses) {
      expect(entry.renamed).toBe(false);
      expect([...entry.baseline, ...entry.now].every((item) => item.status === 'kept')).toBe(true);
    }
  });

  it('works on audiences’ views too, so a comparison export respects consent', () => {
    const a = viewForAudience(setConsent(baseline, 'network', 'given', '2026-11-02'), 'network');
    const b = viewForAudience(setConsent(now, 'network', 'given', '2027-02-15'), 'network');
    if (!a.allowed || !b.allowed) throw new Error('expected both views to be allowed');
    expect(compareSessions(a, b)).toEqual(result);
  });
});
