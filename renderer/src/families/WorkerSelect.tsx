// Choice of the responsible social worker among active members. A worker who was archived stays
// selectable for the family that already has them, marked as archived.
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../shared/team/member';

type WorkerSelectProps = {
  id: string;
  label: string;
  members: readonly Member[];
  value: string | null;
  onChange: (memberId: string | null) => void;
};

export function WorkerSelect({ id, label, members, value, onChange }: WorkerSelectProps) {
  const { t } = useTranslation();
  const choices = members.filter((member) => member.status === 'active' || member.id === value);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}>
        <option value="">{t('families.noWorker')}</option>
        {choices.map((member) => (
          <option key={member.id} value={member.id}>
            {member.status === 'archived' ? `${member.name} ${t('team.archivedSuffix')}` : member.name}
          </option>
        ))}
      </select>
    </div>
  );
}
