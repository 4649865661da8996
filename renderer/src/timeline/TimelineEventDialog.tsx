// The event form in a modal dialog (react-aria-components: focus stays inside, Escape cancels, and
// focus returns to the control that opened it). A click outside does not close it, so a half-typed
// event is not lost by a stray click.
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../../shared/timeline/timelineEvent';
import { TimelineEventForm } from './TimelineEventForm';

export type TimelineEventDialogProps = {
  familyId: string;
  isOpen: boolean;
  /** The event to edit, or null for a new one. */
  event: TimelineEvent | null;
  /** After saving (the event's id) or cancelling, Escape included (null). */
  onDone: (savedId: string | null) => void;
  /** When editing: offer "Delete event". */
  onDelete?: () => void;
};

export function TimelineEventDialog({ familyId, isOpen, event, onDone, onDelete }: TimelineEventDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => !open && onDone(null)} isDismissable={false}>
      <Modal className="modal tl-modal">
        <Dialog className="dialog tl-dialog">
          <Heading slot="title">{event ? t('timeline.form.editTitle', { title: event.title }) : t('timeline.form.addTitle')}</Heading>
          <TimelineEventForm key={event?.id ?? 'new'} familyId={familyId} event={event} onDone={onDone} onDelete={onDelete} idPrefix="timeline-dialog" />
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
