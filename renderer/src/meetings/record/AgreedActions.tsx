// Every action agreed in the meeting, for every family, shown at the close so the chair can read
// them back to the team: family, what, owner, due date and whether it is already done.
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/meeting/meeting';
import type { SummarySource } from '../../../../shared/meeting/summary';
import { useRecordFormat } from '../../components/document/recordFormat';
import { PseudonymCode } from '../../components/PseudonymCode';

export function AgreedActions({ meeting, source }: { meeting: Meeting; source: SummarySource | undefined }) {
  const { t } = useTranslation();
  const format = useRecordFormat();
  if (!source) return null;
  const order = new Map(meeting.deepDives.map((item, index) => [item.familyId, index]));
  const actions = source.actions
    .filter((action) => action.kind === 'action' && action.meetingId === meeting.id)
    .sort((a, b) => (order.get(a.familyId) ?? 99) - (order.get(b.familyId) ?? 99));
  return (
    <>
      <h3 id="record-agreed-actions">{t('record.allActions')}</h3>
      {actions.length === 0 ? (
        <p className="empty">{t('record.noActionsInMeeting')}</p>
      ) : (
        <table className="record-table agreed-actions" aria-labelledby="record-agreed-actions">
          <thead>
            <tr>
              <th scope="col">{t('record.familyColumn')}</th>
              <th scope="col">{t('record.actionColumn')}</th>
              <th scope="col">{t('record.owner')}</th>
              <th scope="col">{t('record.due')}</th>
              <th scope="col">{t('record.status')}</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((action) => (
              <tr key={action.id}>
                <td>
                  <PseudonymCode code={source.families.get(action.familyId)?.code ?? '?'} />
                </td>
                <td className="record-text">{action.text}</td>
                <td>{action.ownerName || t('record.nobody')}</td>
                <td>{action.due ? format.formatDay(action.due) : t('record.noDue')}</td>
                <td>{action.status === 'done' ? t('record.actionDone') : t('record.actionOpen')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
