// The screen's side of the room's screen channel (sharedScreenChannel.ts): asks the window that opened
// it for a port, accepts one only from that window and this origin, and then shows what arrives over
// it. It pings over the port and clears what it shows when the chair's window says so or has been
// silent for screenSilenceMs. Without an opener (the address typed, or the chair's window gone) it
// says to open the screen again from the chair's view.
import { useEffect, useState } from 'react';
import type { RoomView } from '../../../../shared/meeting/roomView';
import {
  fromOwnOrigin,
  isHandshake,
  screenLinkWaitMs,
  screenPingMs,
  screenSilenceMs,
  targetOrigin,
  type ScreenHandshake,
  type ScreenPortMessage,
} from './sharedScreenChannel';

export type FollowedView =
  /** Asking the chair's window for a port. */
  | { state: 'connecting' }
  /** No port: opened by address, or the chair's window did not answer. */
  | { state: 'unlinked' }
  /** The chair's view left the run, closed, locked or went silent. */
  | { state: 'closed' }
  | { state: 'showing'; view: RoomView };

export function useFollowedSharedScreen(meetingId: string): FollowedView {
  const [followed, setFollowed] = useState<FollowedView>(() => (window.opener ? { state: 'connecting' } : { state: 'unlinked' }));

  useEffect(() => {
    const opener = window.opener as Window | null;
    if (!opener) {
      setFollowed({ state: 'unlinked' });
      return;
    }
    setFollowed({ state: 'connecting' });
    let port: MessagePort | null = null;
    // Pings sent since the chair's window last said anything. Counted in pings, not measured on the
    // clock, so a clock that jumps (a laptop waking from sleep) does not clear a screen that is still fed.
    let unanswered = 0;
    let showing = false;
    const ping = () => port?.postMessage({ type: 'ping', showing } satisfies ScreenPortMessage);
    let asked = 0;

    const onPortMessage = (event: MessageEvent<ScreenPortMessage>) => {
      const message = event.data;
      unanswered = 0;
      if (message?.type === 'view') {
        showing = true;
        setFollowed({ state: 'showing', view: message.view });
      } else if (message?.type === 'clear') {
        showing = false;
        setFollowed({ state: 'closed' });
      }
    };

    const onWindowMessage = (event: MessageEvent) => {
      if (event.source !== opener || !fromOwnOrigin(event) || !isHandshake(event.data, 'keha-screen-port', meetingId)) return;
      const [received] = event.ports;
      if (!received || event.ports.length !== 1) return;
      if (port) {
        port.onmessage = null;
        port.close();
      }
      port = received;
      unanswered = 0;
      port.onmessage = onPortMessage;
      ping();
    };
    window.addEventListener('message', onWindowMessage);

    const ready = () => {
      try {
        opener.postMessage({ kind: 'keha-screen-ready', meetingId } satisfies ScreenHandshake, targetOrigin());
      } catch {
        // The opener is gone: the wait below ends in "open it again".
      }
    };
    ready();

    const timer = window.setInterval(() => {
      if (!port) {
        // Keep asking: the chair may open the screen again from a reloaded chair's view, which finds
        // this window by its name without reloading it.
        asked += 1;
        if (asked * screenPingMs >= screenLinkWaitMs) setFollowed((previous) => (previous.state === 'connecting' ? { state: 'unlinked' } : previous));
        ready();
        return;
      }
      // Nothing heard for a while: the chair's window is gone or frozen; show nothing of the meeting,
      // and ask the opener for a new port (a reloaded chair's view that opens the screen again).
      if (unanswered * screenPingMs >= screenSilenceMs) {
        showing = false;
        setFollowed((previous) => (previous.state === 'showing' || previous.state === 'connecting' ? { state: 'closed' } : previous));
        ready();
      }
      ping();
      unanswered += 1;
    }, screenPingMs);

    return () => {
      window.clearInterval(timer);
      window.removeEventListener('message', onWindowMessage);
      if (port) {
        port.onmessage = null;
        port.close();
      }
    };
  }, [meetingId]);

  return followed;
}
