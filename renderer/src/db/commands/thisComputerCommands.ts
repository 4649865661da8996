// Saying who is using this computer, after unlock and from the header (docs/domain.md: The team on
// several computers; docs/architecture.md: Writes: commands).
import { saveComputerMember } from '../repositories/thisComputerRepository';
import type { Session } from '../session';
import { useCommands } from './commands';

const thisComputerCommands = {
  /** Remembers the member using this computer (null: nobody in particular). Kept on this computer only. */
  saveComputerMember: (session: Session, memberId: string | null) => saveComputerMember(session.db, memberId),
};

export const useThisComputerCommands = () => useCommands(thisComputerCommands);
