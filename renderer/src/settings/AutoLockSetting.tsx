// The team's idle time before Kehä locks itself (saved at once, in the clear: it is no family data).
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useSession } from '../db/sessionContext';
import { storageErrorText } from '../db/storageErrors';
import { useNotify } from '../components/Notifications';
import { autoLockChoices, readAutoLockMinutes, saveAutoLockMinutes } from '../db/repositories/settingsRepository';

export function AutoLockSetting() {
  const { t } = useTranslation();
  const { db } = useSession();
  const notify = useNotify();
  const minutes = useLiveQuery(() => readAutoLockMinutes(db), [db]);
  if (minutes === undefined) return null;
  return (
    <div className="field">
      <label htmlFor="auto-lock-minutes">{t('team.autoLock')}</label>
      <select
        id="auto-lock-minutes"
        aria-describedby="auto-lock-help"
        value={minutes}
        onChange={(event) => {
          saveAutoLockMinutes(db, Number(event.target.value)).catch((error: unknown) => notify({ message: (tr) => storageErrorText(error, tr) }));
        }}
      >
        {autoLockChoices.map((choice) => (
          <option key={choice} value={choice}>
            {t('team.autoLockMinutes', { count: choice })}
          </option>
        ))}
      </select>
      <p className="help" id="auto-lock-help">
        {t('team.autoLockHelp')}
      </p>
    </div>
  );
}
