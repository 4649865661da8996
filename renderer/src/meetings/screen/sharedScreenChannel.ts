// How the shared screen follows the facilitator: the facilitator window publishes the current
// SharedScreenView (already filtered for the room by buildSharedScreenView) on a same-origin
// BroadcastChannel, and answers a newly opened screen's "hello" with the latest view. The shared
// screen therefore needs no passphrase, holds no key and never reads the database; locking Kehä or
// closing the facilitator view tells it to clear.
import { useEffect, useRef, useState } from 'react';
import type { SharedScreenView } from '../../../../shared/meeting/sharedScreen';

const channelName = 'keha-shared-screen';

type ChannelMessage =
  | { type: 'hello'; meetingId: string }
  | { type: 'view'; view: SharedScreenView }
  | { type: 'closed'; meetingId: string };

/** Publishes `view` for shared screens of this meeting while the calling component is shown. */
export function useSharedScreenPublisher(meetingId: string, view: SharedScreenView | null): void {
  const latest = useRef(view);
  const channel = useRef<BroadcastChannel | null>(null);
  latest.current = view;

  useEffect(() => {
    const opened = new BroadcastChannel(channelName);
    channel.current = opened;
    opened.onmessage = (event: MessageEvent<ChannelMessage>) => {
      if (event.data.type === 'hello' && event.data.meetingId === meetingId && latest.current) {
        opened.postMessage({ type: 'view', view: latest.current } satisfies ChannelMessage);
      }
    };
    const close = () => opened.postMessage({ type: 'closed', meetingId } satisfies ChannelMessage);
    window.addEventListener('pagehide', close);
    return () => {
      window.removeEventListener('pagehide', close);
      close();
      opened.close();
      channel.current = null;
    };
  }, [meetingId]);

  useEffect(() => {
    if (view) channel.current?.postMessage({ type: 'view', view } satisfies ChannelMessage);
  }, [view]);
}

export type FollowedView = { state: 'waiting' } | { state: 'closed' } | { state: 'showing'; view: SharedScreenView };

/** Follows the facilitator of `meetingId`: asks for the current view and then takes every update. */
export function useFollowedSharedScreen(meetingId: string): FollowedView {
  const [followed, setFollowed] = useState<FollowedView>({ state: 'waiting' });
  useEffect(() => {
    const opened = new BroadcastChannel(channelName);
    opened.onmessage = (event: MessageEvent<ChannelMessage>) => {
      const message = event.data;
      if (message.type === 'view' && message.view.meetingId === meetingId) setFollowed({ state: 'showing', view: message.view });
      if (message.type === 'closed' && message.meetingId === meetingId) setFollowed({ state: 'closed' });
    };
    opened.postMessage({ type: 'hello', meetingId } satisfies ChannelMessage);
    // Ask again now and then, so a screen opened before the facilitator (or after its reload) catches up.
    const timer = window.setInterval(() => opened.postMessage({ type: 'hello', meetingId } satisfies ChannelMessage), 2000);
    return () => {
      window.clearInterval(timer);
      opened.close();
    };
  }, [meetingId]);
  return followed;
}

/** Opens the shared screen for a meeting in its own window (a tab in a browser). */
export function openSharedScreen(meetingId: string): void {
  window.open(`#/screen/${encodeURIComponent(meetingId)}`, `keha-screen-${meetingId}`);
}
