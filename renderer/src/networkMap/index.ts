// What other parts of the app may use of the network-map feature (docs/architecture.md: Layers): its
// screens for the app frame, and for the meeting its capture-tool view (panel, room section, loaders).
export { NetworkMapsScreen } from './NetworkMapsScreen';
export { NetworkMapFamilyScreen } from './NetworkMapFamilyScreen';
export { networkMapToolView } from './networkMapToolView';
