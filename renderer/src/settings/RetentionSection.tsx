// "How long family data is kept" on the Data and security screen: the team's retention time (in the
// clear: it is no family data), the closed families that may now be erased (closed for that long,
// every summary transferred to the client record), and erasure with a confirmation that names the
// family and counts what goes (docs/architecture.md: Retention and the activity log). The activity
// log follows as its own section.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { storageErrorText } from '../db/storageErrors';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useNotify } from '../components/Notifications';
import {
  retentionChoices,
  type ErasureCandidate,
  type ErasureCounts,
  useErasureCandidates,
  useRetentionMonths,
  useSettingsCommands,
} from '../db/commands/settingsCommands';
import { formatDate, useLanguage } from '../i18n/i18n';
import { ActivityLogSection } from './ActivityLogSection';

const countedKinds = ['meetings', 'notes', 'hypotheses', 'actions', 'riskRounds', 'timelineEvents', 'threeHousesSessions', 'genograms', 'networkMaps', 'quickRoundLines', 'carePeriods', 'summaries'] as const satisfies readonly (keyof ErasureCounts)[];

export function RetentionSection() {
  const { t } = useTranslation();
  return (
    <>
      <section aria-labelledby="settings-retention-heading" className="settings-retention">
        <h2 id="settings-retention-heading">{t('retention.heading')}</h2>
        <RetentionChoice />
        <ErasureList />
      </section>
      <ActivityLogSection />
    </>
  );
}

function RetentionChoice() {
  const { t } = useTranslation();
  const commands = useSettingsCommands();
  const months = useRetentionMonths();
  if (months === undefined) return null;
  return (
    <div className="field">
      <label htmlFor="retention-months">{t('retention.choiceLabel')}</label>
      <select
        id="retention-months"
        aria-describedby="retention-help"
        value={months}
        onChange={(event) => void commands.saveRetentionMonths(Number(event.target.value))}
      >
        {retentionChoices.map((choice) => (
          <option key={choice} value={choice}>
            {t('retention.months', { count: choice })}
          </option>
        ))}
      </select>
      <p className="help" id="retention-help">
        {t('retention.choiceHelp')}
      </p>
    </div>
  );
}

function ErasureList() {
  const { t } = useTranslation();
  const language = useLanguage();
  const commands = useSettingsCommands();
  const notify = useNotify();
  const candidates = useErasureCandidates();
  const [confirming, setConfirming] = useState<{ candidate: ErasureCandidate; counts: ErasureCounts } | null>(null);
  const report = commands.report;

  async function ask(candidate: ErasureCandidate) {
    try {
      setConfirming({ candidate, counts: await commands.countErasure.orThrow(candidate.id) });
    } catch (error) {
      report(error);
    }
  }

  async function erase() {
    if (!confirming) return;
    const { code, id } = confirming.candidate;
    setConfirming(null);
    try {
      await commands.eraseFamily.orThrow(id, code);
      notify({ message: (tr) => tr('retention.erased', { code }) });
    } catch (error) {
      notify({ message: (tr) => tr('retention.eraseFailed', { code, reason: storageErrorText(error, tr) }) });
    }
  }

  return (
    <>
      <h3 id="erasure-candidates-heading">{t('retention.candidatesHeading')}</h3>
      {candidates === undefined ? (
        <p role="status">{t('app.loading')}</p>
      ) : candidates.length === 0 ? (
        <p className="empty">{t('retention.candidatesEmpty')}</p>
      ) : (
        <ul className="erasure-candidates" aria-labelledby="erasure-candidates-heading">
          {candidates.map((candidate) => (
            <li key={candidate.id}>
              <span>
                {t('retention.candidate', {
                  code: candidate.code,
                  closed: formatDate(candidate.closedAt, language, 'long'),
                  summaries: t('retention.candidateSummaries', { count: candidate.summaries }),
                })}
              </span>{' '}
              <button type="button" className="button danger" onClick={() => void ask(candidate)}>
                {t('retention.erase', { code: candidate.code })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        isOpen={confirming !== null}
        title={t('retention.eraseTitle', { code: confirming?.candidate.code ?? '' })}
        body={t('retention.eraseBody', { code: confirming?.candidate.code ?? '' })}
        confirmLabel={t('retention.eraseConfirm')}
        onCancel={() => setConfirming(null)}
        onConfirm={() => void erase()}
      >
        {confirming && (
          <>
            <p>{t('retention.eraseCounts')}</p>
            <ul className="erasure-counts">
              {countedKinds
                .filter((kind) => confirming.counts[kind] > 0)
                .map((kind) => (
                  <li key={kind}>{t(`retention.eraseCount.${kind}`, { count: confirming.counts[kind] })}</li>
                ))}
            </ul>
            <p>{t('retention.eraseBackups')}</p>
          </>
        )}
      </ConfirmDialog>
    </>
  );
}
