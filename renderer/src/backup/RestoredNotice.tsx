// After a restore the window reloads to the unlock screen (the restored vault has its own header,
// so the key may have changed). A flag in sessionStorage, which holds no data, lets that screen say
// why it is there and which passphrase opens it. Cleared once the vault is open.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { announceLock, reloadLocked } from '../vault';

const restoredFlag = 'keha-restored';

/** Ends this page (and locks every other window) after a restore: a fresh page asks for the backup's passphrase. */
export function lockAfterRestore(): void {
  try {
    sessionStorage.setItem(restoredFlag, '1');
  } catch {
    // Without sessionStorage the unlock screen just does not explain itself.
  }
  announceLock();
  reloadLocked();
}

export function RestoredNotice() {
  const { t } = useTranslation();
  const [restored] = useState(() => {
    try {
      return sessionStorage.getItem(restoredFlag) !== null;
    } catch {
      return false;
    }
  });
  // The unlock screen goes away once the vault is open: the notice has been read.
  useEffect(
    () => () => {
      try {
        sessionStorage.removeItem(restoredFlag);
      } catch {
        // Nothing to clear.
      }
    },
    [],
  );
  if (!restored) return null;
  return (
    <p className="notice" role="status">
      {t('restore.restoredNotice')}
    </p>
  );
}
