// One labelled text input (or text area) with optional help text, an error message tied to it
// for screen readers, and an optional status beside the label. Every text field in Kehä is one,
// or, where a screen lays out its own label, one of the bare TextInput / TextArea below.
// Client data: every one sets autocomplete="off", which keeps what is typed out of the browser's
// autofill and form-restore (session) files, where it would sit in the clear beside the encrypted
// vault. tests/unit/shared/freeTextFields.test.ts fails on any raw text <input> or <textarea> elsewhere.
import type { ComponentPropsWithRef, ReactNode } from 'react';

type TextInputProps = Omit<ComponentPropsWithRef<'input'>, 'autoComplete' | 'type'> & {
  /** Free-text kinds only (a password masked, e.g. a server password); checkboxes, radios, dates and files stay plain <input>. */
  type?: 'text' | 'search' | 'password';
};

/** A bare one-line free-text input (the caller gives its label): autocomplete is always off. */
export function TextInput({ type, ...props }: TextInputProps) {
  return <input {...props} type={type ?? 'text'} autoComplete="off" />;
}

/** A bare text area (the caller gives its label): autocomplete is always off. */
export function TextArea(props: Omit<ComponentPropsWithRef<'textarea'>, 'autoComplete'>) {
  return <textarea {...props} autoComplete="off" />;
}

type TextFieldProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  help: string | null;
  error: string | null;
  multiline?: boolean;
  className?: string;
  status?: ReactNode;
  placeholder?: string;
  autoFocus?: boolean;
  inputMode?: 'numeric' | 'text';
  /** A date field's value is yyyy-MM-dd, as the browser's date input gives it, whatever the UI language shows. */
  type?: 'text' | 'search' | 'date';
  onBlur?: () => void;
  /** Shown under the field, after its help and error (e.g. that another window changed it). */
  notice?: ReactNode;
};

export function TextField({ id, label, value, onChange, help, error, multiline, className, status, notice, ...rest }: TextFieldProps) {
  const describedBy = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    placeholder: rest.placeholder,
    autoFocus: rest.autoFocus,
    onBlur: rest.onBlur,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  } as const;
  return (
    <div className={`field ${className ?? ''}`}>
      <div className="field-label-row">
        <label htmlFor={id}>{label}</label>
        {status}
      </div>
      {multiline ? (
        <textarea {...common} autoComplete="off" rows={8} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} autoComplete="off" type={rest.type ?? 'text'} inputMode={rest.inputMode} onChange={(event) => onChange(event.target.value)} />
      )}
      {help && (
        <p className="help" id={`${id}-help`}>
          {help}
        </p>
      )}
      {error && (
        <p className="error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      {notice}
    </div>
  );
}
