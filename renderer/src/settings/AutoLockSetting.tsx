// The team's idle time before Kehä locks itself (saved at once, in the clear: it is no family data).
import { useTranslation } from 'react-i18next';
import { autoLockChoices, useAutoLockMinutes, useSettingsCommands } from '../db/commands/settingsCommands';

export function AutoLockSetting() {
  const { t } = useTranslation();
  const commands = useSettingsCommands();
  const minutes = useAutoLockMinutes();
  if (minutes === undefined) return null;
  return (
    <div className="field">
      <label htmlFor="auto-lock-minutes">{t('team.autoLock')}</label>
      <select
        id="auto-lock-minutes"
        aria-describedby="auto-lock-help"
        value={minutes}
        onChange={(event) => {
          void commands.saveAutoLockMinutes(Number(event.target.value));
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
