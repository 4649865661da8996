// What other features may use of the meetings feature (docs/architecture.md: Layers): the offer to
// return to a running meeting (the family list), the run's context that the care period's panels
// read, and the role labels, move buttons and local draft hook the template editor shares with the
// planner. Everything else in meetings/ is its own.
export { RunningMeetingOffer } from './RunningMeetingOffer';
export type { RunContext } from './run/runContext';
export { roleLabel } from './run/roleLabel';
export { MoveButtons } from './plan/MoveButtons';
export { useLocalValue } from './plan/useLocalValue';
