// One labelled text input (or text area) with optional help text, an error message tied to it
// for screen readers, and an optional status beside the label. Every text field in Kehä is one.
import type { ReactNode } from 'react';

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
    // Client data: keep it out of the browser's autofill and form-restore files.
    autoComplete: 'off',
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
        <textarea {...common} rows={8} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type={rest.type ?? 'text'} inputMode={rest.inputMode} onChange={(event) => onChange(event.target.value)} />
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
