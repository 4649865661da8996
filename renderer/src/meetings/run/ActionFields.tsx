// The fields of an action (what, owner, due date) or of a question for the family (text only),
// shared by the add form and the inline editor. Errors are shown under their field and tied to it.
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import type { ActionDraft } from '../../../../shared/meeting/runActionDraft';

type ActionFieldsProps = {
  idPrefix: string;
  kind: 'action' | 'familyQuestion';
  draft: ActionDraft;
  onChange: (draft: ActionDraft) => void;
  errors: { text: string | null; due: string | null };
  participants: readonly { id: string; name: string }[];
};

export function ActionFields({ idPrefix, kind, draft, onChange, errors, participants }: ActionFieldsProps) {
  const { t } = useTranslation();
  const textLabel = kind === 'action' ? t('run.actions.what') : t('run.questions.text');
  return (
    <div className="run-action-fields">
      <TextField
        id={`${idPrefix}-text`}
        label={textLabel}
        value={draft.text}
        onChange={(text) => onChange({ ...draft, text })}
        help={null}
        error={errors.text}
        className="run-action-text"
      />
      {kind === 'action' && (
        <>
          <div className="field run-action-owner">
            <label htmlFor={`${idPrefix}-owner`}>{t('run.actions.owner')}</label>
            <select id={`${idPrefix}-owner`} value={draft.ownerId} onChange={(event) => onChange({ ...draft, ownerId: event.target.value })}>
              <option value="">{t('run.actions.noOwner')}</option>
              {participants.map((participant) => (
                <option key={participant.id} value={participant.id}>
                  {participant.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field run-action-due">
            <label htmlFor={`${idPrefix}-due`}>{t('run.actions.due')}</label>
            <input
              id={`${idPrefix}-due`}
              type="date"
              value={draft.due}
              onChange={(event) => onChange({ ...draft, due: event.target.value })}
              aria-invalid={errors.due ? true : undefined}
              aria-describedby={`${idPrefix}-due-help${errors.due ? ` ${idPrefix}-due-error` : ''}`}
            />
            <p className="help" id={`${idPrefix}-due-help`}>
              {t('run.actions.dueHelp')}
            </p>
            {errors.due && (
              <p className="error" id={`${idPrefix}-due-error`} role="alert">
                {errors.due}
              </p>
            )}
          </div>
        </>
      )}
    </div>
  );
}
