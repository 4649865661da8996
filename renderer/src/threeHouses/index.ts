// What other features may use of the three-houses feature (docs/architecture.md: Layers): the
// houses as drawn on the room's screen.
export { HousesView } from './HousesView';
