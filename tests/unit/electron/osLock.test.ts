// Unit tests for electron/main/osLock.ts: the computer's screen lock and suspend each tell every
// live window to lock, with a message that carries nothing; other power events do not.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';

import { ipcEvents } from '../../../shared/ipc/channels';
import { osLockEvents, wireOsLock, type WindowLike } from '../../../electron/main/osLock';

const fakeWindow = (destroyed = false) => {
  const sent: unknown[][] = [];
  const window: WindowLike & { sent: unknown[][] } = {
    sent,
    isDestroyed: () => destroyed,
    webContents: { isDestroyed: () => destroyed, send: (...args: unknown[]) => void sent.push(args) },
  };
  return window;
};

describe('wireOsLock', () => {
  it.each(['lock-screen', 'suspend'] as const)('sends keha:os-lock, and nothing else, to every open window on %s', (event) => {
    const monitor = new EventEmitter();
    const windows = [fakeWindow(), fakeWindow()];
    wireOsLock(monitor, () => windows);
    monitor.emit(event);
    for (const window of windows) expect(window.sent).toEqual([[ipcEvents.osLock]]);
  });

  it('reaches windows opened after it was wired, and skips closed ones', () => {
    const monitor = new EventEmitter();
    const windows: ReturnType<typeof fakeWindow>[] = [];
    wireOsLock(monitor, () => windows);
    const later = fakeWindow();
    const closed = fakeWindow(true);
    windows.push(later, closed);
    monitor.emit('lock-screen');
    expect(later.sent).toEqual([[ipcEvents.osLock]]);
    expect(closed.sent).toEqual([]);
  });

  it.each(['unlock-screen', 'resume', 'on-ac', 'on-battery', 'user-did-become-active', 'shutdown'])('does nothing on %s', (event) => {
    const monitor = new EventEmitter();
    const window = fakeWindow();
    wireOsLock(monitor, () => [window]);
    monitor.emit(event);
    expect(window.sent).toEqual([]);
  });

  it('listens to exactly the screen lock and suspend', () => {
    const monitor = new EventEmitter();
    wireOsLock(monitor, () => []);
    expect(osLockEvents).toEqual(['lock-screen', 'suspend']);
    expect(monitor.eventNames().sort()).toEqual(['lock-screen', 'suspend']);
  });
});
