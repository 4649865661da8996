// A passphrase input with a visible label, optional help text and a show/hide toggle.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

type PassphraseFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'new-password' | 'current-password';
  help: string | null;
  autoFocus: boolean;
  invalid: boolean;
  errorId: string | null;
};

export function PassphraseField({ label, value, onChange, autoComplete, help, autoFocus, invalid, errorId }: PassphraseFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [visible, setVisible] = useState(false);
  const describedBy = [help ? `${id}-help` : null, invalid ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="passphrase-row">
        <input
          id={id}
          type={visible ? 'text' : 'password'}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          autoComplete={autoComplete}
          autoFocus={autoFocus}
          spellCheck={false}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        />
        <label className="inline-check">
          <input type="checkbox" checked={visible} onChange={(event) => setVisible(event.target.checked)} />
          {t('vault.showPassphrase')}
        </label>
      </div>
      {help && (
        <p className="help" id={`${id}-help`}>
          {help}
        </p>
      )}
    </div>
  );
}
