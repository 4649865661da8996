// The deep-dive families, in the order the meeting takes them: reordered by dragging or by the
// keyboard in the order list (react-aria GridList drag and drop), or with the Move up / Move down
// buttons on each family's card, where its presenter and the question for the team are chosen.
import { useId, useRef, useState } from 'react';
import { Button, GridList, GridListItem } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { validateAgendaQuestion, type DeepDive } from '../../../../shared/meeting/meeting';
import { addDeepDive, isOneFamilyMeeting, moveItem } from '../../../../shared/meeting/plan';
import { AutosaveField } from '../../components/AutosaveField';
import { useDone } from '../../db/commands/commands';
import { useReorderByDrag } from '../../components/useReorderByDrag';
import { useLanguage } from '../../i18n/i18n';
import { MoveButtons } from './MoveButtons';
import { familyCode, participantName, personName, usePlanner } from './plannerContext';
import { useLocalValue } from './useLocalValue';
import { isNotEditable } from './usePlanSaver';

export function DeepDivesSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const { meeting, families, familiesById, readOnly, saver, announce } = usePlanner();
  const done = useDone();
  const heading = useRef<HTMLHeadingElement>(null);
  const deepDives = meeting.deepDives;
  const codeOf = (item: DeepDive) => familyCode(item.familyId, familiesById, t);
  // A one-family meeting (an interim review): one family is chosen, no order to keep.
  const oneFamily = isOneFamilyMeeting(meeting.template);

  function saveOrder(change: (items: DeepDive[]) => DeepDive[], movedId: string) {
    void saver.apply((plan) => ({ ...plan, deepDives: change(plan.deepDives) })).then(() => {
      const item = deepDives.find((candidate) => candidate.id === movedId);
      if (!item) return;
      // Announce from the order just saved (the live query catches up a moment later).
      const order = change(deepDives);
      const position = order.findIndex((candidate) => candidate.id === movedId) + 1;
      announce(t('meetings.moved', { code: codeOf(item), position, count: order.length }));
    });
  }

  const dragAndDropHooks = useReorderByDrag({
    items: deepDives,
    textOf: codeOf,
    onReorder: saveOrder,
    dropClassName: 'deep-dive-drop',
  });

  async function remove(item: DeepDive, index: number) {
    const code = codeOf(item);
    heading.current?.focus();
    try {
      await saver.save((plan) => ({ ...plan, deepDives: plan.deepDives.filter((candidate) => candidate.id !== item.id) }));
    } catch {
      return;
    }
    done(
      (t) => (familiesById.has(item.familyId) ? t('meetings.deepDiveRemoved', { code }) : t('meetings.deletedRemoved')),
      {
        undo: () =>
          saver.apply((plan) => {
            if (plan.deepDives.some((candidate) => candidate.id === item.id || candidate.familyId === item.familyId)) return plan;
            const items = [...plan.deepDives];
            items.splice(Math.min(index, items.length), 0, item);
            return { ...plan, deepDives: items };
          }),
      },
    );
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="planner-section deep-dives">
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {oneFamily ? t('meetings.reviewFamily') : t('meetings.deepDives')}
      </h2>
      {!readOnly && <p className="help">{oneFamily ? t('meetings.reviewFamilyHelp') : t('meetings.deepDivesHelp')}</p>}
      {deepDives.length === 0 ? (
        <p className="empty">{oneFamily ? t('meetings.reviewFamilyEmpty') : t('meetings.deepDivesEmpty')}</p>
      ) : (
        <>
          {!readOnly && !oneFamily && (
            <GridList
              aria-label={t('meetings.deepDiveListLabel')}
              className="deep-dive-order"
              items={deepDives}
              dragAndDropHooks={dragAndDropHooks}
              keyboardNavigationBehavior="tab"
            >
              {(item) => <OrderRow item={item} index={deepDives.indexOf(item)} />}
            </GridList>
          )}
          <ol className="deep-dive-cards">
            {deepDives.map((item, index) => (
              <li key={item.id}>
                <DeepDiveCard
                  item={item}
                  index={index}
                  count={deepDives.length}
                  onMove={(to) => saveOrder((items) => moveItem(items, items.findIndex((candidate) => candidate.id === item.id), to), item.id)}
                  onRemove={() => void remove(item, index)}
                />
              </li>
            ))}
          </ol>
        </>
      )}
      {!readOnly && !(oneFamily && deepDives.length > 0) && <AddDeepDive families={families} oneFamily={oneFamily} />}
    </section>
  );
}

/** One row of the drag-and-drop order list. */
function OrderRow({ item, index }: { item: DeepDive; index: number }) {
  const { t } = useTranslation();
  const { meeting, familiesById, membersById } = usePlanner();
  const code = familyCode(item.familyId, familiesById, t);
  const presenter = item.presenterId ? personName(item.presenterId, meeting, membersById, t) : t('meetings.choosePresenter');
  return (
    <GridListItem id={item.id} textValue={code} className="deep-dive-row">
      <Button slot="drag" className="drag-handle">
        <span aria-hidden="true">⠿</span>
      </Button>
      <span className="position">{index + 1}.</span>
      <strong>{code}</strong>
      <span className="muted">
        {t('meetings.presenter')}: {presenter}
      </span>
    </GridListItem>
  );
}

type DeepDiveCardProps = {
  item: DeepDive;
  index: number;
  count: number;
  onMove: (to: number) => void;
  onRemove: () => void;
};

/** A deep-dive family's presenter and question, with its move and remove buttons. */
function DeepDiveCard({ item, index, count, onMove, onRemove }: DeepDiveCardProps) {
  const { t } = useTranslation();
  const id = useId();
  const { meeting, familiesById, membersById, readOnly, saver } = usePlanner();
  const family = familiesById.get(item.familyId);
  const code = familyCode(item.familyId, familiesById, t);
  const participantIds = new Set(meeting.participants.map((participant) => participant.id));
  const presenter = useLocalValue(item.presenterId ?? '');
  const presenterAway = item.presenterId !== null && !participantIds.has(item.presenterId);
  const change = (patch: Partial<DeepDive>) =>
    saver.save((plan) => ({
      ...plan,
      deepDives: plan.deepDives.map((candidate) => (candidate.id === item.id ? { ...candidate, ...patch } : candidate)),
    }));

  return (
    <article className={`card deep-dive-card${family ? '' : ' deleted-family'}`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        <span className="position">{index + 1}.</span> {code}
        {family?.label && <span className="muted"> · {family.label}</span>}
      </h3>
      {family ? (
        <div className="deep-dive-fields">
          <div className="field">
            <label htmlFor={`${id}-presenter`}>{t('meetings.presenter')}</label>
            <select
              id={`${id}-presenter`}
              value={presenter.value}
              disabled={readOnly}
              onChange={(event) => {
                presenter.set(event.target.value);
                change({ presenterId: event.target.value || null }).catch(() => presenter.reset());
              }}
            >
              <option value="">{t('meetings.choosePresenter')}</option>
              {meeting.participants.map((participant) => (
                <option key={participant.id} value={participant.id}>
                  {participantName(participant, membersById, t)}
                </option>
              ))}
              {presenterAway && item.presenterId && (
                <option value={item.presenterId}>
                  {t('meetings.notTakingPart', { name: personName(item.presenterId, meeting, membersById, t) })}
                </option>
              )}
            </select>
          </div>
          {readOnly ? (
            <div className="field">
              <span className="field-title">{t('meetings.question')}</span>
              <p className="question-text">{item.question || '–'}</p>
            </div>
          ) : (
            <AutosaveField
              label={t('meetings.question')}
              help={t('meetings.questionHelp')}
              multiline
              className="question-field"
              stored={item.question}
              validate={validateAgendaQuestion}
              save={(question) => change({ question })}
              explainError={(error) => (isNotEditable(error) ? { key: 'meetings.notEditable', values: {} } : null)}
            />
          )}
        </div>
      ) : (
        <p className="inline-warning">{t('meetings.warningDeletedDeepDive')}</p>
      )}
      {!readOnly && (
        <div className="card-buttons">
          {/* A one-family meeting's family has no place in an order. */}
          {!isOneFamilyMeeting(meeting.template) && <MoveButtons index={index} count={count} name={code} disabled={readOnly} onMove={onMove} />}
          <button
            type="button"
            className="button"
            aria-label={family ? t('meetings.removeDeepDive', { code }) : t('meetings.removeDeleted')}
            onClick={onRemove}
          >
            {family ? t('meetings.remove') : t('meetings.removeDeleted')}
          </button>
        </div>
      )}
    </article>
  );
}

/** Choose a family that is not yet a deep dive and add it at the end. */
function AddDeepDive({ families, oneFamily }: { families: ReturnType<typeof usePlanner>['families']; oneFamily: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const { meeting, saver, announce } = usePlanner();
  const [choice, setChoice] = useState('');
  const taken = new Set(meeting.deepDives.map((item) => item.familyId));
  const addable = families.filter((family) => !taken.has(family.id) && family.status === 'active');
  const chosen = addable.some((family) => family.id === choice) ? choice : '';

  function add() {
    const family = addable.find((candidate) => candidate.id === chosen);
    if (!family) return;
    const position = meeting.deepDives.length + 1;
    void saver.apply((plan) => addDeepDive(plan, family, () => crypto.randomUUID())).then(() => {
      setChoice('');
      announce(t('meetings.deepDiveAdded', { code: family.code, position }));
    });
  }

  return (
    <div className="inline-form add-row">
      <div className="field">
        <label htmlFor={`${id}-family`}>{oneFamily ? t('meetings.chooseReviewFamily') : t('meetings.addDeepDive')}</label>
        <select id={`${id}-family`} value={chosen} disabled={addable.length === 0} onChange={(event) => setChoice(event.target.value)}>
          <option value="">{addable.length > 0 ? t('meetings.chooseFamily') : families.length === 0 ? t('meetings.noFamilies') : t('meetings.allFamiliesAdded')}</option>
          {addable.map((family) => (
            <option key={family.id} value={family.id}>
              {family.code}
              {family.label ? ` · ${family.label}` : ''}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button" disabled={chosen === ''} onClick={add}>
        {oneFamily ? t('meetings.chooseReviewFamilyButton') : t('meetings.addDeepDiveButton')}
      </button>
    </div>
  );
}
