// Covers shared/demo/demoGenograms.ts: the demonstration families' genograms are whole genograms of
// demo families, link every child of the family by pseudonym, and are drawn without crossing lines.
import { describe, expect, it } from 'vitest';
import { demoGenograms, linkDemoGenogram } from '../../../shared/demo/demoGenograms';
import { demoFamilies } from '../../../shared/demo/demoTeam';
import { genogramIssues, genogramSchema } from '../../../shared/genogram/genogram';
import { layoutGenogram } from '../../../shared/genogram/layout';

describe('demo genograms', () => {
  for (const year of [2025, 2031]) {
    it(`are valid, of demo families, with every child linked (${year})`, () => {
      const families = demoFamilies(year);
      for (const demo of demoGenograms(year)) {
        const family = families.find((candidate) => candidate.code === demo.familyCode)!;
        expect(family, demo.familyCode).toBeDefined();
        const children = family.children.map((child, index) => ({ id: `c${index}`, ...child }));
        const linked = linkDemoGenogram(demo, children);
        expect(genogramSchema.safeParse(linked).success, demo.familyCode).toBe(true);
        expect(genogramIssues(linked)).toEqual([]);
        expect(new Set(linked.people.map((person) => person.childId).filter(Boolean))).toEqual(new Set(children.map((child) => child.id)));
        // The children's birth years agree with the family's.
        for (const child of children) expect(linked.people.find((person) => person.childId === child.id)!.birthYear).toBe(child.birthYear);
        expect(layoutGenogram(linked).generations).toBeGreaterThanOrEqual(2);
      }
    });
  }
});
