// A labelled text field (one line or many) that saves itself: see useAutosave. Shows "Saving…" /
// "Saved" beside the label and any problem under the field, tied to it for screen readers; when
// another window replaced this window's text, says so under the field with that text to put back.
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
  const { draft, change, flush, status, messageText, overwritten, putBack, keepOther } = useAutosave(options);
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
      notice={
        overwritten !== null && (
          <div className="overwritten-notice" role="status" aria-labelledby={`${id}-overwritten`}>
            <p id={`${id}-overwritten`}>{t('autosave.changedElsewhere', { field: label })}</p>
            <blockquote className="overwritten-text" aria-label={t('autosave.thisWindowText')}>
              {overwritten}
            </blockquote>
            <div className="overwritten-actions">
              <button type="button" className="button" onClick={putBack}>
                {t('autosave.putBack')}
              </button>
              <button type="button" className="button" onClick={keepOther}>
                {t('autosave.keepOther')}
              </button>
            </div>
          </div>
        )
      }
    />
  );
}
