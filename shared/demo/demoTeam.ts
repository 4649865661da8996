// A fictional demonstration team for exploring Kehä in an empty install. Every person and family
// here is invented; the data is marked as demonstration data and can be removed in one step.
import type { TeamRole } from '../team/roles';

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
