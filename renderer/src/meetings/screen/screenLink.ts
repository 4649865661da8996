// The chair's side of the room's screen (the channel itself: sharedScreenChannel.ts). This window
// keeps, per meeting, the screen window it opened and the port it handed that window. The run view
// publishes the room's view here while it is shown; it goes to the screen only over the port, and
// only while the screen window is open. Leaving the run view (or closing this window) clears the
// screen. See docs/architecture.md: The room's shared screen.
import { useEffect, useSyncExternalStore } from 'react';
import type { RoomView } from '../../../../shared/meeting/roomView';
import {
  fromOwnOrigin,
  isHandshake,
  screenLinkWaitMs,
  screenSilenceMs,
  screenUrl,
  screenWindowName,
  showsThisApp,
  targetOrigin,
  type ScreenHandshake,
  type ScreenPortMessage,
} from './sharedScreenChannel';

type Link = {
  meetingId: string;
  /** The window this page opened for the screen (the reference window.open returned). */
  screen: Window;
  port: MessagePort | null;
  /** When the screen last pinged (epoch ms), or null before it first did. */
  heardAt: number | null;
  /** When this window opened (or reopened) it, epoch ms. */
  openedAt: number;
};

/** The link as the chair's view shows it: never opened here, showing this meeting, or lost. */
export type ScreenLinkState = 'none' | 'connected' | 'lost';

const links = new Map<string, Link>();
/** The meetings whose run view is shown in this window, each with its latest view (null: none built yet). */
const published = new Map<string, RoomView | null>();

/** What the screen of a meeting should show now. */
function current(meetingId: string): ScreenPortMessage {
  const view = published.get(meetingId);
  return view ? { type: 'view', view } : { type: 'clear' };
}
const listeners = new Set<() => void>();
let watching = false;

function changed() {
  for (const listener of listeners) listener();
}

function send(link: Link, message: ScreenPortMessage) {
  link.port?.postMessage(message);
}

function dropPort(link: Link) {
  if (!link.port) return;
  link.port.onmessage = null;
  link.port.close();
  link.port = null;
}

/** Answers a screen window that says it is ready: only the one this page opened, on its own origin. */
function onWindowMessage(event: MessageEvent) {
  if (!fromOwnOrigin(event)) return;
  for (const link of links.values()) {
    if (event.source !== link.screen || !isHandshake(event.data, 'keha-screen-ready', link.meetingId)) continue;
    if (!showsThisApp(link.screen)) return;
    dropPort(link);
    const channel = new MessageChannel();
    link.port = channel.port1;
    link.heardAt = Date.now();
    channel.port1.onmessage = (portEvent: MessageEvent<ScreenPortMessage>) => {
      if (portEvent.data?.type !== 'ping') return;
      link.heardAt = Date.now();
      const now = current(link.meetingId);
      send(link, now.type === 'view' && portEvent.data.showing ? { type: 'alive' } : now);
      changed();
    };
    link.screen.postMessage({ kind: 'keha-screen-port', meetingId: link.meetingId } satisfies ScreenHandshake, targetOrigin(), [channel.port2]);
    send(link, current(link.meetingId));
    changed();
    return;
  }
}

/** Closing or reloading this window (a lock reloads it) clears every screen it feeds. */
function onPageHide() {
  for (const link of links.values()) send(link, { type: 'clear' });
}

function watch() {
  if (watching) return;
  watching = true;
  window.addEventListener('message', onWindowMessage);
  window.addEventListener('pagehide', onPageHide);
}

/**
 * Opens the meeting's screen window (a tab in a browser), or brings back the one already open and
 * connected. Opening it again (the screen was closed, or lost its chair's window) finds that window
 * by its name, or opens a new one; a screen without a live port keeps asking its opener and is handed
 * a new one. Returns false when the browser refused to open a window.
 */
export function openSharedScreen(meetingId: string): boolean {
  watch();
  const existing = links.get(meetingId);
  if (existing && linkState(existing) === 'connected') {
    existing.screen.focus();
    return true;
  }
  const screen = window.open(screenUrl(meetingId), screenWindowName(meetingId));
  if (!screen) return false;
  if (existing) dropPort(existing);
  links.set(meetingId, { meetingId, screen, port: null, heardAt: null, openedAt: Date.now() });
  changed();
  return true;
}

function linkState(link: Link | undefined): ScreenLinkState {
  if (!link) return 'none';
  if (link.screen.closed) return 'lost';
  if (link.port && link.heardAt !== null && Date.now() - link.heardAt <= screenSilenceMs) return 'connected';
  // Just opened, still loading: give it the time a screen waits for its port, and then some.
  if (!link.port && Date.now() - link.openedAt <= screenLinkWaitMs + screenSilenceMs) return 'connected';
  return 'lost';
}

/** Sends the meeting's current view to its screen, if this window opened one and it is open. */
function sendCurrent(meetingId: string) {
  const link = links.get(meetingId);
  if (!link) return;
  if (link.screen.closed) {
    dropPort(link);
    return;
  }
  send(link, current(meetingId));
}

/**
 * While the calling component is shown, publishes `view` (already reduced to what the screen draws)
 * to the meeting's screen, if this window opened one; when the component goes away, the screen clears.
 */
export function useScreenPublisher(meetingId: string, view: RoomView | null): void {
  useEffect(() => {
    published.set(meetingId, null);
    return () => {
      published.delete(meetingId);
      sendCurrent(meetingId);
    };
  }, [meetingId]);
  useEffect(() => {
    published.set(meetingId, view);
    sendCurrent(meetingId);
  }, [meetingId, view]);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  // The screen window can close or go silent without telling: look now and then while anyone shows the state.
  const timer = window.setInterval(changed, 2_000);
  return () => {
    listeners.delete(listener);
    window.clearInterval(timer);
  };
}

/** The state of this window's link to the meeting's screen, kept up to date. */
export function useScreenLink(meetingId: string): ScreenLinkState {
  return useSyncExternalStore(subscribe, () => linkState(links.get(meetingId)));
}
