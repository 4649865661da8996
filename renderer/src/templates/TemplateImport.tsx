// "Import template…": the user picks a template file (.json); it is read as untrusted input
// (templateFile.ts: size first, then JSON, then every template rule) and, if anything is wrong,
// one alert lists every problem with its place in the file in words, and nothing is saved. A good
// file is imported (under a new id if its id is taken by a different template), or the user is
// told that the same template is already here.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { templateFileLimits, readTemplateFile } from '../../../shared/meeting/templateFile';
import type { ValidationIssue } from '../../../shared/validation';
import { navigate } from '../app/router';
import { storageErrorText } from '../db/storageErrors';
import { useNotify } from '../components/Notifications';
import { useLanguage } from '../i18n/i18n';
import { templateIssueText } from './templateIssueText';
import { localized } from '../../../shared/meeting/template';
import { useTemplateCommands } from '../db/commands/templateCommands';

/** A refused file: its name, every problem, and its content if it was JSON (to name phases and roles). */
type Refusal = { file: string; issues: readonly ValidationIssue[]; content: unknown } | { file: string; failure: string };

export function TemplateImport() {
  const { t } = useTranslation();
  const language = useLanguage();
  const commands = useTemplateCommands();
  const notify = useNotify();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);

  async function read(file: File) {
    setBusy(true);
    setRefusal(null);
    try {
      // A file far too large is refused on its size alone, without reading it.
      const text = file.size > templateFileLimits.maxBytes ? '' : await file.text();
      const result = readTemplateFile(text, file.size);
      if (!result.ok) {
        setRefusal({ file: file.name, issues: result.issues, content: result.content ?? null });
        return;
      }
      const imported = await commands.importTemplate.orThrow(result.value);
      const name = localized(imported.template.name, language);
      const open = { label: (t: (key: string) => string) => t('templates.import.open'), run: () => navigate({ name: 'template', id: imported.id }) };
      if (imported.status === 'imported') {
        void commands.noteActivity.orThrow('templateImported');
        const renamed = imported.id !== result.value.id;
        notify({ message: (t) => t(renamed ? 'templates.import.importedNewId' : 'templates.import.imported', { name }), action: open });
      } else {
        notify({ message: (t) => t(imported.status === 'builtIn' ? 'templates.import.builtIn' : 'templates.import.alreadyHere', { name }), action: open });
      }
    } catch (error) {
      setRefusal({ file: file.name, failure: error instanceof DOMException || error instanceof TypeError ? t('templates.import.readFailed', { reason: error.message }) : storageErrorText(error, t) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="template-import">
      <div className="template-import-controls">
        <button type="button" className="button primary" aria-describedby={`${id}-help`} disabled={busy} onClick={() => input.current?.click()}>
          {t('templates.import.button')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Emptied, so picking the same file again (after fixing it) is read again.
            event.target.value = '';
            if (file) void read(file);
          }}
        />
        <p className="help" id={`${id}-help`}>
          {busy ? t('templates.import.reading') : t('templates.import.help')}
        </p>
      </div>
      <div role="alert" className={refusal ? 'import-problems' : undefined}>
        {refusal && (
          <>
            <p className="import-problems-title">{t('templates.import.failedTitle', { file: refusal.file })}</p>
            {'failure' in refusal ? (
              <p>{refusal.failure}</p>
            ) : (
              <>
                <p>{t('templates.import.failedHint')}</p>
                <ul>
                  {refusal.issues.map((issue, index) => (
                    <li key={index}>{templateIssueText(issue, refusal.content, t, language)}</li>
                  ))}
                </ul>
              </>
            )}
            <button type="button" className="button" onClick={() => setRefusal(null)}>
              {t('templates.import.dismiss')}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
