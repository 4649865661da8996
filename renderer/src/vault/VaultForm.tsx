// The frame shared by the create-vault and unlock screens: brand, language choice, heading,
// introduction, the fields, an error announced to screen readers, and the submit button.
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { KehaDatabase } from '../db/database';
import { LanguageSelect } from '../components/LanguageSelect';

type VaultFormProps = {
  db: KehaDatabase;
  title: string;
  intro: string;
  errorId: string;
  error: string | null;
  submitLabel: string;
  submitDisabled: boolean;
  onSubmit: () => void;
  children: ReactNode;
  /** Shown below the submit button (another way in, such as restoring a backup). */
  after?: ReactNode;
};

export function VaultForm({ db, title, intro, errorId, error, submitLabel, submitDisabled, onSubmit, children, after }: VaultFormProps) {
  const { t } = useTranslation();
  return (
    <main className="centered-page" id="main">
      <form
        className="card vault-card"
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <div className="card-top">
          <p className="brand">{t('app.name')}</p>
          <LanguageSelect db={db} />
        </div>
        <h1>{title}</h1>
        <p>{intro}</p>
        {children}
        {error && (
          <p className="error" id={errorId} role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button primary" disabled={submitDisabled}>
          {submitLabel}
        </button>
        {after}
      </form>
    </main>
  );
}
