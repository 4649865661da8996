// The private channel between the chair's view and the room's shared screen. The chair's window
// opens the screen window itself (window.open, keeping the reference); the screen, once loaded,
// says "ready" to its window.opener, and the chair's window answers only that window, on its own
// origin, with one end of a MessageChannel. Every view travels over that port and nowhere else: no
// BroadcastChannel, no storage, so no other page of the origin (a locked tab, another window) can
// read or ask for anything. The screen pings over the port; the chair's window answers with the
// current view while its run view is shown, and the screen drops what it shows when it hears
// nothing for a while. See docs/architecture.md: The room's shared screen.
import type { RoomView } from '../../../../shared/meeting/roomView';

/** How often the screen asks the chair's window whether it is still there. */
export const screenPingMs = 2_000;
/** A screen that has heard nothing over its port for this long clears what it shows. */
export const screenSilenceMs = 6_000;
/** How long a screen waits for its port before it says to open it again from the chair's view. */
export const screenLinkWaitMs = 4_000;

/** Said over window.postMessage, between the two windows, before the port exists. */
export type ScreenHandshake = { kind: 'keha-screen-ready'; meetingId: string } | { kind: 'keha-screen-port'; meetingId: string };

/** Said over the port. */
export type ScreenPortMessage =
  /** Chair → screen: what to show now. */
  | { type: 'view'; view: RoomView }
  /** Chair → screen: show nothing (the chair left the run, closed the window, or Kehä locked). */
  | { type: 'clear' }
  /** Chair → screen: still here, and what the screen shows is current. */
  | { type: 'alive' }
  /** Screen → chair: still there? (`showing`: whether it shows a view, else it wants the view.) */
  | { type: 'ping'; showing: boolean };

/** The name of the screen window of a meeting, so opening it again reuses the same window. */
export const screenWindowName = (meetingId: string) => `keha-screen-${meetingId}`;

/** The screen's address: the app's own document at #/screen/<id>, without any query. */
export const screenUrl = (meetingId: string) => `${window.location.pathname}#/screen/${encodeURIComponent(meetingId)}`;

/**
 * The origin to address the other window with. A page served over http(s) names its own origin;
 * the desktop app's file:// page has no origin that postMessage can name, so there it must be '*',
 * and the target is checked first to be a Kehä document (the Electron shell lets no window of the
 * app navigate anywhere else).
 */
export function targetOrigin(): string {
  return window.location.protocol === 'file:' ? '*' : window.location.origin;
}

/** Whether a message event came from this origin. */
export function fromOwnOrigin(event: MessageEvent): boolean {
  if (window.location.protocol === 'file:') return event.origin === 'file://' || event.origin === 'null';
  return event.origin === window.location.origin;
}

/** Whether `target` shows this app's document (same origin and path), read without throwing. */
export function showsThisApp(target: Window): boolean {
  try {
    return target.location.origin === window.location.origin && target.location.pathname === window.location.pathname;
  } catch {
    return false;
  }
}

export function isHandshake(data: unknown, kind: ScreenHandshake['kind'], meetingId: string): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Partial<ScreenHandshake>;
  return message.kind === kind && message.meetingId === meetingId;
}
