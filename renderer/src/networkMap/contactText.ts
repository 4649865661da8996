// How a contact and a map read in words, in the UI language: the accessible label of a contact in
// the drawing (name, role, sector, distance, relation, own words), and a map's name in lists.
import { useTranslation } from 'react-i18next';
import type { Family } from '../../../shared/family/family';
import type { ContactKind, NetworkCentre, NetworkDistance, NetworkSector, RelationQuality } from '../../../shared/networkMap/networkMap';
import { useDayFormat } from './useDayFormat';

type Labelled = { name: string; role: string; kind: ContactKind; sector: NetworkSector; distance: NetworkDistance; quality: RelationQuality; ownWords: boolean };

/** "Mummo (äidin äiti): Relatives, close, supports, in the family's own words". */
export function useContactLabel(): (contact: Labelled) => string {
  const { t } = useTranslation();
  return (contact) =>
    t('networkMap.screen.contactLabel', {
      name: contact.name,
      role: contact.role ? ` (${contact.role})` : '',
      sector: t(`networkMap.sector.${contact.sector}`),
      distance: t(`networkMap.distanceShort.d${contact.distance}`),
      quality: t(`networkMap.quality.${contact.quality}`).toLocaleLowerCase(),
      ownWords: contact.ownWords ? `, ${t('networkMap.screen.ownWordsShort')}` : '',
    });
}

/** The centre's name: the child's pseudonym, or the family (by its code). */
export function useCentreName(): (family: Pick<Family, 'code' | 'children'>, centre: NetworkCentre) => string {
  const { t } = useTranslation();
  return (family, centre) => {
    if (centre.kind === 'family') return t('networkMap.centre.familyCode', { code: family.code });
    const child = family.children.find((candidate) => candidate.id === centre.childId);
    return child ? child.pseudonym || t('family.unnamedChild') : t('networkMap.centre.unknownChild');
  };
}

/** A map's name in lists and headings: its own title, else "<centre>, <date>". */
export function useMapName(): (family: Pick<Family, 'code' | 'children'>, map: { title: string; centre: NetworkCentre; date: string }) => string {
  const { t } = useTranslation();
  const centreName = useCentreName();
  const day = useDayFormat();
  return (family, map) => map.title || t('networkMap.list.mapName', { centre: centreName(family, map.centre), date: day(map.date) });
}
