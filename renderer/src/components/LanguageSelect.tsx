// Switches the UI language between Finnish and English and remembers the choice.
import { useTranslation } from 'react-i18next';
import { languages, isLanguage } from '../../../shared/i18n/messages';
import type { KehaDatabase } from '../db/database';
import { useVaultCommands } from '../db/commands/vaultCommands';
import { changeLanguage, useLanguage } from '../i18n/i18n';

export function LanguageSelect({ db }: { db: KehaDatabase }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const commands = useVaultCommands(db);
  return (
    <label className="language-select">
      <span>{t('language.label')}</span>
      <select
        value={language}
        onChange={async (event) => {
          const next = event.target.value;
          if (!isLanguage(next)) return;
          await changeLanguage(next);
          await commands.saveLanguage.orThrow(next);
        }}
      >
        {languages.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`language.${code}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
