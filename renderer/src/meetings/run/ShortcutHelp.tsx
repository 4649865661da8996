// The keyboard shortcut help: every shortcut of the facilitator view from the one shortcut map,
// and the app-wide Alt+U of the messages (components/Notifications.tsx), described in the UI language, in an accessible modal dialog (Escape or Close returns focus).
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { runShortcuts } from '../../../../shared/meeting/runShortcuts';
import { quickRoundKeys } from '../../../../shared/meeting/quickRound';

export function ShortcutHelp({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => !open && onClose()} isDismissable>
      <Modal className="modal run-help-modal">
        <Dialog className="dialog">
          <Heading slot="title">{t('run.shortcuts.title')}</Heading>
          <p>{t('run.shortcuts.intro')}</p>
          <table className="run-shortcut-table">
            <tbody>
              {runShortcuts.map((shortcut) => (
                <tr key={shortcut.command}>
                  <th scope="row">
                    {shortcut.chords.map((chord, index) => (
                      <span key={chord.label}>
                        {index > 0 && ' / '}
                        <kbd>{chord.label}</kbd>
                        {!chord.alt && chord.outsideFieldsOnly && <span className="help"> {t('run.shortcuts.helpOutsideFields')}</span>}
                      </span>
                    ))}
                  </th>
                  <td>{t(`run.shortcuts.${shortcut.command}`)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">
                  <kbd>Alt + U</kbd>
                </th>
                <td>{t('run.shortcuts.notificationAction')}</td>
              </tr>
              {/* On a deep dive still to come in the agenda list (AgendaList.tsx). */}
              <tr>
                <th scope="row">
                  <kbd>Alt + ↑</kbd> / <kbd>Alt + ↓</kbd>
                </th>
                <td>{t('agenda.list.moveShortcut')}</td>
              </tr>
              {/* In a line of the quick round (QuickRoundLine.tsx). */}
              <tr>
                <th scope="row">
                  <kbd>↑</kbd> / <kbd>↓</kbd>
                </th>
                <td>{t('quickRound.shortcuts.lines')}</td>
              </tr>
              {(Object.keys(quickRoundKeys) as (keyof typeof quickRoundKeys)[]).map((command) => (
                <tr key={command}>
                  <th scope="row">
                    <kbd>{quickRoundKeys[command].label}</kbd>
                  </th>
                  <td>{t(`quickRound.shortcuts.${command}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="dialog-actions">
            <Button className="button primary" onPress={onClose} autoFocus>
              {t('run.shortcuts.close')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
