// The family's answer to a question taken to them: shown under the question (what they said, the
// day, who asked), recorded or edited in place (Enter in the date or name saves, Escape cancels)
// and cleared with Undo. Used where the team meets its questions: the family page and the
// meeting's questions for the family. Recording an answer marks the question done
// (actionRepository.ts: setFamilyAnswer). docs/domain.md: Continuity.
import { useThisComputer } from '../db/thisComputer';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { format } from 'date-fns';
import { checkAnswerDraft, type AnswerDraft } from '../../../shared/meeting/continuity';
import type { Action } from '../../../shared/meeting/meeting';
import { useMeetingCommands } from '../db/commands/meetingCommands';
import { useMembers } from '../db/hooks';
import { formatDate, useIssueText, useLanguage } from '../i18n/i18n';
import { useText } from '../i18n/keys';
import { TextField } from './TextField';
import './FamilyAnswer.css';

type FamilyAnswerProps = {
  question: Pick<Action, 'id' | 'text' | 'answer' | 'familyId'>;
  /** Who is offered first as the one who asked (the family's responsible worker); '' for nobody. */
  defaultAskerId?: string | null;
  /**
   * Whether the member using this computer is offered first instead (default: yes). No on the chair's
   * computer in a meeting, where the chair records for the others.
   */
  thisComputerAsks?: boolean;
};

export function FamilyAnswer({ question, defaultAskerId, thisComputerAsks = true }: FamilyAnswerProps) {
  const t = useText();
  const language = useLanguage();
  const commands = useMeetingCommands();
  const issueText = useIssueText();
  const members = useMembers();
  const [draft, setDraft] = useState<AnswerDraft | null>(null);
  const [errors, setErrors] = useState<{ text: string | null; date: string | null }>({ text: null, date: null });
  const [busy, setBusy] = useState(false);
  const buttons = useRef<HTMLDivElement>(null);
  const wasEditing = useRef(false);
  const answer = question.answer;
  const idBase = `family-answer-${question.id}`;

  // Into the answer's text when the form opens; back to the question's first button when it closes.
  useEffect(() => {
    if (draft && !wasEditing.current) {
      const field = document.getElementById(`${idBase}-text`);
      field?.focus();
      // An answer to edit: the caret at its end, ready to add to it.
      if (field instanceof HTMLTextAreaElement) field.setSelectionRange(field.value.length, field.value.length);
    }
    if (!draft && wasEditing.current) buttons.current?.querySelector('button')?.focus();
    wasEditing.current = draft !== null;
  }, [draft, idBase]);

  const askers = (members ?? []).filter((member) => member.status === 'active' || member.id === answer?.askedById);
  // Who asked, by default: the member using this computer (docs/domain.md: The team on several computers), else the given default.
  const { memberId } = useThisComputer();
  const askerHere = thisComputerAsks && memberId && askers.some((member) => member.id === memberId && member.status === 'active') ? memberId : (defaultAskerId ?? null);

  function open() {
    setErrors({ text: null, date: null });
    setDraft(
      answer
        ? { text: answer.text, date: answer.date, askedById: answer.askedById ?? '' }
        : { text: '', date: format(commands.context.now(), 'yyyy-MM-dd'), askedById: askerHere ?? '' },
    );
  }

  async function save(event?: FormEvent) {
    event?.preventDefault();
    if (!draft || busy) return;
    const checked = checkAnswerDraft(draft, commands.context.now());
    if (!checked.ok) {
      setErrors({ text: issueText(checked.issues.text ?? null) || null, date: issueText(checked.issues.date ?? null) || null });
      document.getElementById(checked.issues.text ? `${idBase}-text` : `${idBase}-date`)?.focus();
      return;
    }
    const { text, date, askedById } = checked.value;
    const askedByName = askedById ? (members?.find((member) => member.id === askedById)?.name ?? '') : '';
    setBusy(true);
    try {
      const changed = await commands.setFamilyAnswer(question.id, { text, date, askedById, askedByName });
      if (!changed) return;
      setDraft(null);
      commands.done((t) => t('continuity.answer.saved'), { undo: () => commands.setFamilyAnswer.undo(changed), familyId: question.familyId });
    } finally {
      setBusy(false);
    }
  }

  async function clear() {
    const changed = await commands.setFamilyAnswer(question.id, null);
    if (!changed) return;
    // The "Record answer" button takes the place of the cleared answer's buttons.
    requestAnimationFrame(() => buttons.current?.querySelector('button')?.focus());
    commands.done((t) => t('continuity.answer.cleared'), { undo: () => commands.setFamilyAnswer.undo(changed), familyId: question.familyId });
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setDraft(null);
    }
  }

  if (draft) {
    return (
      <form className="family-answer family-answer-form" aria-label={t('continuity.answer.formLabel', { text: question.text })} onSubmit={(event) => void save(event)} onKeyDown={onKeyDown} noValidate>
        <TextField
          id={`${idBase}-text`}
          label={t('continuity.answer.text')}
          value={draft.text}
          onChange={(text) => {
            setDraft({ ...draft, text });
            setErrors({ ...errors, text: null });
          }}
          help={null}
          error={errors.text}
          multiline
          className="family-answer-text"
        />
        <div className="family-answer-row">
          <TextField
            id={`${idBase}-date`}
            label={t('continuity.answer.date')}
            type="date"
            value={draft.date}
            onChange={(date) => {
              setDraft({ ...draft, date });
              setErrors({ ...errors, date: null });
            }}
            help={null}
            error={errors.date}
          />
          <div className="field">
            <label htmlFor={`${idBase}-asker`}>{t('continuity.answer.askedBy')}</label>
            <select id={`${idBase}-asker`} value={draft.askedById} onChange={(event) => setDraft({ ...draft, askedById: event.target.value })}>
              <option value="">{t('continuity.answer.nobody')}</option>
              {askers.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="family-answer-buttons">
          <button type="submit" className="button primary" disabled={busy}>
            {t('continuity.answer.save')}
          </button>
          <button type="button" className="button" onClick={() => setDraft(null)}>
            {t('continuity.answer.cancel')}
          </button>
        </div>
      </form>
    );
  }

  return (
    <div className="family-answer">
      {answer ? (
        <p className="family-answer-shown">
          <strong>{t('continuity.answer.label')}:</strong> <span className="record-text">{answer.text}</span>{' '}
          <span className="family-answer-meta">
            (
            {answer.askedByName
              ? t('continuity.answer.meta', { date: formatDate(answer.date, language, 'short'), name: answer.askedByName })
              : t('continuity.answer.metaNoAsker', { date: formatDate(answer.date, language, 'short') })}
            )
          </span>
        </p>
      ) : (
        <p className="family-answer-none">{t('continuity.answer.none')}</p>
      )}
      <div className="family-answer-buttons" ref={buttons}>
        <button type="button" className="button" aria-label={t(answer ? 'continuity.answer.editLabel' : 'continuity.answer.recordLabel', { text: question.text })} onClick={open}>
          {t(answer ? 'continuity.answer.edit' : 'continuity.answer.record')}
        </button>
        {answer && (
          <button type="button" className="button quiet" aria-label={t('continuity.answer.clearLabel', { text: question.text })} onClick={() => void clear()}>
            {t('continuity.answer.clear')}
          </button>
        )}
      </div>
    </div>
  );
}
