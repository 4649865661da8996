// Joining a team that already uses Kehä, from the first screen of a computer with no vault: the
// team server's address, this member's server user and password, and the team's passphrase. The
// join shows its progress (the vault header, then every record counted, then opening) and each
// failure in words; nothing typed is lost on a failure, except the passphrase when it was the wrong
// one (as on the unlock screen). On success the vault opens as after unlocking
// (docs/architecture.md: Sync between the team's computers).
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KehaDatabase } from '../db/database';
import type { JoinFailure, JoinProgress } from '../db/syncTypes';
import { storageErrorText } from '../db/storageErrors';
import { useLanguage } from '../i18n/i18n';
import { useText, type TextKey } from '../i18n/keys';
import { PassphraseField, VaultForm } from '../vault';
import { joinTeam as realJoinTeam, type JoinRequest, type JoinResult } from './join';
import { checkServerFields, emptyServerFields, focusFirstInvalid, ServerFields, type ServerFieldErrors, type ServerFieldValues } from './ServerFields';
import './sync.css';

export type JoinTeam = (db: KehaDatabase, request: JoinRequest, onProgress: (progress: JoinProgress) => void) => Promise<JoinResult>;

type JoinScreenProps = {
  db: KehaDatabase;
  /** The vault is open with the team's data key: the app starts as after unlocking. */
  onJoined: (dataKey: CryptoKey) => void;
  /** Back to the first screen; none when finishing an interrupted join (there is no going back from it). */
  onCancel?: () => void;
  /** A join on this computer was interrupted (records fetched, no vault header yet): it is finished here. */
  resuming?: boolean;
  /** The join itself (a stand-in in tests). */
  joinTeam?: JoinTeam;
};

/** Which field a failure points at, to put the focus back there (the fields were disabled while joining). */
const failureField: Record<JoinFailure, 'address' | 'user' | 'passphrase'> = {
  unreachable: 'address',
  missing: 'address',
  empty: 'address',
  server: 'address',
  auth: 'user',
  passphrase: 'passphrase',
  notEmptyHere: 'address',
};

export function JoinScreen({ db, onJoined, onCancel, resuming = false, joinTeam = realJoinTeam }: JoinScreenProps) {
  const t = useText();
  const { t: translate } = useTranslation();
  const [fields, setFields] = useState<ServerFieldValues>(emptyServerFields);
  const [passphrase, setPassphrase] = useState('');
  const [fieldErrors, setFieldErrors] = useState<ServerFieldErrors>({});
  const [passphraseMissing, setPassphraseMissing] = useState(false);
  const [failure, setFailure] = useState<JoinFailure | null>(null);
  const [unexpected, setUnexpected] = useState<string | null>(null);
  const [progress, setProgress] = useState<JoinProgress | null>(null);
  const busy = progress !== null;
  const form = useRef<HTMLDivElement>(null);

  function focusField(name: 'address' | 'user' | 'passphrase') {
    requestAnimationFrame(() => {
      const fieldsHere = form.current;
      if (!fieldsHere) return;
      const target =
        name === 'passphrase'
          ? fieldsHere.querySelector<HTMLElement>('.passphrase-row input:not([type="checkbox"])')
          : fieldsHere.querySelector<HTMLElement>(`input[name="${name}"]`);
      target?.focus();
    });
  }

  async function submit() {
    if (busy) return;
    setFailure(null);
    setUnexpected(null);
    const checked = checkServerFields(fields);
    const noPassphrase = passphrase.length === 0;
    setFieldErrors(checked.ok ? {} : checked.errors);
    setPassphraseMissing(noPassphrase);
    if (!checked.ok || noPassphrase) {
      focusFirstInvalid(form.current);
      return;
    }
    setProgress({ phase: 'header' });
    let result: JoinResult;
    try {
      result = await joinTeam(db, { ...checked.config, passphrase }, setProgress);
    } catch (caught) {
      setUnexpected(storageErrorText(caught, translate));
      setProgress(null);
      focusField('address');
      return;
    }
    if (result.ok) {
      onJoined(result.dataKey);
      return;
    }
    setFailure(result.failure);
    if (result.failure === 'passphrase') setPassphrase('');
    setProgress(null);
    focusField(failureField[result.failure]);
  }

  return (
    <VaultForm
      db={db}
      title={t('sync.join.title')}
      intro={t('sync.join.intro')}
      errorId="join-error"
      error={failure ? t(`sync.failures.${failure}`) : unexpected}
      submitLabel={busy ? t('sync.join.joining') : t('sync.join.submit')}
      submitDisabled={busy}
      onSubmit={() => void submit()}
      after={
        onCancel && (
          <button type="button" className="button" onClick={onCancel} disabled={busy}>
            {t('sync.join.cancel')}
          </button>
        )
      }
    >
      {resuming && <p className="warning">{t('sync.join.resumeNote')}</p>}
      <div ref={form}>
        <ServerFields values={fields} onChange={setFields} errors={fieldErrors} disabled={busy} autoFocus />
        <PassphraseField
          label={t('sync.join.passphrase')}
          value={passphrase}
          onChange={setPassphrase}
          help={t('sync.join.passphraseHelp')}
          autoFocus={false}
          invalid={passphraseMissing || failure === 'passphrase'}
          errorId={passphraseMissing ? 'join-passphrase-error' : 'join-error'}
        />
        {passphraseMissing && (
          <p className="error" id="join-passphrase-error">
            {t('sync.required.passphrase')}
          </p>
        )}
      </div>
      <JoinProgressView progress={progress} />
    </VaultForm>
  );
}

const phaseWords: Record<JoinProgress['phase'], TextKey> = {
  header: 'sync.join.progressHeader',
  records: 'sync.join.progressRecordsStarted',
  opening: 'sync.join.progressOpening',
};

/** The join's progress: in words, and while records come, a bar and the count. */
function JoinProgressView({ progress }: { progress: JoinProgress | null }) {
  const t = useText();
  const language = useLanguage();
  const numbers = new Intl.NumberFormat(language === 'fi' ? 'fi-FI' : 'en-GB');
  return (
    <div className="join-progress">
      {/* Screen readers hear each phase once, not every record counted (the count is shown beside). */}
      <p role="status" className={progress === null || progress.phase === 'records' ? 'visually-hidden' : undefined}>
        {progress ? t(phaseWords[progress.phase]) : ''}
      </p>
      {progress?.phase === 'records' && (
        <>
          <p id="join-progress-count">{t('sync.join.progressRecords', { done: numbers.format(progress.done), total: numbers.format(progress.total) })}</p>
          <div
            className="join-progress-bar"
            role="progressbar"
            aria-label={t('sync.join.progressLabel')}
            aria-describedby="join-progress-count"
            aria-valuemin={0}
            aria-valuemax={progress.total}
            aria-valuenow={progress.done}
          >
            <span style={{ width: `${progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : 0}%` }} />
          </div>
        </>
      )}
    </div>
  );
}
