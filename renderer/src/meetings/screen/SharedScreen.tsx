// Placeholder: being built.

export function SharedScreen({ meetingId }: { meetingId: string }) {
  return <h1 tabIndex={-1}>SharedScreen {String(meetingId && 'x')}</h1>;
}
