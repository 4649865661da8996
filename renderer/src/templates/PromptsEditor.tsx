// A phase's prompts per role: each role's prompts with their Finnish and English texts (autosaved),
// a Remove button with undo, and a small form that adds a prompt for a chosen role once both texts
// are written (nothing half-written is ever saved).
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { templateAudiences, templateLimits, wholeTeam, type LocalizedText, type TemplatePhase } from '../../../shared/meeting/template';
import { addPrompt, insertPrompt, issueAt, removePrompt, setPrompt, updatePhase } from '../../../shared/meeting/templateEditing';
import { TextField } from '../components/TextField';
import { useDone } from '../db/commands/commands';
import { useLanguage } from '../i18n/i18n';
import { roleLabel } from '../meetings';
import { useTemplateEditor } from './templateEditorContext';
import { TemplateTextField } from './TemplateTextField';
import { fieldIssue } from './templateIssueText';

export function PromptsEditor({ phase, index }: { phase: TemplatePhase; index: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const { template, saver } = useTemplateEditor();
  const done = useDone();
  const audiences = templateAudiences(template);
  const withPrompts = audiences.filter((role) => (phase.prompts[role]?.length ?? 0) > 0);
  const nameOf = (role: string) => roleLabel(t, language, template, role);

  async function remove(role: string, at: number) {
    const prompt = phase.prompts[role]?.[at];
    if (!prompt) return;
    const removed = await saver.apply((current) => updatePhase(current, phase.id, (inner) => removePrompt(inner, role, at)));
    if (!removed) return;
    const name = nameOf(role);
    done(
      (t) => t('templates.editor.promptRemoved', { role: name }),
      {
        undo: () => void saver.apply((current) => updatePhase(current, phase.id, (inner) => insertPrompt(inner, role, at, prompt))),
      },
    );
  }

  return (
    <section className="template-prompts" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{t('templates.editor.prompts')}</h4>
      <p className="help">{t('templates.editor.promptsHelp')}</p>
      {withPrompts.length === 0 && <p className="empty">{t('templates.editor.noPrompts')}</p>}
      {withPrompts.map((role) => (
        <fieldset key={role} className="prompt-group">
          <legend>{nameOf(role)}</legend>
          <ol className="prompt-list">
            {phase.prompts[role]!.map((prompt, at) => (
              // Prompts have no ids: keyed by place, and each field follows its stored text when not being edited.
              <li key={at} className="prompt-item">
                <TemplateTextField
                  label={t('templates.editor.promptFi', { number: at + 1 })}
                  path={`phases.${index}.prompts.${role}.${at}.fi`}
                  stored={prompt.fi}
                  multiline
                  className="prompt-field"
                  edit={(current, text) => updatePhase(current, phase.id, (inner) => setPrompt(inner, role, at, 'fi', text))}
                />
                <TemplateTextField
                  label={t('templates.editor.promptEn', { number: at + 1 })}
                  path={`phases.${index}.prompts.${role}.${at}.en`}
                  stored={prompt.en}
                  multiline
                  className="prompt-field"
                  edit={(current, text) => updatePhase(current, phase.id, (inner) => setPrompt(inner, role, at, 'en', text))}
                />
                <button
                  type="button"
                  className="button"
                  aria-label={t('templates.editor.removePromptLabel', { number: at + 1, role: nameOf(role) })}
                  onClick={() => void remove(role, at)}
                >
                  {t('templates.editor.removePrompt')}
                </button>
              </li>
            ))}
          </ol>
        </fieldset>
      ))}
      <AddPrompt phase={phase} index={index} audiences={audiences} nameOf={nameOf} />
    </section>
  );
}

type AddPromptProps = { phase: TemplatePhase; index: number; audiences: string[]; nameOf: (role: string) => string };

/** Choose a role and write the prompt in both languages; added when both texts pass the schema. */
function AddPrompt({ phase, index, audiences, nameOf }: AddPromptProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const { template, saver, announce } = useTemplateEditor();
  const [role, setRole] = useState(phase.leadRole);
  const [text, setText] = useState<LocalizedText>({ fi: '', en: '' });
  const [errors, setErrors] = useState<{ fi: string | null; en: string | null; form: string | null }>({ fi: null, en: null, form: null });
  const chosen = audiences.includes(role) ? role : (audiences[0] ?? wholeTeam);
  const full = (phase.prompts[chosen]?.length ?? 0) >= templateLimits.promptsPerRole;

  function submit(event: FormEvent) {
    event.preventDefault();
    const edit = (current: typeof template) => updatePhase(current, phase.id, (inner) => addPrompt(inner, chosen, text));
    const at = phase.prompts[chosen]?.length ?? 0;
    const problem = (textLanguage: 'fi' | 'en') => {
      const issue = issueAt(template, edit, `phases.${index}.prompts.${chosen}.${at}.${textLanguage}`);
      if (!issue) return null;
      const shown = fieldIssue(issue, text[textLanguage], template, t, language);
      return t(shown.key, shown.values);
    };
    const next = { fi: problem('fi'), en: problem('en'), form: full ? t('templates.editor.tooManyPrompts', { max: templateLimits.promptsPerRole }) : null };
    setErrors(next);
    if (next.fi || next.en || next.form) {
      document.getElementById(next.fi ? `${id}-fi` : next.en ? `${id}-en` : `${id}-role`)?.focus();
      return;
    }
    void saver.apply(edit).then((saved) => {
      if (!saved) return;
      setText({ fi: '', en: '' });
      announce(t('templates.editor.promptAdded', { role: nameOf(chosen) }));
    });
  }

  return (
    <form className="add-prompt" aria-labelledby={`${id}-heading`} onSubmit={submit} noValidate>
      <h5 id={`${id}-heading`}>{t('templates.editor.addPrompt')}</h5>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('templates.editor.addPromptRole')}</label>
        <select id={`${id}-role`} value={chosen} onChange={(event) => setRole(event.target.value)}>
          {audiences.map((audience) => (
            <option key={audience} value={audience}>
              {nameOf(audience)}
            </option>
          ))}
        </select>
      </div>
      <TextField
        id={`${id}-fi`}
        label={t('templates.editor.newPromptFi')}
        value={text.fi}
        onChange={(value) => setText((current) => ({ ...current, fi: value }))}
        help={null}
        error={errors.fi}
        multiline
        className="prompt-field"
      />
      <TextField
        id={`${id}-en`}
        label={t('templates.editor.newPromptEn')}
        value={text.en}
        onChange={(value) => setText((current) => ({ ...current, en: value }))}
        help={null}
        error={errors.en}
        multiline
        className="prompt-field"
      />
      {errors.form && (
        <p className="error" role="alert">
          {errors.form}
        </p>
      )}
      <button type="submit" className="button">
        {t('templates.editor.addPromptButton')}
      </button>
    </form>
  );
}
