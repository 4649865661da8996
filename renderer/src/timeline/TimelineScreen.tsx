// A family's timeline screen (placeholder until the timeline screens land).
import type { TimelineMode } from '../app/router';

export function TimelineScreen({ familyId, mode }: { familyId: string; mode: TimelineMode }) {
  return <h1 tabIndex={-1} data-family={familyId} data-mode={mode} />;
}
