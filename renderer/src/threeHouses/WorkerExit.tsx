// The only ways out of child mode, both deliberate worker actions: hold the small "For the worker"
// button for two seconds (its ring fills while held; letting go early does nothing) and then
// confirm, or type the vault's passphrase (checked with the vault's own unlock check, never kept).
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/sessionContext';
import { storageErrorText } from '../app/storageErrors';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { readVaultHeader } from '../db/repositories/vaultRepository';
import { PassphraseField } from '../vault/PassphraseField';
import { unlockVault, WeakVaultHeaderError, WrongPassphraseError } from '../vault/vaultCrypto';

/** How long the worker holds the button. */
export const holdToLeaveMs = 2000;

export function WorkerExit({ onLeave }: { onLeave: () => void }) {
  const { t } = useTranslation();
  const helpId = useId();
  const [progress, setProgress] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [askingPassphrase, setAskingPassphrase] = useState(false);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);

  function stop() {
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
    setProgress(0);
  }

  function begin() {
    if (timer.current) return;
    const started = performance.now();
    timer.current = setInterval(() => {
      const done = Math.min(1, (performance.now() - started) / holdToLeaveMs);
      setProgress(done);
      if (done >= 1) {
        stop();
        setConfirming(true);
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
        aria-describedby={helpId}
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
        <span>{progress > 0 ? t('threeHouses.childMode.holding') : t('threeHouses.childMode.forWorker')}</span>
      </button>
      <span className="visually-hidden" id={helpId}>
        {t('threeHouses.childMode.forWorkerHelp')}
      </span>
      <button type="button" className="worker-exit-passphrase" onClick={() => setAskingPassphrase(true)}>
        {t('threeHouses.childMode.usePassphrase')}
      </button>
      <ConfirmDialog
        isOpen={confirming}
        title={t('threeHouses.childMode.leaveTitle')}
        body={t('threeHouses.childMode.leaveBody')}
        confirmLabel={t('threeHouses.childMode.leave')}
        cancelLabel={t('threeHouses.childMode.stay')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          onLeave();
        }}
      />
      <PassphraseDialog isOpen={askingPassphrase} onCancel={() => setAskingPassphrase(false)} onVerified={onLeave} />
    </div>
  );
}

/** The passphrase way out: the vault header's own check, so only the team's passphrase opens it. */
function PassphraseDialog({ isOpen, onCancel, onVerified }: { isOpen: boolean; onCancel: () => void; onVerified: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function close() {
    setPassphrase('');
    setError(null);
    onCancel();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || passphrase === '') return;
    setBusy(true);
    setError(null);
    try {
      const header = await readVaultHeader(session.db);
      if (!header) throw new Error('No vault');
      await unlockVault({ format: header.format, kdf: header.kdf, wrapIv: header.wrapIv, wrappedKey: header.wrappedKey }, passphrase);
      setPassphrase('');
      setBusy(false);
      onVerified();
    } catch (caught) {
      setError(
        caught instanceof WrongPassphraseError
          ? t('threeHouses.childMode.passphraseWrong')
          : caught instanceof WeakVaultHeaderError
            ? t('vault.weakHeader')
            : storageErrorText(caught, t),
      );
      setPassphrase('');
      setBusy(false);
    }
  }

  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => !open && close()} isDismissable>
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title">{t('threeHouses.childMode.passphraseTitle')}</Heading>
          <form onSubmit={submit}>
            <PassphraseField
              label={t('threeHouses.childMode.passphrase')}
              value={passphrase}
              onChange={setPassphrase}
              help={null}
              autoFocus
              invalid={error !== null}
              errorId="child-mode-passphrase-error"
            />
            {error && (
              <p className="error" id="child-mode-passphrase-error" role="alert">
                {error}
              </p>
            )}
            <div className="dialog-actions">
              <Button className="button" onPress={close}>
                {t('threeHouses.childMode.stay')}
              </Button>
              <button type="submit" className="button primary" disabled={busy || passphrase === ''}>
                {busy ? t('threeHouses.childMode.checking') : t('threeHouses.childMode.leave')}
              </button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
