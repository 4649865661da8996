// A modal question before something destructive, on react-aria-components (focus trap, Escape
// closes, focus returns to the trigger).
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type ConfirmDialogProps = {
  isOpen: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  /** The way out; "Cancel" unless that would be ambiguous (e.g. next to "Cancel meeting"). */
  cancelLabel?: string;
  onCancel: () => void;
  onConfirm: () => void;
  /** What the action would take, in detail, after the body (e.g. counts). */
  children?: ReactNode;
};

export function ConfirmDialog({ isOpen, title, body, confirmLabel, cancelLabel, onCancel, onConfirm, children }: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => !open && onCancel()} isDismissable>
      <Modal className="modal">
        <Dialog role="alertdialog" className="dialog">
          <Heading slot="title">{title}</Heading>
          <p>{body}</p>
          {children}
          <div className="dialog-actions">
            <Button className="button" onPress={onCancel} autoFocus>
              {cancelLabel ?? t('family.cancel')}
            </Button>
            <Button className="button danger" onPress={onConfirm}>
              {confirmLabel}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
