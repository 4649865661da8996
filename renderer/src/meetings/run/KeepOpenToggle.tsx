// The chair's "Keep Kehä open during this meeting": a checkbox in the running meeting's view. While
// ticked this window does not lock by itself when unused (renderer/src/vault/keepOpen.ts); leaving
// the view, finishing the meeting (the view becomes the finished one) or a reload lets go. The Lock
// button, a lock in another window and the computer's screen lock still lock.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { holdOpen } from '../../vault';

export function KeepOpenToggle() {
  const { t } = useTranslation();
  const helpId = useId();
  const [kept, setKept] = useState(false);
  useEffect(() => (kept ? holdOpen() : undefined), [kept]);
  return (
    <div className="run-keep-open">
      <label className="inline-check">
        <input type="checkbox" checked={kept} onChange={(event) => setKept(event.target.checked)} aria-describedby={helpId} />
        {t('shell.keepOpen.label')}
      </label>
      <p className="help" id={helpId}>
        {kept ? t('shell.keepOpen.on') : t('shell.keepOpen.help')}
      </p>
    </div>
  );
}
