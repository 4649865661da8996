// The notes of the current step (a phase, or a phase for one deep-dive family), saved as they are
// typed. Keyed by the step so moving on starts the next step's notes; another window's typing
// shows up here while this field is not being edited.
import { useTranslation } from 'react-i18next';
import { validateNoteText } from '../../../../shared/meeting/meeting';
import { AutosaveField } from '../../components/AutosaveField';
import { useLanguage } from '../../i18n/i18n';
import type { RunContext } from './runContext';
import { localized } from '../../../../shared/meeting/template';
import { useMeetingCommands, type MeetingNote } from '../../db/commands/meetingCommands';

export const notesFieldContainerId = 'run-notes';

export function StepNotes({ context, notes }: { context: RunContext; notes: ReadonlyMap<string, MeetingNote> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const commands = useMeetingCommands();
  const step = context.step;
  if (!step) return null;
  const target = { meetingId: context.meeting.id, stepKey: step.key, familyId: context.deepDive?.familyId ?? null };
  return (
    <section className="run-panel run-notes" id={notesFieldContainerId} aria-label={t('run.notes.label', { phase: localized(step.phase.name, language) })}>
      <AutosaveField
        key={step.key}
        label={t('run.notes.label', { phase: localized(step.phase.name, language) })}
        help={t('run.notes.help')}
        multiline
        className="run-notes-field"
        stored={notes.get(step.key)?.text ?? ''}
        validate={validateNoteText}
        save={(text) => commands.saveMeetingNote.orThrow(target, text)}
        explainError={() => null}
      />
    </section>
  );
}
