// Locking Kehä when the computer locks: the OS screen lock and suspend (powerMonitor's
// 'lock-screen' and 'suspend') each send every open window the no-data message `keha:os-lock`; the
// app's window then locks the same way as its Lock button (renderer/src/vault/lockSignal.ts).
// Written against small interfaces instead of Electron's own objects so it is unit-tested with a
// fake power monitor.
import { ipcEvents } from '../../shared/ipc/channels';

/** The powerMonitor events that lock Kehä. */
export const osLockEvents = ['lock-screen', 'suspend'] as const;

export type PowerMonitorLike = { on(event: (typeof osLockEvents)[number], listener: () => void): unknown };
export type WindowLike = { isDestroyed(): boolean; webContents: { isDestroyed(): boolean; send(channel: string): void } };

/** Tells every live window to lock whenever the computer's screen locks or it suspends. */
export const wireOsLock = (monitor: PowerMonitorLike, windows: () => readonly WindowLike[]): void => {
  const lockAll = () => {
    for (const window of windows()) {
      if (!window.isDestroyed() && !window.webContents.isDestroyed()) window.webContents.send(ipcEvents.osLock);
    }
  };
  for (const event of osLockEvents) monitor.on(event, lockAll);
};
