// The family's answers to the questions taken to them, as lists show them beside a hypothesis (the
// meeting's review, the family's hypothesis cards) or on their own (a deep dive's glance): the
// question, what the family said, the day and who asked.
import type { AnsweredQuestion } from '../../../shared/meeting/continuity';
import { formatDate, useLanguage } from '../i18n/i18n';
import { useText } from '../i18n/keys';
import './FamilyAnswer.css';

/** The family's answers: the question, what they said, the day and who asked. */
export function AnswerList({ answers }: { answers: readonly AnsweredQuestion[] }) {
  const t = useText();
  const language = useLanguage();
  return (
    <ul className="hyp-answers">
      {answers.map((entry) => (
        <li key={entry.id}>
          <span className="hyp-answer-question">{entry.question}</span>
          <span className="hyp-answer-text">{entry.answer.text}</span>
          <span className="hyp-answer-meta">
            {entry.answer.askedByName
              ? t('continuity.answer.meta', { date: formatDate(entry.answer.date, language, 'short'), name: entry.answer.askedByName })
              : t('continuity.answer.metaNoAsker', { date: formatDate(entry.answer.date, language, 'short') })}
          </span>
        </li>
      ))}
    </ul>
  );
}
