// A family's hypotheses: each card with its history (placeholder until the screen is built).
import { useTranslation } from 'react-i18next';
import type { FamilyHypothesesView } from '../app/router';

export function FamilyHypothesesScreen({ familyId: _familyId, view: _view }: { familyId: string; view: FamilyHypothesesView }) {
  const { t } = useTranslation();
  return <h1 tabIndex={-1}>{t('nav.hypotheses')}</h1>;
}
