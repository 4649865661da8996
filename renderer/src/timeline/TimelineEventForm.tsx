// The form for one timeline event, new or edited: when (with its precision) and until when, what
// happened, the category, the people involved, the source, the child's or family's own view, whether
// it has been shown to the family, and the team's internal notes (source details, action taken).
// Every field is checked by the domain's validators before anything is saved; a message stands next
// to its field, the first bad field gets the focus, and everything typed stays. Saves through the
// timeline repository itself, so it works anywhere in the app (the timeline screen, a meeting).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../shared/limits';
import { dateToDraft, validateTimelineDates, type TimelineDate } from '../../../shared/timeline/timelineDate';
import {
  changedEventFields,
  timelineCategories,
  timelineSources,
  validateTimelinePeople,
  validateTimelineText,
  validateTimelineTitle,
  type TimelineCategory,
  type TimelineEvent,
  type TimelineEventPayload,
  type TimelineSource,
} from '../../../shared/timeline/timelineEvent';
import type { ValidationIssue } from '../../../shared/validation';
import { storageErrorText } from '../db/storageErrors';
import { useNotify } from '../components/Notifications';
import { TextField } from '../components/TextField';
import { useIssueText } from '../i18n/i18n';
import { CategoryIcon } from './CategoryIcon';
import { draftOf, emptyDateFields, issuePart, TimelineDateFields, type DateFieldsValue } from './TimelineDateFields';
import './timeline.css';
import { useTimelineCommands, TimelineFullError, type TimelineEditPlace } from '../db/commands/timelineCommands';

export type TimelineEventFormProps = {
  familyId: string;
  /** The event to edit, or null for a new one. */
  event: TimelineEvent | null;
  /** Called after a successful save with the event's id, or with null when the user cancels. */
  onDone: (savedId: string | null) => void;
  /** When editing: offer "Delete event" (the caller deletes and offers undo). */
  onDelete?: () => void;
  /** Where the edit is made: in a meeting (remembered for its record) or outside one (the default). */
  place?: TimelineEditPlace;
  /** Unique on the page, for element ids. */
  idPrefix?: string;
};

const outsideMeetings: TimelineEditPlace = { meetingId: null };

type Field = 'date' | 'endDate' | 'title' | 'category' | 'people' | 'sourceNote' | 'actionTaken' | 'ownView';
type Draft = {
  date: DateFieldsValue;
  endDate: DateFieldsValue;
  title: string;
  category: TimelineCategory | '';
  people: string;
  source: TimelineSource | '';
  sourceNote: string;
  actionTaken: string;
  ownView: string;
  shownToFamily: boolean;
};

export function TimelineEventForm({ familyId, event, onDone, onDelete, place = outsideMeetings, idPrefix = 'timeline-event' }: TimelineEventFormProps) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const commands = useTimelineCommands();
  const session = commands.context;
  const notify = useNotify();
  const [draft, setDraft] = useState<Draft>(() => initialDraft(event));
  const [issues, setIssues] = useState<Partial<Record<Field, ValidationIssue>>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = (name: string) => `${idPrefix}-${name}`;

  function update<K extends keyof Draft>(name: K, value: Draft[K]) {
    setDraft((current) => ({ ...current, [name]: value }));
    if (name in issues) setIssues((current) => ({ ...current, [name]: undefined }));
  }

  async function submit(submitted: FormEvent) {
    submitted.preventDefault();
    if (busy) return;
    const dates = validateTimelineDates(draftOf(draft.date), draft.endDate.precision === '' ? null : draftOf(draft.endDate), session.now());
    const title = validateTimelineTitle(draft.title);
    const people = validateTimelinePeople(draft.people);
    const sourceNote = validateTimelineText(draft.sourceNote);
    const actionTaken = validateTimelineText(draft.actionTaken);
    const ownView = validateTimelineText(draft.ownView);
    const found: Partial<Record<Field, ValidationIssue>> = {};
    if (!dates.date.ok) found.date = dates.date.issue;
    if (!dates.endDate.ok) found.endDate = dates.endDate.issue;
    if (!title.ok) found.title = title.issue;
    if (draft.category === '') found.category = { key: 'timeline.form.categoryMissing', values: {} };
    if (!people.ok) found.people = people.issue;
    if (!ownView.ok) found.ownView = ownView.issue;
    if (!sourceNote.ok) found.sourceNote = sourceNote.issue;
    if (!actionTaken.ok) found.actionTaken = actionTaken.issue;
    setIssues(found);
    setSaveError(null);
    if (!dates.date.ok || !dates.endDate.ok || !title.ok || draft.category === '' || !people.ok || !ownView.ok || !sourceNote.ok || !actionTaken.ok) {
      focusFirst(found);
      return;
    }
    const payload: TimelineEventPayload = {
      date: dates.date.value,
      endDate: dates.endDate.value,
      title: title.value,
      category: draft.category,
      people: people.value,
      source: draft.source === '' ? null : draft.source,
      sourceNote: sourceNote.value,
      actionTaken: actionTaken.value,
      ownView: ownView.value,
      shownToFamily: draft.shownToFamily,
    };
    setBusy(true);
    try {
      if (event) {
        // Only what was changed here, so another window's edit of other fields is kept.
        const change = changedEventFields(event, payload);
        if (Object.keys(change).length > 0) {
          await commands.updateTimelineEvent.orThrow(event.id, change, place);
          notify({ message: (t) => t('timeline.screen.saved', { title: payload.title }) });
        }
        onDone(event.id);
      } else {
        const newId = await commands.addTimelineEvent.orThrow({ familyId, event: payload }, place);
        notify({ message: (t) => t('timeline.screen.added', { title: payload.title }) });
        onDone(newId);
      }
    } catch (error) {
      setSaveError(error instanceof TimelineFullError ? t('timeline.screen.full', { max: limits.timelineEvents }) : storageErrorText(error, t));
    } finally {
      setBusy(false);
    }
  }

  function focusFirst(found: Partial<Record<Field, ValidationIssue>>) {
    const order: Field[] = ['date', 'endDate', 'title', 'category', 'people', 'ownView', 'sourceNote', 'actionTaken'];
    const first = order.find((name) => found[name]);
    if (!first) return;
    let target: string;
    if (first === 'date' || first === 'endDate') target = id(`${first}-${issuePart(found[first]!.key, draft[first].precision)}`);
    else if (first === 'category') target = id('category-first');
    else target = id(first);
    const element = document.getElementById(target);
    element?.focus();
    // Once the messages are drawn, the field with its message in the middle of the (scrolling) form.
    requestAnimationFrame(() => element?.closest('fieldset, .field')?.scrollIntoView({ block: 'center' }));
  }

  const errorOf = (name: Field) => (issues[name] ? issueText(issues[name]) : null);
  const categoryError = errorOf('category');

  return (
    <form className="tl-event-form" onSubmit={(submitted) => void submit(submitted)} noValidate>
      <div className="tl-form-columns">
        <div>
          <TimelineDateFields
            idPrefix={id('date')}
            legend={t('timeline.field.date')}
            value={draft.date}
            onChange={(value) => update('date', value)}
            issue={issues.date ?? null}
            optional={false}
          />
          <TimelineDateFields
            idPrefix={id('endDate')}
            legend={t('timeline.form.endLegend')}
            value={draft.endDate}
            onChange={(value) => update('endDate', value)}
            issue={issues.endDate ?? null}
            optional
            help={t('timeline.form.endHelp')}
          />
          <TextField id={id('title')} label={t('timeline.field.title')} value={draft.title} onChange={(value) => update('title', value)} help={null} error={errorOf('title')} />
          <fieldset className="tl-categories" aria-describedby={categoryError ? id('category-error') : undefined}>
            <legend>{t('timeline.field.category')}</legend>
            <div className="tl-category-choices">
              {timelineCategories.map((category, index) => (
                <label key={category} className="tl-choice">
                  <input
                    type="radio"
                    name={id('category')}
                    id={index === 0 ? id('category-first') : undefined}
                    value={category}
                    checked={draft.category === category}
                    aria-invalid={categoryError ? true : undefined}
                    onChange={() => update('category', category)}
                  />
                  <CategoryIcon category={category} /> {t(`timeline.category.${category}`)}
                </label>
              ))}
            </div>
            {categoryError && (
              <p className="error" id={id('category-error')} role="alert">
                {categoryError}
              </p>
            )}
          </fieldset>
        </div>
        <div>
          <TextField
            id={id('people')}
            label={t('timeline.field.people')}
            value={draft.people}
            onChange={(value) => update('people', value)}
            help={t('timeline.form.peopleHelp')}
            error={errorOf('people')}
            multiline
            className="tl-short-text"
          />
          <fieldset className="tl-sources">
            <legend>{t('timeline.field.source')}</legend>
            {[...timelineSources, ''].map((source) => (
              <label key={source || 'none'} className="tl-choice">
                <input type="radio" name={id('source')} value={source} checked={draft.source === source} onChange={() => update('source', source as TimelineSource | '')} />{' '}
                {t(source === '' ? 'timeline.source.notRecorded' : `timeline.source.${source}`)}
              </label>
            ))}
          </fieldset>
          <TextField
            id={id('ownView')}
            label={t('timeline.field.ownView')}
            value={draft.ownView}
            onChange={(value) => update('ownView', value)}
            help={t('timeline.form.ownViewHelp')}
            error={errorOf('ownView')}
            multiline
            className="tl-short-text"
          />
          <div className="field">
            <label className="inline-check tl-shown-check">
              <input type="checkbox" checked={draft.shownToFamily} onChange={(changed) => update('shownToFamily', changed.target.checked)} aria-describedby={id('shown-help')} />{' '}
              {t('timeline.field.shownToFamily')}
            </label>
            <p className="help" id={id('shown-help')}>
              {t('timeline.form.shownHelp')}
            </p>
          </div>
          <fieldset className="tl-internal">
            <legend>{t('timeline.form.internal')}</legend>
            <p className="help">{t('timeline.form.internalHelp')}</p>
            <TextField
              id={id('sourceNote')}
              label={t('timeline.field.sourceNote')}
              value={draft.sourceNote}
              onChange={(value) => update('sourceNote', value)}
              help={null}
              error={errorOf('sourceNote')}
            />
            <TextField
              id={id('actionTaken')}
              label={t('timeline.field.actionTaken')}
              value={draft.actionTaken}
              onChange={(value) => update('actionTaken', value)}
              help={null}
              error={errorOf('actionTaken')}
              multiline
              className="tl-short-text"
            />
          </fieldset>
        </div>
      </div>
      {Object.values(issues).some(Boolean) && <p className="error tl-form-summary">{t('timeline.form.checkFields')}</p>}
      {saveError && (
        <p className="error" role="alert">
          {saveError}
        </p>
      )}
      <div className="dialog-actions tl-form-actions">
        {onDelete && (
          <button type="button" className="button danger tl-delete" onClick={onDelete}>
            {t('timeline.form.delete')}
          </button>
        )}
        <button type="button" className="button" onClick={() => onDone(null)}>
          {t('timeline.form.cancel')}
        </button>
        <button type="submit" className="button primary" disabled={busy}>
          {t('timeline.form.save')}
        </button>
      </div>
    </form>
  );
}

function initialDraft(event: TimelineEvent | null): Draft {
  if (!event) {
    return {
      date: { ...emptyDateFields, precision: 'day' },
      endDate: emptyDateFields,
      title: '',
      category: '',
      people: '',
      source: '',
      sourceNote: '',
      actionTaken: '',
      ownView: '',
      shownToFamily: false,
    };
  }
  return {
    date: fieldsOf(event.date),
    endDate: event.endDate ? fieldsOf(event.endDate) : emptyDateFields,
    title: event.title,
    category: event.category,
    people: event.people.join('\n'),
    source: event.source ?? '',
    sourceNote: event.sourceNote,
    actionTaken: event.actionTaken,
    ownView: event.ownView,
    shownToFamily: event.shownToFamily,
  };
}

function fieldsOf(date: TimelineDate): DateFieldsValue {
  const draft = dateToDraft(date);
  const text = (part: unknown) => (part == null ? '' : String(part));
  return { precision: date.precision, year: text(draft.year), month: text(draft.month), day: text(draft.day), season: text(draft.season) };
}
