// A labelled choice of one of the team roles, in the UI language.
import { useTranslation } from 'react-i18next';
import { isTeamRole, teamRoles, type TeamRole } from '../../../shared/team/roles';

type RoleSelectProps = { id: string; label: string; value: TeamRole; onChange: (role: TeamRole) => void };

export function RoleSelect({ id, label, value, onChange }: RoleSelectProps) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => isTeamRole(event.target.value) && onChange(event.target.value)}>
        {teamRoles.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
