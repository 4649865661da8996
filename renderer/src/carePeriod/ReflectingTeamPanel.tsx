// Reflecting-team mode (the 'reflectingTeam' capture tool): with the family present, the
// team first reflects among itself while the family listens, then the family comments on what it
// heard. Each part has its short prompt and its own field, saved as it is typed, as a note of this
// step under its own key (shared/carePeriod/reflectingTeam.ts), so the record keeps the two apart.
import { useTranslation } from 'react-i18next';
import { reflectingTeamNoteKey, reflectingTeamParts } from '../../../shared/carePeriod/reflectingTeam';
import { validateNoteText } from '../../../shared/meeting/meeting';
import { AutosaveField } from '../components/AutosaveField';
import type { RunContext } from '../meetings';
import './carePeriod.css';
import { useMeetingCommands, type MeetingNote } from '../db/commands/meetingCommands';

/** The panel's element id: the "add a note" shortcut (Alt+N) finds its first field through it. */
export const reflectingTeamPanelId = 'run-reflecting-team';

const prompts = { teamReflection: 'teamPrompt', familyComments: 'familyPrompt' } as const;

export function ReflectingTeamPanel({ context, notes }: { context: RunContext; notes: ReadonlyMap<string, MeetingNote> }) {
  const { t } = useTranslation();
  const commands = useMeetingCommands();
  const step = context.step;
  if (!step) return null;
  const familyId = context.deepDive?.familyId ?? null;
  return (
    <section className="run-panel run-reflecting-team" id={reflectingTeamPanelId} aria-labelledby="run-reflecting-team-heading">
      <h2 id="run-reflecting-team-heading">{t('carePeriod.reflectingTeam.heading')}</h2>
      <p className="help">{t('carePeriod.reflectingTeam.intro')}</p>
      <ol className="reflecting-team-parts">
        {reflectingTeamParts.map((part) => {
          const stepKey = reflectingTeamNoteKey(step.key, part);
          return (
            <li key={stepKey} className={`reflecting-team-part reflecting-team-${part}`}>
              <AutosaveField
                label={t(`carePeriod.reflectingTeam.${part}`)}
                help={t(`carePeriod.reflectingTeam.${prompts[part]}`)}
                multiline
                className="reflecting-team-field"
                stored={notes.get(stepKey)?.text ?? ''}
                validate={validateNoteText}
                save={(text) => commands.saveMeetingNote.orThrow({ meetingId: context.meeting.id, stepKey, familyId }, text)}
                explainError={() => null}
              />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
