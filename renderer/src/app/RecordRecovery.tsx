// What the user sees when a stored record cannot be read (docs/architecture.md: Data): a notice
// naming the records the lists left out (by table and family code only, never content), and a
// boundary around each screen that says what failed and offers a way back instead of a blank window.
import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore, type ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/router';
import { useSession } from '../db/sessionContext';
import { subscribeUnreadable, unreadableRecords, UnreadableRecordError, type UnreadableRecord } from '../db/sealedRecords';

const knownTables = new Set([
  'families',
  'members',
  'team',
  'meetings',
  'meetingNotes',
  'hypotheses',
  'hypothesisRevisions',
  'riskRounds',
  'actions',
  'timelineEvents',
  'threeHousesSessions',
  'carePeriods',
  'goalRatings',
]);

function useTableName(): (table: string) => string {
  const { t } = useTranslation();
  return (table) => t(`recovery.table.${knownTables.has(table) ? table : 'other'}` as 'recovery.table.other');
}

/** The records the lists have left out since unlocking, grouped by family and table. */
export function UnreadableNotice() {
  const { t } = useTranslation();
  const tableName = useTableName();
  const session = useSession();
  const records = useSyncExternalStore(subscribeUnreadable, () => unreadableRecords(session));
  const familyIds = [...new Set(records.flatMap((record) => (record.familyId && !record.code ? [record.familyId] : [])))];
  // Codes are clear fields: read from the rows, so a family whose own payload is damaged is still named.
  const codes = useLiveQuery(
    async () => new Map((await session.db.families.bulkGet(familyIds)).flatMap((row) => (row ? [[row.id, row.code] as const] : []))),
    [session, familyIds.join()],
  );
  if (records.length === 0) return null;
  const groups = new Map<string, { code: string | null; table: string; count: number }>();
  for (const record of records) {
    const code = codeOf(record, codes);
    const key = `${code ?? ''}/${record.table}`;
    const group = groups.get(key) ?? { code, table: record.table, count: 0 };
    group.count += 1;
    groups.set(key, group);
  }
  return (
    <div className="card unreadable-notice" role="status">
      <p>
        <strong>{t('recovery.unreadableTitle')}</strong>
      </p>
      <ul>
        {[...groups.entries()].map(([key, group]) => (
          <li key={key}>
            {group.code
              ? t('recovery.unreadableOfFamily', { count: group.count, code: group.code, what: tableName(group.table) })
              : t('recovery.unreadableOther', { count: group.count, what: tableName(group.table) })}
          </li>
        ))}
      </ul>
      <p>{t('recovery.unreadableBody')}</p>
    </div>
  );
}

function codeOf(record: UnreadableRecord, codes: Map<string, string> | undefined): string | null {
  return record.code ?? (record.familyId ? (codes?.get(record.familyId) ?? null) : null);
}

/** Around one routed screen: an error in it shows what failed, "Try again" and the way back; navigating resets it. */
export function ScreenBoundary({ resetKey, children }: { resetKey: string; children: ReactNode }) {
  return (
    <ErrorBoundary resetKeys={[resetKey]} FallbackComponent={ScreenFailed}>
      {children}
    </ErrorBoundary>
  );
}

function ScreenFailed({ error, resetErrorBoundary }: FallbackProps) {
  const { t } = useTranslation();
  const tableName = useTableName();
  return (
    <section className="card screen-failed" role="alert" aria-labelledby="screen-failed-title">
      <h1 id="screen-failed-title" tabIndex={-1}>
        {t('recovery.screenFailedTitle')}
      </h1>
      <p>
        {error instanceof UnreadableRecordError
          ? t('recovery.screenUnreadable', { what: tableName(error.table) })
          : t('recovery.screenFailed')}
      </p>
      <div className="dialog-actions">
        <button
          type="button"
          className="button primary"
          onClick={() => {
            navigate({ name: 'families' });
            resetErrorBoundary();
          }}
        >
          {t('recovery.backToFamilies')}
        </button>
        <button type="button" className="button" onClick={resetErrorBoundary}>
          {t('recovery.tryAgain')}
        </button>
      </div>
    </section>
  );
}
