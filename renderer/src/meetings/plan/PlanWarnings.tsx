// What the planner should know before the meeting: no deep-dive family, a family on the agenda that
// has been deleted, roles nobody holds, deep dives with no presenter or a presenter who is not
// taking part, a guest invited to no family's deep dive. Spoken politely as they change; marked with a sign and words, not colour alone.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isOneFamilyMeeting, planWarnings, type PlanWarning } from '../../../../shared/meeting/plan';
import type { TFunction } from 'i18next';
import type { Language } from '../../../../shared/i18n/messages';
import { useLanguage } from '../../i18n/i18n';
import { roleLabel } from '../run/roleLabel';
import { familyCode, personName, roleInSentence, usePlanner, type Planner } from './plannerContext';

export function PlanWarnings() {
  const { t } = useTranslation();
  const id = useId();
  const planner = usePlanner();
  const { meeting, familiesById, readOnly } = planner;
  const language = useLanguage();
  if (readOnly) return null;
  const warnings = planWarnings(meeting, meeting.template, new Set(familiesById.keys()));
  return (
    <section aria-labelledby={`${id}-heading`} className="plan-warnings">
      <h2 id={`${id}-heading`}>{t('meetings.warnings')}</h2>
      <div role="status" data-testid="plan-warnings">
        {warnings.length === 0 ? (
          <p className="all-clear">
            <span aria-hidden="true">✓ </span>
            {t('meetings.noWarnings')}
          </p>
        ) : (
          <ul>
            {warnings.map((warning) => (
              <li key={warningKey(warning)}>
                <span aria-hidden="true">⚠ </span>
                {warningText(warning, planner, t, language)}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

function warningKey(warning: PlanWarning): string {
  switch (warning.kind) {
    case 'noDeepDive':
      return warning.kind;
    case 'roleUnassigned':
      return `${warning.kind}-${warning.role}`;
    case 'guestInNoDeepDive':
      return `${warning.kind}-${warning.guestId}`;
    default:
      return `${warning.kind}-${warning.itemId}`;
  }
}

function warningText(warning: PlanWarning, { meeting, familiesById, membersById }: Planner, t: TFunction, language: Language): string {
  switch (warning.kind) {
    case 'noDeepDive':
      // A one-family meeting (an interim review) is about the family still to be chosen.
      return isOneFamilyMeeting(meeting.template) ? t('meetings.warningNoReviewFamily') : t('meetings.warningNoDeepDive');
    case 'roleUnassigned':
      return t('meetings.warningRoleUnassigned', { role: roleInSentence(roleLabel(t, language, meeting.template, warning.role)) });
    case 'deletedFamily':
      return warning.list === 'deepDives' ? t('meetings.warningDeletedDeepDive') : t('meetings.warningDeletedQuickRound');
    case 'noPresenter':
      return t('meetings.warningNoPresenter', { code: familyCode(warning.familyId, familiesById, t) });
    case 'presenterNotParticipant':
      return t('meetings.warningPresenterAway', {
        name: personName(warning.presenterId, meeting, membersById, t),
        code: familyCode(warning.familyId, familiesById, t),
      });
    case 'guestInNoDeepDive':
      return t('meetings.warningGuestInNoDeepDive', { name: warning.name });
  }
}
