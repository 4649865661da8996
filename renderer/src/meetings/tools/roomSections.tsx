// The room's screen sections of the tools captured in the meeting itself: the quick round's codes,
// the risk round (before the reveal only how many have scored; after it the spread and the scores
// as dots on the 0–10 line, without names or reasons), the family's hypotheses, actions and
// questions for the family, the agenda, what the meeting agreed, and the care-period goals. Pure rendering of the message the
// chair's window sent (already filtered by the tools' registry entries); nothing here reads the database.
import { useTranslation } from 'react-i18next';
import { format, parseISO } from 'date-fns';
import { enGB, fi as fiLocale } from 'date-fns/locale';
import { useLanguage } from '../../i18n/i18n';
import { PseudonymCode } from '../../components/PseudonymCode';
import { AgendaList, AgreedByFamily } from '../run/MeetingLists';
import { SharedScreenGoals } from '../screen/SharedScreenGoals';
import { RiskDotLine } from '../run/RiskDotLine';
import type { RoomSectionProps } from './toolView';

export function RoomQuickRound({ section }: RoomSectionProps<'quickRoundList'>) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="screen-quick-round">
      <h2 id="screen-quick-round">{t('record.quickRoundFamilies')}</h2>
      {section.length === 0 ? (
        <p className="empty">{t('record.screen.noQuickRound')}</p>
      ) : (
        <ol className="shared-screen-codes">
          {section.map((code, index) => (
            <li key={index}>
              <PseudonymCode code={code} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function RoomRisk({ section: risk }: RoomSectionProps<'riskRound'>) {
  const { t } = useTranslation();
  const language = useLanguage();
  const decimal = (value: number) => (language === 'fi' ? String(value).replace('.', ',') : String(value));
  return (
    <section aria-labelledby="screen-risk" className="shared-screen-risk">
      <h2 id="screen-risk">{t('record.risk')}</h2>
      {!risk.revealed ? (
        <p className="shared-screen-scored" data-testid="screen-scored">
          {t('record.screen.scored', { count: risk.scoredCount })}
        </p>
      ) : (
        <>
          <p className="shared-screen-spread" data-testid="screen-spread">
            {risk.spread
              ? `${t('record.spread')}: ${t('record.spreadValue', { min: risk.spread.min, median: decimal(risk.spread.median), max: risk.spread.max })}`
              : t('record.nobodyScored')}
          </p>
          <RiskDotLine scores={risk.scores} className="shared-screen-dots" />
        </>
      )}
    </section>
  );
}

export function RoomHypotheses({ section }: RoomSectionProps<'hypotheses'>) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="screen-hypotheses">
      <h2 id="screen-hypotheses">{t('record.screen.hypotheses')}</h2>
      {section.length === 0 ? (
        <p className="empty">{t('record.screen.noHypotheses')}</p>
      ) : (
        <ul className="shared-screen-list">
          {section.map((hypothesis, index) => (
            <li key={index}>
              {hypothesis.wording} <span className="shared-screen-status">({t(`record.hypothesisStatus.${hypothesis.status}`)})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function RoomActions({ section: actions }: RoomSectionProps<'actions'>) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
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
  );
}

export function RoomFamilyQuestions({ section: questions }: RoomSectionProps<'familyQuestions'>) {
  const { t } = useTranslation();
  return (
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
  );
}

export function RoomAgenda({ section }: RoomSectionProps<'agenda'>) {
  const { t } = useTranslation();
  return (
    <section className="shared-screen-agenda" aria-labelledby="screen-agenda">
      <h2 id="screen-agenda">{t('run.lists.agendaHeading')}</h2>
      <AgendaList entries={section} />
    </section>
  );
}

export function RoomAgreed({ section }: RoomSectionProps<'agreedInMeeting'>) {
  const { t } = useTranslation();
  return (
    <section className="shared-screen-agreed" aria-labelledby="screen-agreed">
      <h2 id="screen-agreed">{t('run.lists.agreedHeading')}</h2>
      <AgreedByFamily families={section} headingLevel={3} />
    </section>
  );
}

export function RoomGoals({ section }: RoomSectionProps<'carePeriodGoals'>) {
  return <SharedScreenGoals goals={section} />;
}
