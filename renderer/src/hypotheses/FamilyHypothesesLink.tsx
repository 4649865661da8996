// The family page's way to its hypotheses: how many there are, and links to the cards with their
// history and to the evolution view.
import { useTranslation } from 'react-i18next';
import type { Family } from '../../../shared/family/family';
import { routeHref } from '../app/router';
import { useFamilyHypotheses } from '../db/hypothesisHooks';

export function FamilyHypothesesLink({ family }: { family: Family }) {
  const { t } = useTranslation();
  const hypotheses = useFamilyHypotheses(family.id);
  return (
    <section className="family-hypotheses-link" aria-labelledby="family-hypotheses-link-heading">
      <h2 id="family-hypotheses-link-heading">{t('hypotheses.family.heading')}</h2>
      {hypotheses !== undefined && <p>{t('hypotheses.screen.count', { count: hypotheses.length })}</p>}
      <ul>
        <li>
          <a href={routeHref({ name: 'familyHypotheses', id: family.id, view: 'cards' })}>{t('hypotheses.family.open')}</a>
        </li>
        <li>
          <a href={routeHref({ name: 'familyHypotheses', id: family.id, view: 'evolution' })}>{t('hypotheses.family.evolution')}</a>
        </li>
      </ul>
    </section>
  );
}
