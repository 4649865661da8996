// The review's filters: status, proposer role and lens tag as checkbox groups, family and age as
// selects, and "only those not revisited for N weeks". Every control is a native, labelled one.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { hypothesisStatuses, lensTags } from '../../../../shared/hypothesis/hypothesis';
import { ageBuckets, type AgeBucket, type ReviewFilter } from '../../../../shared/hypothesis/review';
import { phaseRoleText } from '../../../../shared/hypothesis/proposerText';
import type { LocalizedText } from '../../../../shared/meeting/template';
import { localized, phaseRoles } from '../../../../shared/meeting/template';
import { useLanguage } from '../../i18n/i18n';

type ReviewFiltersProps = {
  filter: ReviewFilter;
  onChange: (filter: ReviewFilter) => void;
  /** The families that have hypotheses, by code. */
  families: { id: string; code: string }[];
  staleWeeks: number;
  /** Proposer roles beyond the standard ones that the hypotheses name (roles a meeting template added). */
  addedRoles: { id: string; name: LocalizedText | null }[];
};

export function ReviewFilters({ filter, onChange, families, staleWeeks, addedRoles }: ReviewFiltersProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const roleOptions = [
    ...phaseRoles.map((role) => ({ value: role as string, label: phaseRoleText(role, t) })),
    ...addedRoles.map((role) => ({ value: role.id, label: (role.name && localized(role.name, language)) || role.id })),
  ];
  return (
    <div className="review-filters" role="search" aria-label={t('review.filters')}>
      <div className="review-selects">
        <div className="field">
          <label htmlFor="review-family">{t('review.family')}</label>
          <select id="review-family" value={filter.familyId ?? ''} onChange={(event) => onChange({ ...filter, familyId: event.target.value || null })}>
            <option value="">{t('review.allFamilies')}</option>
            <FamilyOptions families={families} />
          </select>
        </div>
        <div className="field">
          <label htmlFor="review-age">{t('review.age')}</label>
          <select
            id="review-age"
            value={filter.age ?? ''}
            onChange={(event) => onChange({ ...filter, age: (event.target.value || null) as AgeBucket | null })}
          >
            <option value="">{t('review.anyAge')}</option>
            {ageBuckets.map((bucket) => (
              <option key={bucket} value={bucket}>
                {t(`review.ages.${bucket}`)}
              </option>
            ))}
          </select>
        </div>
        <label className="inline-check review-stale-only">
          <input type="checkbox" checked={filter.staleOnly} onChange={(event) => onChange({ ...filter, staleOnly: event.target.checked })} />
          {t('review.staleOnly', { count: staleWeeks })}
        </label>
      </div>
      <CheckboxGroup
        legend={t('review.status')}
        name="review-status"
        options={hypothesisStatuses.map((status) => ({ value: status, label: t(`hypotheses.status.${status}`) }))}
        chosen={filter.statuses}
        onChange={(statuses) => onChange({ ...filter, statuses })}
      />
      <CheckboxGroup
        legend={t('review.proposerRole')}
        name="review-role"
        options={roleOptions}
        chosen={filter.proposerRoles}
        onChange={(proposerRoles) => onChange({ ...filter, proposerRoles })}
      />
      <CheckboxGroup
        legend={t('review.lensTags')}
        name="review-lens"
        className="review-lenses"
        options={lensTags.map((tag) => ({ value: tag, label: t(`hypotheses.lens.${tag}`) }))}
        chosen={filter.lensTags}
        onChange={(chosen) => onChange({ ...filter, lensTags: chosen })}
      />
    </div>
  );
}

function CheckboxGroup<T extends string>({
  legend,
  name,
  options,
  chosen,
  onChange,
  className,
}: {
  legend: string;
  name: string;
  options: { value: T; label: string }[];
  chosen: T[];
  onChange: (chosen: T[]) => void;
  className?: string;
}) {
  return (
    <fieldset className={`review-group ${className ?? ''}`}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="inline-check">
          <input
            type="checkbox"
            name={name}
            value={option.value}
            checked={chosen.includes(option.value)}
            onChange={(event) =>
              onChange(event.target.checked ? [...chosen, option.value] : chosen.filter((value) => value !== option.value))
            }
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/** The family select's options: hundreds of them, so not re-rendered on every filter change. */
const FamilyOptions = memo(function FamilyOptions({ families }: { families: { id: string; code: string }[] }) {
  return families.map((family) => (
    <option key={family.id} value={family.id}>
      {family.code}
    </option>
  ));
});
