// The genogram's writes for screens (docs/architecture.md: Writes: commands). The genogram screen's
// edits and their Undo go through useGenogramEdits (renderer/src/genogram/), which turns a refusal
// into the form's message; the types and reads screens and the meeting's tool need are here.
import { updateGenogram } from '../repositories/genogramRepository';
import { useCommands } from './commands';

export { GenogramRefusedError, type GenogramRecord } from '../repositories/genogramRepository';

const genogramCommands = { updateGenogram };

export const useGenogramCommands = () => useCommands(genogramCommands);

/** Reads the meeting's capture tool loads for the room's screen and the record (meetings/tools/). */
export { genogramChangeBetween, readGenogram } from '../repositories/genogramRepository';
