// The demonstration families' genograms (sukupuu), invented like everything in the demonstration
// team (demoTeam.ts): DEMO-101, a mother and two children after a separation, with both sides'
// grandparents; DEMO-103, a blended family of three children from two relationships. A person who is
// one of the family's children names the child by pseudonym (`childPseudonym`); loading the demo links
// them to the child's id. Years are relative to the load year, like the children's birth years.
import { emptyGenogram, newPerson, type Genogram, type GenogramGender, type GenogramPerson, type ParentLinkKind, type RelationshipKind } from '../genogram/genogram';

export type DemoGenogram = {
  familyCode: string;
  genogram: Genogram;
  /** Person id → the pseudonym of the family's child they are. */
  childPseudonyms: Record<string, string>;
};

type PersonSpec = { id: string; name: string; gender: GenogramGender; born: number | null; extra?: Partial<GenogramPerson> };

function build(
  year: number,
  people: PersonSpec[],
  couples: [string, string, RelationshipKind, number | null, number | null][],
  children: [string, string[], ParentLinkKind][],
  lines: [string, string, 'close' | 'conflict' | 'cutOff' | 'abuseSuspected', string][],
  households: [string, string[]][],
): Genogram {
  const genogram = emptyGenogram();
  for (const person of people) {
    genogram.people.push(newPerson({ id: person.id, name: person.name, gender: person.gender, birthYear: person.born === null ? null : year - person.born, ...person.extra }));
  }
  couples.forEach(([a, b, kind, start, end], index) =>
    genogram.relationships.push({ id: `demo-rel-${index}`, a, b, kind, startYear: start === null ? null : year - start, endYear: end === null ? null : year - end, note: '' }),
  );
  children.forEach(([child, parents, kind], index) => genogram.parentLinks.push({ id: `demo-link-${index}`, child, parents, kind }));
  lines.forEach(([from, to, kind, note], index) => genogram.emotionalLines.push({ id: `demo-line-${index}`, from, to, kind, note }));
  households.forEach(([name, members], index) => genogram.households.push({ id: `demo-home-${index}`, name, members }));
  return genogram;
}

export function demoGenograms(currentYear: number): DemoGenogram[] {
  return [
    {
      familyCode: 'DEMO-101',
      childPseudonyms: { tuuli: 'Tuuli', ilmari: 'Ilmari' },
      genogram: build(
        currentYear,
        [
          { id: 'isoisa', name: 'Isoisä', gender: 'male', born: 72, extra: { deceased: true, deathYear: currentYear - 6 } },
          { id: 'mummo', name: 'Mummo', gender: 'female', born: 68 },
          { id: 'ukki', name: 'Ukki', gender: 'male', born: 70 },
          { id: 'mummi', name: 'Mummi', gender: 'female', born: 69 },
          { id: 'aiti', name: 'Äiti', gender: 'female', born: 36, extra: { note: 'Muutti lasten kanssa keväällä' } },
          { id: 'eno', name: 'Eno', gender: 'male', born: 39 },
          { id: 'isa', name: 'Isä', gender: 'male', born: 38, extra: { note: 'Asuu toisella paikkakunnalla' } },
          { id: 'seta', name: 'Setä', gender: 'male', born: 41 },
          { id: 'tuuli', name: 'Tuuli', gender: 'female', born: 9, extra: { index: true } },
          { id: 'ilmari', name: 'Ilmari', gender: 'male', born: 4 },
        ],
        [
          ['isoisa', 'mummo', 'married', 45, null],
          ['ukki', 'mummi', 'married', 43, null],
          ['isa', 'aiti', 'divorced', 12, 1],
        ],
        [
          ['aiti', ['isoisa', 'mummo'], 'birth'],
          ['eno', ['isoisa', 'mummo'], 'birth'],
          ['isa', ['ukki', 'mummi'], 'birth'],
          ['seta', ['ukki', 'mummi'], 'birth'],
          ['tuuli', ['isa', 'aiti'], 'birth'],
          ['ilmari', ['isa', 'aiti'], 'birth'],
        ],
        [
          ['tuuli', 'mummo', 'close', 'Mummolla saa olla rauhassa'],
          ['isa', 'aiti', 'conflict', ''],
          ['isa', 'ukki', 'cutOff', 'Ei yhteydenpitoa vuosiin'],
        ],
        [['Äidin koti', ['aiti', 'tuuli', 'ilmari']]],
      ),
    },
    {
      familyCode: 'DEMO-103',
      childPseudonyms: { helmi: 'Helmi', onni: 'Onni', venla: 'Venla' },
      genogram: build(
        currentYear,
        [
          { id: 'mummo', name: 'Mummo', gender: 'female', born: 66 },
          { id: 'vaari', name: 'Vaari', gender: 'male', born: 67 },
          { id: 'aiti', name: 'Äiti', gender: 'female', born: 34 },
          { id: 'entinen', name: 'Helmin ja Onnin isä', gender: 'male', born: 35 },
          { id: 'puoliso', name: 'Äidin puoliso', gender: 'male', born: 37 },
          { id: 'helmi', name: 'Helmi', gender: 'female', born: 11, extra: { index: true } },
          { id: 'onni', name: 'Onni', gender: 'male', born: 7 },
          { id: 'venla', name: 'Venla', gender: 'female', born: 2 },
          { id: 'vauva', name: 'Odotettu vauva', gender: 'unknown', born: null, extra: { pregnancy: true } },
        ],
        [
          ['vaari', 'mummo', 'married', 40, null],
          ['entinen', 'aiti', 'separated', 13, 6],
          ['aiti', 'puoliso', 'cohabiting', 4, null],
        ],
        [
          ['aiti', ['vaari', 'mummo'], 'birth'],
          ['helmi', ['entinen', 'aiti'], 'birth'],
          ['onni', ['entinen', 'aiti'], 'birth'],
          ['venla', ['aiti', 'puoliso'], 'birth'],
          ['vauva', ['aiti', 'puoliso'], 'birth'],
        ],
        [
          ['helmi', 'puoliso', 'conflict', 'Riitoja kotiintuloajoista'],
          ['onni', 'entinen', 'close', ''],
        ],
        [['Koti', ['aiti', 'puoliso', 'helmi', 'onni', 'venla']]],
      ),
    },
  ];
}

/** The demo genogram with its people linked to the family's children (by pseudonym); unmatched children stay unlinked. */
export function linkDemoGenogram(demo: DemoGenogram, children: readonly { id: string; pseudonym: string }[]): Genogram {
  return {
    ...demo.genogram,
    people: demo.genogram.people.map((person) => {
      const pseudonym = demo.childPseudonyms[person.id];
      const child = pseudonym ? children.find((candidate) => candidate.pseudonym === pseudonym) : undefined;
      return child ? { ...person, childId: child.id } : person;
    }),
  };
}
