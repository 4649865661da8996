// Actions still open from earlier meetings, for review at the start of this one: what, for which
// family, who, by when (overdue said in words), and "Mark done" with Undo.
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import type { Action } from '../../../../shared/meeting/meeting';
import { isOneFamilyMeeting, openActionsToReview } from '../../../../shared/meeting/plan';
import { useOpenActions } from '../../db/meetingHooks';
import { formatDate, useLanguage } from '../../i18n/i18n';
import { familyCode, usePlanner } from './plannerContext';
import { PseudonymCode } from '../../components/PseudonymCode';
import { useMeetingCommands } from '../../db/commands/meetingCommands';

export function OpenActionsSection() {
  const { t } = useTranslation();
  const id = useId();
  const commands = useMeetingCommands();
  const session = commands.context;
  const language = useLanguage();
  const { meeting, familiesById, readOnly } = usePlanner();
  const actions = openActionsToReview(useOpenActions() ?? [], meeting);
  // A one-family meeting (an interim review) offers its own family's tasks only.
  const oneFamily = isOneFamilyMeeting(meeting.template);
  const today = format(session.now(), 'yyyy-MM-dd');
  const heading = useRef<HTMLHeadingElement>(null);

  async function markDone(action: Action) {
    heading.current?.focus();
    const changed = await commands.changeActionStatus(action.id, 'done', 'open');
    if (changed) commands.done((t) => t('meetings.actionDone', { text: action.text }), { undo: () => commands.changeActionStatus.undo(changed) });
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="planner-section open-actions">
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {oneFamily ? t('meetings.reviewFamilyOpenActions') : t('meetings.openActions')}
      </h2>
      {actions.length === 0 ? (
        <p className="empty">
          {!oneFamily ? t('meetings.noOpenActions') : meeting.deepDives.length === 0 ? t('meetings.reviewFamilyNotChosen') : t('meetings.reviewFamilyNoOpenActions')}
        </p>
      ) : (
        <>
          <p className="help">{t('meetings.openActionsHelp')}</p>
          <table className="family-table actions-table">
            <thead>
              <tr>
                <th scope="col">{t('meetings.actionWhat')}</th>
                <th scope="col">{t('meetings.actionFamily')}</th>
                <th scope="col">{t('meetings.actionOwner')}</th>
                <th scope="col">{t('meetings.actionDue')}</th>
                {!readOnly && (
                  <th scope="col">
                    <span className="visually-hidden">{t('meetings.markDone')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {actions.map((action) => {
                const due = action.due ? formatDate(action.due, language, 'short') : t('meetings.noDue');
                const overdue = action.due !== null && action.due < today;
                return (
                  <tr key={action.id}>
                    <td>{action.kind === 'familyQuestion' ? t('meetings.familyQuestion', { text: action.text }) : action.text}</td>
                    <td>
                      <PseudonymCode code={familyCode(action.familyId, familiesById, t)} />
                    </td>
                    <td>{action.ownerName || t('meetings.noOwner')}</td>
                    <td className={overdue ? 'overdue' : undefined}>{overdue ? t('meetings.overdue', { date: due }) : due}</td>
                    {!readOnly && (
                      <td>
                        <button
                          type="button"
                          className="button"
                          aria-label={t('meetings.markDoneLabel', { text: action.text })}
                          onClick={() => void markDone(action)}
                        >
                          {t('meetings.markDone')}
                        </button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
