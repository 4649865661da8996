// Covers db/repositories/agendaRepository.ts: the agenda of a running meeting changed in one write of
// plan, outline and run (a deep dive added, reordered, moved to next week and back, a jump), time
// per step kept across the change, a "next" pressed in another window while the change is being
// sealed never lost, and next week's meeting found or created with the family's question and presenter.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  addDeepDiveNow,
  jumpInMeeting,
  moveToNextWeek,
  reorderDeepDive,
  undoMoveToNextWeek,
} from '../../../renderer/src/db/repositories/agendaRepository';
import { createMeeting, readMeeting, runMeeting, type RunAction } from '../../../renderer/src/db/repositories/meetingRepository';
import type { Session } from '../../../renderer/src/db/session';
import { weeklyMeetingTemplate } from '../../../shared/meeting/builtInTemplates';
import { buildMeetingSteps, runFitsSteps, stepTimes } from '../../../shared/meeting/engine';
import { agendaOutline, type MeetingPlan } from '../../../shared/meeting/meeting';
import { addMember } from '../../../renderer/src/db/repositories/teamRepository';
import { repositoryWorld, secondWindow, whileNextEncrypting } from './support';

const minute = 60_000;
let time = 0;
const world = repositoryWorld(() => {
  time = Date.parse('2031-06-02T09:00:00.000Z');
  return () => new Date(time);
});

function plan(memberId: string): MeetingPlan {
  return {
    roles: {},
    participants: [{ kind: 'member', id: memberId }],
    quickRound: [],
    deepDives: [
      { id: 'd-1', familyId: 'f-1', presenterId: memberId, question: 'Q1' },
      { id: 'd-2', familyId: 'f-2', presenterId: memberId, question: 'Q2' },
    ],
    closingNote: '',
  };
}

async function act(id: string, action: RunAction, as: Session = world.session) {
  const { status, stepIndex } = (await as.db.meetings.get(id))!.run;
  const result = await runMeeting(as, id, action, { status, stepIndex });
  if (!result.ok) throw new Error(`${action} refused: ${result.reason}`);
}

/** A weekly meeting with two deep dives, started and on the quick round after a minute of opening. */
async function runningMeeting() {
  const memberId = await addMember(world.session, { name: 'Sanna', defaultRole: 'consultingSocialWorker' });
  const id = await createMeeting(world.session, { scheduledAt: '2031-06-02T09:00:00.000Z', template: weeklyMeetingTemplate, plan: plan(memberId) });
  await act(id, 'start');
  time += minute;
  await act(id, 'next');
  time += 2 * minute;
  return { id, memberId };
}

async function timesByKey(id: string) {
  const meeting = (await readMeeting(world.session, id))!;
  const steps = buildMeetingSteps(meeting.template, agendaOutline(meeting));
  expect(runFitsSteps(meeting.run, steps)).toBe(true);
  return Object.fromEntries(stepTimes(meeting.run, steps, time).filter((entry) => entry.actualMs > 0).map((entry) => [entry.stepKey, entry.actualMs]));
}

describe('the agenda of a running meeting', () => {
  it('adds a deep dive, reorders it, keeps the time per step and logs the changes', async () => {
    const { id, memberId } = await runningMeeting();
    const before = await timesByKey(id);
    const added = await addDeepDiveNow(world.session, id, { familyId: 'f-3', question: 'Urgent', presenterId: memberId });
    expect(added.ok).toBe(true);
    const reordered = await reorderDeepDive(world.session, id, added.ok ? added.deepDiveId : '', 0, ['d-1', 'd-2', added.ok ? added.deepDiveId : '']);
    expect(reordered).toEqual({ ok: true });
    const meeting = (await readMeeting(world.session, id))!;
    expect(meeting.deepDives.map((item) => item.familyId)).toEqual(['f-3', 'f-1', 'f-2']);
    expect(meeting.plannedDeepDives?.map((item) => item.familyId)).toEqual(['f-1', 'f-2']);
    expect(meeting.agendaChanges?.map((change) => change.kind)).toEqual(['added', 'reordered']);
    expect(await timesByKey(id)).toEqual(before);
    expect((await world.db.meetings.get(id))!.outline.deepDiveItemIds).toHaveLength(3);
  });

  it('a "next" pressed in another window while the change is sealed is kept, and the change lands on the newer run', async () => {
    const { id, memberId } = await runningMeeting();
    const other = await secondWindow(world.name, world.others, '2031-06-02T09:03:00.000Z');
    whileNextEncrypting(() => act(id, 'next', other));
    const added = await addDeepDiveNow(world.session, id, { familyId: 'f-3', question: '', presenterId: memberId });
    expect(added.ok).toBe(true);
    const meeting = (await readMeeting(world.session, id))!;
    expect(meeting.run.stepLog).toHaveLength(2);
    expect(meeting.deepDives).toHaveLength(3);
    const steps = buildMeetingSteps(meeting.template, agendaOutline(meeting));
    expect(meeting.run.stepIndex).toBe(2);
    expect(steps[2]!.agendaItemId).toBe('d-1');
  });

  it('moves a deep dive to a new meeting next week with its question and presenter, and Undo takes it all back', async () => {
    const { id, memberId } = await runningMeeting();
    const result = await moveToNextWeek(world.session, id, { familyId: 'f-2', question: 'Q2', presenterId: memberId, deepDiveId: 'd-2' });
    if (!result.ok) throw new Error(result.reason);
    expect(result.moved).toMatchObject({ created: true, added: true, toScheduledAt: '2031-06-09T09:00:00.000Z' });
    const next = (await readMeeting(world.session, result.moved.toMeetingId))!;
    expect(next.status).toBe('planned');
    expect(next.deepDives).toEqual([{ id: result.moved.toDeepDiveId, familyId: 'f-2', question: 'Q2', presenterId: memberId }]);
    expect((await readMeeting(world.session, id))!.deepDives.map((item) => item.id)).toEqual(['d-1']);
    await undoMoveToNextWeek(world.session, result.moved);
    expect(await world.db.meetings.get(result.moved.toMeetingId)).toBeUndefined();
    const back = (await readMeeting(world.session, id))!;
    expect(back.deepDives.map((item) => item.id)).toEqual(['d-1', 'd-2']);
    expect(back.agendaChanges).toEqual([]);
  });

  it('finds next week’s planned meeting and adds the family to it; refuses a deep dive already reached', async () => {
    const { id, memberId } = await runningMeeting();
    const planned = await createMeeting(world.session, { scheduledAt: '2031-06-09T12:00:00.000Z', template: weeklyMeetingTemplate, plan: { ...plan(memberId), deepDives: [] } });
    const result = await moveToNextWeek(world.session, id, { familyId: 'f-9', question: 'Next time', presenterId: memberId });
    expect(result).toMatchObject({ ok: true, moved: { toMeetingId: planned, created: false } });
    expect((await readMeeting(world.session, planned))!.deepDives.map((item) => item.familyId)).toEqual(['f-9']);
    // d-1 becomes current after a jump; it can no longer move.
    const meeting = (await readMeeting(world.session, id))!;
    const jumped = await jumpInMeeting(world.session, id, `${meeting.template.phases[2]!.id}:d-1`, { status: 'running', stepIndex: 1 });
    expect(jumped.ok).toBe(true);
    expect(await moveToNextWeek(world.session, id, { familyId: 'f-1', question: '', presenterId: null, deepDiveId: 'd-1' })).toEqual({ ok: false, reason: 'alreadyReached' });
    // A jump from a step the run has left is refused.
    expect(await jumpInMeeting(world.session, id, 'opening', { status: 'running', stepIndex: 1 })).toEqual({ ok: false, reason: 'changedElsewhere' });
  });
});
