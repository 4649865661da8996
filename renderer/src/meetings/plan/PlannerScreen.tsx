// Placeholder: being built.
import type { Meeting } from '../../../../shared/meeting/meeting';
export function PlannerScreen({ meeting }: { meeting: Meeting }) {
  return <h1 tabIndex={-1}>PlannerScreen {String(meeting && 'x')}</h1>;
}
