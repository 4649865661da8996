// One family's page: what is known so far, every field saved as it is typed; its children;
// status and responsible worker; and deletion with confirmation and undo.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { familyStatuses, validateFamilyLabel, validateFamilyNotes, type Family, type FamilyStatus } from '../../../shared/family/family';
import { validatePseudonymCode } from '../../../shared/family/pseudonymCode';
import { navigate, routeHref } from '../app/router';
import { useSession } from '../app/sessionContext';
import { storageErrorText } from '../app/storageErrors';
import { AutosaveField } from '../components/AutosaveField';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useNotify } from '../components/Notifications';
import { useFamily, useMembers } from '../db/hooks';
import {
  CodeTakenError,
  deleteFamily,
  FamilyErasedError,
  restoreFamily,
  setFamilyCode,
  setFamilyStatus,
  updateFamilyPayload,
} from '../db/repositories/familyRepository';
import { formatDate, useLanguage } from '../i18n/i18n';
import { CarePeriodSection } from '../carePeriod';
import { ChildrenEditor } from './ChildrenEditor';
import { FamilyHypothesesLink } from '../hypotheses';
import { FamilyMethodsLinks } from './FamilyMethodsLinks';
import { FamilyMeetingHistory } from './FamilyMeetingHistory';
import { WorkerSelect } from './WorkerSelect';
import { PseudonymCode } from '../components/PseudonymCode';

const noCodes: ReadonlySet<string> = new Set();

export function FamilyScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const family = useFamily(id);
  if (family === undefined) return null;
  if (family === null) {
    return (
      <div className="screen">
        <h1 tabIndex={-1}>{t('families.title')}</h1>
        <p className="empty" role="alert">
          {t('family.notFound')}
        </p>
        <a href={routeHref({ name: 'families' })}>{t('family.back')}</a>
      </div>
    );
  }
  return <FamilyPage family={family} />;
}

function FamilyPage({ family }: { family: Family }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const session = useSession();
  const notify = useNotify();
  const members = useMembers() ?? [];
  const [confirming, setConfirming] = useState(false);
  const report = (error: unknown) => notify({ message: (t) => storageErrorText(error, t) });

  async function remove() {
    setConfirming(false);
    try {
      const deleted = await deleteFamily(session, family.id);
      // Back to the list, unless the user has already gone elsewhere while the delete was stored.
      if (window.location.hash === routeHref({ name: 'family', id: family.id })) navigate({ name: 'families' });
      if (!deleted) return;
      notify({
        message: (t) => t('family.deleted', { code: family.code }),
        action: {
          label: (t) => t('family.undo'),
          run: async () => {
            try {
              await restoreFamily(session, deleted);
              notify({ message: (t) => t('family.restored', { code: deleted.family.code }) });
              navigate({ name: 'family', id: deleted.family.id });
            } catch (error) {
              if (error instanceof FamilyErasedError) notify({ message: (t) => t('retention.erasedCannotRestore') });
              else report(error);
            }
          },
        },
        familyId: family.id,
      });
    } catch (error) {
      report(error);
    }
  }

  return (
    <div className="screen family-page">
      <p>
        <a href={routeHref({ name: 'families' })}>← {t('family.back')}</a>
      </p>
      <h1 tabIndex={-1}>
        <PseudonymCode code={family.code} />
        {family.label && <span className="subtitle"> · {family.label}</span>}
        {family.demo && <span className="badge">{t('family.demoBadge')}</span>}
      </h1>
      <p className="meta">
        {t('family.created', { date: formatDate(family.createdAt, language, 'long') })} ·{' '}
        {t('family.updated', { date: formatDate(family.updatedAt, language, 'longWithTime') })}
      </p>
      <div className="family-grid">
        <section aria-labelledby="family-basics">
          <h2 id="family-basics" className="visually-hidden">
            {t('family.basics')}
          </h2>
          <AutosaveField
            label={t('family.code')}
            help={t('family.codeHelp')}
            multiline={false}
            className="code-field"
            stored={family.code}
            // Format here; uniqueness is the database's unique index, reported as CodeTakenError below.
            validate={(raw) => validatePseudonymCode(raw, noCodes)}
            save={(code) => setFamilyCode(session, family.id, code)}
            explainError={(error) =>
              error instanceof CodeTakenError ? { key: 'validation.codeTaken', values: { code: error.code } } : null
            }
          />
          <AutosaveField
            label={t('family.label')}
            help={t('family.labelHelp')}
            multiline={false}
            className="label-field"
            stored={family.label}
            validate={validateFamilyLabel}
            save={(label) => updateFamilyPayload(session, family.id, (payload) => ({ ...payload, label }))}
            explainError={() => null}
          />
          <WorkerSelect
            id="family-worker"
            label={t('family.responsibleWorker')}
            members={members}
            value={family.responsibleMemberId}
            onChange={(responsibleMemberId) =>
              updateFamilyPayload(session, family.id, (payload) => ({ ...payload, responsibleMemberId })).catch(report)
            }
          />
          <WorkerSelect
            id="family-counsellor"
            label={t('family.socialCounsellor')}
            members={members}
            value={family.socialCounsellorId ?? null}
            onChange={(socialCounsellorId) =>
              updateFamilyPayload(session, family.id, (payload) => ({ ...payload, socialCounsellorId })).catch(report)
            }
          />
          <div className="field">
            <label htmlFor="family-status">{t('family.status')}</label>
            <select
              id="family-status"
              value={family.status}
              onChange={(event) => setFamilyStatus(session, family.id, event.target.value as FamilyStatus).catch(report)}
            >
              {familyStatuses.map((status) => (
                <option key={status} value={status}>
                  {t(`families.${status}`)}
                </option>
              ))}
            </select>
          </div>
        </section>
        <ChildrenEditor family={family} />
      </div>
      <AutosaveField
        label={t('family.notes')}
        help={t('family.notesHelp')}
        multiline
        className="notes-field"
        stored={family.notes}
        validate={validateFamilyNotes}
        save={(notes) => updateFamilyPayload(session, family.id, (payload) => ({ ...payload, notes }))}
        explainError={() => null}
      />
      <CarePeriodSection family={family} />
      <FamilyMeetingHistory family={family} />
      <FamilyHypothesesLink family={family} />
      <FamilyMethodsLinks family={family} />
      <div className="danger-zone">
        <button type="button" className="button danger" onClick={() => setConfirming(true)}>
          {t('family.delete')}
        </button>
      </div>
      <ConfirmDialog
        isOpen={confirming}
        title={t('family.deleteTitle', { code: family.code })}
        body={t('family.deleteBody')}
        confirmLabel={t('family.deleteConfirm')}
        onCancel={() => setConfirming(false)}
        onConfirm={remove}
      />
    </div>
  );
}
