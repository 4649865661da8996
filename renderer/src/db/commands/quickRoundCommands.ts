// The quick round's writes for screens (docs/architecture.md: Writes: commands): a line is saved
// whole; there is nothing to undo (a line is changed back by typing or pressing again).
import { saveQuickRoundLine } from '../repositories/quickRoundRepository';
import { useCommands } from './commands';

export type { QuickRoundFacts } from '../repositories/quickRoundRepository';

const quickRoundCommands = { saveQuickRoundLine };

export const useQuickRoundCommands = () => useCommands(quickRoundCommands);
