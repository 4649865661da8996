// A generated genogram of any size for the benchmark and the layout tests: the parents of the index
// child between their two families of origin, aunts and uncles with partners and children on both
// sides, more children for the parents, and as it grows, cousins with partners and children of their
// own (a fourth generation). Deterministic: the same size gives the same genogram.
import { emptyGenogram, newPerson, type Genogram, type GenogramGender } from '../../../shared/genogram/genogram';
import { seededRandom } from './seededRandom';

export function generatedGenogram(size: number, seed = 60): Genogram {
  const random = seededRandom(seed);
  const genogram = emptyGenogram();
  let next = 0;
  const person = (gender: GenogramGender, birthYear: number, extra: Partial<Parameters<typeof newPerson>[0]> = {}) => {
    const id = `p${next++}`;
    genogram.people.push(newPerson({ id, name: `Henkilö ${next}`, gender, birthYear, ...extra }));
    return id;
  };
  const couple = (a: string, b: string, startYear: number, kind: 'married' | 'cohabiting' | 'divorced' = 'married') =>
    genogram.relationships.push({ id: `r${genogram.relationships.length}`, a, b, kind, startYear, endYear: null, note: '' });
  const child = (childId: string, parents: string[]) =>
    genogram.parentLinks.push({ id: `l${genogram.parentLinks.length}`, child: childId, parents, kind: 'birth' });
  const gender = (): GenogramGender => (random() < 0.5 ? 'male' : 'female');
  const year = (from: number) => from + Math.floor(random() * 8);
  const room = () => genogram.people.length < size;

  const pgf = person('male', 1948);
  const pgm = person('female', 1950);
  couple(pgf, pgm, 1972);
  const mgf = person('male', 1951, { deceased: true, deathYear: 2018 });
  const mgm = person('female', 1953);
  couple(mgf, mgm, 1975, 'divorced');
  const father = person('male', 1978);
  child(father, [pgf, pgm]);
  const mother = person('female', 1981);
  child(mother, [mgf, mgm]);
  couple(father, mother, 2006, 'divorced');
  const index = person('female', 2010, { index: true });
  child(index, [father, mother]);

  // Families that can grow: [parents, birth year of their first child].
  const grandFamilies: [string[], number][] = [
    [[pgf, pgm], 1973],
    [[mgf, mgm], 1976],
  ];
  const parentFamilies: [string[], number][] = [[[father, mother], 2008]];
  const cousins: string[] = [];
  const grownFamilies: [string[], number][] = [];
  for (let round = 0; room(); round++) {
    const step = round % 4;
    if (step < 2 && round < 16) {
      // An aunt or uncle with a partner and up to three children.
      const [parents, from] = grandFamilies[step]!;
      const sibling = person(gender(), year(from));
      child(sibling, parents);
      if (!room()) break;
      const partner = person(random() < 0.5 ? 'male' : 'female', year(from - 2));
      couple(sibling, partner, year(from + 22));
      const kids = 1 + Math.floor(random() * 3);
      for (let k = 0; k < kids && room(); k++) {
        const cousin = person(gender(), year(2000));
        child(cousin, [sibling, partner]);
        cousins.push(cousin);
      }
    } else if (step === 2 && round < 16) {
      const [parents, from] = parentFamilies[0]!;
      const sibling = person(gender(), year(from + 2));
      child(sibling, parents);
    } else {
      // A cousin with a partner and children: the fourth generation.
      const cousin = cousins.shift();
      if (cousin) {
        const partner = person(gender(), year(1998));
        couple(cousin, partner, year(2020), 'cohabiting');
        grownFamilies.push([[cousin, partner], 2022]);
      }
      const family = grownFamilies[round % Math.max(1, grownFamilies.length)];
      for (let k = 0; family && k < 2 && room(); k++) {
        const kid = person(gender(), year(family[1]));
        child(kid, family[0]);
      }
      if (!cousin && !family) {
        // Nothing left to grow: more grandchildren for the parents.
        child(person(gender(), year(2012)), [father, mother]);
      }
    }
  }
  return genogram;
}
