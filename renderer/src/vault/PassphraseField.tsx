// A passphrase input with a visible label, optional help text and a show/hide toggle. The team
// passphrase must never be kept by a browser or a password manager (one computer, many workers;
// a saved passphrase opens the vault to anyone at it): autocomplete is off, and the ignore marks the
// common password managers read are set. See passphraseInputAttributes.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** With autoComplete off and no spellcheck: what keeps a passphrase out of password managers' stores. */
export const passphraseInputAttributes = {
  autoCapitalize: 'off',
  autoCorrect: 'off',
  // Bitwarden, 1Password, LastPass and Dashlane skip fields marked so.
  'data-bwignore': 'true',
  'data-1p-ignore': 'true',
  'data-lpignore': 'true',
  'data-form-type': 'other',
} as const;

type PassphraseFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  help: string | null;
  autoFocus: boolean;
  invalid: boolean;
  errorId: string | null;
};

export function PassphraseField({ label, value, onChange, help, autoFocus, invalid, errorId }: PassphraseFieldProps) {
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
          autoComplete="off"
          spellCheck={false}
          {...passphraseInputAttributes}
          autoFocus={autoFocus}
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
