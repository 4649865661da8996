// "Plan a meeting": choose the meeting type (a built-in template or one of the team's own) and the
// date and time (tomorrow 09:00 by default); the meeting starts from the default plan (the whole
// team, every active family on the quick round) and its planner opens.
import { useId, useState, type FormEvent } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { weeklyMeetingTemplate } from '../../../../shared/meeting/builtInTemplates';
import { defaultPlan, isOneFamilyMeeting, fromLocalDateTimeInput, suggestedMeetingTime, toLocalDateTimeInput } from '../../../../shared/meeting/plan';
import { navigate } from '../../app/router';
import { storageErrorText } from '../../db/storageErrors';
import { useNotify } from '../../components/Notifications';
import { useTemplateChoices } from '../../db/templateHooks';
import { templateChoiceName } from './templateChoiceName';
import { useLanguage } from '../../i18n/i18n';
import { useMeetingCommands } from '../../db/commands/meetingCommands';

export function PlanMeetingDialog() {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={setOpen}>
      <Button className="button primary">{t('meetings.planMeeting')}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            <Heading slot="title">{t('meetings.newTitle')}</Heading>
            <PlanMeetingForm onDone={() => setOpen(false)} />
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

function PlanMeetingForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const commands = useMeetingCommands();
  const session = commands.context;
  const notify = useNotify();
  const id = useId();
  const choices = useTemplateChoices();
  const [templateId, setTemplateId] = useState(weeklyMeetingTemplate.id);
  const [when, setWhen] = useState(() => toLocalDateTimeInput(suggestedMeetingTime(session.now()).toISOString()));
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const scheduledAt = fromLocalDateTimeInput(when);
    const template = choices.find((candidate) => candidate.id === templateId);
    if (!scheduledAt.ok) {
      setError(t(scheduledAt.issue.key, scheduledAt.issue.values));
      document.getElementById(`${id}-time`)?.focus();
      return;
    }
    if (!template) return;
    setBusy(true);
    try {
      const [members, families] = await Promise.all([commands.listMembers.orThrow(), commands.listFamilies.orThrow()]);
      const plan = defaultPlan(template, members, families, () => crypto.randomUUID());
      const meetingId = await commands.createMeeting.orThrow({ scheduledAt: scheduledAt.value, template, plan });
      onDone();
      navigate({ name: 'meeting', id: meetingId, view: 'plan' });
      const oneFamily = isOneFamilyMeeting(template);
      notify({ message: (t) => (oneFamily ? t('meetings.createdOneFamily') : t('meetings.created')) });
    } catch (caught) {
      setFailure(storageErrorText(caught, t));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <fieldset className="plain-fieldset">
        <legend>{t('meetings.template')}</legend>
        {choices.map((template) => (
          <label key={template.id} className="inline-check template-choice">
            <input
              type="radio"
              name={`${id}-template`}
              value={template.id}
              checked={templateId === template.id}
              autoFocus={template.id === weeklyMeetingTemplate.id}
              onChange={() => setTemplateId(template.id)}
            />
            {templateChoiceName(t, template, language)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-time`}>{t('meetings.dateTime')}</label>
        <input
          id={`${id}-time`}
          type="datetime-local"
          value={when}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-time-help${error ? ` ${id}-time-error` : ''}`}
          onChange={(event) => {
            setWhen(event.target.value);
            setError(null);
          }}
        />
        <p className="help" id={`${id}-time-help`}>
          {t('meetings.dateTimeHelp')}
        </p>
        {error && (
          <p className="error" id={`${id}-time-error`} role="alert">
            {error}
          </p>
        )}
      </div>
      {failure && (
        <p className="error" role="alert">
          {failure}
        </p>
      )}
      <div className="dialog-actions">
        <Button className="button" onPress={onDone}>
          {t('meetings.cancelDialog')}
        </Button>
        <Button type="submit" className="button primary" isDisabled={busy}>
          {t('meetings.create')}
        </Button>
      </div>
    </form>
  );
}
