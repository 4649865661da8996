// A child's three-houses screens (placeholder until the three-houses screens land).
import type { ThreeHousesView } from '../app/router';

export function ThreeHousesScreen({ familyId, childId, view }: { familyId: string; childId: string; view: ThreeHousesView }) {
  return <h1 tabIndex={-1} data-family={familyId} data-child={childId} data-view={view.kind} />;
}
