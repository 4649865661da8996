// Who holds each of the meeting template's roles in this meeting (named and ordered as the
// template has them): one select per role that is the meeting's to assign (the family's own roles,
// such as its responsible worker, come from each family), offering the participants. A role nobody holds is
// marked next to its select (and listed among the plan's warnings).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { familyScopedRoles, localized, meetingScopedRoles, type TemplateRole } from '../../../../shared/meeting/template';
import { useLanguage } from '../../i18n/i18n';
import { participantName, personName, usePlanner } from './plannerContext';
import { useLocalValue } from './useLocalValue';

const nobody = '';

export function RolesSection() {
  const { t } = useTranslation();
  const id = useId();
  const language = useLanguage();
  const { meeting } = usePlanner();
  // The family's own roles (its responsible worker…) are not the meeting's to assign.
  const familyRoles = familyScopedRoles(meeting.template);

  return (
    <section aria-labelledby={`${id}-heading`} className="planner-section">
      <h2 id={`${id}-heading`}>{t('meetings.roles')}</h2>
      <p className="help">{t('meetings.rolesHelp')}</p>
      {meetingScopedRoles(meeting.template).map((role) => (
        <RoleHolder key={role.id} role={role} />
      ))}
      {familyRoles.length > 0 && (
        <p className="help">{t('meetings.familyRolesHelp', { roles: familyRoles.map((role) => localized(role.name, language)).join(', ') })}</p>
      )}
    </section>
  );
}

/** The select for one role. */
function RoleHolder({ role: { id: role, name } }: { role: TemplateRole }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const { meeting, membersById, readOnly, saver } = usePlanner();
  const participantIds = new Set(meeting.participants.map((participant) => participant.id));
  const stored = meeting.roles[role] ?? null;
  const choice = useLocalValue(stored ?? nobody);
  const holder = choice.value === nobody ? null : choice.value;
  const unassigned = holder === null || !participantIds.has(holder);

  function assign(value: string) {
    choice.set(value);
    saver
      .save((plan) => ({ ...plan, roles: { ...plan.roles, [role]: value === nobody ? null : value } }))
      .catch(() => choice.reset());
  }

  return (
    <div className={`field role-field${unassigned ? ' role-unassigned' : ''}`}>
      <label htmlFor={id}>{localized(name, language)}</label>
      <select
        id={id}
        value={choice.value}
        disabled={readOnly}
        aria-describedby={unassigned ? `${id}-warning` : undefined}
        onChange={(event) => assign(event.target.value)}
      >
        <option value={nobody}>{t('meetings.nobody')}</option>
        {meeting.participants.map((participant) => (
          <option key={participant.id} value={participant.id}>
            {participantName(participant, membersById, t)}
          </option>
        ))}
        {holder !== null && !participantIds.has(holder) && (
          <option value={holder}>{t('meetings.notTakingPart', { name: personName(holder, meeting, membersById, t) })}</option>
        )}
      </select>
      {unassigned && (
        <p className="inline-warning" id={`${id}-warning`}>
          {t('meetings.roleUnassignedShort')}
        </p>
      )}
    </div>
  );
}
