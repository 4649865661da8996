// Covers shared/meeting/continuity.ts: which meeting is the last one, a task's state against the
// meeting's day (overdue), the last meeting's tasks by owner, the family's answers linked to the
// hypotheses whose test questions they came from, a family's glance (only its own rows), and where
// in the run the continuity views show.
import { describe, expect, it } from 'vitest';
import { interimReviewTemplate, weeklyMeetingTemplate } from '../../../shared/meeting/builtInTemplates';
import {
  answersByHypothesis,
  checkAnswerDraft,
  continuityPlace,
  familyGlance,
  lastMeetingBefore,
  taskState,
  tasksByOwner,
  type MeetingForContinuity,
} from '../../../shared/meeting/continuity';
import { buildMeetingSteps } from '../../../shared/meeting/engine';
import type { Hypothesis, HypothesisRevision } from '../../../shared/hypothesis/hypothesis';
import type { Action, MeetingStatus, RiskRound } from '../../../shared/meeting/meeting';

const day = (iso: string) => `${iso}T09:00:00`;

function meeting(id: string, at: string, status: MeetingStatus = 'finished', options: { kind?: 'interim'; families?: string[] } = {}): MeetingForContinuity {
  return {
    id,
    status,
    scheduledAt: new Date(day(at)).toISOString(),
    deepDives: (options.families ?? []).map((familyId, index) => ({ id: `${id}-dd${index}`, familyId, presenterId: null, question: `Question of ${familyId} in ${id}` })),
    run: { startedAt: status === 'planned' ? null : Date.parse(day(at)) },
    template: options.kind === 'interim' ? interimReviewTemplate : weeklyMeetingTemplate,
  };
}

let seq = 0;
function action(fields: Partial<Action> & Pick<Action, 'meetingId' | 'familyId'>): Action {
  seq += 1;
  return {
    id: `a${seq}`,
    kind: 'action',
    text: `Task ${seq}`,
    ownerId: null,
    ownerName: '',
    status: 'open',
    due: null,
    createdAt: `2031-01-01T00:00:${String(seq).padStart(2, '0')}.000Z`,
    updatedAt: `2031-01-01T00:00:${String(seq).padStart(2, '0')}.000Z`,
    doneAt: null,
    ...fields,
  };
}

const answer = (text: string, date: string) => ({ text, date, askedById: 'm1', askedByName: 'Sanna' });

function hypothesis(id: string, familyId: string, fields: Partial<Hypothesis> = {}): Hypothesis {
  return {
    id,
    familyId,
    meetingId: 'm1',
    wording: `Hypothesis ${id}`,
    proposers: [],
    concerns: '',
    evidenceFor: '',
    evidenceAgainst: '',
    testQuestions: [],
    lensTags: [],
    status: 'open',
    createdAt: '2031-01-01T00:00:00.000Z',
    updatedAt: '2031-01-01T00:00:00.000Z',
    revisitedAt: '2031-01-01T00:00:00.000Z',
    revisionCount: 1,
    ...fields,
  };
}

describe('taskState', () => {
  it('is overdue only while open with a due date before the meeting’s day', () => {
    expect(taskState({ status: 'open', due: '2031-03-09' }, '2031-03-10')).toBe('overdue');
    expect(taskState({ status: 'open', due: '2031-03-10' }, '2031-03-10')).toBe('open');
    expect(taskState({ status: 'open', due: null }, '2031-03-10')).toBe('open');
    expect(taskState({ status: 'done', due: '2031-01-01' }, '2031-03-10')).toBe('done');
  });
});

describe('lastMeetingBefore', () => {
  const now = meeting('now', '2031-03-10', 'running');
  it('is the latest finished meeting of the same kind before this one', () => {
    const meetings = [
      meeting('old', '2031-02-24'),
      meeting('last', '2031-03-03'),
      meeting('cancelled', '2031-03-05', 'cancelled'),
      meeting('planned', '2031-03-06', 'planned'),
      meeting('interim', '2031-03-07', 'finished', { kind: 'interim', families: ['f1'] }),
      meeting('later', '2031-03-17'),
      now,
    ];
    expect(lastMeetingBefore(meetings, now)?.id).toBe('last');
  });

  it('is none for the first meeting', () => {
    expect(lastMeetingBefore([now, meeting('next', '2031-03-17')], now)).toBeNull();
  });

  it('for an interim review, is the last review of the same family', () => {
    const review = meeting('review', '2031-03-10', 'running', { kind: 'interim', families: ['f1'] });
    const meetings = [
      meeting('f1-first', '2031-02-01', 'finished', { kind: 'interim', families: ['f1'] }),
      meeting('f2', '2031-03-01', 'finished', { kind: 'interim', families: ['f2'] }),
      meeting('weekly', '2031-03-08', 'finished', { families: ['f1'] }),
      review,
    ];
    expect(lastMeetingBefore(meetings, review)?.id).toBe('f1-first');
  });
});

describe('tasksByOwner', () => {
  it('lists the last meeting’s tasks (not its questions, not other meetings’) by owner, overdue first, nobody’s last', () => {
    const actions = [
      action({ meetingId: 'last', familyId: 'f1', text: 'Done', ownerId: 'm2', ownerName: 'Pekka', status: 'done', due: '2031-03-05' }),
      action({ meetingId: 'last', familyId: 'f2', text: 'Late', ownerId: 'm2', ownerName: 'Pekka', due: '2031-03-07' }),
      action({ meetingId: 'last', familyId: 'f1', text: 'Open', ownerId: 'm1', ownerName: 'Anna', due: '2031-03-20' }),
      action({ meetingId: 'last', familyId: 'f1', text: 'Nobody', ownerId: null }),
      action({ meetingId: 'last', familyId: 'f1', text: 'A question', kind: 'familyQuestion' }),
      action({ meetingId: 'older', familyId: 'f1', text: 'Older', ownerId: 'm1', ownerName: 'Anna' }),
    ];
    const groups = tasksByOwner(actions, 'last', '2031-03-10');
    expect(groups.map((group) => group.ownerName)).toEqual(['Anna', 'Pekka', '']);
    expect(groups[1]!.tasks.map((task) => [task.text, task.state])).toEqual([
      ['Late', 'overdue'],
      ['Done', 'done'],
    ]);
    expect(groups[1]!.counts).toEqual({ done: 1, open: 0, overdue: 1 });
    expect(groups[2]!.ownerId).toBeNull();
    expect(groups.flatMap((group) => group.tasks.map((task) => task.text))).not.toContain('A question');
  });
});

describe('answersByHypothesis', () => {
  const h1 = hypothesis('h1', 'f1', { testQuestions: ['Who helps at home?'] });
  const h2 = hypothesis('h2', 'f1', { testQuestions: ['What changed at school?'] });
  const other = hypothesis('hx', 'f2', { testQuestions: ['Who helps at home?'] });
  it('links an answer to the hypothesis it was made from, else by the test question’s words; the rest are unlinked', () => {
    const actions = [
      action({ meetingId: 'm1', familyId: 'f1', kind: 'familyQuestion', text: 'Made from h2', hypothesisId: 'h2', answer: answer('School is better', '2031-03-04') }),
      action({ meetingId: 'm1', familyId: 'f1', kind: 'familyQuestion', text: '  who helps  at HOME? ', answer: answer('Grandmother', '2031-03-05') }),
      action({ meetingId: 'm1', familyId: 'f1', kind: 'familyQuestion', text: 'Of its own', answer: answer('Yes', '2031-03-06') }),
      action({ meetingId: 'm1', familyId: 'f1', kind: 'familyQuestion', text: 'Not answered' }),
      action({ meetingId: 'm1', familyId: 'f2', kind: 'familyQuestion', text: 'Who helps at home?', answer: answer('Other family', '2031-03-06') }),
    ];
    const { byHypothesis, unlinked } = answersByHypothesis('f1', [h1, h2, other], [], actions);
    expect(byHypothesis.get('h1')!.map((entry) => entry.answer.text)).toEqual(['Grandmother']);
    expect(byHypothesis.get('h2')!.map((entry) => entry.answer.text)).toEqual(['School is better']);
    expect(byHypothesis.has('hx')).toBe(false);
    expect(unlinked.map((entry) => entry.answer.text)).toEqual(['Yes']);
  });

  it('finds a test question a revision had before it was reworded', () => {
    const revision: Pick<HypothesisRevision, 'hypothesisId' | 'familyId' | 'card'> = {
      hypothesisId: 'h1',
      familyId: 'f1',
      card: { ...h1, testQuestions: ['How do mornings go?'] },
    };
    const actions = [action({ meetingId: 'm1', familyId: 'f1', kind: 'familyQuestion', text: 'How do mornings go?', answer: answer('Calmer', '2031-03-05') })];
    expect(answersByHypothesis('f1', [h1], [revision], actions).byHypothesis.get('h1')).toHaveLength(1);
  });
});

describe('familyGlance', () => {
  it('gives the family’s last deep dive, hypotheses, last safety round, open tasks and answers, none of another family’s', () => {
    const now = meeting('now', '2031-03-10', 'running', { families: ['f1', 'f2'] });
    const last = meeting('last', '2031-03-03', 'finished', { families: ['f1'] });
    const older = meeting('older', '2031-02-24', 'finished', { families: ['f1', 'f2'] });
    const round = (meetingId: string, familyId: string, scores: number[]): Pick<RiskRound, 'familyId' | 'meetingId' | 'revealedAt' | 'scores'> => ({
      meetingId,
      familyId,
      revealedAt: 1,
      scores: scores.map((score, index) => ({ participantId: `p${index}`, participantName: '', score, reason: '', oneUp: '' })),
    });
    const glance = familyGlance({
      familyId: 'f1',
      meeting: now,
      meetings: [now, last, older],
      hypotheses: [
        hypothesis('h1', 'f1', { testQuestions: ['Who helps?'], status: 'strengthened' }),
        hypothesis('h-dropped-long-ago', 'f1', { status: 'dropped' }),
        hypothesis('h-other', 'f2'),
        hypothesis('h-new', 'f1', { meetingId: 'now' }),
      ],
      revisions: [],
      actions: [
        action({ meetingId: 'last', familyId: 'f1', text: 'Late', due: '2031-03-07' }),
        action({ meetingId: 'last', familyId: 'f1', text: 'Finished', status: 'done' }),
        action({ meetingId: 'last', familyId: 'f2', text: 'Other family’s task' }),
        action({ meetingId: 'now', familyId: 'f1', text: 'Agreed today' }),
        action({ meetingId: 'last', familyId: 'f1', kind: 'familyQuestion', text: 'Who helps?', answer: answer('Grandmother', '2031-03-06'), status: 'done' }),
        action({ meetingId: 'last', familyId: 'f1', kind: 'familyQuestion', text: 'Still to ask' }),
      ],
      riskRounds: [round('older', 'f1', [3, 4, 5]), round('last', 'f1', [5, 6, 8]), round('last', 'f2', [1, 1]), round('now', 'f1', [9])],
    });
    expect(glance.lastMeeting).toEqual({ id: 'last', at: Date.parse(day('2031-03-03')), question: 'Question of f1 in last' });
    expect(glance.hypotheses.map((entry) => [entry.id, entry.status])).toEqual([['h1', 'strengthened']]);
    expect(glance.lastSafety).toMatchObject({ median: 6, min: 5, max: 8, count: 3 });
    expect(glance.openTasks.map((task) => [task.text, task.state])).toEqual([['Late', 'overdue']]);
    expect(glance.answers.map((entry) => [entry.question, entry.answer.text, entry.hypothesisIds])).toEqual([['Who helps?', 'Grandmother', ['h1']]]);
    expect(glance.unanswered.map((entry) => entry.question)).toEqual(['Still to ask']);
    expect(JSON.stringify(glance)).not.toMatch(/Other family|h-other|f2/);
  });

  it('is empty for a family never discussed before', () => {
    const now = meeting('now', '2031-03-10', 'running', { families: ['f9'] });
    const glance = familyGlance({ familyId: 'f9', meeting: now, meetings: [now], hypotheses: [], revisions: [], actions: [], riskRounds: [] });
    expect(glance).toEqual({ lastMeeting: null, hypotheses: [], lastSafety: null, openTasks: [], answers: [], unanswered: [] });
  });
});

describe('continuityPlace', () => {
  it('is the opening on the first once-a-meeting step and the glance on each deep dive’s first step', () => {
    const steps = buildMeetingSteps(weeklyMeetingTemplate, { deepDiveItemIds: ['d1', 'd2'], quickRoundFamilyCount: 3 });
    const places = steps.map((step) => continuityPlace(steps, step));
    expect(places[0]).toEqual({ kind: 'opening' });
    expect(places[1]).toBeNull();
    const glances = places.flatMap((place, index) => (place?.kind === 'glance' ? [[index, place.agendaItemId]] : []));
    expect(glances.map(([, id]) => id)).toEqual(['d1', 'd2']);
    expect(steps[glances[0]![0] as number]!.phase.id).toBe(steps[2]!.phase.id);
    expect(places.at(-1)).toBeNull();
    expect(continuityPlace(steps, undefined)).toBeNull();
  });
});

describe('checkAnswerDraft', () => {
  const today = new Date(2031, 2, 10, 15, 0);
  it('needs the text and a real day not after today; who asked may be unknown', () => {
    expect(checkAnswerDraft({ text: ' Mummo auttaa ', date: '2031-03-10', askedById: '' }, today)).toEqual({
      ok: true,
      value: { text: 'Mummo auttaa', date: '2031-03-10', askedById: null },
    });
    const refused = checkAnswerDraft({ text: '  ', date: '2031-03-11', askedById: 'm1' }, today);
    expect(refused).toEqual({ ok: false, issues: { text: { key: 'validation.required', values: {} }, date: { key: 'continuity.answer.dateFuture', values: {} } } });
    const badDate = checkAnswerDraft({ text: 'x', date: '2031-02-30', askedById: 'm1' }, today);
    expect(badDate.ok === false && badDate.issues.date?.key).toBe('validation.dateFormat');
  });
});
