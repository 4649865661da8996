// The agenda and the list of what a meeting agreed, drawn the same way in the chair's view and on
// the room's screen (which gets them already filtered by shared/meeting/sharedScreen.ts): the
// agenda's phases and deep-dive families in order with the current one marked in words as well as
// colour; the agreed tasks and questions for the family under each family's code.
import { useTranslation } from 'react-i18next';
import type { RoomAgendaEntry, RoomAgreedFamily, RoomAgreedItem } from '../../../../shared/meeting/sharedScreen';
import { formatDate, useLanguage } from '../../i18n/i18n';
import { localized } from '../../../../shared/meeting/template';
import './MeetingLists.css';
import { AgendaTime } from './AgendaTime';

export function AgendaList({ entries }: { entries: readonly RoomAgendaEntry[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const now = (current: boolean) => (current ? <strong className="meeting-agenda-now"> ({t('run.lists.now')})</strong> : null);
  return (
    <ol className="meeting-agenda">
      {entries.map((entry, index) =>
        entry.kind === 'phase' ? (
          <li key={index} className={entry.current ? 'meeting-agenda-current' : undefined} aria-current={entry.current ? 'step' : undefined}>
            <AgendaTime time={entry.time} />
            {localized(entry.name, language)}
            {now(entry.current)}
          </li>
        ) : (
          <li key={index} className={entry.current ? 'meeting-agenda-current' : undefined} aria-current={entry.current ? 'step' : undefined}>
            <AgendaTime time={entry.time} />
            <span className="meeting-agenda-family">{t('run.lists.deepDive', { number: entry.number, code: entry.code })}</span>
            {now(entry.current)}
            {entry.question !== null && entry.question.trim() && <span className="meeting-agenda-question">{entry.question}</span>}
            <span className="meeting-agenda-phases">
              {entry.phases.map((phase, phaseIndex) => (
                <span key={phaseIndex} className={phase.current ? 'meeting-agenda-phase-current' : undefined}>
                  {phaseIndex > 0 && ' · '}
                  {localized(phase.name, language)}
                  {phase.current && <span className="visually-hidden"> ({t('run.lists.now')})</span>}
                </span>
              ))}
            </span>
          </li>
        ),
      )}
    </ol>
  );
}

/** `headingLevel`: the level of each family's heading (under the list's own heading). */
export function AgreedByFamily({ families, headingLevel }: { families: readonly RoomAgreedFamily[]; headingLevel: 3 | 4 }) {
  const { t } = useTranslation();
  if (families.length === 0) return <p className="empty">{t('run.lists.agreedNone')}</p>;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="meeting-agreed">
      {families.map((family) => (
        <section key={family.code} className="meeting-agreed-family" aria-label={family.code}>
          <Heading className="meeting-agreed-code">{family.code}</Heading>
          <AgreedKind title={t('run.lists.tasks')} items={family.actions} withOwner />
          <AgreedKind title={t('run.lists.questions')} items={family.familyQuestions} withOwner={false} />
        </section>
      ))}
    </div>
  );
}

function AgreedKind({ title, items, withOwner }: { title: string; items: readonly RoomAgreedItem[]; withOwner: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (items.length === 0) return null;
  const due = (date: string) => t('run.lists.due', { date: formatDate(date, language, 'short') });
  return (
    <>
      <p className="meeting-agreed-kind">{title}</p>
      <ul className="meeting-agreed-list">
        {items.map((item, index) => {
          const details = [withOwner ? item.ownerName || t('run.lists.noOwner') : item.ownerName, item.due ? due(item.due) : ''].filter(Boolean);
          return (
            <li key={index}>
              {item.text}
              {details.length > 0 && <span className="meeting-agreed-details"> — {details.join(', ')}</span>}
            </li>
          );
        })}
      </ul>
    </>
  );
}
