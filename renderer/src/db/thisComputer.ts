// Who is using this computer: a random id for the computer (kept locally, never synced) and the team
// member who said at unlock that they are using it, so "proposed by", the activity log and the record
// know who did what across the team's computers.
import { createContext, useContext } from 'react';

export type ThisComputer = {
  /** Random, made once per computer (per Kehä profile). */
  computerId: string;
  /** The member using Kehä here since the unlock; null when they did not say. */
  memberId: string | null;
};

export const ThisComputerContext = createContext<ThisComputer>({ computerId: 'unknown', memberId: null });

export function useThisComputer(): ThisComputer {
  return useContext(ThisComputerContext);
}
