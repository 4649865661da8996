// What the team has captured in the current phase, as the shared screen shows it: notes,
// hypotheses, actions and questions for the family, the risk round (before the reveal only how
// many have scored; after it every score with its reason and the spread), the quick round and, in an
// interim review's goals phase, the care-period goals.
import { useTranslation } from 'react-i18next';
import { format, parseISO } from 'date-fns';
import { enGB, fi as fiLocale } from 'date-fns/locale';
import type { RoomView } from '../../../../shared/meeting/roomView';
import { useLanguage } from '../../i18n/i18n';
import { SharedScreenGoals } from './SharedScreenGoals';
import { SharedScreenMethods } from './SharedScreenMethods';
import { PseudonymCode } from '../../components/PseudonymCode';
import { SharedScreenMeetingLists } from './SharedScreenMeetingLists';

export function SharedScreenCapture({ view }: { view: RoomView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { actions, familyQuestions: questions } = view;
  const decimal = (value: number) => (language === 'fi' ? String(value).replace('.', ',') : String(value));

  return (
    <div className="shared-screen-capture">
      {view.quickRound && (
        <section aria-labelledby="screen-quick-round">
          <h2 id="screen-quick-round">{t('record.quickRoundFamilies')}</h2>
          {view.quickRound.length === 0 ? (
            <p className="empty">{t('record.screen.noQuickRound')}</p>
          ) : (
            <ol className="shared-screen-codes">
              {view.quickRound.map((code, index) => (
                <li key={index}>
                  <PseudonymCode code={code} />
                </li>
              ))}
            </ol>
          )}
        </section>
      )}

      {view.risk && (
        <section aria-labelledby="screen-risk" className="shared-screen-risk">
          <h2 id="screen-risk">{t('record.risk')}</h2>
          {!view.risk.revealed ? (
            <p className="shared-screen-scored" data-testid="screen-scored">
              {t('record.screen.scored', { count: view.risk.scoredCount })}
            </p>
          ) : (
            <>
              <p className="shared-screen-spread" data-testid="screen-spread">
                {view.risk.spread
                  ? `${t('record.spread')}: ${t('record.spreadValue', { min: view.risk.spread.min, median: decimal(view.risk.spread.median), max: view.risk.spread.max })}`
                  : t('record.nobodyScored')}
              </p>
              <ul className="shared-screen-scores">
                {view.risk.scores.map((entry, index) => (
                  <li key={index}>
                    <span className="shared-screen-score">
                      {entry.name}: <strong>{entry.score === null ? t('record.notScoring') : entry.score}</strong>
                    </span>
                    {entry.reason.trim() && (
                      <span className="shared-screen-reason">
                        {t('record.reason')}: {entry.reason}
                      </span>
                    )}
                    {entry.oneUp.trim() && (
                      <span className="shared-screen-reason">
                        {t('record.oneUp')}: {entry.oneUp}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      {view.hypotheses && (
        <section aria-labelledby="screen-hypotheses">
          <h2 id="screen-hypotheses">{t('record.screen.hypotheses')}</h2>
          {view.hypotheses.length === 0 ? (
            <p className="empty">{t('record.screen.noHypotheses')}</p>
          ) : (
            <ul className="shared-screen-list">
              {view.hypotheses.map((hypothesis, index) => (
                <li key={index}>
                  {hypothesis.wording} <span className="shared-screen-status">({t(`record.hypothesisStatus.${hypothesis.status}`)})</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {actions && (
        <section aria-labelledby="screen-actions">
          <h2 id="screen-actions">{t('record.actions')}</h2>
          {actions.length === 0 ? (
            <p className="empty">{t('record.screen.noActions')}</p>
          ) : (
            <ul className="shared-screen-list">
              {actions.map((action, index) => (
                <li key={index}>
                  {action.text}
                  <span className="shared-screen-status">
                    {' '}
                    — {action.ownerName || t('record.nobody')}
                    {action.due ? `, ${t('record.due')} ${format(parseISO(action.due), 'P', { locale: language === 'fi' ? fiLocale : enGB })}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {questions && (
        <section aria-labelledby="screen-questions">
          <h2 id="screen-questions">{t('record.familyQuestions')}</h2>
          {questions.length === 0 ? (
            <p className="empty">{t('record.screen.noQuestions')}</p>
          ) : (
            <ul className="shared-screen-list">
              {questions.map((question, index) => (
                <li key={index}>{question.text}</li>
              ))}
            </ul>
          )}
        </section>
      )}

      <SharedScreenMeetingLists view={view} />

      <SharedScreenMethods view={view} />

      {view.carePeriodGoals && <SharedScreenGoals goals={view.carePeriodGoals} />}

      {view.notes.trim() && (
        <section aria-labelledby="screen-notes">
          <h2 id="screen-notes">{t('record.screen.notes')}</h2>
          <p className="shared-screen-notes">{view.notes.trim()}</p>
        </section>
      )}
    </div>
  );
}
