// A labelled date input that saves itself (useAutosave): a complete date is checked and saved about
// half a second after it is entered and at once on leaving the field; a refused one stays in the
// field with its message, tied to it for screen readers. The date as a text is yyyy-MM-dd, as the
// browser's date input gives it, whatever the UI language shows.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { autosaveStatusText, useAutosave, type AutosaveOptions } from './useAutosave';

type AutosaveDateFieldProps<T> = AutosaveOptions<T> & { label: string; help: string | null; className: string };

export function AutosaveDateField<T>({ label, help, className, ...options }: AutosaveDateFieldProps<T>) {
  const { t } = useTranslation();
  const id = useId();
  const { draft, change, flush, status, messageText } = useAutosave(options);
  const invalid = status === 'invalid' || status === 'failed';
  const statusText = autosaveStatusText(t, status);
  const describedBy = [help ? `${id}-help` : null, invalid && messageText ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${className}`}>
      <div className="field-label-row">
        <label htmlFor={id}>{label}</label>
        <span className={`save-status save-status-${status}`} data-testid="save-status">
          {statusText}
        </span>
      </div>
      <input
        id={id}
        type="date"
        value={draft}
        onChange={(event) => change(event.target.value)}
        onBlur={() => void flush()}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
      />
      {help && (
        <p className="help" id={`${id}-help`}>
          {help}
        </p>
      )}
      {invalid && messageText && (
        <p className="error" id={`${id}-error`} role="alert">
          {messageText}
        </p>
      )}
    </div>
  );
}
