// Under a finished meeting's family summary: whether it has been transferred to the official client
// (or patient) record, with the date, and a button to mark it or take the mark off (with Undo).
// The mark keeps only the date (docs/domain.md: Transfer, retention and erasure).
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../components/Notifications';
import { formatDate, useLanguage } from '../../i18n/i18n';
import { useMeetingCommands, transferId } from '../../db/commands/meetingCommands';

type TransferMarkProps = { meetingId: string; deepDiveId: string; familyId: string; code: string; patientRecord: boolean };

export function TransferMark({ meetingId, deepDiveId, familyId, code, patientRecord }: TransferMarkProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const commands = useMeetingCommands();
  const session = commands.context;
  const notify = useNotify();
  const id = transferId(meetingId, deepDiveId);
  const mark = useLiveQuery(async () => (await session.db.summaryTransfers.get(id)) ?? null, [session, id]);
  const report = commands.report;
  if (mark === undefined) return null;

  async function unmark() {
    try {
      const removed = await commands.removeTransferMark.orThrow(id);
      if (!removed) return;
      commands.done((tr) => tr('retention.transfer.unmarked', { code }), { undo: () => commands.removeTransferMark.undo(removed), familyId });
    } catch (error) {
      report(error);
    }
  }

  return (
    <div className="transfer-mark no-print">
      {mark ? (
        <>
          <p className="transfer-status transferred">{t('retention.transfer.markedOn', { date: formatDate(mark.transferredAt, language, 'long') })}</p>
          <button type="button" className="button" onClick={() => void unmark()}>
            {t('retention.transfer.unmark')}
          </button>
        </>
      ) : (
        <>
          <p className="transfer-status">{t('retention.transfer.notYet')}</p>
          <button
            type="button"
            className="button"
            onClick={() =>
              commands.markTransferred.orThrow({ familyId, meetingId, deepDiveId })
                .then(() => notify({ message: (tr) => tr('retention.transfer.marked', { code }) }))
                .catch(report)
            }
          >
            {t(patientRecord ? 'retention.transfer.markPatient' : 'retention.transfer.mark')}
          </button>
        </>
      )}
    </div>
  );
}
