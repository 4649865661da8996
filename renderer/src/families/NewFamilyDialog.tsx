// Creating a family: a generated pseudonym code (editable, checked for uniqueness), an optional
// label and the responsible worker. The family page takes over from there.
import { useEffect, useState, type FormEvent } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { validateFamilyLabel } from '../../../shared/family/family';
import { generatePseudonymCode, validatePseudonymCode } from '../../../shared/family/pseudonymCode';
import type { Member } from '../../../shared/team/member';
import type { ValidationIssue } from '../../../shared/validation';
import { navigate } from '../app/router';
import { storageErrorText } from '../db/storageErrors';
import { TextField } from '../components/TextField';
import { WorkerSelect } from './WorkerSelect';
import { useFamilyCommands, CodeTakenError } from '../db/commands/familyCommands';

export function NewFamilyDialog({ members }: { members: readonly Member[] }) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={setOpen}>
      <Button className="button primary">{t('families.newFamily')}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            <Heading slot="title">{t('family.createTitle')}</Heading>
            <NewFamilyForm members={members} onDone={() => setOpen(false)} />
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

type FieldErrors = { code?: ValidationIssue | string; label?: ValidationIssue; general?: string };

function NewFamilyForm({ members, onDone }: { members: readonly Member[]; onDone: () => void }) {
  const { t } = useTranslation();
  const commands = useFamilyCommands();
  const session = commands.context;
  const [code, setCode] = useState<string | null>(null);
  const [label, setLabel] = useState('');
  const [worker, setWorker] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  // Generate a free code once, when the dialog opens.
  useEffect(() => {
    let open = true;
    void commands.takenCodes.orThrow(null).then((taken) => open && setCode((current) => current ?? generatePseudonymCode(taken)));
    return () => {
      open = false;
    };
  }, [session]);
  const text = (issue: ValidationIssue | string | undefined) =>
    issue === undefined ? null : typeof issue === 'string' ? issue : t(issue.key, issue.values);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || code === null) return;
    const codeResult = validatePseudonymCode(code, await commands.takenCodes.orThrow(null));
    const labelResult = validateFamilyLabel(label);
    if (!codeResult.ok || !labelResult.ok) {
      setErrors({ code: codeResult.ok ? undefined : codeResult.issue, label: labelResult.ok ? undefined : labelResult.issue });
      return;
    }
    setBusy(true);
    try {
      const id = await commands.createFamily.orThrow({ code: codeResult.value, label: labelResult.value, responsibleMemberId: worker });
      onDone();
      navigate({ name: 'family', id });
    } catch (error) {
      setErrors(
        error instanceof CodeTakenError
          ? { code: { key: 'validation.codeTaken', values: { code: error.code } } }
          : { general: storageErrorText(error, t) },
      );
      setBusy(false);
    }
  }

  const codeError = text(errors.code);
  const labelError = text(errors.label);
  return (
    <form onSubmit={submit} noValidate>
      <TextField
        id="new-family-code"
        label={t('family.code')}
        value={code ?? ''}
        onChange={setCode}
        help={t('family.codeHelp')}
        error={codeError}
        autoFocus
      />
      <TextField
        id="new-family-label"
        label={t('family.label')}
        value={label}
        onChange={setLabel}
        help={t('family.labelHelp')}
        error={labelError}
      />
      <WorkerSelect id="new-family-worker" label={t('family.responsibleWorker')} members={members} value={worker} onChange={setWorker} />
      {errors.general && (
        <p className="error" role="alert">
          {errors.general}
        </p>
      )}
      <div className="dialog-actions">
        <Button className="button" onPress={onDone}>
          {t('family.cancel')}
        </Button>
        <Button type="submit" className="button primary" isDisabled={busy}>
          {t('family.create')}
        </Button>
      </div>
    </form>
  );
}
