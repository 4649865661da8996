// What other features may use of the genogram feature (docs/architecture.md: Layers): its panel in
// the chair's view of a meeting and its drawing on the room's screen.
export { GenogramPanel } from './GenogramPanel';
export { GenogramRoomView } from './GenogramRoomView';
