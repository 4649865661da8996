// Covers the closing and recording screen (renderer/src/meetings/record/), the family page's
// meeting history (renderer/src/families/FamilyMeetingHistory.tsx) and the meetings list
// (renderer/src/meetings/MeetingsScreen.tsx) on real IndexedDB, rendered in
// real Chromium: a finished demonstration meeting with notes, hypotheses, a revealed and an
// unrevealed risk round and actions is seeded through the repositories; the screens are then used
// by keyboard and mouse as a worker would. Until the planner and facilitator UIs exist this stands
// in for the e2e journey (tests/e2e/meetingRecord.e2e.ts covers what needs no facilitator).
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { Meeting } from '../../shared/meeting/meeting';
import type { MeetingTemplate } from '../../shared/meeting/template';
import { useFamily } from '../../renderer/src/db/hooks';
import { useMeeting } from '../../renderer/src/db/meetingHooks';
import { addAction } from '../../renderer/src/db/repositories/actionRepository';
import { loadDemoTeam } from '../../renderer/src/db/repositories/demoRepository';
import { listFamilies } from '../../renderer/src/db/repositories/familyRepository';
import { createHypothesis, reviseHypothesis } from '../../renderer/src/db/repositories/hypothesisRepository';
import { emptyCard } from '../../shared/hypothesis/hypothesis';
import { saveMeetingNote } from '../../renderer/src/db/repositories/meetingNoteRepository';
import {
  cancelMeeting,
  createMeeting,
  listMeetings,
  readMeeting,
  runMeeting,
  updateMeetingPlan,
  type RunAction,
} from '../../renderer/src/db/repositories/meetingRepository';
import { recordRiskScore, revealRiskRound } from '../../renderer/src/db/repositories/riskRoundRepository';
import { FamilyMeetingHistory } from '../../renderer/src/families/FamilyMeetingHistory';
import { changeLanguage, formatDate } from '../../renderer/src/i18n/i18n';
import { MeetingsScreen } from '../../renderer/src/meetings/MeetingsScreen';
import { MeetingRecordScreen } from '../../renderer/src/meetings/record/MeetingRecordScreen';
import { interimReviewTemplate } from '../../shared/meeting/builtInTemplates';
import '../../renderer/src/styles.css';
import { browserWorld, fakeDesktop, seriousAxeViolations } from './support';

/** A clock that moves 40 seconds on every call, so each phase takes a few minutes. */
function meetingClock(start = Date.UTC(2031, 5, 2, 7, 0, 0)) {
  let time = start;
  return () => new Date((time += 40_000));
}

const world = browserWorld({ prefix: 'keha-record', clock: () => meetingClock() });

type Seeded = { meeting: Meeting; codes: [string, string] };

/**
 * The demonstration meeting, run to the end with something captured for both families; `change`
 * alters its template first (a phase's planned time, a role's name), `bravoHypothesis: false`
 * leaves the second family without a hypothesis.
 */
async function seedFinishedMeeting(options: { change?: (template: MeetingTemplate) => MeetingTemplate; bravoHypothesis?: boolean } = {}): Promise<Seeded> {
  await loadDemoTeam(world.session);
  const drafted = (await listMeetings(world.session))[0]!;
  if (options.change) await updateMeetingPlan(world.session, drafted.id, (plan) => plan, { template: options.change(drafted.template) });
  const planned = (await readMeeting(world.session, drafted.id))!;
  const families = await listFamilies(world.session);
  const codeOf = (id: string) => families.find((family) => family.id === id)!.code;
  const [first, second] = planned.deepDives as [Meeting['deepDives'][0], Meeting['deepDives'][0]];
  const run = async (action: RunAction) => {
    const current = (await readMeeting(world.session, planned.id))!;
    const result = await runMeeting(world.session, planned.id, action, current.run);
    if (!result.ok) throw new Error(`${action} refused: ${result.reason}`);
  };
  await run('start');
  await saveMeetingNote(world.session, { meetingId: planned.id, stepKey: 'opening', familyId: null }, 'ONCE opening: everyone present');
  await saveMeetingNote(world.session, { meetingId: planned.id, stepKey: `presentation:${first.id}`, familyId: first.familyId }, 'ALPHA note: # not a heading *really*');
  await saveMeetingNote(world.session, { meetingId: planned.id, stepKey: `presentation:${second.id}`, familyId: second.familyId }, 'BRAVO note about the school');
  const alphaCard = { ...emptyCard('ALPHA hypothesis: the move isolated the family'), proposers: [{ role: 'familyTherapist' as const, name: '' }] };
  const alphaHypothesis = await createHypothesis(world.session, { familyId: first.familyId, meetingId: planned.id, card: alphaCard });
  await reviseHypothesis(world.session, alphaHypothesis, { status: 'strengthened' }, { meetingId: planned.id });
  if (options.bravoHypothesis !== false) {
    await createHypothesis(world.session, { familyId: second.familyId, meetingId: planned.id, card: emptyCard('BRAVO hypothesis: school is the safe place') });
  }
  const participants = planned.participants.slice(0, 4);
  const scores = [3, 6, 5, null];
  for (const [index, participant] of participants.entries()) {
    const target = { meetingId: planned.id, agendaItemId: first.id, familyId: first.familyId };
    await recordRiskScore(world.session, target, { participantId: participant.id, participantName: `Scorer ${index + 1}`, score: scores[index]!, reason: `ALPHA reason ${index + 1}`, oneUp: `ALPHA one up ${index + 1}` });
    const other = { meetingId: planned.id, agendaItemId: second.id, familyId: second.familyId };
    await recordRiskScore(world.session, other, { participantId: participant.id, participantName: `Scorer ${index + 1}`, score: 2, reason: 'BRAVO secret reason', oneUp: '' });
  }
  await revealRiskRound(world.session, planned.id, first.id);
  await addAction(world.session, { kind: 'action', familyId: first.familyId, meetingId: planned.id, text: 'ALPHA action: call the father', ownerId: null, ownerName: 'Aino Aaltonen', due: '2031-06-20' });
  await addAction(world.session, { kind: 'familyQuestion', familyId: first.familyId, meetingId: planned.id, text: 'ALPHA question: who helps in the mornings?', ownerId: null, ownerName: '', due: null });
  await addAction(world.session, { kind: 'action', familyId: second.familyId, meetingId: planned.id, text: 'BRAVO action: meet the teacher', ownerId: null, ownerName: 'Bea', due: null });
  for (let step = 0; step < 14; step++) await run(step === 3 ? 'skip' : 'next');
  await run('finish');
  return { meeting: (await readMeeting(world.session, planned.id))!, codes: [codeOf(first.familyId), codeOf(second.familyId)] };
}

function LiveRecord({ id }: { id: string }) {
  const meeting = useMeeting(id);
  return meeting ? <MeetingRecordScreen meeting={meeting} /> : null;
}

function LiveHistory({ id }: { id: string }) {
  const family = useFamily(id);
  return family ? <FamilyMeetingHistory family={family} /> : null;
}

describe('closing and recording', () => {
  it("shows each family's summary in its own tab, with nothing of the other family", async () => {
    const { meeting, codes } = await seedFinishedMeeting();
    world.render(<LiveRecord id={meeting.id} />);
    // The first tab is the first family's entry draft; its full detail is the next tab.
    await expect.element(page.getByRole('tab', { name: `Entry draft ${codes[0]}` })).toHaveAttribute('aria-selected', 'true');
    const alphaTab = page.getByRole('tab', { name: `Full detail ${codes[0]}` });
    await userEvent.click(alphaTab);
    await expect.element(alphaTab).toHaveAttribute('aria-selected', 'true');
    const panel = page.getByRole('tabpanel');
    await expect.element(panel).toMatchTextContent('ALPHA hypothesis: the move isolated the family');
    const alphaText = panel.element().textContent ?? '';
    for (const expected of ['strengthened', 'ALPHA reason 1', 'ALPHA one up 2', '3–6, median 5', 'ALPHA action: call the father', 'Aino Aaltonen', '20/06/2031', 'ALPHA question: who helps in the mornings?', 'ALPHA note: # not a heading *really*']) {
      expect(alphaText, expected).toContain(expected);
    }
    for (const foreign of ['BRAVO', codes[1], 'ONCE opening']) expect(alphaText, foreign).not.toContain(foreign);

    // Keyboard: the arrow keys move on to the next family's entry draft, then its full detail.
    await userEvent.click(alphaTab);
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(page.getByRole('tab', { name: `Entry draft ${codes[1]}` })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(page.getByRole('tab', { name: `Full detail ${codes[1]}` })).toHaveAttribute('aria-selected', 'true');
    await expect.element(panel).toMatchTextContent('BRAVO hypothesis');
    const bravoText = panel.element().textContent ?? '';
    // The round was never revealed: the record has no risk section at all.
    expect(bravoText).not.toContain('Risk and safety');
    for (const foreign of ['ALPHA', codes[0], 'BRAVO secret reason']) expect(bravoText, foreign).not.toContain(foreign);
    expect(await seriousAxeViolations(world.container)).toEqual([]);
  });

  it('saves the closing note as it is typed and lists every action agreed; the whole record shows both', async () => {
    const { meeting } = await seedFinishedMeeting();
    world.render(<LiveRecord id={meeting.id} />);
    const agreed = page.getByRole('table', { name: 'All actions agreed in this meeting' });
    await expect.element(agreed).toMatchTextContent('ALPHA action: call the father');
    await expect.element(agreed).toMatchTextContent('BRAVO action: meet the teacher');
    await userEvent.type(page.getByLabelText('Closing note'), 'We meet the school together next week.');
    await expect.element(page.getByTestId('save-status')).toMatchTextContent('Saved');
    expect((await readMeeting(world.session, meeting.id))?.closingNote).toBe('We meet the school together next week.');

    await userEvent.click(page.getByRole('tab', { name: 'Whole meeting record' }));
    const panel = page.getByRole('tabpanel');
    await expect.element(panel).toMatchTextContent('We meet the school together next week.');
    await expect.element(panel).toMatchTextContent('ONCE opening: everyone present');
    const timings = panel.getByRole('table');
    await expect.element(timings).toMatchTextContent('skipped');
    await expect.element(timings).toMatchTextContent('Whole meeting');
    expect(await seriousAxeViolations(world.container)).toEqual([]);
  });

  it('exports a summary as Markdown and prints it to PDF through the desktop shell, and confirms each', async () => {
    const { meeting, codes } = await seedFinishedMeeting();
    const desktop = fakeDesktop();
    world.render(<LiveRecord id={meeting.id} />);
    await userEvent.click(page.getByRole('tab', { name: `Full detail ${codes[0]}` }));
    const bar = page.getByRole('group', { name: `Export: Full detail ${codes[0]}` });
    await userEvent.click(bar.getByRole('button', { name: 'Export as Markdown' }));
    await expect.element(page.getByRole('status').filter({ hasText: 'Saved as' })).toBeVisible();
    expect(desktop.saved).toHaveLength(1);
    const [request] = desktop.saved;
    expect(request!.suggestedName).toMatch(new RegExp(`^summary-${codes[0]}-\\d{4}-\\d{2}-\\d{2}\\.md$`));
    expect(request!.mimeType).toBe('text/markdown');
    expect(request!.content).toMatch(new RegExp(`^# Meeting summary for the official record: ${codes[0]}\\n`));
    expect(request!.content).toContain('ALPHA note: # not a heading \\*really\\*');
    expect(request!.content).not.toContain('BRAVO');

    await userEvent.click(bar.getByRole('button', { name: 'Print or save as PDF' }));
    await expect.element(page.getByRole('status').filter({ hasText: 'Saved as PDF' })).toBeVisible();
    expect(desktop.printed.map((entry) => entry.suggestedName)).toEqual([request!.suggestedName.replace(/\.md$/, '.pdf')]);
  });

  it('copies a summary as plain text, or says what to do when the browser refuses', async () => {
    const { meeting, codes } = await seedFinishedMeeting();
    world.render(<LiveRecord id={meeting.id} />);
    await userEvent.click(page.getByRole('tab', { name: `Full detail ${codes[0]}` }));
    await userEvent.click(page.getByRole('button', { name: 'Copy as plain text' }));
    const notice = page.getByRole('status').filter({ hasText: /copied|Copying did not work/ });
    await expect.element(notice).toBeVisible();
    if ((notice.element().textContent ?? '').includes('copied')) {
      const copied = await navigator.clipboard.readText().catch(() => null);
      if (copied !== null) {
        expect(copied).toContain(`Meeting summary for the official record: ${codes[0]}`);
        expect(copied).not.toContain('BRAVO');
      }
    } else {
      await expect.element(notice).toMatchTextContent('Select the text on screen and copy it');
    }
  });

  it('is written in Finnish when the app is in Finnish', async () => {
    const { meeting, codes } = await seedFinishedMeeting();
    await changeLanguage('fi');
    world.render(<LiveRecord id={meeting.id} />);
    await expect.element(page.getByRole('heading', { level: 1 })).toMatchTextContent('Kokouksen muistio');
    await userEvent.click(page.getByRole('tab', { name: `Kaikki yksityiskohdat ${codes[0]}` }));
    const panel = page.getByRole('tabpanel');
    await expect.element(panel).toMatchTextContent(`Kokousyhteenveto asiakaskirjausta varten: ${codes[0]}`);
    await expect.element(panel).toMatchTextContent('3–6, mediaani 5');
    await expect.element(panel).toMatchTextContent('vahvistunut');
    await expect.element(page.getByRole('button', { name: 'Kopioi tekstinä' })).toBeVisible();
    expect(await seriousAxeViolations(world.container)).toEqual([]);
  });
});

describe('what the record leaves out and how it writes names and times', () => {
  it('leaves out the sections of what did not happen, on screen and in the exports', async () => {
    const { meeting, codes } = await seedFinishedMeeting({ bravoHypothesis: false });
    const desktop = fakeDesktop();
    world.render(<LiveRecord id={meeting.id} />);
    await userEvent.click(page.getByRole('tab', { name: `Full detail ${codes[1]}` }));
    const panel = page.getByRole('tabpanel');
    await expect.element(panel).toMatchTextContent('BRAVO action: meet the teacher');
    const absent = ['Hypotheses considered', 'Risk and safety', 'There was no risk round', 'No hypotheses were recorded', 'not revealed', 'were written', 'written down'];
    const shown = panel.element().textContent ?? '';
    for (const text of absent) expect(shown, text).not.toContain(text);
    const headings = panel.getByRole('heading').elements().map((heading) => heading.textContent);
    expect(headings).not.toContain('Hypotheses considered');
    await userEvent.click(page.getByRole('group', { name: `Export: Full detail ${codes[1]}` }).getByRole('button', { name: 'Export as Markdown' }));
    await expect.element(page.getByRole('status').filter({ hasText: 'Saved as' })).toBeVisible();
    for (const text of absent) expect(desktop.saved[0]!.content, text).not.toContain(text);

    await changeLanguage('fi');
    await expect.element(page.getByRole('tab', { name: `Kaikki yksityiskohdat ${codes[1]}` })).toHaveAttribute('aria-selected', 'true');
    await expect.element(panel).toMatchTextContent('BRAVO action: meet the teacher');
    const shownFi = panel.element().textContent ?? '';
    for (const text of ['Käsitellyt hypoteesit', 'Hypoteeseja ei kirjattu', 'Riskiarviokierrosta ei pidetty', 'Riskin ja turvallisuuden', 'ei paljastettu', 'ei kirjattu']) {
      expect(shownFi, text).not.toContain(text);
    }
  });

  it("names each participant's roles once, never a role's brackets inside another bracket", async () => {
    const physician = { fi: 'Vastaava lääkäri (puheenjohtaja)', en: 'Responsible physician (chair)' };
    const { meeting } = await seedFinishedMeeting({
      change: (template) => ({ ...template, roles: template.roles.map((role) => (role.id === 'consultingSocialWorker' ? { ...role, name: physician } : role)) }),
    });
    world.render(<LiveRecord id={meeting.id} />);
    await userEvent.click(page.getByRole('tab', { name: /^Full detail / }).first());
    const panel = page.getByRole('tabpanel');
    await expect.element(panel).toMatchTextContent(physician.en);
    const participants = panel.getByRole('list').first().element().textContent ?? '';
    expect(participants).toContain(` – ${physician.en}`);
    expect(panel.element().textContent).not.toMatch(/\([^()]*\(/);
    expect(panel.element().textContent?.split(physician.en)).toHaveLength(2);
    await changeLanguage('fi');
    await expect.element(panel).toMatchTextContent(physician.fi);
    expect(panel.element().textContent).not.toMatch(/\([^()]*\(/);
  });

  it('shows planned times as planned and what they took as h:mm:ss; Finnish times of day with a dot', async () => {
    const { meeting } = await seedFinishedMeeting({
      change: (template) => ({ ...template, phases: template.phases.map((phase, index) => (index === 0 ? { ...phase, plannedMinutes: 7.5 } : phase)) }),
    });
    world.render(<LiveRecord id={meeting.id} />);
    await userEvent.click(page.getByRole('tab', { name: 'Whole meeting record' }));
    const timings = page.getByRole('tabpanel').getByRole('table');
    const cells = (row: number) => [...timings.element().querySelectorAll('tbody tr')[row]!.querySelectorAll('td')].map((cell) => cell.textContent);
    await expect.element(timings).toMatchTextContent('Whole meeting');
    const rows = timings.element().querySelectorAll('tbody tr').length;
    expect(cells(0)[3]).toBe('7.5 min');
    expect(cells(0)[4]).toMatch(/^\d:\d\d:\d\d$/);
    expect(cells(rows - 1)[3]).toMatch(/^\d+\.5 min$/);
    expect(cells(rows - 1)[4]).toMatch(/^\d:\d\d:\d\d$/);

    await changeLanguage('fi');
    await expect.element(timings).toMatchTextContent('Koko kokous');
    expect(cells(0)[3]).toBe('7,5 min');
    expect(cells(rows - 1)[3]).toMatch(/^\d+,5 min$/);
    const text = page.getByRole('tabpanel').element().textContent ?? '';
    expect(text).toMatch(/klo \d{1,2}\.\d\d/);
    expect(text).toMatch(/Päättyi:?\s*klo \d{1,2}\.\d\d/);
    expect(text).not.toMatch(/(klo|Päättyi):?\s*\d{1,2}:\d\d/);
    expect(text).not.toContain('minuutti');
  });
});

describe("the family page's meeting history", () => {
  it('shows the risk trend as a chart and a table, the actions with mark done / reopen, and the deep-dive meetings', async () => {
    const { meeting } = await seedFinishedMeeting();
    const familyId = meeting.deepDives[0]!.familyId;
    world.render(<LiveHistory id={familyId} />);
    await expect.element(page.getByRole('img', { name: /Safety scores over time/ })).toBeVisible();
    const trend = page.getByRole('table', { name: 'Safety scores across meetings' });
    await expect.element(trend).toMatchTextContent('3–6');
    expect(trend.element().querySelectorAll('tbody tr')).toHaveLength(1);

    const action = page.getByTestId('family-action').filter({ hasText: 'ALPHA action: call the father' });
    await expect.element(action).toMatchTextContent('open');
    await userEvent.click(action.getByRole('button', { name: 'Mark done' }));
    await expect.element(action.getByRole('button', { name: 'Reopen' })).toBeVisible();
    await expect.element(action).toMatchTextContent('done');
    await expect.element(page.getByRole('status').filter({ hasText: 'Marked done: ALPHA action' })).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: 'Undo' }));
    await expect.element(action.getByRole('button', { name: 'Mark done' })).toBeVisible();

    await expect.element(page.getByTestId('family-action').filter({ hasText: 'ALPHA question' })).toMatchTextContent('Question for the family');
    for (const foreign of ['BRAVO']) expect(world.container.textContent).not.toContain(foreign);
    const link = page.getByRole('link', { name: /Systemic weekly meeting/ });
    await expect.element(link).toHaveAttribute('href', `#/meetings/${meeting.id}/record`);
    expect(await seriousAxeViolations(world.container)).toEqual([]);
  });

  it('says so when the family has no history yet', async () => {
    await loadDemoTeam(world.session);
    const families = await listFamilies(world.session);
    const planned = (await listMeetings(world.session))[0]!;
    const onAgenda = new Set(planned.deepDives.map((item) => item.familyId));
    const quiet = families.find((family) => !onAgenda.has(family.id))!;
    world.render(<LiveHistory id={quiet.id} />);
    await expect.element(page.getByText('No scoring round has shown its scores yet.')).toBeVisible();
    await expect.element(page.getByText('No actions or questions for this family yet.')).toBeVisible();
    await expect.element(page.getByText('This family has not been a deep dive in any meeting yet.')).toBeVisible();
  });
});

describe('the meetings list', () => {
  /**
   * The finished demo meeting, plus a running one whose deep-dive family's row is gone and a
   * cancelled interim review without deep dives.
   */
  async function seedList() {
    const { meeting: finished, codes } = await seedFinishedMeeting();
    const families = await listFamilies(world.session);
    const plan = { roles: {}, participants: [], quickRound: [], deepDives: [], closingNote: '' };
    const deleted = families.find((family) => family.code !== codes[0] && family.code !== codes[1])!;
    const running = await createMeeting(world.session, {
      scheduledAt: '2031-06-16T07:00:00.000Z',
      template: finished.template,
      plan: { ...plan, deepDives: [{ id: 'd-1', familyId: deleted.id, presenterId: null, question: '' }] },
    });
    await runMeeting(world.session, running, 'start', { status: 'notStarted', stepIndex: 0 });
    // The family's row is gone but the meeting still names it, as a family deleted before deletion
    // took it out of the meetings left it (deleteFamily now takes it out: see tests/unit/db/retention.test.ts).
    await world.db.families.delete(deleted.id);
    const cancelled = await createMeeting(world.session, { scheduledAt: '2031-06-23T07:00:00.000Z', template: interimReviewTemplate, plan });
    await cancelMeeting(world.session, cancelled);
    return { finished, codes, running: (await readMeeting(world.session, running))!, cancelled: (await readMeeting(world.session, cancelled))! };
  }

  const items = (section: string) => page.getByRole('region', { name: section }).getByRole('listitem');

  it('shows each meeting with its time, type, deep-dive families and demo mark, and restores a cancelled one', async () => {
    const { finished, codes, running, cancelled } = await seedList();
    world.render(<MeetingsScreen />);
    const date = (scheduledAt: string) => formatDate(scheduledAt, 'en', 'longWithTime');

    await expect.element(items('Past meetings')).toHaveTextContent(
      `${date(finished.scheduledAt)}DemoSystemic weekly meetingDeep dives: ${codes[0]}, ${codes[1]}`,
    );
    await expect.element(items('Past meetings').getByRole('link')).toHaveAttribute('href', `#/meetings/${finished.id}/record`);
    await expect.element(items('Running now')).toHaveTextContent(`${date(running.scheduledAt)}Systemic weekly meetingDeep dives: Deleted familyContinue`);
    await expect.element(page.getByRole('link', { name: `Continue the meeting of ${date(running.scheduledAt)}` })).toHaveAttribute(
      'href',
      `#/meetings/${running.id}/run`,
    );
    await expect.element(items('Cancelled')).toHaveTextContent(`${date(cancelled.scheduledAt)}Interim review meetingNo deep-dive familiesRestore`);
    await expect.element(page.getByRole('region', { name: 'Planned' })).toHaveTextContent('PlannedNo meetings planned.');
    expect(await seriousAxeViolations(world.container)).toEqual([]);

    await userEvent.click(page.getByRole('button', { name: `Restore the meeting of ${date(cancelled.scheduledAt)}` }));
    await expect.element(page.getByRole('status').filter({ hasText: `The meeting of ${date(cancelled.scheduledAt)} was restored to the planned meetings.` })).toBeVisible();
    await expect.element(items('Planned')).toHaveTextContent(`${date(cancelled.scheduledAt)}Interim review meetingNo deep-dive families`);
    await expect.element(items('Planned').getByRole('link')).toHaveAttribute('href', `#/meetings/${cancelled.id}/plan`);
    expect(page.getByRole('region', { name: 'Cancelled' }).query()).toBeNull();
    expect((await readMeeting(world.session, cancelled.id))!.status).toBe('planned');
  });

  it('is written in Finnish when the app is in Finnish, dates too, and follows a change of language', async () => {
    const { finished, codes, running } = await seedList();
    await changeLanguage('fi');
    world.render(<MeetingsScreen />);
    const fiDate = formatDate(finished.scheduledAt, 'fi', 'longWithTime');
    expect(fiDate).toMatch(/ klo \d/);
    await expect.element(items('Pidetyt kokoukset')).toHaveTextContent(
      `${fiDate}EsittelySysteeminen viikkokokousSyventävässä käsittelyssä: ${codes[0]}, ${codes[1]}`,
    );
    await expect.element(items('Käynnissä nyt')).toMatchTextContent('Syventävässä käsittelyssä: Poistettu perhe');
    await expect.element(page.getByRole('button', { name: /^Palauta kokous / })).toBeVisible();

    await changeLanguage('en');
    await expect.element(items('Past meetings')).toMatchTextContent(formatDate(finished.scheduledAt, 'en', 'longWithTime'));
    await expect.element(page.getByRole('link', { name: `Continue the meeting of ${formatDate(running.scheduledAt, 'en', 'longWithTime')}` })).toBeVisible();
  });
});
