// The hypotheses' writes for screens, at the desk and in a meeting (docs/architecture.md: Writes: commands).
import { createHypothesis, deleteHypothesis, listRevisions, restoreHypothesis, reviseHypothesis } from '../repositories/hypothesisRepository';
import { saveStaleWeeks } from '../repositories/settingsRepository';
import type { Session } from '../session';
import { undoable, useCommands } from './commands';

const hypothesisCommands = {
  createHypothesis,
  reviseHypothesis,
  deleteHypothesis: undoable(deleteHypothesis, restoreHypothesis),
  restoreHypothesis,
  listRevisions,
  /** After how many weeks without a look a hypothesis is due for review (a team setting). */
  saveStaleWeeks: (session: Session, weeks: number) => saveStaleWeeks(session.db, weeks),
};

export const useHypothesisCommands = () => useCommands(hypothesisCommands);
