// The activity log on the Data and security screen: newest first, filtered by kind of event and by
// family code, and exported as CSV for the data-protection officer through the platform's save (a
// download in a browser). Entries hold a kind, a time, a code and who was using the computer (a
// member's id, shown by name; activityRepository.ts).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { format } from 'date-fns';
import { TextField } from '../components/TextField';
import { useNotify } from '../components/Notifications';
import { activityCsv, activityKinds, filterActivity, isActivityKind, type ActivityKind, useActivityLog, useSettingsCommands } from '../db/commands/settingsCommands';
import { formatDate, useLanguage } from '../i18n/i18n';
import { useText } from '../i18n/keys';
import { useMembers } from '../db/hooks';
import { getPlatform } from '../platform/platform';
import '../components/document/document.css';

/** The log shows this many of the newest matching entries; the export holds them all. */
const shownAtMost = 200;

export function ActivityLogSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const commands = useSettingsCommands();
  const notify = useNotify();
  const entries = useActivityLog();
  const text = useText();
  const members = useMembers();
  const names = new Map((members ?? []).map((member) => [member.id, member.name]));
  // A member deleted since, or whose record cannot be read, is named as not known.
  const byName = (memberId: string | null) => (memberId ? (names.get(memberId) ?? text('together.log.unknown')) : '');
  const [kind, setKind] = useState<ActivityKind | 'all'>('all');
  const [code, setCode] = useState('');
  const kindText = (value: ActivityKind) => (isActivityKind(value) ? t(`retention.log.kinds.${value}`) : String(value));
  const matching = entries ? filterActivity(entries, { kind, code }) : [];

  async function exportLog() {
    const fileName = `${t('retention.log.fileName')}-${format(new Date(), 'yyyy-MM-dd')}.csv`;
    try {
      const content = activityCsv(
        matching,
        { at: t('retention.log.time'), kind: t('retention.log.kind'), familyCode: t('retention.log.familyCode'), by: text('together.log.by') },
        kindText,
        byName,
      );
      const result = await getPlatform().saveTextFile({ suggestedName: fileName, content, mimeType: 'text/csv' });
      if (result.status !== 'saved') return;
      await commands.recordActivity.orThrow('activityLogExported');
      notify({ message: (tr) => tr('retention.log.exported', { file: result.path || fileName }) });
    } catch (error) {
      notify({ message: (tr) => tr('retention.log.exportFailed', { reason: error instanceof Error ? error.message : String(error) }) });
    }
  }

  return (
    <section aria-labelledby="settings-activity-heading" className="settings-activity">
      <h2 id="settings-activity-heading">{t('retention.log.heading')}</h2>
      <p className="help">{t('retention.log.help')}</p>
      <div className="activity-filters">
        <div className="field">
          <label htmlFor="activity-kind">{t('retention.log.filterKind')}</label>
          <select id="activity-kind" value={kind} onChange={(event) => setKind(event.target.value as ActivityKind | 'all')}>
            <option value="all">{t('retention.log.allKinds')}</option>
            {activityKinds.map((value) => (
              <option key={value} value={value}>
                {kindText(value)}
              </option>
            ))}
          </select>
        </div>
        <TextField id="activity-code" label={t('retention.log.filterCode')} value={code} onChange={setCode} help={t('retention.log.filterCodeHelp')} error={null} type="search" />
      </div>
      <p>
        <button type="button" className="button" onClick={() => void exportLog()} disabled={!entries || matching.length === 0}>
          {t('retention.log.export')}
        </button>
      </p>
      {entries === undefined ? (
        <p role="status">{t('app.loading')}</p>
      ) : entries.length === 0 ? (
        <p className="empty">{t('retention.log.empty')}</p>
      ) : matching.length === 0 ? (
        <p className="empty">{t('retention.log.noMatch')}</p>
      ) : (
        <>
          <p className="meta" role="status">
            {t('retention.log.shown', { count: matching.length })}
          </p>
          <table className="record-table activity-log" aria-labelledby="settings-activity-heading">
            <thead>
              <tr>
                <th scope="col">{t('retention.log.time')}</th>
                <th scope="col">{t('retention.log.kind')}</th>
                <th scope="col">{t('retention.log.familyCode')}</th>
                <th scope="col">{text('together.log.by')}</th>
              </tr>
            </thead>
            <tbody>
              {matching.slice(0, shownAtMost).map((entry) => (
                <tr key={entry.id}>
                  <td>{formatDate(entry.at, language, 'longWithTime')}</td>
                  <td>{kindText(entry.kind)}</td>
                  <td>{entry.familyCode ?? t('retention.log.noFamily')}</td>
                  <td>{entry.by ? byName(entry.by) : text('together.log.unknown')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
