// Placeholder: being built.
import type { Meeting } from '../../../../shared/meeting/meeting';
export function FacilitatorScreen({ meeting }: { meeting: Meeting }) {
  return <h1 tabIndex={-1}>FacilitatorScreen {String(meeting && 'x')}</h1>;
}
