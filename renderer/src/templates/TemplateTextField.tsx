// One text of a team's template (a name, a purpose, a prompt) as an autosaving field: the draft is
// checked with the template schema at its own place before it is saved, so an empty or too long
// text stays in the field with its message and nothing is saved until it is fixed.
import { useTranslation } from 'react-i18next';
import type { MeetingTemplate } from '../../../shared/meeting/template';
import { issueAt } from '../../../shared/meeting/templateEditing';
import type { Validated, ValidationIssue } from '../../../shared/validation';
import { AutosaveField } from '../components/AutosaveField';
import { TemplateInvalidError } from '../db/commands/templateCommands';
import { useLanguage } from '../i18n/i18n';
import { useTemplateEditor } from './templateEditorContext';
import { fieldIssue } from './templateIssueText';

type TemplateTextFieldProps = {
  label: string;
  help?: string | null;
  /** The text's place in the template, e.g. "phases.2.name.fi" (problems there are this field's). */
  path: string;
  stored: string;
  /** The template with this field's text set to `text`. */
  edit: (template: MeetingTemplate, text: string) => MeetingTemplate;
  multiline?: boolean;
  className?: string;
};

export function TemplateTextField({ label, help = null, path, stored, edit, multiline = false, className = '' }: TemplateTextFieldProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { template, saver } = useTemplateEditor();

  function validate(draft: string): Validated<string> {
    const issue = issueAt(template, (current) => edit(current, draft), path);
    return issue ? { ok: false, issue: fieldIssue(issue, draft, template, t, language) } : { ok: true, value: draft };
  }

  return (
    <AutosaveField
      label={label}
      help={help}
      multiline={multiline}
      className={`template-field ${className}`}
      stored={stored}
      validate={validate}
      save={async (text) => {
        await saver.save((current) => edit(current, text));
      }}
      explainError={(error) => explainTemplateError(error, template, t, language)}
    />
  );
}

/** A refused save as the field's message (the first problem); null for a storage error (said as such). */
export function explainTemplateError(
  error: unknown,
  template: MeetingTemplate,
  t: Parameters<typeof fieldIssue>[3],
  language: Parameters<typeof fieldIssue>[4],
): ValidationIssue | null {
  if (!(error instanceof TemplateInvalidError) || !error.issues[0]) return null;
  return fieldIssue(error.issues[0], '', template, t, language);
}
