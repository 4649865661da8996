// On a computer that follows the chair's run (docs/domain.md: The team on several computers): in
// place of the phase controls, whose computer runs the meeting and that everything captured here goes
// into it; and, for when the chair's computer is gone, taking the meeting over (confirmed).
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useMeetingCommands } from '../../db/commands/meetingCommands';
import { useThisComputer } from '../../db/thisComputer';
import { useText } from '../../i18n/keys';
import type { RunContext } from './runContext';

export function FollowerBar({ context }: { context: RunContext }) {
  const t = useText();
  const commands = useMeetingCommands();
  const { computerId, memberId } = useThisComputer();
  const [confirming, setConfirming] = useState(false);
  const driverId = context.meeting.run.driverMemberId;
  const driverName = driverId ? context.nameOf(driverId) : null;

  async function takeOver() {
    setConfirming(false);
    try {
      const result = await commands.takeOverMeeting.orThrow(context.meeting.id, { computerId, memberId });
      if (result.ok) commands.done((tr) => tr('together.follow.tookOver'));
    } catch (error) {
      commands.report(error);
    }
  }

  return (
    <section className="run-follower" aria-labelledby="run-follower-title" data-testid="run-follower">
      <p id="run-follower-title" className="run-follower-title">
        {driverName ? t('together.follow.following', { name: driverName }) : t('together.follow.followingUnnamed')}
      </p>
      <p className="help">{t('together.follow.help')}</p>
      <button type="button" className="button" onClick={() => setConfirming(true)}>
        {t('together.follow.takeOver')}
      </button>
      <ConfirmDialog
        isOpen={confirming}
        title={t('together.follow.takeOverTitle')}
        body={t('together.follow.takeOverBody')}
        confirmLabel={t('together.follow.takeOverConfirm')}
        cancelLabel={t('together.follow.takeOverCancel')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void takeOver()}
      />
    </section>
  );
}
