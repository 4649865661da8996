// The family therapist's review of hypotheses across families (placeholder until the screen is built).
import { useTranslation } from 'react-i18next';

export function HypothesisReviewScreen() {
  const { t } = useTranslation();
  return <h1 tabIndex={-1}>{t('review.title')}</h1>;
}
