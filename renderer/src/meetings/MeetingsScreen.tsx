// Placeholder: being built.

export function MeetingsScreen() {
  return <h1 tabIndex={-1}>MeetingsScreen {String('')}</h1>;
}
