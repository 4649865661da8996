// Placeholder: being built.
import type { Meeting } from '../../../../shared/meeting/meeting';
export function MeetingRecordScreen({ meeting }: { meeting: Meeting }) {
  return <h1 tabIndex={-1}>MeetingRecordScreen {String(meeting && 'x')}</h1>;
}
