// "Cancel the meeting of …?" The shared ConfirmDialog labels its way out "Cancel", which next to
// "Cancel meeting" would be ambiguous, so this one says "Keep the meeting" instead.
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

type CancelMeetingDialogProps = { isOpen: boolean; date: string; onKeep: () => void; onCancelMeeting: () => void };

export function CancelMeetingDialog({ isOpen, date, onKeep, onCancelMeeting }: CancelMeetingDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => !open && onKeep()} isDismissable>
      <Modal className="modal">
        <Dialog role="alertdialog" className="dialog">
          <Heading slot="title">{t('meetings.cancelTitle', { date })}</Heading>
          <p>{t('meetings.cancelBody')}</p>
          <div className="dialog-actions">
            <Button className="button" onPress={onKeep} autoFocus>
              {t('meetings.keepMeeting')}
            </Button>
            <Button className="button danger" onPress={onCancelMeeting}>
              {t('meetings.cancelConfirm')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
