// Setting up the team: its name, members with a default role, editing them, and archiving a
// member who leaves (archived members stay, so past meetings can still show them).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { type TeamRole } from '../../../shared/team/roles';
import { validateMemberName, validateTeamName, type Member } from '../../../shared/team/member';
import { storageErrorText } from '../db/storageErrors';
import { AutosaveField } from '../components/AutosaveField';
import { DemoOffer } from '../components/DemoData';
import { useNotify } from '../components/Notifications';
import { useMembers, useTeam } from '../db/hooks';
import { TextField } from '../components/TextField';
import { RoleSelect } from './RoleSelect';
import { UsualSlotSetting } from './UsualSlotSetting';
import { useTeamCommands } from '../db/commands/teamCommands';

export function TeamScreen({ showDemoOffer }: { showDemoOffer: boolean }) {
  const { t } = useTranslation();
  const commands = useTeamCommands();
  const team = useTeam();
  const members = useMembers();
  const active = (members ?? []).filter((member) => member.status === 'active');
  const archived = (members ?? []).filter((member) => member.status === 'archived');

  return (
    <div className="screen">
      <h1 tabIndex={-1}>{t('team.title')}</h1>
      {showDemoOffer && <DemoOffer />}
      {team && (
        <AutosaveField
          label={t('team.teamName')}
          help={null}
          multiline={false}
          className="team-name-field"
          placeholder={t('team.teamNamePlaceholder')}
          stored={team.name}
          validate={validateTeamName}
          save={(name) => commands.saveTeamName.orThrow(name)}
          explainError={() => null}
        />
      )}
      <UsualSlotSetting />
      <h2>{t('team.members')}</h2>
      <AddMemberForm />
      {members && active.length === 0 && <p className="empty">{t('team.noMembers')}</p>}
      {active.length > 0 && (
        <ul className="member-list" aria-label={t('team.members')}>
          {active.map((member) => (
            <MemberRow key={member.id} member={member} />
          ))}
        </ul>
      )}
      <p className="help">{t('team.archiveHint')}</p>
      {archived.length > 0 && (
        <>
          <h2>{t('team.archivedMembers')}</h2>
          <ul className="member-list archived" aria-label={t('team.archivedMembers')}>
            {archived.map((member) => (
              <MemberRow key={member.id} member={member} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function AddMemberForm() {
  const { t } = useTranslation();
  const commands = useTeamCommands();
  const notify = useNotify();
  const [name, setName] = useState('');
  const [role, setRole] = useState<TeamRole>('responsibleSocialWorker');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = validateMemberName(name);
    if (!result.ok) {
      setError(t(result.issue.key, result.issue.values));
      return;
    }
    try {
      await commands.addMember.orThrow({ name: result.value, defaultRole: role });
      notify({ message: (t) => t('team.memberAdded', { name: result.value }) });
      setName('');
      setError(null);
    } catch (caught) {
      setError(storageErrorText(caught, t));
    }
  }

  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label={t('team.addMember')}>
      <TextField id="new-member-name" label={t('team.memberName')} value={name} onChange={setName} help={null} error={error} />
      <RoleSelect id="new-member-role" label={t('team.defaultRole')} value={role} onChange={setRole} />
      <button type="submit" className="button primary">
        {t('team.addMember')}
      </button>
    </form>
  );
}

function MemberRow({ member }: { member: Member }) {
  const { t } = useTranslation();
  const commands = useTeamCommands();
  const notify = useNotify();
  const archived = member.status === 'archived';
  const report = commands.report;

  return (
    <li className="member-row" aria-label={t('team.editMember', { name: member.name })}>
      <AutosaveField
        label={t('team.memberName')}
        help={null}
        multiline={false}
        className="member-name"
        stored={member.name}
        validate={validateMemberName}
        save={(name) => commands.updateMember.orThrow(member.id, { name })}
        explainError={() => null}
      />
      <RoleSelect
        id={`role-${member.id}`}
        label={t('team.defaultRole')}
        value={member.defaultRole}
        onChange={(defaultRole) => commands.updateMember(member.id, { defaultRole })}
      />
      <button
        type="button"
        className="button"
        onClick={async () => {
          try {
            await commands.setMemberStatus.orThrow(member.id, archived ? 'active' : 'archived');
            notify({ message: (t) => t(archived ? 'team.memberRestored' : 'team.memberArchived', { name: member.name }) });
          } catch (error) {
            report(error);
          }
        }}
      >
        {archived ? t('team.restore') : t('team.archive')}
      </button>
    </li>
  );
}
