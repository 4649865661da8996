// The quick round: the families the team goes through briefly (every active family by default),
// in order. Families can be added, removed (with Undo) and moved; a deleted family stays listed as
// such until someone removes it.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { moveItem } from '../../../../shared/meeting/plan';
import type { QuickRoundItem } from '../../../../shared/meeting/meeting';
import { useDone } from '../../db/commands/commands';
import { MoveButtons } from './MoveButtons';
import { familyCode, usePlanner } from './plannerContext';

export function QuickRoundSection() {
  const { t } = useTranslation();
  const id = useId();
  const { meeting, families, familiesById, readOnly, saver, announce } = usePlanner();
  const done = useDone();
  const heading = useRef<HTMLHeadingElement>(null);
  const [choice, setChoice] = useState('');
  const onList = new Set(meeting.quickRound.map((item) => item.familyId));
  const addable = families.filter((family) => !onList.has(family.id));
  const chosen = addable.some((family) => family.id === choice) ? choice : (addable[0]?.id ?? '');

  function move(itemId: string, to: number) {
    const from = meeting.quickRound.findIndex((item) => item.id === itemId);
    const code = familyCode(meeting.quickRound[from]?.familyId ?? '', familiesById, t);
    void saver
      .apply((plan) => {
        const at = plan.quickRound.findIndex((item) => item.id === itemId);
        return at < 0 ? plan : { ...plan, quickRound: moveItem(plan.quickRound, at, to) };
      })
      .then(() => announce(t('meetings.moved', { code, position: to + 1, count: meeting.quickRound.length })));
  }

  async function remove(item: QuickRoundItem, index: number) {
    const code = familyCode(item.familyId, familiesById, t);
    heading.current?.focus();
    try {
      await saver.save((plan) => ({ ...plan, quickRound: plan.quickRound.filter((candidate) => candidate.id !== item.id) }));
    } catch {
      return;
    }
    done(
      (t) => t('meetings.quickRoundRemoved', { code }),
      {
        undo: () =>
          saver.apply((plan) => {
            if (plan.quickRound.some((candidate) => candidate.familyId === item.familyId)) return plan;
            const quickRound = [...plan.quickRound];
            quickRound.splice(Math.min(index, quickRound.length), 0, item);
            return { ...plan, quickRound };
          }),
      },
    );
  }

  function add() {
    const family = familiesById.get(chosen);
    if (!family) return;
    void saver
      .apply((plan) =>
        plan.quickRound.some((item) => item.familyId === family.id)
          ? plan
          : { ...plan, quickRound: [...plan.quickRound, { id: crypto.randomUUID(), familyId: family.id }] },
      )
      .then(() => announce(t('meetings.quickRoundAdded', { code: family.code })));
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="planner-section">
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t('meetings.quickRound')}
      </h2>
      <p className="help">{t('meetings.quickRoundHelp')}</p>
      {meeting.quickRound.length === 0 ? (
        <p className="empty">{t('meetings.quickRoundEmpty')}</p>
      ) : (
        <ol className="agenda-list quick-round-list" aria-labelledby={`${id}-heading`}>
          {meeting.quickRound.map((item, index) => {
            const family = familiesById.get(item.familyId);
            const code = familyCode(item.familyId, familiesById, t);
            return (
              <li key={item.id} className={family ? undefined : 'deleted-family'}>
                <span className="agenda-name">
                  <span className="position">{index + 1}.</span>{' '}
                  <strong>{code}</strong>
                  {family?.label && <span className="muted"> · {family.label}</span>}
                  {family?.status === 'closed' && <span className="muted"> · {t('families.closed')}</span>}
                </span>
                {!readOnly && (
                  <span className="agenda-buttons">
                    <MoveButtons index={index} count={meeting.quickRound.length} name={code} disabled={readOnly} onMove={(to) => move(item.id, to)} />
                    <button
                      type="button"
                      className="button"
                      aria-label={family ? t('meetings.removeFromQuickRound', { code }) : t('meetings.removeDeleted')}
                      onClick={() => void remove(item, index)}
                    >
                      {family ? t('meetings.remove') : t('meetings.removeDeleted')}
                    </button>
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {!readOnly && (
        <div className="inline-form add-row">
          <div className="field">
            <label htmlFor={`${id}-add`}>{t('meetings.addToQuickRound')}</label>
            <select id={`${id}-add`} value={chosen} disabled={addable.length === 0} onChange={(event) => setChoice(event.target.value)}>
              {addable.length === 0 && <option value="">{families.length === 0 ? t('meetings.noFamilies') : t('meetings.allFamiliesAdded')}</option>}
              {addable.map((family) => (
                <option key={family.id} value={family.id}>
                  {family.code}
                  {family.label ? ` · ${family.label}` : ''}
                  {family.status === 'closed' ? ` (${t('families.closed')})` : ''}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button" disabled={addable.length === 0} onClick={add}>
            {t('meetings.addToQuickRoundButton')}
          </button>
        </div>
      )}
    </section>
  );
}
