// Two care-period goals phases for different families, one after the other: the room's screen never
// gets one family's goals under the other family's code. The chair's window reads the goals with a
// live query that keeps its last result while the next one runs; what it publishes is checked here,
// on real IndexedDB, at every render from the first family's goals to the second's.
import { describe, expect, it, vi } from 'vitest';
import { interimReviewTemplate } from '../../shared/meeting/builtInTemplates';
import { buildMeetingSteps, next, notStartedRun, start, type MeetingRunState } from '../../shared/meeting/engine';
import { agendaOutline, type Meeting } from '../../shared/meeting/meeting';
import type { RoomView } from '../../shared/meeting/roomView';
import { addGoal, createCarePeriod } from '../../renderer/src/db/repositories/carePeriodRepository';
import { createFamily, readFamily } from '../../renderer/src/db/repositories/familyRepository';
import { SharedScreenPublisher } from '../../renderer/src/meetings/run/SharedScreenPublisher';
import { browserWorld } from './support';

const published: (RoomView | null)[] = [];
vi.mock('../../renderer/src/meetings/screen/screenLink', () => ({
  useScreenPublisher: (_meetingId: string, view: RoomView | null) => {
    published.push(view);
  },
}));

const world = browserWorld({ prefix: 'keha-room-goals' });

const accepted = (transition: ReturnType<typeof start>): MeetingRunState => {
  if (!transition.ok) throw new Error(transition.reason);
  return transition.state;
};

async function familyWithGoals(code: string, goals: string[]) {
  const id = await createFamily(world.session, { code, label: '', responsibleMemberId: null, children: [{ id: `${code}-child`, pseudonym: 'Lapsi', birthYear: 2020 }] });
  const carePeriod = await createCarePeriod(world.session, { familyId: id, childId: `${code}-child`, start: '2031-05-01', plannedEnd: '2031-07-31', unit: 'LIPSY' });
  for (const goal of goals) await addGoal(world.session, carePeriod, goal);
  return (await readFamily(world.session, id))!;
}

describe('adjacent goals phases on the room’s screen', () => {
  it('never publishes the first family’s goals under the second family’s code', async () => {
    const alpha = await familyWithGoals('ALPHA-1', ['ALPHA goal: calmer evenings', 'ALPHA goal: school every day']);
    const bravo = await familyWithGoals('BRAVO-2', ['BRAVO goal: a steady home']);
    // A team's copy of the interim review with only its goals phase per family: two goals phases in a row.
    const template = { ...interimReviewTemplate, phases: interimReviewTemplate.phases.filter((phase) => phase.scope === 'once' || phase.tools.includes('carePeriodGoals')) };
    const base: Meeting = {
      id: 'meeting-goals',
      status: 'running',
      scheduledAt: '2031-06-02T09:00:00.000Z',
      template,
      run: notStartedRun,
      demo: false,
      createdAt: '2031-06-01T09:00:00.000Z',
      updatedAt: '2031-06-01T09:00:00.000Z',
      roles: {},
      participants: [],
      quickRound: [],
      closingNote: '',
      deepDives: [
        { id: 'dd-a', familyId: alpha.id, presenterId: null, question: 'ALPHA question' },
        { id: 'dd-b', familyId: bravo.id, presenterId: null, question: 'BRAVO question' },
      ],
    };
    const steps = buildMeetingSteps(template, agendaOutline(base));
    const goalsA = steps.findIndex((step) => step.key.endsWith(':dd-a') && step.phase.tools.includes('carePeriodGoals'));
    expect(steps[goalsA + 1]!.key).toMatch(/:dd-b$/);
    let run = accepted(start(notStartedRun, steps, Date.parse(base.scheduledAt)));
    for (let index = 0; index < goalsA; index++) run = accepted(next(run, steps, Date.parse(base.scheduledAt) + (index + 1) * 60_000));
    const atA: Meeting = { ...base, run };
    const atB: Meeting = { ...base, run: accepted(next(run, steps, Date.parse(base.scheduledAt) + 30 * 60_000)) };
    const publisher = (meeting: Meeting, familyId: string) => (
      <SharedScreenPublisher
        meeting={meeting}
        familyId={familyId}
        notes=""
        hypothesisRevisions={[]}
        actions={[]}
        riskRounds={[]}
        families={[alpha, bravo]}
        shows={{}}
      />
    );

    world.render(publisher(atA, alpha.id));
    await vi.waitFor(() => expect(published.at(-1)?.carePeriodGoals?.map((goal) => goal.text)).toEqual(['ALPHA goal: calmer evenings', 'ALPHA goal: school every day']));
    world.render(publisher(atB, bravo.id));
    await vi.waitFor(() => expect(published.at(-1)?.carePeriodGoals?.map((goal) => goal.text)).toEqual(['BRAVO goal: a steady home']));

    const underBravo = published.filter((view) => view?.family?.code === 'BRAVO-2');
    expect(underBravo.length).toBeGreaterThan(0);
    for (const view of underBravo) {
      const texts = (view!.carePeriodGoals ?? []).map((goal) => goal.text).join(' ');
      expect(texts, 'ALPHA goals under BRAVO-2').not.toContain('ALPHA');
    }
    const underAlpha = published.filter((view) => view?.family?.code === 'ALPHA-1');
    for (const view of underAlpha) expect((view!.carePeriodGoals ?? []).map((goal) => goal.text).join(' ')).not.toContain('BRAVO');
  });
});
