// One family's line of the quick round: its code, its responsible worker, its last safety median
// and direction, its open tasks, what changed (typed straight into the line, autosaved like the
// notes), the urgent-worry flag and the decision. The line is one record saved whole: the text,
// the flag and the decision go through one queue, each save writing the line as it is then, so the
// last save always holds everything (docs/domain.md: The quick round).
import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import {
  emptyQuickRoundLine,
  quickRoundCommandForKey,
  quickRoundDecisions,
  quickRoundKeys,
  validateChangedText,
  type QuickRoundDecision,
  type QuickRoundLine as StoredLine,
  type QuickRoundLinePayload,
  type SafetyTrend,
  type TasksDue,
} from '../../../../shared/meeting/quickRound';
import { PseudonymCode } from '../../components/PseudonymCode';
import { TextInput } from '../../components/TextField';
import { autosaveStatusText, useAutosave } from '../../components/useAutosave';
import { useSerialSaves } from '../../components/useSerialSaves';
import { useLanguage } from '../../i18n/i18n';
import { useText, type TextKey, type Translate } from '../../i18n/keys';
import type { Language } from '../../../../shared/i18n/messages';

export type QuickRoundLineProps = {
  familyId: string;
  /** The family's pseudonym code, or null when the family was deleted. */
  code: string | null;
  label: string;
  workerName: string | null;
  safety: SafetyTrend | null | undefined;
  tasks: TasksDue | undefined;
  stored: StoredLine | undefined;
  /** Whether the family is already one of the meeting's deep dives. */
  deepDive: boolean;
  save: (familyId: string, line: QuickRoundLinePayload) => Promise<void>;
  /** Report a failed save of the flag or the decision (the text keeps its own message). */
  report: (error: unknown) => void;
  /** Moves the focus to the line `delta` lines away in the list as shown. */
  move: (familyId: string, delta: number) => void;
};

export const changedFieldId = (familyId: string) => `quick-changed-${familyId}`;

function payloadOf(stored: StoredLine | undefined): QuickRoundLinePayload {
  return stored ? { changed: stored.changed, urgent: stored.urgent, decision: stored.decision } : emptyQuickRoundLine;
}

function safetyText(t: Translate, safety: SafetyTrend | null | undefined, language: Language): string {
  if (safety === undefined) return '';
  if (safety === null) return t('quickRound.panel.safetyNone');
  // A median of an even count may be x.5: "5,5" in Finnish.
  const median = safety.median.toLocaleString(language === 'fi' ? 'fi-FI' : 'en-GB');
  if (safety.direction === 'up') return t('quickRound.panel.safetyUp', { median });
  if (safety.direction === 'down') return t('quickRound.panel.safetyDown', { median });
  if (safety.direction === 'same') return t('quickRound.panel.safetySame', { median });
  return t('quickRound.panel.safetyFirst', { median });
}

function tasksText(t: Translate, tasks: TasksDue | undefined): string {
  if (!tasks) return '';
  if (tasks.open === 0) return t('quickRound.panel.tasksNone');
  const open = t('quickRound.panel.tasksOpen', { count: tasks.open });
  return tasks.overdue > 0 ? `${open}, ${t('quickRound.panel.tasksOverdue', { count: tasks.overdue })}` : open;
}

/**
 * Lines re-render only when what they show changed: the round's query makes new objects for every
 * line when one is saved, so a stored line is compared by its `updatedAt`, not by identity.
 */
function sameLineProps(before: QuickRoundLineProps, after: QuickRoundLineProps): boolean {
  for (const key of Object.keys(after) as (keyof QuickRoundLineProps)[]) {
    if (key === 'stored') {
      if (before.stored?.updatedAt !== after.stored?.updatedAt) return false;
    } else if (before[key] !== after[key]) return false;
  }
  return true;
}

export const QuickRoundLine = memo(function QuickRoundLine(props: QuickRoundLineProps) {
  const { familyId, code, label, workerName, safety, tasks, stored, deepDive, save, report, move } = props;
  const t = useText();
  const language = useLanguage();
  const serial = useSerialSaves();
  // The line as it should be stored: each save writes it as it is when the save runs.
  const line = useRef<QuickRoundLinePayload>(payloadOf(stored));
  const [urgent, setUrgent] = useState(line.current.urgent);
  const [decision, setDecision] = useState<QuickRoundDecision | null>(line.current.decision);
  const pending = useRef(0);

  // Follow another window's change of the flag or decision while none of ours is on its way.
  useEffect(() => {
    if (pending.current > 0) return;
    const next = payloadOf(stored);
    line.current = { ...line.current, urgent: next.urgent, decision: next.decision };
    setUrgent(next.urgent);
    setDecision(next.decision);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a stored line changes exactly when its updatedAt does
  }, [stored?.updatedAt]);

  const write = (change: Partial<QuickRoundLinePayload>) => {
    line.current = { ...line.current, ...change };
    pending.current++;
    return serial(() => save(familyId, line.current)).finally(() => pending.current--);
  };

  const autosave = useAutosave({
    stored: stored?.changed ?? '',
    validate: validateChangedText,
    save: (text: string) => write({ changed: text }),
    explainError: () => null,
  });

  const setFlag = (next: boolean) => {
    setUrgent(next);
    write({ urgent: next }).catch(report);
  };
  const decide = (next: QuickRoundDecision | null) => {
    setDecision(next);
    write({ decision: next }).catch(report);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const command = quickRoundCommandForKey(event);
    if (!command) return;
    const inRadio = event.target instanceof HTMLInputElement && event.target.type === 'radio';
    if ((command.kind === 'nextLine' || command.kind === 'previousLine') && inRadio) return; // the radios' own arrows
    event.preventDefault();
    if (command.kind === 'nextLine') move(familyId, 1);
    else if (command.kind === 'previousLine') move(familyId, -1);
    else if (command.kind === 'toggleUrgent') setFlag(!urgent);
    else decide(command.decision);
  };

  const shownCode = code ?? t('run.family.deleted');
  const status = autosave.status;
  const problem = status === 'invalid' || status === 'failed' ? autosave.messageText : null;
  const fieldId = changedFieldId(familyId);
  return (
    <div role="row" className={`quick-row quick-line${urgent ? ' quick-line-urgent' : ''}`} onKeyDown={onKeyDown} data-family={code ?? ''}>
      <div role="rowheader" className="quick-code">
        {code ? <PseudonymCode code={code} /> : shownCode}
        {label && <span className="quick-label">{label}</span>}
        {deepDive && <span className="quick-deep-dive">{t('quickRound.agenda.alreadyDeepDive')}</span>}
      </div>
      <div role="cell" className="quick-worker">
        {workerName ?? <span className="muted">{t('quickRound.panel.workerNotNamed')}</span>}
      </div>
      <div role="cell" className="quick-safety">
        {safetyText(t, safety, language)}
      </div>
      <div role="cell" className={`quick-tasks${tasks && tasks.overdue > 0 ? ' quick-overdue' : ''}`}>
        {tasksText(t, tasks)}
      </div>
      <div role="cell" className="quick-changed">
        <TextInput
          id={fieldId}
          value={autosave.draft}
          onChange={(event) => autosave.change(event.target.value)}
          onBlur={() => void autosave.flush()}
          aria-label={t('quickRound.panel.changedFor', { code: shownCode })}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${fieldId}-problem` : undefined}
          aria-keyshortcuts="Alt+K Alt+1 Alt+2 Alt+3 Alt+0"
        />
        <span className={`save-status save-status-${status}`}>{problem ? null : autosaveStatusText((key) => t(key as TextKey), status)}</span>
        {problem && (
          <span className="field-error" id={`${fieldId}-problem`}>
            {problem}
          </span>
        )}
      </div>
      <div role="cell" className="quick-urgent">
        <label className="inline-check">
          <input
            type="checkbox"
            checked={urgent}
            onChange={(event) => setFlag(event.target.checked)}
            aria-label={t('quickRound.panel.urgentFor', { code: shownCode })}
            aria-keyshortcuts={quickRoundKeys.toggleUrgent.label.replace(/ /g, '')}
          />
        </label>
      </div>
      <div role="cell" className="quick-decision">
        <div role="radiogroup" aria-label={t('quickRound.panel.decisionFor', { code: shownCode })} className="quick-decisions">
          {quickRoundDecisions.map((option) => (
            <label key={option} className={`quick-decision-option quick-decision-${option}`}>
              <input type="radio" name={`quick-decision-${familyId}`} value={option} checked={decision === option} onChange={() => decide(option)} />
              {t(`quickRound.decision.${option}`)}
            </label>
          ))}
        </div>
      </div>
    </div>
  );
}, sameLineProps);
