// The network map's writes for screens (docs/architecture.md: Writes: commands). The map's screens
// still report and offer Undo through their own hook (renderer/src/networkMap/useNetworkMapEdits.ts,
// one storage message via networkMapErrorText); moving them onto useNetworkMapCommands is the next step.
import { createNetworkMap, deleteNetworkMap, restoreNetworkMap, updateNetworkMap } from '../repositories/networkMapRepository';
import { undoable, useCommands } from './commands';

export { NetworkMapRefusedError, type NetworkMapRecord } from '../repositories/networkMapRepository';

const networkMapCommands = {
  createNetworkMap,
  updateNetworkMap,
  deleteNetworkMap: undoable(deleteNetworkMap, restoreNetworkMap),
};

export const useNetworkMapCommands = () => useCommands(networkMapCommands);

/** The repository's writes as the map's own hook and screens call them with the session (see the file comment). */
export { createNetworkMap, deleteNetworkMap, restoreNetworkMap, updateNetworkMap };

/** Reads the meeting's capture tool loads for the room's screen and the record (meetings/tools/networkMapTool.tsx). */
export { listNetworkMaps, networkMapChangesBetween } from '../repositories/networkMapRepository';
