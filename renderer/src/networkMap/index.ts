// What other parts of the app may use of the network-map feature (docs/architecture.md: Layers): its
// screens for the app frame, and for the meeting's capture tool (meetings/tools/networkMapTool.tsx)
// the chair's panel and the room's section.
export { NetworkMapsScreen } from './NetworkMapsScreen';
export { NetworkMapFamilyScreen } from './NetworkMapFamilyScreen';
export { NetworkMapPanel } from './NetworkMapPanel';
export { RoomNetworkMap } from './RoomNetworkMap';
