// Listens for the facilitator view's keyboard shortcuts (shared/meeting/runShortcuts.ts) on the
// whole window and hands each command to the view. Ignored while a dialog is open, so a shortcut
// never acts behind a confirmation or the risk-score dialog. A held key gives one command: the
// keyboard's auto-repeat is not a press (holding Alt+→ must not run through the meeting).
import { useEffect, useRef } from 'react';
import { commandForKey, type RunCommand } from '../../../../shared/meeting/runShortcuts';

export function useRunShortcuts(onCommand: (command: RunCommand) => void): void {
  const latest = useRef(onCommand);
  latest.current = onCommand;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (event.repeat) {
        if (commandForKey(event, isTextField(event.target))) event.preventDefault();
        return;
      }
      if (document.querySelector('.modal-overlay')) return;
      const command = commandForKey(event, isTextField(event.target));
      if (!command) return;
      event.preventDefault();
      latest.current(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  return false;
}
