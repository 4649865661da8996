// Genograms for the layout tests, written compactly: people as [id, gender, birth year], couples,
// children by their parents. threeGenerations() is an ordinary three-generation family of 25 people
// with remarriages on both sides, half-siblings, cousins, an adopted child and a pregnancy.
import { emptyGenogram, newPerson, type Genogram, type GenogramGender, type ParentLinkKind, type RelationshipKind } from '../../../shared/genogram/genogram';

type PersonSpec = [id: string, gender: GenogramGender, birthYear: number | null, extra?: { pregnancy?: boolean; deceased?: boolean; index?: boolean }];
type CoupleSpec = [a: string, b: string, kind: RelationshipKind, startYear?: number];
type ChildSpec = [child: string, parents: string[], kind?: ParentLinkKind];

export function buildGenogram(people: PersonSpec[], couples: CoupleSpec[], children: ChildSpec[]): Genogram {
  const genogram = emptyGenogram();
  for (const [id, gender, birthYear, extra] of people) {
    genogram.people.push(newPerson({ id, name: id, gender, birthYear: extra?.pregnancy ? null : birthYear, ...extra }));
  }
  couples.forEach(([a, b, kind, startYear], index) => {
    genogram.relationships.push({ id: `r${index}`, a, b, kind, startYear: startYear ?? null, endYear: null, note: '' });
  });
  children.forEach(([child, parents, kind], index) => {
    genogram.parentLinks.push({ id: `l${index}`, child, parents, kind: kind ?? 'birth' });
  });
  return genogram;
}

export function threeGenerations(): Genogram {
  return buildGenogram(
    [
      // Grandparents: father's parents, mother's parents (divorced) and her mother's new partner.
      ['pgf', 'male', 1950],
      ['pgm', 'female', 1952],
      ['mgf', 'male', 1953, { deceased: true }],
      ['mgm', 'female', 1955],
      ['sgf', 'male', 1950],
      // Parents, their siblings and partners.
      ['aunt', 'female', 1978],
      ['auntHusband', 'male', 1977],
      ['father', 'male', 1980],
      ['uncle', 'male', 1984],
      ['uncleWife', 'female', 1986],
      ['fatherPartner', 'female', 1988],
      ['mother', 'female', 1986],
      ['motherPartner', 'male', 1984],
      ['maternalUncle', 'male', 1983],
      ['halfAunt', 'female', 1995],
      // Children: the index child and siblings, half-siblings, a pregnancy, cousins.
      ['child1', 'female', 2010, { index: true }],
      ['child2', 'male', 2013],
      ['child3', 'female', 2016],
      ['halfSibling', 'male', 2021],
      ['pregnancy', 'unknown', null, { pregnancy: true }],
      ['halfSibling2', 'female', 2022],
      ['cousin1', 'male', 2005],
      ['cousin2', 'female', 2008],
      ['cousin3', 'male', 2011],
      ['cousin4', 'other', 2014],
    ],
    [
      ['pgf', 'pgm', 'married', 1975],
      ['mgf', 'mgm', 'divorced', 1980],
      ['mgm', 'sgf', 'cohabiting', 1993],
      ['aunt', 'auntHusband', 'married', 2003],
      ['uncle', 'uncleWife', 'married', 2012],
      ['father', 'mother', 'divorced', 2008],
      ['father', 'fatherPartner', 'cohabiting', 2019],
      ['mother', 'motherPartner', 'cohabiting', 2020],
    ],
    [
      // Listed out of birth order on purpose: the layout sorts siblings by birth year.
      ['father', ['pgf', 'pgm']],
      ['aunt', ['pgf', 'pgm']],
      ['uncle', ['pgf', 'pgm']],
      ['mother', ['mgf', 'mgm']],
      ['maternalUncle', ['mgf', 'mgm']],
      ['halfAunt', ['mgm', 'sgf']],
      ['child3', ['father', 'mother']],
      ['child1', ['father', 'mother']],
      ['child2', ['father', 'mother']],
      ['pregnancy', ['father', 'fatherPartner']],
      ['halfSibling', ['father', 'fatherPartner']],
      ['halfSibling2', ['mother', 'motherPartner']],
      ['cousin2', ['aunt', 'auntHusband']],
      ['cousin1', ['aunt', 'auntHusband']],
      ['cousin3', ['aunt', 'auntHusband'], 'adopted'],
      ['cousin4', ['maternalUncle']],
    ],
  );
}
