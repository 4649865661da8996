// The team server's address, this member's server user and password: the fields the join screen and
// the Team server section of Data and security share, each with its own error under it.
import { useId } from 'react';
import { checkServerAddress } from '../../../shared/sync/serverAddress';
import type { ServerConfig } from '../db/syncTypes';
import { TextInput } from '../components/TextField';
import { useText, type TextKey } from '../i18n/keys';

export type ServerFieldValues = { address: string; user: string; password: string };
export type ServerFieldErrors = Partial<Record<keyof ServerFieldValues, TextKey>>;

export const emptyServerFields: ServerFieldValues = { address: '', user: '', password: '' };

/** Checks the fields: the server config, or the error of each field that is wrong. */
export function checkServerFields(values: ServerFieldValues): { ok: true; config: ServerConfig } | { ok: false; errors: ServerFieldErrors } {
  const errors: ServerFieldErrors = {};
  const address = checkServerAddress(values.address);
  if (!address.ok) errors.address = `sync.address.${address.issue}`;
  const user = values.user.trim();
  if (user.length === 0) errors.user = 'sync.required.user';
  if (values.password.length === 0) errors.password = 'sync.required.password';
  if (!address.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, config: { url: address.url, user, password: values.password } };
}

type ServerFieldsProps = {
  values: ServerFieldValues;
  onChange: (values: ServerFieldValues) => void;
  errors: ServerFieldErrors;
  disabled: boolean;
  autoFocus?: boolean;
};

export function ServerFields({ values, onChange, errors, disabled, autoFocus = false }: ServerFieldsProps) {
  const t = useText();
  const id = useId();
  const field = (name: keyof ServerFieldValues) => {
    const error = errors[name];
    return {
      id: `${id}-${name}`,
      name,
      value: values[name],
      onChange: (event: { target: { value: string } }) => onChange({ ...values, [name]: event.target.value }),
      disabled,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': [name === 'address' ? `${id}-address-help` : null, error ? `${id}-${name}-error` : null].filter(Boolean).join(' ') || undefined,
    };
  };
  const errorOf = (name: keyof ServerFieldValues) => {
    const error = errors[name];
    return error ? (
      <p className="error" id={`${id}-${name}-error`}>
        {t(error)}
      </p>
    ) : null;
  };
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-address`}>{t('sync.fields.address')}</label>
        <TextInput inputMode="url" spellCheck={false} autoFocus={autoFocus} {...field('address')} />
        <p className="help" id={`${id}-address-help`}>
          {t('sync.fields.addressHelp')}
        </p>
        {errorOf('address')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-user`}>{t('sync.fields.user')}</label>
        <TextInput autoCapitalize="off" spellCheck={false} {...field('user')} />
        {errorOf('user')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('sync.fields.password')}</label>
        <TextInput type="password" {...field('password')} />
        {errorOf('password')}
      </div>
    </>
  );
}

/** Moves focus to the first field with an error (after the errors have rendered). */
export function focusFirstInvalid(container: HTMLElement | null): void {
  requestAnimationFrame(() => container?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
