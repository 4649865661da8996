// Above every screen while some records were changed in the same place on this computer and on
// another (docs/domain.md: Changed on another computer): names each one by its family's code and
// kind (never its content), each with "Compare and choose", which opens both versions.
import { useEffect, useId, useRef, useState } from 'react';
import { useSync } from '../db/syncContext';
import { useText } from '../i18n/keys';
import { ConflictDialog } from './ConflictDialog';
import { recordName } from './conflictFields';
import './sync.css';

export function ConflictNotice() {
  const t = useText();
  const { conflicts } = useSync();
  const [opened, setOpened] = useState<string | null>(null);
  // The record just kept: once it has left the list (its button with it), the focus goes to the
  // next record's button, or to the screen's heading when none is left.
  const [kept, setKept] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const id = useId();
  const entries = conflicts ?? [];
  useEffect(() => {
    if (kept === null || entries.some((entry) => entry.id === kept)) return;
    setKept(null);
    (list.current?.querySelector<HTMLElement>('button') ?? document.querySelector<HTMLElement>('main h1'))?.focus();
  }, [kept, entries]);
  return (
    <>
      {entries.length > 0 && (
        <section className="card sync-conflict-notice" aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`}>{t('syncConflict.notice.title')}</h2>
          <p role="status">{t('syncConflict.notice.count', { count: entries.length })}</p>
          <ul ref={list}>
            {entries.map((entry) => (
              <li key={entry.id}>
                <span id={`${id}-${entry.id}`}>{recordName(entry, t)}</span>
                <button type="button" className="button" aria-describedby={`${id}-${entry.id}`} onClick={() => setOpened(entry.id)}>
                  {t('syncConflict.notice.compare')}
                </button>
              </li>
            ))}
          </ul>
          <p className="help">{t('syncConflict.notice.body')}</p>
        </section>
      )}
      <ConflictDialog
        conflictId={opened}
        onClose={(outcome) => {
          if (outcome === 'kept') setKept(opened);
          setOpened(null);
        }}
      />
    </>
  );
}
