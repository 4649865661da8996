// The only way out of child mode: the worker holds the small "For the worker" button for two
// seconds (its ring fills while held; letting go early does nothing), which only opens a prompt,
// and then types the team's passphrase. The passphrase is checked locally against the stored vault
// header (the vault's own unlock check: nothing is written, the key found is dropped). After three
// wrong tries each further one waits longer (exitAttempts.ts), and the wait survives a reload.
// The button's label says whom it is for, never how to leave.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { waitLeft } from '../../../shared/lock/exitAttempts';
import { storageErrorText } from '../db/storageErrors';
import { PassphraseField, unlockVault, WeakVaultHeaderError, WrongPassphraseError } from '../vault';
import { clearExitAttempts, noteWrongPassphrase, readExitAttempts } from './exitAttemptsStore';
import { useThreeHousesCommands } from '../db/commands/threeHousesCommands';

/** How long the worker holds the button. */
export const holdToLeaveMs = 2000;

export function WorkerExit({ onLeave }: { onLeave: () => void }) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState(0);
  const [prompting, setPrompting] = useState(false);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);

  function stop() {
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
    setProgress(0);
  }

  function begin() {
    if (timer.current || prompting) return;
    const started = performance.now();
    timer.current = setInterval(() => {
      const done = Math.min(1, (performance.now() - started) / holdToLeaveMs);
      setProgress(done);
      if (done >= 1) {
        stop();
        setPrompting(true);
      }
    }, 40);
  }

  useEffect(() => stop, []);

  const degrees = Math.round(progress * 360);
  return (
    <div className="worker-exit">
      <button
        type="button"
        className="worker-exit-hold"
        data-progress={progress.toFixed(2)}
        style={{ ['--hold' as string]: `${degrees}deg` }}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture?.(event.pointerId);
          begin();
        }}
        onPointerUp={stop}
        onPointerCancel={stop}
        onLostPointerCapture={stop}
        onKeyDown={(event) => {
          if ((event.key === ' ' || event.key === 'Enter') && !event.repeat) {
            event.preventDefault();
            begin();
          }
        }}
        onKeyUp={(event) => {
          if (event.key === ' ' || event.key === 'Enter') stop();
        }}
        onBlur={stop}
        onContextMenu={(event) => event.preventDefault()}
      >
        <span className="worker-exit-ring" aria-hidden="true" />
        <span>{t('threeHouses.childMode.forWorker')}</span>
      </button>
      {prompting && <ExitPrompt onCancel={() => setPrompting(false)} onVerified={onLeave} />}
    </div>
  );
}

/** The passphrase prompt: only the team's passphrase, checked against the vault header, leaves. */
function ExitPrompt({ onCancel, onVerified }: { onCancel: () => void; onVerified: () => void }) {
  const { t } = useTranslation();
  const commands = useThreeHousesCommands();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const waitMs = waitLeft(readExitAttempts(now), now);
  const form = useRef<HTMLFormElement>(null);
  // After a refusal the field is empty and the Leave button disabled: put the focus back in the
  // field, so typing again (or Escape) works at once.
  useEffect(() => {
    if (error !== null) form.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [error]);

  const waiting = waitMs > 0;
  // While a wait runs, the prompt counts it down (and opens again when it is over).
  useEffect(() => {
    if (!waiting) return;
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, [waiting]);

  function close() {
    setPassphrase('');
    setError(null);
    onCancel();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const at = Date.now();
    setNow(at);
    if (busy || passphrase === '' || waitLeft(readExitAttempts(at), at) > 0) return;
    setBusy(true);
    setError(null);
    try {
      const header = await commands.readVaultHeader.orThrow();
      if (!header) throw new Error('No vault');
      await unlockVault({ format: header.format, kdf: header.kdf, wrapIv: header.wrapIv, wrappedKey: header.wrappedKey }, passphrase);
      clearExitAttempts();
      setPassphrase('');
      setBusy(false);
      onVerified();
    } catch (caught) {
      if (caught instanceof WrongPassphraseError) noteWrongPassphrase(Date.now());
      setError(
        caught instanceof WrongPassphraseError
          ? t('shell.childExit.wrong')
          : caught instanceof WeakVaultHeaderError
            ? t('vault.weakHeader')
            : storageErrorText(caught, t),
      );
      setNow(Date.now());
      setPassphrase('');
      setBusy(false);
    }
  }

  const seconds = Math.ceil(waitMs / 1000);
  const waitText = seconds > 90 ? t('shell.childExit.waitMinutes', { count: Math.ceil(seconds / 60) }) : t('shell.childExit.wait', { count: seconds });
  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => !open && close()} isDismissable>
      <Modal className="modal">
        <Dialog className="dialog child-exit-dialog">
          <Heading slot="title">{t('shell.childExit.title')}</Heading>
          <p>{t('shell.childExit.body')}</p>
          <form onSubmit={submit} ref={form}>
            <PassphraseField
              label={t('shell.childExit.passphrase')}
              value={passphrase}
              onChange={setPassphrase}
              help={null}
              autoFocus
              invalid={error !== null}
              errorId="child-exit-error"
            />
            {error && !waiting && (
              <p className="error" id="child-exit-error" role="alert">
                {error}
              </p>
            )}
            {waiting && (
              <p className="error" id="child-exit-error" role="alert" data-wait-seconds={seconds}>
                {waitText}
              </p>
            )}
            <div className="dialog-actions">
              <Button className="button" onPress={close}>
                {t('shell.childExit.stay')}
              </Button>
              <button type="submit" className="button primary" disabled={busy || waiting || passphrase === ''}>
                {busy ? t('shell.childExit.checking') : t('shell.childExit.leave')}
              </button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
