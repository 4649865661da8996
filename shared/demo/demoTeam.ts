// A fictional demonstration team for exploring Kehä in an empty install. Every person and family
// here is invented; the data is marked as demonstration data and can be removed in one step.
import type { TeamRole } from '../team/roles';
import type { NetworkContact, NetworkMap } from '../networkMap/networkMap';

export type DemoMember = { key: string; name: string; defaultRole: TeamRole };
export type DemoFamily = {
  code: string;
  label: string;
  responsible: string | null;
  /** The family's social counsellor (a member key), if it has one. */
  counsellor?: string;
  status: 'active' | 'closed';
  children: { pseudonym: string; birthYear: number }[];
  notes: string;
};

export const demoTeamName = 'Esittelytiimi Kaari (DEMO)';

export const demoMembers: readonly DemoMember[] = [
  { key: 'kaisa', name: 'Kaisa Demo', defaultRole: 'consultingSocialWorker' },
  { key: 'tero', name: 'Tero Demo', defaultRole: 'familyTherapist' },
  { key: 'sanna', name: 'Sanna Demo', defaultRole: 'responsibleSocialWorker' },
  { key: 'mikko', name: 'Mikko Demo', defaultRole: 'responsibleSocialWorker' },
  { key: 'leena', name: 'Leena Demo', defaultRole: 'socialCounsellor' },
  { key: 'aino', name: 'Aino Demo', defaultRole: 'teamCoordinator' },
];

/** Birth years are relative to the current year so the demo children never age out. */
export function demoFamilies(currentYear: number): DemoFamily[] {
  return [
    {
      code: 'DEMO-101',
      label: 'Demo: äiti ja kaksi lasta, muutto keväällä',
      responsible: 'sanna',
      status: 'active',
      children: [
        { pseudonym: 'Tuuli', birthYear: currentYear - 9 },
        { pseudonym: 'Ilmari', birthYear: currentYear - 4 },
      ],
      notes: 'Kuvitteellinen perhe. Koulu on ollut huolissaan poissaoloista syksystä lähtien.',
    },
    {
      code: 'DEMO-102',
      label: 'Demo: isä ja nuori, koulunkäynti',
      responsible: 'mikko',
      status: 'active',
      children: [{ pseudonym: 'Aaro', birthYear: currentYear - 14 }],
      notes: 'Kuvitteellinen perhe. Nuori on toivonut, että häntä kuullaan ennen päätöksiä.',
    },
    {
      code: 'DEMO-103',
      label: 'Demo: uusperhe, kolme lasta',
      responsible: 'sanna',
      counsellor: 'leena',
      status: 'active',
      children: [
        { pseudonym: 'Helmi', birthYear: currentYear - 11 },
        { pseudonym: 'Onni', birthYear: currentYear - 7 },
        { pseudonym: 'Venla', birthYear: currentYear - 2 },
      ],
      notes: 'Kuvitteellinen perhe. Vanhemmat ovat pyytäneet tukea arjen rytmiin.',
    },
    {
      code: 'DEMO-104',
      label: 'Demo: asiakkuus päättynyt',
      responsible: null,
      status: 'closed',
      children: [{ pseudonym: 'Eetu', birthYear: currentYear - 12 }],
      notes: 'Kuvitteellinen perhe. Asiakkuus päätettiin tavoitteiden täytyttyä.',
    },
  ];
}

/**
 * The demonstration network map (verkostokartta) of DEMO-101, with Tuuli in the centre: drawn with
 * the family a week before the demo's load day, so the meeting's presentation phase has one to show.
 * Names are relations and first names only; the contacts' order is the order they were drawn in.
 */
export type DemoNetworkMap = {
  familyCode: string;
  /** The child in the centre (a pseudonym of the family's child); null for the whole family. */
  centreChild: string | null;
  daysBeforeLoad: number;
  map: Omit<NetworkMap, 'date' | 'centre'>;
};

export function demoNetworkMaps(): DemoNetworkMap[] {
  const contact = (id: string, name: string, role: string, sector: NetworkContact['sector'], distance: NetworkContact['distance'], quality: NetworkContact['quality'], extra: Partial<NetworkContact> = {}): NetworkContact => ({
    id,
    name,
    role,
    kind: 'person',
    sector,
    distance,
    quality,
    description: '',
    ownWords: false,
    teamNote: '',
    ...extra,
  });
  return [
    {
      familyCode: 'DEMO-101',
      centreChild: 'Tuuli',
      daysBeforeLoad: 7,
      map: {
        title: 'Demo: Tuulin verkosto',
        drawnWithFamily: true,
        shownToFamily: true,
        sharedWithNetwork: false,
        teamNotes: 'Kuvitteellinen kartta. Isän yhteydenpito on vähentynyt muuton jälkeen.',
        contacts: [
          contact('demo-nm-1', 'Äiti', '', 'family', 1, 'supports', { description: 'Äiti auttaa aina läksyissä', ownWords: true }),
          contact('demo-nm-2', 'Ilmari', 'pikkuveli', 'family', 1, 'neutral'),
          contact('demo-nm-3', 'Isä', 'asuu toisella paikkakunnalla', 'family', 2, 'strained', { description: 'Isä ei soita enää niin usein', ownWords: true, teamNote: 'Tapaamissopimus tarkistettava.' }),
          contact('demo-nm-4', 'Mummo', 'äidin äiti', 'relatives', 1, 'supports', { description: 'Mummolla saa olla rauhassa', ownWords: true }),
          contact('demo-nm-5', 'Eno', '', 'relatives', 3, 'neutral'),
          contact('demo-nm-6', 'Siiri', 'paras kaveri', 'friends', 1, 'supports'),
          contact('demo-nm-7', 'Luokan pojat', '', 'friends', 3, 'conflict', { description: 'Kiusaavat välitunnilla', ownWords: true }),
          contact('demo-nm-8', 'Opettaja', 'luokanopettaja', 'school', 2, 'supports'),
          contact('demo-nm-9', 'Koulukuraattori', '', 'school', 2, 'neutral', { kind: 'service' }),
          contact('demo-nm-10', 'Kouluterveydenhoitaja', '', 'health', 3, 'neutral', { kind: 'service' }),
          contact('demo-nm-11', 'Perhetyö', 'sosiaaliohjaaja Leena', 'services', 2, 'supports', { kind: 'service' }),
          contact('demo-nm-12', 'Lastensuojelu', 'sosiaalityöntekijä', 'services', 3, 'strained', { kind: 'service', description: 'Jännittää, mitä ne päättää', ownWords: true }),
          contact('demo-nm-13', 'Partio', 'keskiviikkoisin', 'hobbies', 2, 'supports', { kind: 'service' }),
        ],
      },
    },
  ];
}
