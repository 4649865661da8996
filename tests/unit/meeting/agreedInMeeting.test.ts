// Covers shared/meeting/agreedInMeeting.ts: what the close lists (this meeting's tasks and questions
// for the family, by family in agenda order) and the agenda the opening shows (phases, deep dives
// with their phases, the current step marked).
import { describe, expect, it } from 'vitest';
import { agreedInMeeting, meetingAgenda } from '../../../shared/meeting/agreedInMeeting';
import { buildMeetingSteps } from '../../../shared/meeting/engine';
import { agendaOutline } from '../../../shared/meeting/meeting';
import { familyA, familyB, finishedMeeting, summarySource } from './summaryFixture';

describe('agreedInMeeting', () => {
  it('groups this meeting’s tasks and questions by family, deep dives first in agenda order, tasks and questions apart', () => {
    const meeting = finishedMeeting();
    const swapped = { ...meeting, deepDives: [...meeting.deepDives].reverse() };
    const groups = agreedInMeeting(swapped, summarySource(meeting).actions);
    expect(groups.map((group) => group.familyId)).toEqual([familyB.id, familyA.id]);
    expect(groups[1]!.byKind.action.map((item) => item.text)).toEqual(['ALPHA action: call the father']);
    expect(groups[1]!.byKind.familyQuestion.map((item) => item.text)).toEqual(['ALPHA family question: who helps at home?']);
  });

  it('leaves out what other meetings agreed, and families with nothing agreed', () => {
    const meeting = finishedMeeting();
    const actions = summarySource(meeting).actions.map((action) => (action.familyId === familyB.id ? { ...action, meetingId: 'm-earlier' } : action));
    expect(agreedInMeeting(meeting, actions).map((group) => group.familyId)).toEqual([familyA.id]);
    expect(agreedInMeeting(meeting, [])).toEqual([]);
  });
});

describe('meetingAgenda', () => {
  it('has each once-a-meeting phase and each deep dive once, in order, with only the current step marked', () => {
    const meeting = finishedMeeting();
    const steps = buildMeetingSteps(meeting.template, agendaOutline(meeting));
    const atSecondPlan = steps.findIndex((step) => step.key === 'plan:dd-b');
    const agenda = meetingAgenda(meeting, steps, atSecondPlan);
    expect(agenda.map((entry) => (entry.kind === 'phase' ? entry.name.en : entry.familyId))).toEqual([
      'Opening and check-in',
      'Quick round of all families',
      familyA.id,
      familyB.id,
      'Recording check and close',
    ]);
    expect(agenda.map((entry) => entry.current)).toEqual([false, false, false, true, false]);
    const second = agenda[3]!;
    if (second.kind !== 'deepDive') throw new Error('expected a deep dive');
    expect(second.phases.map((phase) => phase.current)).toEqual([false, false, false, false, false, true]);
    expect(meetingAgenda(meeting, steps, null).some((entry) => entry.current)).toBe(false);
  });
});
