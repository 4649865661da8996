// A form for a whole hypothesis card: the wording (with tentative starters), proposers, the people
// and pattern it concerns, evidence for and against, test questions (one per line) and lens tags.
// Used for new hypotheses and edits, in and outside a meeting. It checks every field, focuses the
// first bad one, and keeps everything typed when saving fails.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  lensTags,
  validateHypothesisDetail,
  validateHypothesisWording,
  validateTestQuestions,
  type HypothesisCard,
  type LensTag,
  type Proposer,
} from '../../../shared/hypothesis/hypothesis';
import type { ValidationIssue } from '../../../shared/validation';
import { storageErrorText } from '../db/storageErrors';
import { TextField } from '../components/TextField';
import { useIssueText, useLanguage } from '../i18n/i18n';
import { phaseRoleText, proposerText } from '../../../shared/hypothesis/proposerText';
import type { Language } from '../../../shared/i18n/messages';
import './hypotheses.css';

export type HypothesisEditorProps = {
  /** Unique per use, for element ids. */
  idPrefix: string;
  /** null = a new hypothesis (empty wording). */
  initial: HypothesisCard | null;
  /** People to choose proposers from (in a meeting: its participants with their role). */
  proposerOptions: readonly Proposer[];
  submitLabel: string;
  /** Throws on storage failure: the editor keeps the text and shows the error. */
  onSave: (card: HypothesisCard) => Promise<void>;
  onCancel?: () => void;
  /**
   * A new hypothesis starts with this person chosen as its proposer, when they are among the options:
   * the member using this computer (docs/domain.md: The team on several computers).
   */
  defaultProposerName?: string | null;
};

const starterKeys = ['one', 'two', 'three'] as const;
type TextFieldName = 'wording' | 'concerns' | 'evidenceFor' | 'evidenceAgainst' | 'testQuestions';
/** The order fields are checked in, which is also the order on screen. */
const fieldOrder: readonly TextFieldName[] = ['wording', 'concerns', 'evidenceFor', 'evidenceAgainst', 'testQuestions'];

export function HypothesisEditor({ idPrefix, initial, proposerOptions, submitLabel, onSave, onCancel, defaultProposerName }: HypothesisEditorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const issueText = useIssueText();
  const [texts, setTexts] = useState<Record<TextFieldName, string>>(() => initialTexts(initial));
  const [proposers, setProposers] = useState<Set<string>>(() => {
    if (initial) return new Set(initial.proposers.map(proposerKey));
    const byDefault = defaultProposerName ? proposerOptions.find((option) => option.name === defaultProposerName) : undefined;
    return new Set(byDefault ? [proposerKey(byDefault)] : []);
  });
  const [lenses, setLenses] = useState<Set<LensTag>>(() => new Set(initial?.lensTags ?? []));
  const [issues, setIssues] = useState<Partial<Record<TextFieldName, ValidationIssue>>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldId = (name: string) => `${idPrefix}-${name}`;

  // Proposers already on the card stay choosable even if they are not among today's options, and
  // keep the role name they were recorded with (another template may name the same role otherwise).
  const choices = uniqueProposers([...proposerOptions, ...(initial?.proposers ?? [])], initial?.proposers ?? []);

  function setText(name: TextFieldName, value: string) {
    setTexts((current) => ({ ...current, [name]: value }));
    if (issues[name]) setIssues((current) => ({ ...current, [name]: undefined }));
  }

  function insertStarter(starter: string) {
    const base = starter.replace(/…$/, '').trimEnd();
    setText('wording', texts.wording.trim() === '' ? `${base} ` : `${texts.wording.trimEnd()} ${base} `);
    document.getElementById(fieldId('wording'))?.focus();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const wording = validateHypothesisWording(texts.wording);
    const concerns = validateHypothesisDetail(texts.concerns);
    const evidenceFor = validateHypothesisDetail(texts.evidenceFor);
    const evidenceAgainst = validateHypothesisDetail(texts.evidenceAgainst);
    const testQuestions = validateTestQuestions(texts.testQuestions);
    const found: Partial<Record<TextFieldName, ValidationIssue>> = {};
    if (!wording.ok) found.wording = wording.issue;
    if (!concerns.ok) found.concerns = concerns.issue;
    if (!evidenceFor.ok) found.evidenceFor = evidenceFor.issue;
    if (!evidenceAgainst.ok) found.evidenceAgainst = evidenceAgainst.issue;
    if (!testQuestions.ok) found.testQuestions = testQuestions.issue;
    setIssues(found);
    setSaveError(null);
    if (!wording.ok || !concerns.ok || !evidenceFor.ok || !evidenceAgainst.ok || !testQuestions.ok) {
      const first = fieldOrder.find((name) => found[name]);
      if (first) document.getElementById(fieldId(first))?.focus();
      return;
    }
    const card: HypothesisCard = {
      wording: wording.value,
      proposers: choices.filter((choice) => proposers.has(proposerKey(choice))),
      concerns: concerns.value,
      evidenceFor: evidenceFor.value,
      evidenceAgainst: evidenceAgainst.value,
      testQuestions: testQuestions.value,
      lensTags: lensTags.filter((tag) => lenses.has(tag)),
    };
    setBusy(true);
    try {
      await onSave(card);
      if (initial === null) {
        setTexts(initialTexts(null));
        setProposers(new Set());
        setLenses(new Set());
        document.getElementById(fieldId('wording'))?.focus();
      }
    } catch (error) {
      setSaveError(storageErrorText(error, t));
    } finally {
      setBusy(false);
    }
  }

  const errorOf = (name: TextFieldName) => (issues[name] ? issueText(issues[name]) : null);

  return (
    <form className="hypothesis-editor" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        id={fieldId('wording')}
        label={t('hypotheses.field.wording')}
        value={texts.wording}
        onChange={(value) => setText('wording', value)}
        help={t('hypotheses.editor.wordingHelp')}
        error={errorOf('wording')}
        multiline
        className="hypothesis-editor-wording"
      />
      <div className="hypothesis-starters" role="group" aria-label={t('hypotheses.starters.label')}>
        <span className="hypothesis-editor-label" aria-hidden="true">
          {t('hypotheses.starters.label')}:
        </span>
        {starterKeys.map((key) => (
          <button
            key={key}
            type="button"
            className="button hypothesis-starter"
            aria-label={t('hypotheses.starters.use', { starter: t(`hypotheses.starters.${key}`) })}
            onClick={() => insertStarter(t(`hypotheses.starters.${key}`))}
          >
            {t(`hypotheses.starters.${key}`)}
          </button>
        ))}
      </div>

      <fieldset className="hypothesis-choices">
        <legend>{t('hypotheses.field.proposers')}</legend>
        {choices.length === 0 ? (
          <p className="help">{t('hypotheses.editor.proposersNone')}</p>
        ) : (
          <ul className="hypothesis-choice-list">
            {choices.map((choice, index) => {
              const key = proposerKey(choice);
              return (
                <li key={key}>
                  <label className="inline-check">
                    <input
                      type="checkbox"
                      id={fieldId(`proposer-${index}`)}
                      checked={proposers.has(key)}
                      onChange={(event) => setProposers((current) => toggled(current, key, event.target.checked))}
                    />
                    {proposerLabel(t, language, choice)}
                  </label>
                </li>
              );
            })}
          </ul>
        )}
      </fieldset>

      <TextField
        id={fieldId('concerns')}
        label={t('hypotheses.field.concerns')}
        value={texts.concerns}
        onChange={(value) => setText('concerns', value)}
        help={t('hypotheses.editor.concernsHelp')}
        error={errorOf('concerns')}
        multiline
        className="hypothesis-editor-detail"
      />
      <div className="hypothesis-editor-pair">
        <TextField
          id={fieldId('evidenceFor')}
          label={t('hypotheses.field.evidenceFor')}
          value={texts.evidenceFor}
          onChange={(value) => setText('evidenceFor', value)}
          help={t('hypotheses.editor.evidenceHelp')}
          error={errorOf('evidenceFor')}
          multiline
          className="hypothesis-editor-detail"
        />
        <TextField
          id={fieldId('evidenceAgainst')}
          label={t('hypotheses.field.evidenceAgainst')}
          value={texts.evidenceAgainst}
          onChange={(value) => setText('evidenceAgainst', value)}
          help={t('hypotheses.editor.evidenceHelp')}
          error={errorOf('evidenceAgainst')}
          multiline
          className="hypothesis-editor-detail"
        />
      </div>
      <TextField
        id={fieldId('testQuestions')}
        label={t('hypotheses.field.testQuestions')}
        value={texts.testQuestions}
        onChange={(value) => setText('testQuestions', value)}
        help={t('hypotheses.editor.testQuestionsHelp')}
        error={errorOf('testQuestions')}
        multiline
        className="hypothesis-editor-detail"
      />

      <fieldset className="hypothesis-choices">
        <legend>{t('hypotheses.field.lensTags')}</legend>
        <p className="help">{t('hypotheses.editor.lensHelp')}</p>
        <ul className="hypothesis-choice-list hypothesis-lens-list">
          {lensTags.map((tag) => (
            <li key={tag}>
              <label className="inline-check">
                <input
                  type="checkbox"
                  id={fieldId(`lens-${tag}`)}
                  checked={lenses.has(tag)}
                  onChange={(event) => setLenses((current) => toggled(current, tag, event.target.checked))}
                />
                {t(`hypotheses.lens.${tag}`)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      {saveError && (
        <p className="error" role="alert">
          {saveError}
        </p>
      )}
      <div className="hypothesis-editor-actions">
        <button type="submit" className="button primary" aria-disabled={busy || undefined}>
          {busy ? t('hypotheses.editor.saving') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('hypotheses.editor.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

/** A proposer as people read it: "Name (role)", or whichever of the two is recorded (the role as named when it was recorded). */
export function proposerLabel(t: TFunction, language: Language, proposer: Proposer): string {
  return proposerText(proposer, language, (role) => phaseRoleText(role, t)) || t('hypotheses.screen.notRecorded');
}

function initialTexts(card: HypothesisCard | null): Record<TextFieldName, string> {
  return {
    wording: card?.wording ?? '',
    concerns: card?.concerns ?? '',
    evidenceFor: card?.evidenceFor ?? '',
    evidenceAgainst: card?.evidenceAgainst ?? '',
    testQuestions: (card?.testQuestions ?? []).join('\n'),
  };
}

const proposerKey = (proposer: Proposer) => `${proposer.role ?? ''}\u0000${proposer.name}`;

/** Each proposer once, in order; where `recorded` has the same one, its recorded version. */
function uniqueProposers(all: readonly Proposer[], recorded: readonly Proposer[]): Proposer[] {
  const recordedByKey = new Map(recorded.map((proposer) => [proposerKey(proposer), proposer]));
  const seen = new Set<string>();
  return all
    .filter((proposer) => {
      const key = proposerKey(proposer);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((proposer) => recordedByKey.get(proposerKey(proposer)) ?? proposer);
}

function toggled<T>(set: Set<T>, value: T, on: boolean): Set<T> {
  const next = new Set(set);
  if (on) next.add(value);
  else next.delete(value);
  return next;
}
