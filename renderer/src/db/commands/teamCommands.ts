// The team's writes for screens: its name and members (docs/architecture.md: Writes: commands).
import { addMember, saveTeamName, setMemberStatus, updateMember } from '../repositories/teamRepository';
import { useCommands } from './commands';

const teamCommands = { saveTeamName, addMember, updateMember, setMemberStatus };

export const useTeamCommands = () => useCommands(teamCommands);
