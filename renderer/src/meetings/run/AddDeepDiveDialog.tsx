// "Add a deep dive" while the meeting runs: the family (any active family not already on the
// agenda; those on the quick round first), the question for the team and the presenter (the
// family's responsible worker when they take part). Adding puts the family after the deep dives on
// the agenda in one write of the plan and the run; a refusal is said in place.
import { useId, useState, type FormEvent } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { validateAgendaQuestion } from '../../../../shared/meeting/meeting';
import { TextField } from '../../components/TextField';
import { useAgendaCommands } from '../../db/commands/agendaCommands';
import { storageErrorText } from '../../db/storageErrors';
import { useIssueText } from '../../i18n/i18n';
import { useText } from '../../i18n/keys';
import { useTranslation } from 'react-i18next';
import type { RunContext } from './runContext';

type AddDeepDiveDialogProps = {
  context: RunContext;
  onClose: () => void;
};

export function AddDeepDiveDialog({ context, onClose }: AddDeepDiveDialogProps) {
  const t = useText();
  const { t: tr } = useTranslation();
  const issueText = useIssueText();
  const commands = useAgendaCommands();
  const id = useId();
  const { meeting } = context;
  const onAgenda = new Set(meeting.deepDives.map((item) => item.familyId));
  const onQuickRound = new Set(meeting.quickRound.map((item) => item.familyId));
  const choices = [...context.familiesById.values()]
    .filter((family) => family.status === 'active' && !onAgenda.has(family.id))
    .sort((a, b) => Number(onQuickRound.has(b.id)) - Number(onQuickRound.has(a.id)) || a.code.localeCompare(b.code, 'fi'));
  const presenters = meeting.participants.map((participant) => ({ id: participant.id, name: context.nameOf(participant.id) ?? '?' }));
  const [familyId, setFamilyId] = useState('');
  const [question, setQuestion] = useState('');
  const [presenterId, setPresenterId] = useState('');
  const [presenterTouched, setPresenterTouched] = useState(false);
  const [errors, setErrors] = useState<{ family?: string; question?: string; save?: string }>({});
  const [busy, setBusy] = useState(false);

  function chooseFamily(next: string) {
    setFamilyId(next);
    // The family's own responsible worker presents it, if they take part and nobody was chosen by hand.
    const responsible = context.familiesById.get(next)?.responsibleMemberId ?? '';
    if (!presenterTouched) setPresenterId(presenters.some((presenter) => presenter.id === responsible) ? responsible : '');
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const checked = validateAgendaQuestion(question);
    const next = {
      family: familyId ? undefined : t('agenda.add.familyRequired'),
      question: checked.ok ? undefined : issueText(checked.issue),
    };
    setErrors(next);
    if (!familyId) return document.getElementById(`${id}-family`)?.focus();
    if (!checked.ok) return;
    setBusy(true);
    try {
      const result = await commands.addDeepDiveNow.orThrow(meeting.id, { familyId, question: checked.value, presenterId: presenterId || null });
      if (!result.ok) {
        setErrors({ save: t(`agenda.refused.${result.reason}`) });
        setBusy(false);
        return;
      }
      const code = context.familiesById.get(familyId)?.code ?? '';
      commands.done((translate) => translate('agenda.add.done', { code }));
      onClose();
    } catch (error) {
      setErrors({ save: storageErrorText(error, tr) });
      setBusy(false);
    }
  }

  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => !open && onClose()} isDismissable={false} isKeyboardDismissDisabled={false}>
      <Modal className="modal">
        <Dialog className="dialog">
          <form onSubmit={(event) => void submit(event)} noValidate>
            <Heading slot="title">{t('agenda.add.title')}</Heading>
            <p>{t('agenda.add.intro')}</p>
            {choices.length === 0 ? (
              <p role="status">{t('agenda.add.noFamilies')}</p>
            ) : (
              <div className="field">
                <label htmlFor={`${id}-family`}>{t('agenda.add.family')}</label>
                <select
                  id={`${id}-family`}
                  value={familyId}
                  autoFocus
                  aria-invalid={errors.family ? true : undefined}
                  aria-describedby={errors.family ? `${id}-family-error` : undefined}
                  onChange={(event) => chooseFamily(event.target.value)}
                >
                  <option value="">{t('agenda.add.chooseFamily')}</option>
                  {choices.map((family) => (
                    <option key={family.id} value={family.id}>
                      {family.code}
                    </option>
                  ))}
                </select>
                {errors.family && (
                  <p className="error" id={`${id}-family-error`} role="alert">
                    {errors.family}
                  </p>
                )}
              </div>
            )}
            <TextField
              id={`${id}-question`}
              label={t('agenda.add.question')}
              value={question}
              onChange={setQuestion}
              help={null}
              error={errors.question ?? null}
              multiline
              className="run-short-area"
            />
            <div className="field">
              <label htmlFor={`${id}-presenter`}>{t('agenda.add.presenter')}</label>
              <select
                id={`${id}-presenter`}
                value={presenterId}
                onChange={(event) => {
                  setPresenterTouched(true);
                  setPresenterId(event.target.value);
                }}
              >
                <option value="">{t('agenda.add.noPresenter')}</option>
                {presenters.map((presenter) => (
                  <option key={presenter.id} value={presenter.id}>
                    {presenter.name}
                  </option>
                ))}
              </select>
            </div>
            {errors.save && (
              <p className="error" role="alert">
                {errors.save}
              </p>
            )}
            <div className="dialog-actions">
              <button type="button" className="button" onClick={onClose}>
                {t('agenda.add.cancel')}
              </button>
              <button type="submit" className="button primary" disabled={busy || choices.length === 0}>
                {t('agenda.add.save')}
              </button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
