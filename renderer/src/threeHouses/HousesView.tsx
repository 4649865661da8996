// The three houses read-only, from what an audience may see (consent.ts viewForAudience) or from a
// session's houses: each a house-shaped card with its name (the child's own, else the default),
// its items with the own-words flag written out (quotes and a label, never style alone) and its
// drawing with a text alternative. Pure props, no database: the compare screen, the print view and
// the meeting's shared screen (size 'large') use it. ConsentWithheld is what a refused view shows.
import { useTranslation } from 'react-i18next';
import type { ThreeHousesView, ViewAudience } from '../../../shared/threeHouses/consent';
import { houseIds, type House, type HouseId, type HouseItem } from '../../../shared/threeHouses/session';
import { DrawingImage } from './DrawingImage';
import { useHouseName } from './sessionFormat';
import './export/houses.css';

export type HousesViewSize = 'normal' | 'large';

type HousesViewProps = {
  /** An allowed view's houses (view.houses), or a session's houses on the worker's own screens. */
  houses: Record<HouseId, House>;
  /** 'large': big type for the meeting's shared screen. */
  size?: HousesViewSize;
  /** The HTML level of each house's name (the page's own headings come before). */
  headingLevel?: 2 | 3 | 4;
  /** Makes ids unique when the houses are shown more than once on a page. */
  idPrefix?: string;
};

export function HousesView({ houses, size = 'normal', headingLevel = 2, idPrefix = 'houses' }: HousesViewProps) {
  const { t } = useTranslation();
  return (
    <ul className={`houses-view houses-view-${size}`} aria-label={t('threeHouses.view.houses')} data-testid="houses-view">
      {houseIds.map((id) => (
        <li key={id} className="hv-slot">
          <HouseCard id={id} house={houses[id]} headingLevel={headingLevel} headingId={`${idPrefix}-${id}`} />
        </li>
      ))}
    </ul>
  );
}

function HouseCard({ id, house, headingLevel, headingId }: { id: HouseId; house: House; headingLevel: 2 | 3 | 4; headingId: string }) {
  const { t } = useTranslation();
  const houseName = useHouseName();
  const Heading = `h${headingLevel}` as 'h2';
  const name = houseName(id, house);
  const renamed = house.name.trim() !== '';
  return (
    <section className={`hv-card hv-card-${id}`} aria-labelledby={headingId} data-house={id}>
      <div className="hv-roof" aria-hidden="true" />
      <Heading id={headingId} className="hv-name">
        {name}
        {renamed && <span className="hv-default-name"> ({t(`threeHouses.house.${id}`)})</span>}
      </Heading>
      {house.items.length === 0 ? (
        <p className="hv-empty">{t('threeHouses.compare.noItems')}</p>
      ) : (
        <ul className="hv-items">
          {house.items.map((item) => (
            <li key={item.id}>
              <HouseItemText item={item} />
            </li>
          ))}
        </ul>
      )}
      {house.drawing !== null && (
        <div className="hv-drawing">
          <DrawingImage encoded={house.drawing} label={name} />
        </div>
      )}
    </section>
  );
}

/** An item as read: the child's own words in quotes with the label saying so, or the worker's note labelled as one. */
export function HouseItemText({ item }: { item: HouseItem }) {
  const { t } = useTranslation();
  return (
    <span className={`hv-item ${item.verbatim ? 'hv-item-verbatim' : 'hv-item-note'}`}>
      <span className="hv-item-text">{item.verbatim ? t('threeHouses.view.quoted', { text: item.text }) : item.text}</span>{' '}
      <span className="hv-item-flag">({t(item.verbatim ? 'threeHouses.item.verbatim' : 'threeHouses.item.workerNote')})</span>
    </span>
  );
}

/** What a refused view shows: that the child did not give consent (or was not asked) for this audience, and nothing else. */
export function ConsentWithheld({ audience, reason, size = 'normal' }: { audience: ViewAudience; reason: 'notGiven' | 'notAsked'; size?: HousesViewSize }) {
  const { t } = useTranslation();
  const key = reason === 'notGiven' ? 'threeHouses.consent.notShownNotGiven' : 'threeHouses.consent.notShownNotAsked';
  return (
    <p className={`consent-withheld consent-withheld-${size}`} data-testid="consent-withheld">
      {t(key, { audience: t(`threeHouses.audience.${audience}`) })}
    </p>
  );
}

/** An audience's view as it may be shown: the houses when allowed, otherwise only ConsentWithheld. */
export function AudienceHousesView({ view, size, headingLevel, idPrefix }: { view: ThreeHousesView; size?: HousesViewSize; headingLevel?: 2 | 3 | 4; idPrefix?: string }) {
  return view.allowed ? (
    <HousesView houses={view.houses} size={size} headingLevel={headingLevel} idPrefix={idPrefix} />
  ) : (
    <ConsentWithheld audience={view.audience} reason={view.reason} size={size} />
  );
}
