// A labelled text field (one line or many) that saves itself: see useAutosave. Shows "Saving…" /
// "Saved" beside the label and any problem under the field, tied to it for screen readers.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from './TextField';
import { autosaveStatusText, useAutosave, type AutosaveOptions } from './useAutosave';

type AutosaveFieldProps<T> = AutosaveOptions<T> & {
  label: string;
  help: string | null;
  multiline: boolean;
  /** Extra class for layout, e.g. 'code-field'. */
  className: string;
  placeholder?: string;
  /** 'date' for a date field (one line). */
  type?: 'text' | 'date';
};

export function AutosaveField<T>({ label, help, multiline, className, placeholder, type, ...options }: AutosaveFieldProps<T>) {
  const { t } = useTranslation();
  const id = useId();
  const { draft, change, flush, status, messageText } = useAutosave(options);
  const invalid = status === 'invalid' || status === 'failed';
  const statusText = autosaveStatusText(t, status);
  return (
    <TextField
      id={id}
      label={label}
      value={draft}
      onChange={change}
      onBlur={() => void flush()}
      help={help}
      error={invalid ? messageText : null}
      multiline={multiline}
      className={className}
      placeholder={placeholder}
      type={type}
      status={
        <span className={`save-status save-status-${status}`} data-testid="save-status">
          {statusText}
        </span>
      }
    />
  );
}
