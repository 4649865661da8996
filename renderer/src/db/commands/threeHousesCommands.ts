// The three houses' writes for screens (docs/architecture.md: Writes: commands).
import { createThreeHousesSession, deleteThreeHousesSession, restoreThreeHousesSession } from '../repositories/threeHousesRepository';
import { readVaultHeader } from '../repositories/vaultRepository';
import type { Session } from '../session';
import { undoable, useCommands } from './commands';

export { ThreeHousesRefusedError, type ThreeHousesSessionRecord } from '../repositories/threeHousesRepository';

const threeHousesCommands = {
  createThreeHousesSession,
  deleteThreeHousesSession: undoable(deleteThreeHousesSession, restoreThreeHousesSession),
  /** The vault header, to check the worker's passphrase when leaving child mode. */
  readVaultHeader: (session: Session) => readVaultHeader(session.db),
};

export const useThreeHousesCommands = () => useCommands(threeHousesCommands);

/** Reads the meeting's capture tools load for the room's screen and the record (meetings/tools/). */
export { latestThreeHousesSessionsAsOf, listThreeHousesSessionsForFamily } from '../repositories/threeHousesRepository';
