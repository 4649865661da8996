// The running meeting's agenda, for other screens (the quick round's "today" and "next time"):
// `useAgendaCommands()` adds a family to the deep dives now, or puts it on next week's plan.
// The agenda list of the facilitator view is in meetings/run/AgendaList.tsx.
export { useAgendaCommands, AgendaRefusedError, type AgendaResult, type MovedToNextWeek } from '../../db/commands/agendaCommands';
export type { AgendaRefusal, DeepDiveRequest } from '../../../../shared/meeting/agendaEditing';
