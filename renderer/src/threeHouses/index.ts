// What other features may use of the three-houses feature (docs/architecture.md: Layers): the
// houses as drawn on the room's screen; the child-mode lock and the worker's guarded exit, which the
// network map's family view uses too.
export { HousesView } from './HousesView';
export { clearChildModeLock, setChildModeLock, type NetworkMapFamilyLock } from './childModeLock';
export { WorkerExit } from './WorkerExit';
