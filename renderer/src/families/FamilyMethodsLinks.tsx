// The family page's way to the method templates: the family's timeline (how many events), its
// network maps (how many), the genogram (how many people) and each child's three houses (how many sessions).
import { useTranslation } from 'react-i18next';
import type { Family } from '../../../shared/family/family';
import { routeHref } from '../app/router';
import { useGenogramIfReadable } from '../db/genogramHooks';
import { useFamilyThreeHousesSessions, useTimelineEvents } from '../db/methodHooks';
import { useNetworkMaps } from '../db/networkMapHooks';

export function FamilyMethodsLinks({ family }: { family: Family }) {
  const { t } = useTranslation();
  const events = useTimelineEvents(family.id);
  const sessions = useFamilyThreeHousesSessions(family.id);
  const networkMaps = useNetworkMaps(family.id);
  const genogram = useGenogramIfReadable(family.id);
  return (
    <section className="family-methods-links" aria-labelledby="family-methods-heading">
      <h2 id="family-methods-heading">{t('family.methods')}</h2>
      <ul>
        <li>
          <a href={routeHref({ name: 'timeline', familyId: family.id, mode: 'team' })}>{t('family.timelineLink')}</a>
          {events !== undefined && <span className="muted"> · {t('family.timelineCount', { count: events.length })}</span>}
        </li>
        <li>
          <a href={routeHref({ name: 'networkMaps', familyId: family.id, view: { kind: 'list' } })}>{t('networkMap.familyPage.link')}</a>
          {networkMaps !== undefined && <span className="muted"> · {t('networkMap.familyPage.count', { count: networkMaps.length })}</span>}
        </li>
        <li>
          <a href={routeHref({ name: 'genogram', familyId: family.id })}>{t('genogram.link.title')}</a>
          {genogram !== undefined && genogram !== 'unreadable' && (
            <span className="muted"> · {genogram && genogram.people.length > 0 ? t('genogram.link.count', { count: genogram.people.length }) : t('genogram.link.none')}</span>
          )}
        </li>
        {family.children.map((child) => (
          <li key={child.id}>
            <a href={routeHref({ name: 'threeHouses', familyId: family.id, childId: child.id, view: { kind: 'sessions' } })}>
              {t('family.threeHousesLink', { name: child.pseudonym || t('family.unnamedChild') })}
            </a>
            {sessions !== undefined && (
              <span className="muted">
                {' '}
                · {t('family.threeHousesCount', { count: sessions.filter((entry) => entry.childId === child.id).length })}
              </span>
            )}
          </li>
        ))}
      </ul>
      {family.children.length === 0 && <p className="muted">{t('family.methodsNoChildren')}</p>}
    </section>
  );
}
