// The chair's button for the room's shared screen, and what it says about the screen it opened:
// open and following, or lost (closed, reloaded without its chair, silent), with a button to
// reconnect it, which reloads that window and hands it a new private port (screenLink.ts).
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../components/Notifications';
import { openSharedScreen, useScreenLink } from '../screen/screenLink';

export function ScreenLinkControl({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const state = useScreenLink(meetingId);
  const open = () => {
    if (!openSharedScreen(meetingId)) notify({ message: (t) => t('roomScreen.blocked') });
  };
  return (
    <>
      <button type="button" className="button" onClick={open} title={t('run.controls.sharedScreenHelp')}>
        {state === 'lost' ? t('roomScreen.reconnect') : t('run.controls.openSharedScreen')}
      </button>
      <span className={state === 'lost' ? 'run-screen-link-lost' : 'visually-hidden'} role="status" data-testid="screen-link-state">
        {state === 'connected' ? t('roomScreen.connected') : state === 'lost' ? t('roomScreen.lost') : ''}
      </span>
    </>
  );
}
