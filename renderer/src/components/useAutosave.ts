// Autosave for a text field: the draft is saved about half a second after typing stops, at once
// when the field loses focus, and when the page is hidden or closed, one save at a time. An invalid draft is kept in
// the field with its message and never saved; a failed save keeps the draft and says why. When
// another window replaces text this window saved, and the new text no longer holds it, the field
// says so and keeps this window's text to put back (`overwritten`, `putBack`).
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Validated, ValidationIssue } from '../../../shared/validation';
import { storageErrorText } from '../db/storageErrors';
import { trackWrite } from '../vault/lockSignal';

export const autosaveDelayMs = 500;

export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'invalid' | 'failed';

/** What a field's save status says beside its label ("Saving…", "Saved", "Not saved", or nothing). */
export function autosaveStatusText(t: (key: string) => string, status: AutosaveStatus): string {
  if (status === 'saving' || status === 'pending') return t('autosave.saving');
  if (status === 'saved') return t('autosave.saved');
  return status === 'invalid' || status === 'failed' ? t('autosave.notSaved') : '';
}

export type AutosaveOptions<T> = {
  /** The value as stored now (it may change under us from another window). */
  stored: string;
  validate: (draft: string) => Validated<T>;
  save: (value: T) => Promise<void>;
  /** Maps a save error to a validation message (e.g. a taken code), or null for a storage error. */
  explainError: (error: unknown) => ValidationIssue | null;
};

export function useAutosave<T>({ stored, validate, save, explainError }: AutosaveOptions<T>) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(stored);
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const [message, setMessage] = useState<{ issue: ValidationIssue } | { text: string } | null>(null);
  const lastSaved = useRef(stored);
  // The text this window itself saved last, while the stored value is still that text.
  const mine = useRef<string | null>(null);
  const [overwritten, setOverwritten] = useState<string | null>(null);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ draft, validate, save, explainError });
  latest.current = { draft, validate, save, explainError };

  // Follow changes made elsewhere (another window) while the user is not editing this field.
  useEffect(() => {
    if (!dirty.current && stored !== lastSaved.current) {
      lastSaved.current = stored;
      setDraft(stored);
      // This window's own save, as stored (e.g. trimmed), is not a change from elsewhere.
      if (stored === mine.current) return;
      if (mine.current !== null && !stored.includes(mine.current)) setOverwritten(mine.current);
      mine.current = null;
    }
  }, [stored]);

  const saving = useRef<Promise<void>>(Promise.resolve());

  /** Saves the latest draft if it has changes. */
  const saveLatest = useCallback(async () => {
    const { draft: current, validate: check, save: write, explainError: explain } = latest.current;
    if (!dirty.current) return;
    const result = check(current);
    if (!result.ok) {
      setStatus('invalid');
      setMessage({ issue: result.issue });
      return;
    }
    setStatus('saving');
    try {
      await write(result.value);
      if (latest.current.draft === current) dirty.current = false;
      lastSaved.current = current;
      // As stored: a text field's value is the checked (e.g. trimmed) text.
      mine.current = typeof result.value === 'string' ? result.value : current;
      setStatus('saved');
      setMessage(null);
    } catch (error) {
      const issue = explain(error);
      setStatus(issue ? 'invalid' : 'failed');
      setMessage(issue ? { issue } : { text: storageErrorText(error, t) });
    }
  }, [t]);

  // One save at a time: a blur or page hide during a save waits for it and then saves whatever is
  // newest, so an older draft can never land after a newer one.
  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    // Tracked so that locking waits for it (the lock reloads the window).
    const next = trackWrite(saving.current.then(saveLatest));
    saving.current = next.catch(() => undefined);
    return next;
  }, [saveLatest]);

  const change = useCallback(
    (next: string) => {
      setDraft(next);
      dirty.current = true;
      setStatus('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), autosaveDelayMs);
    },
    [flush],
  );

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      void flush();
    };
  }, [flush]);

  /** Puts back this window's text that another window replaced, and saves it. */
  const putBack = useCallback(() => {
    if (overwritten === null) return;
    setOverwritten(null);
    change(overwritten);
    void flush();
  }, [overwritten, change, flush]);
  const keepOther = useCallback(() => setOverwritten(null), []);

  const messageText = message === null ? null : 'text' in message ? message.text : t(message.issue.key, message.issue.values);
  return { draft, change, flush, status, messageText, overwritten, putBack, keepOther };
}
