// "Data and security": how the team's vault is kept. Each part is its own section component in this
// folder, so the screen only orders them (docs/architecture.md: Security).
import { useTranslation } from 'react-i18next';
import { AutoLockSetting } from './AutoLockSetting';
import { BackupSection } from './BackupSection';
import { RestoreSection } from './RestoreSection';
import { RetentionSection } from './RetentionSection';
import { PassphraseSection } from './PassphraseSection';
import { TeamServerSection } from './TeamServerSection';

export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <div className="screen settings-screen">
      <h1 tabIndex={-1}>{t('settings.title')}</h1>
      <p className="help">{t('settings.intro')}</p>
      <section aria-labelledby="settings-lock-heading">
        <h2 id="settings-lock-heading">{t('settings.lockHeading')}</h2>
        <AutoLockSetting />
      </section>
      <TeamServerSection />
      <BackupSection />
      <RestoreSection />
      <RetentionSection />
      <PassphraseSection />
    </div>
  );
}
