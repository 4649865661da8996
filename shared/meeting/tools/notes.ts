// Phase notes and the reflecting team as capture tools. The room's screen shows the current step's
// notes whatever its tools (the screen's own part, not a tool's section), and the record lists
// them as phase notes, so neither tool adds a room section or a record mention.
// See docs/architecture.md: Capture tools (the registry).
import { captureTool } from './types';

export const notesTool = captureTool({ perFamily: false });

/** The team's reflection and the family's comments on it, captured separately (in the interim review). */
export const reflectingTeamTool = captureTool({ perFamily: false });
