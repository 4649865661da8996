// A line's planned start and minutes in the agenda the room's screen shows ("klo 9.10 · 10 min"),
// from the agenda's room section (shared/meeting/tools/meetingLists.ts); nothing when the line has
// no time (the chair's own agenda list).
import type { RoomAgendaTime } from '../../../../shared/meeting/tools/meetingLists';
import { minutesNumber, timeOfDay } from '../../../../shared/i18n/timeText';
import { useLanguage } from '../../i18n/i18n';
import { useText } from '../../i18n/keys';

export function AgendaTime({ time }: { time?: RoomAgendaTime }) {
  const t = useText();
  const language = useLanguage();
  if (!time) return null;
  const minutes = t('time.plannedMinutes', { minutes: minutesNumber(time.minutes, language) });
  return <span className="meeting-agenda-time">{t('documents.agenda.roomTime', { time: timeOfDay(time.start, language), minutes })} </span>;
}
