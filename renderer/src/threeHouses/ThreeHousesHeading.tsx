// The top of the three-houses screens at the desk: the way back, the heading with the child's
// pseudonym and the family's code, and a note when the child has been removed from the family.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Child, Family } from '../../../shared/family/family';
import { routeHref } from '../app/router';
import { TextWithCode } from '../components/TextWithCode';

export const threeHousesHeadingId = 'three-houses-heading';

export function useChildName(): (child: Child | null) => string {
  const { t } = useTranslation();
  return (child) => (child === null ? t('threeHouses.screen.childRemoved') : child.pseudonym || t('family.unnamedChild'));
}

export function ThreeHousesHeading({ family, child, back, title }: { family: Family; child: Child | null; back: ReactNode; title: string }) {
  const { t } = useTranslation();
  const childName = useChildName()(child);
  return (
    <>
      <p className="three-houses-back">
        {back}
        {back && ' · '}
        <a href={routeHref({ name: 'family', id: family.id })}><TextWithCode text={t('threeHouses.screen.backToFamily', { code: family.code })} code={family.code} /></a>
      </p>
      <h1 tabIndex={-1} id={threeHousesHeadingId}>
        {title} <span className="subtitle">· {t('threeHouses.screen.subtitle', { child: childName, code: family.code })}</span>
      </h1>
      {child === null && (
        <p className="warning" role="note">
          {t('threeHouses.screen.childRemovedNote')}
        </p>
      )}
    </>
  );
}
