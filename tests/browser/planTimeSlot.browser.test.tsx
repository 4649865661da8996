// Covers the planner's time slot (renderer/src/meetings/plan/SlotSection.tsx) on real IndexedDB in
// real Chromium: the built-in weekly meeting with 3 deep dives and 60 quick-round families in a
// 90-minute slot says it does not fit and by how much; "Fit to the slot" proposes minutes that fit,
// beside the template's; editing a proposed phase sets it by hand and the others adjust; accepting
// makes the projected total at most 90 min, and the plan read again keeps them; the template's own
// minutes are unchanged; the started meeting's overview plans the plan's minutes (Finnish and
// English, by keyboard, with axe). Then the team's usual length, a plan's own slot, minimums that do
// not fit, a phase's minutes set by hand in the table, the template's minutes back with Undo, and
// another meeting type dropping the plan's own minutes.
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { interimReviewTemplate, weeklyMeetingTemplate } from '../../shared/meeting/builtInTemplates';
import { buildMeetingSteps } from '../../shared/meeting/engine';
import { agendaOutline, type Meeting } from '../../shared/meeting/meeting';
import { projectPlan } from '../../shared/meeting/timeSlot';
import { createFamily } from '../../renderer/src/db/repositories/familyRepository';
import { createMeeting, readMeeting, runMeeting } from '../../renderer/src/db/repositories/meetingRepository';
import { saveUsualSlotMinutes } from '../../renderer/src/db/repositories/settingsRepository';
import { changeLanguage } from '../../renderer/src/i18n/i18n';
import { MeetingScreen } from '../../renderer/src/meetings/MeetingScreen';
import { en } from '../../shared/i18n/en';
import { fi } from '../../shared/i18n/fi';
import '../../renderer/src/styles.css';
import { browserWorld, seriousAxeViolations } from './support';

const world = browserWorld({ prefix: 'keha-slot', width: '1100px' });

/** A weekly meeting with 60 families on the quick round and the first 3 of them as deep dives. */
async function seedMeeting(): Promise<string> {
  const familyIds: string[] = [];
  for (let index = 1; index <= 60; index++) {
    familyIds.push(await createFamily(world.session, { code: `P-${String(index).padStart(3, '0')}`, label: '', responsibleMemberId: null }));
  }
  return createMeeting(world.session, {
    scheduledAt: '2031-06-03T06:30:00.000Z',
    template: weeklyMeetingTemplate,
    plan: {
      roles: {},
      participants: [],
      quickRound: familyIds.map((familyId, index) => ({ id: `q${index}`, familyId })),
      deepDives: familyIds.slice(0, 3).map((familyId, index) => ({ id: `d${index}`, familyId, presenterId: null, question: '' })),
      closingNote: '',
    },
  });
}

const summary = () => page.getByTestId('slot-summary');
const tableTotal = () => page.getByTestId('slot-table-total');

describe('the time slot in the planner', () => {
  for (const language of ['fi', 'en'] as const) {
    it(`says the plan does not fit, fits it on request, keeps the accepted minutes and runs with them (${language})`, async () => {
      const t = (language === 'fi' ? fi : en).slot;
      await changeLanguage(language);
      const id = await seedMeeting();
      world.render(<MeetingScreen id={id} view={null} />);

      // 10 + 60 × 2 + 3 × 50 + 5 = 285 min = 4 h 45 min, 3 h 15 min over the team's usual 90.
      const over = language === 'fi' ? 'Suunnitelma kestää 4 t 45 min, 3 t 15 min yli 90 minuutin ajan.' : 'The plan takes 4 h 45 min, 3 h 15 min over the 90-minute slot.';
      await expect.element(summary()).toHaveTextContent(over);
      await expect.element(page.getByRole('textbox', { name: t.slotLabel })).toHaveValue('90');
      expect(await seriousAxeViolations(world.container)).toEqual([]);

      // Fit to the slot, by keyboard: the proposal gets the focus and shows the template's minutes beside it.
      page.getByRole('button', { name: t.fit }).element().focus();
      await userEvent.keyboard('{Enter}');
      const proposal = page.getByTestId('slot-proposal');
      await expect.element(proposal.getByRole('heading', { name: t.proposalHeading.replace('{{slot}}', '90') })).toHaveFocus();
      const proposalSummary = page.getByTestId('slot-proposal-summary');
      await expect.element(proposalSummary).toHaveTextContent(language === 'fi' ? /Ehdotuksella suunnitelma kestää 1 t (2\d|30)(,5)? min 90 minuutin ajasta/ : /With the proposal the plan takes 1 h (2\d|30)(\.5)? min of the 90-minute slot/);
      const hypothesisRow = proposal.getByRole('row').filter({ hasText: language === 'fi' ? 'Hypoteesit' : 'Hypothes' });
      await expect.element(hypothesisRow).toHaveTextContent(/15 min/);
      expect(await seriousAxeViolations(world.container)).toEqual([]);

      // The chair gives hypothesising 6 minutes by hand; the other phases adjust and it still fits.
      const hypothesisInput = proposal.getByRole('textbox', { name: new RegExp(language === 'fi' ? 'Vaiheen Hypoteesit ehdotetut minuutit$' : 'Proposed minutes of Hypothes') });
      await userEvent.clear(hypothesisInput);
      await userEvent.type(hypothesisInput, '6{Enter}');
      await expect.element(hypothesisRow).toHaveTextContent(new RegExp(t.fixed));
      await expect.element(proposalSummary).toHaveTextContent(language === 'fi' ? /^Ehdotuksella/ : /^With the proposal/);

      await userEvent.click(proposal.getByRole('button', { name: t.accept }));
      await expect.element(page.getByTestId('slot-proposal')).not.toBeInTheDocument();
      await expect.element(summary()).toHaveTextContent(language === 'fi' ? /alle 90 minuutin ajan|täsmälleen 90 minuutin ajan/ : /less than the 90-minute slot|exactly the 90-minute slot/);

      // Saved with the plan: read again from the database, within the slot, hypothesising fixed at 6.
      const stored = (await readMeeting(world.session, id))!;
      const projection = projectPlan(stored.template, { deepDives: 3, families: 60, phaseMinutes: stored.phaseMinutes, fixedPhases: stored.fixedPhases }, 90);
      expect(projection.totalMinutes).toBeLessThanOrEqual(90);
      expect(stored.phaseMinutes?.hypothesising).toBe(6);
      expect(stored.fixedPhases).toContain('hypothesising');
      // The template (its snapshot, and the built-in one) keeps its own minutes.
      expect(stored.template.phases.find((phase) => phase.id === 'hypothesising')!.plannedMinutes).toBe(15);
      expect(weeklyMeetingTemplate.phases.find((phase) => phase.id === 'hypothesising')!.plannedMinutes).toBe(15);

      // A new render (as after a reload) shows the plan's minutes.
      world.render(<p>reloading</p>);
      world.render(<MeetingScreen id={id} view={null} />);
      await expect.element(tableTotal()).toHaveTextContent(language === 'fi' ? /^1 t (2\d|30)(,5)? min$/ : /^1 h (2\d|30)(\.5)? min$/);
      const plannedHypothesis = page.getByTestId('slot-table').getByRole('textbox', { name: new RegExp(language === 'fi' ? 'Vaiheen Hypoteesit minuutit$' : '^Minutes of Hypothes') });
      await expect.element(plannedHypothesis).toHaveValue('6');

      // Started: the run's steps plan the plan's minutes, and the overview says so.
      const started = await runMeeting(world.session, id, 'start', { status: 'notStarted', stepIndex: 0 });
      expect(started.ok).toBe(true);
      const running = (await readMeeting(world.session, id))! as Meeting;
      const steps = buildMeetingSteps(running.template, agendaOutline(running));
      expect(steps.find((step) => step.key === 'hypothesising:d0')!.plannedMs).toBe(6 * 60_000);
      expect(steps.find((step) => step.key === 'quickRound')!.plannedMs).toBe(stored.phaseMinutes!.quickRound! * 60 * 60_000);
      const overview = page.getByRole('region', { name: language === 'fi' ? fi.run.overview.heading : en.run.overview.heading });
      await expect.element(overview).toBeVisible();
      const hypothesisStep = overview.getByRole('listitem').filter({ hasText: language === 'fi' ? 'Hypoteesit' : 'Hypothes' }).first();
      await expect.element(hypothesisStep).toHaveTextContent(/\b6 min/);
    }, 90_000);
  }

  it('follows the team’s usual length, lets a plan set its own, and says when even the minimums do not fit', async () => {
    await changeLanguage('en');
    await saveUsualSlotMinutes(world.db, 45);
    const id = await seedMeeting();
    world.render(<MeetingScreen id={id} view={null} />);
    await expect.element(summary()).toHaveTextContent('The plan takes 4 h 45 min, 4 h over the 45-minute slot.');
    await userEvent.click(page.getByRole('button', { name: en.slot.fit }));
    // Minimums: 3 + 60 × 0.5 + 3 × 15 + 1.5 = 79.5 min, 34.5 over 45.
    await expect.element(page.getByTestId('slot-proposal-summary')).toHaveTextContent(/^Even the shortest times take 1 h 19.5 min, 34.5 min over the 45-minute slot\./);
    await userEvent.click(page.getByRole('button', { name: en.slot.cancel }));

    // This meeting's own slot: 2 hours.
    const slot = page.getByRole('textbox', { name: en.slot.slotLabel });
    await userEvent.clear(slot);
    await userEvent.type(slot, '120');
    await userEvent.tab();
    await expect.element(summary()).toHaveTextContent(/over the 120-minute slot/);
    await expect.poll(async () => (await readMeeting(world.session, id))!.slotMinutes).toBe(120);
    await userEvent.click(page.getByRole('button', { name: en.slot.useUsual }));
    await expect.poll(async () => (await readMeeting(world.session, id))!.slotMinutes).toBeUndefined();
    await expect.element(summary()).toHaveTextContent(/over the 45-minute slot/);

    // A phase's minutes set by hand in the table: saved and marked; the template's minutes back with Undo.
    await userEvent.clear(slot);
    await userEvent.type(slot, '300');
    await userEvent.tab();
    await expect.element(summary()).toHaveTextContent(/less than the 300-minute slot/);
    const opening = page.getByTestId('slot-table').getByRole('textbox', { name: /^Minutes of Opening/ });
    await userEvent.clear(opening);
    await userEvent.type(opening, '7,5{Enter}');
    await expect.poll(async () => (await readMeeting(world.session, id))!.phaseMinutes).toEqual({ opening: 7.5 });
    await expect.element(page.getByTestId('slot-table').getByRole('row').filter({ hasText: 'Opening' })).toHaveTextContent(/set by hand/);
    await userEvent.clear(opening);
    await userEvent.type(opening, '7,25{Enter}');
    await expect.element(page.getByText('Minutes from 0 to 240, in half minutes (for example 7.5).')).toBeVisible();
    expect((await readMeeting(world.session, id))!.phaseMinutes).toEqual({ opening: 7.5 });
    await userEvent.click(page.getByRole('button', { name: en.slot.resetToTemplate }));
    await expect.poll(async () => (await readMeeting(world.session, id))!.phaseMinutes).toBeUndefined();
    await userEvent.click(page.getByRole('button', { name: en.commands.undo }));
    await expect.poll(async () => (await readMeeting(world.session, id))!.phaseMinutes).toEqual({ opening: 7.5 });
    expect((await readMeeting(world.session, id))!.fixedPhases).toEqual(['opening']);

    // Another meeting type: the plan's own minutes were for the old one's phases and go.
    await userEvent.selectOptions(page.getByRole('combobox', { name: en.meetings.template }), interimReviewTemplate.name.en);
    await expect.poll(async () => (await readMeeting(world.session, id))!.template.id).toBe(interimReviewTemplate.id);
    const replanned = (await readMeeting(world.session, id))!;
    expect(replanned.phaseMinutes).toBeUndefined();
    expect(replanned.fixedPhases).toBeUndefined();

    // An impossible value is refused in words and not saved.
    await userEvent.clear(slot);
    await userEvent.type(slot, '5');
    await userEvent.tab();
    await expect.element(page.getByText('A whole number of minutes from 15 to 480.')).toBeVisible();
  }, 90_000);
});
