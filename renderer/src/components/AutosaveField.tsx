// A labelled text field (one line or many) that saves itself: see useAutosave. Shows "Saving…" /
// "Saved" beside the label and any problem under the field, tied to it for screen readers.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAutosave, type AutosaveOptions } from './useAutosave';

type AutosaveFieldProps<T> = AutosaveOptions<T> & {
  label: string;
  help: string | null;
  multiline: boolean;
  /** Extra class for layout, e.g. 'code-field'. */
  className: string;
  placeholder?: string;
};

export function AutosaveField<T>({ label, help, multiline, className, placeholder, ...options }: AutosaveFieldProps<T>) {
  const { t } = useTranslation();
  const id = useId();
  const { draft, change, flush, status, messageText } = useAutosave(options);
  const invalid = status === 'invalid' || status === 'failed';
  const describedBy = [help ? `${id}-help` : null, invalid ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value: draft,
    placeholder,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy,
    onBlur: () => void flush(),
  };
  return (
    <div className={`field ${className}`}>
      <div className="field-label-row">
        <label htmlFor={id}>{label}</label>
        <span className={`save-status save-status-${status}`} data-testid="save-status">
          {status === 'saving' || status === 'pending' ? t('autosave.saving') : status === 'saved' ? t('autosave.saved') : invalid ? t('autosave.notSaved') : ''}
        </span>
      </div>
      {multiline ? (
        <textarea {...common} autoComplete="off" rows={8} onChange={(event) => change(event.target.value)} />
      ) : (
        <input {...common} type="text" autoComplete="off" onChange={(event) => change(event.target.value)} />
      )}
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
