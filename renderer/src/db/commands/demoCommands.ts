// Loading and removing the demonstration team (docs/architecture.md: Data, Demonstration data).
import { countDemoData, loadDemoTeam, removeDemoData, restoreDemoData } from '../repositories/demoRepository';
import { noteActivity } from './activity';
import { undoable, useCommands } from './commands';

export type { DemoDataCounts } from '../repositories/demoRepository';

const demoCommands = {
  loadDemoTeam,
  countDemoData,
  removeDemoData: undoable(removeDemoData, restoreDemoData),
  noteActivity,
};

export const useDemoCommands = () => useCommands(demoCommands);
