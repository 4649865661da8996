// The list of the team's families: filter by status and responsible worker, search the decrypted
// content, open a family, create a new one.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyFamilyFilter, filterFamilies, type FamilyFilter } from '../../../shared/family/familyFilter';
import { familyStatuses } from '../../../shared/family/family';
import { DemoOffer } from '../components/DemoData';
import { memberNameMap, useFamilies, useMembers } from '../db/hooks';
import { formatDate, useLanguage } from '../i18n/i18n';
import { routeHref } from '../app/router';
import { TextField } from '../components/TextField';
import { RunningMeetingOffer } from '../meetings';
import { NewFamilyDialog } from './NewFamilyDialog';
import { PseudonymCode } from '../components/PseudonymCode';

export function FamiliesScreen({ showDemoOffer }: { showDemoOffer: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const families = useFamilies();
  const members = useMembers();
  const [filter, setFilter] = useState<FamilyFilter>({ ...emptyFamilyFilter, status: 'all' });
  const names = useMemo(() => memberNameMap(members), [members]);
  const shown = useMemo(() => filterFamilies(families ?? [], filter, names), [families, filter, names]);
  const workers = (members ?? []).filter((member) => member.status === 'active');

  return (
    <div className="screen">
      <div className="screen-title">
        <h1 tabIndex={-1}>{t('families.title')}</h1>
        <NewFamilyDialog members={members ?? []} />
      </div>
      <RunningMeetingOffer />
      {showDemoOffer && <DemoOffer />}
      <div className="filters" role="search">
        <TextField
          id="family-search"
          type="search"
          label={t('families.search')}
          value={filter.query}
          placeholder={t('families.searchHelp')}
          onChange={(query) => setFilter({ ...filter, query })}
          help={null}
          error={null}
        />
        <div className="field">
          <label htmlFor="family-status-filter">{t('families.status')}</label>
          <select
            id="family-status-filter"
            value={filter.status}
            onChange={(event) => setFilter({ ...filter, status: event.target.value as FamilyFilter['status'] })}
          >
            <option value="all">{t('families.statusAll')}</option>
            {familyStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`families.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="family-worker-filter">{t('families.worker')}</label>
          <select id="family-worker-filter" value={filter.worker} onChange={(event) => setFilter({ ...filter, worker: event.target.value })}>
            <option value="any">{t('families.anyWorker')}</option>
            <option value="none">{t('families.noWorker')}</option>
            {workers.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {families && families.length === 0 && <p className="empty">{t('families.empty')}</p>}
      {families && families.length > 0 && (
        <>
          <p className="result-count" aria-live="polite">
            {t('families.count', { count: shown.length })}
          </p>
          {shown.length === 0 ? (
            <p className="empty">{t('families.noMatches')}</p>
          ) : (
            <table className="family-table">
              <colgroup>
                <col className="code" />
                <col />
                <col />
                <col />
                <col className="status" />
                <col className="updated" />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">{t('families.code')}</th>
                  <th scope="col">{t('families.label')}</th>
                  <th scope="col">{t('families.worker')}</th>
                  <th scope="col">{t('families.children')}</th>
                  <th scope="col">{t('families.status')}</th>
                  <th scope="col">{t('families.updated')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((family) => (
                  <tr key={family.id}>
                    <th scope="row">
                      <a href={routeHref({ name: 'family', id: family.id })}>
                        <PseudonymCode code={family.code} />
                      </a>
                      {family.demo && <span className="badge">{t('family.demoBadge')}</span>}
                    </th>
                    <td>{family.label}</td>
                    <td>{family.responsibleMemberId ? names.get(family.responsibleMemberId) : t('families.noWorker')}</td>
                    <td>
                      {family.children
                        .map((child) => (child.birthYear ? `${child.pseudonym} (${child.birthYear})` : child.pseudonym))
                        .join(', ')}
                    </td>
                    <td>{t(`families.${family.status}`)}</td>
                    <td>{formatDate(family.updatedAt, language, 'short')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </div>
  );
}
