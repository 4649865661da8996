// The family page's quick-round history: what the family's line said in each meeting's quick round
// (the meeting's date, what changed, the urgent worry, the decision), newest first
// (docs/domain.md: The quick round). Only this family's lines are read.
import type { Family } from '../../../shared/family/family';
import { familyQuickRoundHistory } from '../../../shared/meeting/quickRound';
import { useFamilyQuickRoundHistory } from '../db/quickRoundHooks';
import { formatDate, useLanguage } from '../i18n/i18n';
import { useText } from '../i18n/keys';
import './history.css';

export function FamilyQuickRoundHistory({ family }: { family: Family }) {
  const t = useText();
  const language = useLanguage();
  const history = useFamilyQuickRoundHistory(family.id);
  const lines = history ? familyQuickRoundHistory(history.lines, history.meetingDates) : undefined;
  return (
    <section aria-labelledby="family-quick-round" className="family-quick-round">
      <h2 id="family-quick-round">{t('quickRound.history.heading')}</h2>
      {lines === undefined ? null : lines.length === 0 ? (
        <p className="empty">{t('quickRound.history.empty')}</p>
      ) : (
        <table className="quick-history">
          <thead>
            <tr>
              <th scope="col">{t('quickRound.history.date')}</th>
              <th scope="col">{t('quickRound.history.changed')}</th>
              <th scope="col">{t('quickRound.history.urgent')}</th>
              <th scope="col">{t('quickRound.history.decision')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.id} className={line.urgent ? 'quick-history-urgent' : undefined}>
                <th scope="row">{formatDate(line.scheduledAt, language, 'short')}</th>
                <td>{line.changed.trim() ? line.changed : <span className="muted">{t('quickRound.history.nothingWritten')}</span>}</td>
                <td>{line.urgent ? <strong>{t('quickRound.history.urgentYes')}</strong> : ''}</td>
                <td>{t(line.decision ? `quickRound.decision.${line.decision}` : 'quickRound.decision.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
