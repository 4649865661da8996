// One family's page: what is known so far, every field saved as it is typed; its children;
// status and responsible worker; and deletion with confirmation and undo.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { familyStatuses, validateFamilyLabel, validateFamilyNotes, type Family, type FamilyStatus } from '../../../shared/family/family';
import { validatePseudonymCode } from '../../../shared/family/pseudonymCode';
import { navigate, routeHref } from '../app/router';
import { AutosaveField } from '../components/AutosaveField';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useFamily, useMembers } from '../db/hooks';
import { CodeTakenError, FamilyErasedError, useFamilyCommands } from '../db/commands/familyCommands';
import { formatDate, useLanguage } from '../i18n/i18n';
import { CarePeriodSection } from '../carePeriod';
import { ChildrenEditor } from './ChildrenEditor';
import { FamilyHypothesesLink } from '../hypotheses';
import { FamilyMethodsLinks } from './FamilyMethodsLinks';
import { FamilyMeetingHistory } from './FamilyMeetingHistory';
import { FamilyQuickRoundHistory } from './FamilyQuickRoundHistory';
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
  const commands = useFamilyCommands();
  const members = useMembers() ?? [];
  const [confirming, setConfirming] = useState(false);

  async function remove() {
    setConfirming(false);
    try {
      const deleted = await commands.deleteFamily.orThrow(family.id);
      // Back to the list, unless the user has already gone elsewhere while the delete was stored.
      if (window.location.hash === routeHref({ name: 'family', id: family.id })) navigate({ name: 'families' });
      if (!deleted) return;
      commands.done((t) => t('family.deleted', { code: family.code }), {
        undo: async () => {
          try {
            await commands.deleteFamily.undoOrThrow(deleted);
            commands.done((t) => t('family.restored', { code: deleted.family.code }));
            navigate({ name: 'family', id: deleted.family.id });
          } catch (error) {
            if (error instanceof FamilyErasedError) commands.done((t) => t('retention.erasedCannotRestore'));
            else commands.report(error);
          }
        },
        familyId: family.id,
      });
    } catch (error) {
      commands.report(error);
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
            save={(code) => commands.setFamilyCode.orThrow(family.id, code)}
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
            save={(label) => commands.updateFamilyPayload.orThrow(family.id, (payload) => ({ ...payload, label }))}
            explainError={() => null}
          />
          <WorkerSelect
            id="family-worker"
            label={t('family.responsibleWorker')}
            members={members}
            value={family.responsibleMemberId}
            onChange={(responsibleMemberId) =>
              void commands.updateFamilyPayload(family.id, (payload) => ({ ...payload, responsibleMemberId }))
            }
          />
          <WorkerSelect
            id="family-counsellor"
            label={t('family.socialCounsellor')}
            members={members}
            value={family.socialCounsellorId ?? null}
            onChange={(socialCounsellorId) =>
              void commands.updateFamilyPayload(family.id, (payload) => ({ ...payload, socialCounsellorId }))
            }
          />
          <div className="field">
            <label htmlFor="family-status">{t('family.status')}</label>
            <select
              id="family-status"
              value={family.status}
              onChange={(event) => void commands.setFamilyStatus(family.id, event.target.value as FamilyStatus)}
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
        save={(notes) => commands.updateFamilyPayload.orThrow(family.id, (payload) => ({ ...payload, notes }))}
        explainError={() => null}
      />
      <CarePeriodSection family={family} />
      <FamilyMeetingHistory family={family} />
      <FamilyQuickRoundHistory family={family} />
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
