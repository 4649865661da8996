// "Team server": connecting this computer's vault to the team's server (the first computer of a
// team; the others join from the first screen), what it is connected to and how sync is going, and
// stopping sync on this computer (its data stays). docs/architecture.md: Sync between the team's computers.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { storageErrorText } from '../db/storageErrors';
import { SyncConnectError, useSync } from '../db/syncContext';
import { useText } from '../i18n/keys';
import {
  checkServerFields,
  emptyServerFields,
  focusFirstInvalid,
  ServerFields,
  useSyncStatusWords,
  type ServerFieldErrors,
  type ServerFieldValues,
} from '../sync';

export function TeamServerSection() {
  const t = useText();
  const { t: translate } = useTranslation();
  const sync = useSync();
  const [fields, setFields] = useState<ServerFieldValues>(emptyServerFields);
  const [errors, setErrors] = useState<ServerFieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  async function connect() {
    if (busy) return;
    setDone(null);
    setError(null);
    const checked = checkServerFields(fields);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstInvalid(form.current);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await sync.connect(checked.config);
      setFields(emptyServerFields);
      setDone(t('sync.server.connected'));
    } catch (caught) {
      setError(caught instanceof SyncConnectError ? t(`sync.failures.${caught.reason}`) : storageErrorText(caught, translate));
    } finally {
      setBusy(false);
    }
  }

  async function disconnect() {
    setConfirming(false);
    setError(null);
    try {
      await sync.disconnect();
      setDone(t('sync.server.stopped'));
      heading.current?.focus();
    } catch (caught) {
      setError(storageErrorText(caught, translate));
    }
  }

  return (
    <section aria-labelledby="settings-sync-heading" className="team-server">
      <h2 id="settings-sync-heading" ref={heading} tabIndex={-1}>
        {t('sync.server.heading')}
      </h2>
      <p className="help">{t('sync.server.intro')}</p>
      {sync.server ? (
        <>
          <dl>
            <dt>{t('sync.server.address')}</dt>
            <dd>{sync.server.url}</dd>
            <dt>{t('sync.server.user')}</dt>
            <dd>{sync.server.user}</dd>
            <dt>{t('sync.server.status')}</dt>
            <dd>
              <StatusWords />
            </dd>
          </dl>
          {done && <p role="status">{done}</p>}
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            {t('sync.server.stop')}
          </button>
          <ConfirmDialog
            isOpen={confirming}
            title={t('sync.server.stopTitle')}
            body={t('sync.server.stopBody')}
            confirmLabel={t('sync.server.stopConfirm')}
            cancelLabel={t('sync.server.stopCancel')}
            onCancel={() => setConfirming(false)}
            onConfirm={() => void disconnect()}
          />
        </>
      ) : (
        <form
          ref={form}
          noValidate
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            void connect();
          }}
        >
          <ServerFields values={fields} onChange={setFields} errors={errors} disabled={busy} />
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          {done && <p role="status">{done}</p>}
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t('sync.server.connecting') : t('sync.server.connect')}
          </button>
        </form>
      )}
    </section>
  );
}

/** The header's status words, with a problem's explanation written out. */
function StatusWords() {
  const t = useText();
  const { status } = useSync();
  const words = useSyncStatusWords(status);
  if (!words) return <p>{t('sync.server.statusOff')}</p>;
  return (
    <>
      <p>
        <strong>{words.text}</strong>
        {words.title && <span className="help">{` (${words.title})`}</span>}
      </p>
      {words.explanation.map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
    </>
  );
}
