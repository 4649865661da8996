// The team's usual meeting length (docs/domain.md: The time slot): every plan is measured against it
// unless the plan sets its own slot. Saved as typed (autosave), in the clear: it is no family data.
import { validateSlotMinutes } from '../../../shared/meeting/timeSlot';
import { AutosaveField } from '../components/AutosaveField';
import { useSettingsCommands, useUsualSlotMinutes } from '../db/commands/settingsCommands';
import { useText } from '../i18n/keys';

export function UsualSlotSetting() {
  const t = useText();
  const commands = useSettingsCommands();
  const minutes = useUsualSlotMinutes();
  if (minutes === undefined) return null;
  return (
    <AutosaveField
      label={t('slot.usualLabel')}
      help={t('slot.usualHelp')}
      multiline={false}
      className="slot-minutes-field"
      stored={String(minutes)}
      validate={validateSlotMinutes}
      save={(value) => commands.saveUsualSlotMinutes.orThrow(value)}
      explainError={() => null}
    />
  );
}
