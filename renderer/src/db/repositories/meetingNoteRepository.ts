// Phase notes of a meeting: one record per step of the run (a phase, or a phase for one deep-dive
// family), autosaved as the team types.
import { notePayloadSchema } from '../../../../shared/meeting/meeting';
import type { MeetingNoteRow } from '../database';
import { openList, openPayload, sealPayload } from '../sealedRecords';
import type { Session } from '../session';

export const noteId = (meetingId: string, stepKey: string) => `${meetingId}|${stepKey}`;

export type MeetingNote = { stepKey: string; familyId: string | null; text: string; updatedAt: string };

/** The notes of a meeting, by step key. */
export async function readMeetingNotes(session: Session, meetingId: string): Promise<Map<string, MeetingNote>> {
  const rows = await session.db.meetingNotes.where('meetingId').equals(meetingId).toArray();
  const notes = await openList(session, session.db.meetingNotes, rows, (row) => decryptNote(session, row));
  return new Map(notes.map((note) => [note.stepKey, note]));
}

async function decryptNote(session: Session, row: MeetingNoteRow): Promise<MeetingNote> {
  const { text } = await openPayload(session, session.db.meetingNotes, row, notePayloadSchema);
  return { stepKey: row.stepKey, familyId: row.familyId, text, updatedAt: row.updatedAt };
}

/**
 * Saves the notes of one step. The whole text is the value (the field holds all of it), so this is
 * one put of the complete record: the latest save wins, in this window or another, and nothing is
 * read first (keeping a keystroke's write close to a raw IndexedDB put).
 */
export async function saveMeetingNote(
  session: Session,
  target: { meetingId: string; stepKey: string; familyId: string | null },
  text: string,
): Promise<void> {
  const id = noteId(target.meetingId, target.stepKey);
  const clear: Omit<MeetingNoteRow, 'payload'> = {
    id,
    meetingId: target.meetingId,
    stepKey: target.stepKey,
    familyId: target.familyId,
    updatedAt: session.now().toISOString(),
  };
  const row: MeetingNoteRow = { ...clear, payload: await sealPayload(session, session.db.meetingNotes, clear, notePayloadSchema.parse({ text })) };
  await session.db.meetingNotes.put(row);
}
