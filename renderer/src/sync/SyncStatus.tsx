// The header's sync status, in words: nothing without a team server; otherwise "Synced" (with the
// last time as its tooltip), "Syncing 3 changes", "Offline since 10:42 · 3 changes waiting", or
// "Sync problem", which opens (by keyboard too: it is a disclosure) to say what is wrong and what to
// do. Screen readers hear, politely, only when the connection is lost, comes back or a problem
// starts: not each change counted down while syncing (docs/architecture.md: Sync between the team's
// computers).
import { useEffect, useRef, useState } from 'react';
import type { SyncStatus as Status } from '../db/syncTypes';
import { useSync } from '../db/syncContext';
import { useText, type Translate } from '../i18n/keys';
import { problemText, useSyncStatusWords } from './syncWords';
import './sync.css';

export function SyncStatus() {
  const { status } = useSync();
  const t = useText();
  const words = useSyncStatusWords(status);
  const announcement = useAnnouncement(status, t);
  if (!words) return null;
  return (
    <div className={`sync-status sync-${status.state}`}>
      {status.state === 'problem' ? (
        <details className="sync-problem">
          <summary>{words.text}</summary>
          <div className="sync-problem-details">
            {words.explanation.map((sentence) => (
              <p key={sentence}>{sentence}</p>
            ))}
          </div>
        </details>
      ) : (
        <span className="sync-status-text" title={words.title ?? undefined}>
          {words.text}
          {words.title && <span className="visually-hidden">{` (${words.title})`}</span>}
        </span>
      )}
      <span className="visually-hidden" role="status">
        {announcement}
      </span>
    </div>
  );
}

type Kind = 'ok' | 'offline' | `problem:${string}` | 'off';

const kindOf = (status: Status): Kind =>
  status.state === 'synced' || status.state === 'syncing' ? 'ok' : status.state === 'problem' ? `problem:${status.problem}` : status.state;

/**
 * What the live region says: empty at first (the status is there to read), then a sentence each
 * time the connection is lost, comes back or a problem starts; counts and times are left out, so a
 * sync counting down its changes says nothing.
 */
function useAnnouncement(status: Status, t: Translate): string {
  const kind = kindOf(status);
  const previous = useRef(kind);
  const [announcement, setAnnouncement] = useState('');
  const problem = status.state === 'problem' ? status.problem : null;
  useEffect(() => {
    const before = previous.current;
    if (before === kind) return;
    previous.current = kind;
    setAnnouncement(
      kind === 'off' || (kind === 'ok' && before === 'off')
        ? ''
        : kind === 'ok'
        ? t('sync.status.announceOnline')
        : kind === 'offline'
          ? t('sync.status.announceOffline')
          : problem
            ? t('sync.status.announceProblem', { problem: problemText(problem, t) })
            : '',
    );
  }, [kind, problem, t]);
  return announcement;
}
