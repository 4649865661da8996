// The weekly meeting end to end, by keyboard alone, once in English and once in Finnish (the meeting's
// main journey): plan a meeting with two deep-dive families, four participants and a guest invited
// to one family's deep dive, run every phase (each family with its own responsible worker),
// add hypotheses, do a blind risk round with four participants for each family, agree actions and
// questions for the family, reload mid-phase and carry on, close, and export each family's
// summary. Each summary must hold its own family's record (its responsible worker, its guest) and
// nothing of the other family. No
// pointer event may reach the page.
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator } from '@playwright/test';
import { weeklyMeetingTemplate } from '../../shared/meeting/builtInTemplates';
import { KehaApp } from './models/KehaApp';
import { FacilitatorPage } from './models/FacilitatorPage';
import { PlannerPage } from './models/PlannerPage';
import { RecordPage } from './models/RecordPage';
import { fill, texts } from './models/texts';
import { KeyboardUser } from './support/keyboardUser';

type FamilyPlan = {
  code: string;
  /** The family's own responsible worker (in the demo data); not its presenter this time. */
  responsible: string;
  presenter: string;
  question: string;
  note: string;
  hypothesis: string;
  /** Kaisa, Tero, Sanna, Mikko; null: not scoring. */
  scores: [number | null, number, number, number];
  reasonWord: string;
  action: string;
  question4family: string;
};

const participants = ['Kaisa Demo', 'Tero Demo', 'Sanna Demo', 'Mikko Demo'] as const;

/** Every text is distinctive so a leak into the other family's summary is found by a plain search. */
const families: [FamilyPlan, FamilyPlan] = [
  {
    code: 'DEMO-102',
    responsible: 'Mikko Demo',
    presenter: 'Sanna Demo',
    question: 'How can we help the parents agree bedtimes (question-kestrel)?',
    note: 'Presentation note: mother works nights (note-kestrel).',
    hypothesis: 'One possible idea is that tiredness keeps everyone apart (hyp-kestrel).',
    scores: [null, 4, 6, 7],
    reasonWord: 'reason-kestrel',
    action: 'Sanna visits the family on Tuesday (act-kestrel)',
    question4family: 'What helps evenings go well (ask-kestrel)?',
  },
  {
    code: 'DEMO-103',
    responsible: 'Sanna Demo',
    presenter: 'Mikko Demo',
    question: 'What would make school feel safe again (question-heron)?',
    note: 'Presentation note: school counsellor involved (note-heron).',
    hypothesis: 'One possible idea is that silence protects a loyalty (hyp-heron).',
    scores: [2, 3, 5, 3],
    reasonWord: 'reason-heron',
    action: 'Mikko calls the school counsellor (act-heron)',
    question4family: 'Who at school do you trust (ask-heron)?',
  },
];
const shots = process.env.KEHA_JOURNEY_SHOTS;

/** A network guest invited to the second family's deep dive only. */
const guest = { name: 'Kerttu Koulukuraattori', organisation: 'Kaarnan koulu' };
const guestFamily = families[1];
const distinctive = (family: FamilyPlan) => family.reasonWord.replace('reason-', '');

for (const language of ['en', 'fi'] as const) {
  test(`the weekly meeting, planned, run, closed and recorded by keyboard alone (${language})`, async ({ page }) => {
    test.setTimeout(180_000);
    const app = new KehaApp(page, language);
    const keys = new KeyboardUser(page);
    await keys.watchForPointerUse();
    await page.clock.install({ time: new Date('2031-06-02T08:00:00') });
    await app.open();
    if (language === 'en') {
      // The vault screens start in Finnish; switch first (the choice is remembered).
      await keys.choose(page.getByLabel(texts.fi.language.label), { label: 'English' });
    }
    const t = app.t;
    await keys.type(page.getByLabel(t.vault.passphrase, { exact: true }), 'kolme iloista kehää tiistaina');
    await keys.type(page.getByLabel(t.vault.passphraseRepeat, { exact: true }), 'kolme iloista kehää tiistaina');
    await keys.press(page.getByRole('button', { name: t.vault.create }));
    await keys.press(page.getByRole('button', { name: t.demo.load }));
    await expect(page.getByText(t.demo.banner)).toBeVisible();

    // --- Plan -----------------------------------------------------------------------------------
    const m = t.meetings;
    await keys.press(app.nav('meetings'));
    await keys.press(page.getByRole('button', { name: m.planMeeting }));
    const dialog = page.getByRole('dialog');
    await keys.toggle(dialog.getByRole('radio', { name: weeklyMeetingTemplate.name[language] }));
    await keys.press(dialog.getByRole('button', { name: m.create }));
    await expect(page).toHaveURL(/#\/meetings\/[^/]+\/plan$/);

    // Four participants: Leena and Aino are away this week.
    for (const away of ['Leena Demo', 'Aino Demo']) {
      const box = page.getByRole('checkbox', { name: new RegExp(`^${away}`) });
      await keys.toggle(box);
      await expect(box).not.toBeChecked();
    }
    const deepDives = page.getByRole('region', { name: m.deepDives, exact: true });
    for (const family of families) {
      await keys.choose(deepDives.getByLabel(m.addDeepDive), { startsWith: family.code });
      await keys.press(deepDives.getByRole('button', { name: m.addDeepDiveButton }));
      const card = deepDives.getByRole('article').filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(family.code) }) });
      await keys.choose(card.getByLabel(m.presenter), { label: family.presenter });
      await keys.type(card.getByLabel(m.question), family.question);
      await expect(card.getByTestId('save-status')).toHaveText(t.autosave.saved);
    }
    await expect(deepDives.getByRole('article')).toHaveCount(2);
    // A school counsellor joins the second family's deep dive only (and, by default, does not score).
    const planner = new PlannerPage(app);
    const guestForm = planner.guestForm();
    await keys.type(guestForm.getByLabel(m.guestName), guest.name);
    await keys.type(guestForm.getByLabel(m.guestOrganisation), guest.organisation);
    await keys.choose(guestForm.getByLabel(m.guestDeepDive), { label: guestFamily.code });
    await keys.press(guestForm.getByRole('button', { name: m.addGuest }));
    await expect(planner.guestJoins(guest.name, guestFamily.code)).toBeChecked();
    await expect(planner.guestJoins(guest.name, families[0].code)).not.toBeChecked();
    await expect(planner.guestScores(guest.name, guestFamily.code)).not.toBeChecked();
    if (shots) await page.screenshot({ path: `${shots}-planner-${language}.png`, fullPage: true });
    // The meeting assigns only its own roles; each family's responsible worker comes from the family.
    await expect(planner.roleLabels()).not.toContainText([t.roles.responsibleSocialWorker]);
    await keys.press(page.getByRole('button', { name: m.start }));
    await expect(page).toHaveURL(/#\/meetings\/[^/]+\/run$/);

    // --- Run every phase --------------------------------------------------------------------------
    const run = new FacilitatorPage(app);
    const r = t.run;
    const steps = 15; // opening, quick round, 6 phases × 2 families, close
    await expect(page.locator('.run-step-of')).toContainText(fill(r.stepOf, { number: 1, count: steps }));
    await run.shortcut('addNote');
    await page.keyboard.type('Check-in: everyone present except Leena and Aino.');
    await run.expectNotesSaved();
    await run.advance(1); // quick round
    await expect(run.quickRound()).toBeVisible();
    // Each family on the quick round with its own responsible worker.
    for (const family of families) {
      await expect(run.quickRoundItem(family.code).locator('.quick-worker')).toHaveText(family.responsible);
    }
    if (shots) await page.screenshot({ path: `${shots}-quick-round-${language}.png`, fullPage: true });

    for (const [index, family] of families.entries()) {
      await run.advance(1); // presentation
      await expect(run.familyCard()).toContainText(family.code);
      await expect(run.familyCard()).toContainText(family.question);
      // The family's own responsible worker, and the guest only in the deep dive they joined.
      await expect(run.familyFact(t.roles.responsibleSocialWorker)).toHaveText(family.responsible);
      if (family === guestFamily) {
        await expect(run.familyCard()).toContainText(guest.name);
        await expect(run.familyFact(t.roles.socialCounsellor)).toHaveText(`Leena Demo (${r.family.notPresent})`);
      }
      else await expect(run.familyCard()).not.toContainText(guest.name);
      if (shots) await page.screenshot({ path: `${shots}-presentation-${family.code}-${language}.png`, fullPage: true });
      await run.shortcut('addNote');
      await page.keyboard.type(family.note);
      await run.expectNotesSaved();

      await run.advance(2); // clarifying questions, hypothesising
      await run.shortcut('addHypothesis');
      await expect(run.newWording()).toBeFocused();
      await page.keyboard.type(family.hypothesis);
      await keys.toggle(run.newHypothesis().getByRole('checkbox', { name: `Tero Demo – ${t.roles.familyTherapist}` }));
      await keys.press(run.newHypothesis().getByRole('button', { name: r.hypotheses.add }));
      await expect(run.ourHypotheses().filter({ hasText: family.hypothesis })).toHaveCount(1);

      if (index === 1) {
        // Mid-phase the window is reloaded: the meeting comes back at the same phase, time carried on.
        await page.clock.fastForward('03:00');
        await page.reload();
        await keys.type(page.getByLabel(t.vault.passphrase, { exact: true }), 'kolme iloista kehää tiistaina');
        await page.keyboard.press('Enter');
        await expect(page.locator('.run-step-of')).toContainText(fill(r.stepOf, { number: 11, count: steps }));
        await expect(run.ourHypotheses().filter({ hasText: family.hypothesis })).toHaveCount(1);
        expect(await elapsedSeconds(run.phaseTimer())).toBeGreaterThanOrEqual(180);
      }

      await run.advance(2); // reflection, risk scaling
      // The guest is not in the round until the chair includes them, and only in their family's round.
      const scorers: string[] = [...participants];
      if (family === guestFamily) {
        await expect(run.riskPanel().getByRole('button', { name: fill(r.risk.nextScores, { name: guest.name }) })).toHaveCount(0);
        if (shots) await page.screenshot({ path: `${shots}-risk-${language}.png`, fullPage: true });
        await keys.press(run.riskPanel().getByRole('button', { name: fill(r.risk.includeGuest, { name: guest.name }) }));
        await expect(run.riskPanel().getByRole('button', { name: fill(r.risk.nextScores, { name: guest.name }) })).toBeVisible();
        scorers.push(guest.name);
      } else {
        await expect(run.riskPanel()).not.toContainText(guest.name);
      }
      for (const [position, name] of scorers.entries()) {
        await keys.press(run.riskPanel().getByRole('button', { name: fill(r.risk.nextScores, { name }) }));
        const scoring = page.getByRole('dialog', { name: fill(r.risk.dialogTitle, { name }) });
        const score = family.scores[position] ?? 4;
        await keys.toggle(scoring.getByRole('radio', { name: score === null ? r.risk.notScoringOption : String(score), exact: true }));
        await keys.type(scoring.getByLabel(r.risk.reason, { exact: true }), `${family.reasonWord} ${name}`);
        await keys.type(scoring.getByLabel(r.risk.oneUp, { exact: true }), `one-up ${distinctive(family)}`);
        await keys.press(scoring.getByRole('button', { name: r.risk.save }));
        await expect(scoring).toBeHidden();
        // Blind: no score is anywhere on the page before the reveal, nor any reason.
        await expect(run.riskPanel()).not.toContainText(family.reasonWord);
      }
      await keys.press(run.riskPanel().getByRole('button', { name: r.risk.reveal }));
      await expect(run.riskTable()).toBeVisible();
      await expect(run.riskTable()).toContainText(`${family.reasonWord} Tero Demo`);

      await run.advance(1); // plan
      const actionForm = run.actionForm();
      await expect(actionForm).toBeVisible();
      // Right after a phase change the view may still be settling (the stored run replacing the
      // shown one); a chair pressing the shortcut again is what a user would do.
      await expect(async () => {
        await run.shortcut('addAction');
        await expect(actionForm.getByLabel(r.actions.what)).toBeFocused({ timeout: 1000 });
      }).toPass();
      await page.keyboard.type(family.action);
      await keys.choose(actionForm.getByLabel(r.actions.owner), { label: family.presenter });
      await actionForm.getByLabel(r.actions.due).focus();
      await actionForm.getByLabel(r.actions.due).fill('2031-06-16');
      await keys.press(actionForm.getByRole('button', { name: r.actions.add }));
      await expect(run.ourActions().filter({ hasText: family.action })).toHaveCount(1);
      const questionForm = run.questionsPanel().getByRole('form', { name: r.questions.add });
      await keys.type(questionForm.getByLabel(r.questions.text), family.question4family);
      await keys.press(questionForm.getByRole('button', { name: r.questions.add }));
      await expect(run.questionsPanel()).toContainText(family.question4family);
    }
    await run.advance(1); // recording and close
    await expect(page.locator('.run-step-of')).toContainText(fill(r.stepOf, { number: steps, count: steps }));

    await keys.press(run.button('finish'));
    await keys.press(page.getByRole('alertdialog', { name: r.controls.finishTitle }).getByRole('button', { name: r.controls.finishConfirm }));
    await expect(page).toHaveURL(/\/record$/);

    // --- Close and record -------------------------------------------------------------------------
    const record = new RecordPage(app);
    await keys.type(record.closingNote(), 'Agreed: both families get a visit before the next meeting.');
    await expect(page.locator('.closing-note-field [data-testid="save-status"]')).toHaveText(t.autosave.saved);
    await expect(record.agreedActions()).toContainText(families[0].action);
    await expect(record.agreedActions()).toContainText(families[1].action);

    for (const [index, family] of families.entries()) {
      const other = families[1 - index]!;
      await keys.press(record.summaryTab(family.code));
      await expect(record.summaryTab(family.code)).toHaveAttribute('aria-selected', 'true');
      const download = page.waitForEvent('download');
      await keys.press(record.shown().getByRole('group').getByRole('button', { name: t.record.exportMarkdown }));
      const file = await download;
      const content = await readDownload(await file.path());
      expect(file.suggestedFilename()).toMatch(/\.md$/);

      // Its own record: the question, participants, the hypothesis, every score with its reason, the spread, action and question.
      for (const expected of [family.code, family.question, family.hypothesis, family.action, family.question4family, family.presenter, '2031']) {
        expect(content, expected).toContain(expected);
      }
      for (const name of participants) expect(content).toContain(`${family.reasonWord} ${name}`);
      // The family's own responsible worker, named in that role; the other family's worker not in it.
      const worker = t.roles.responsibleSocialWorker;
      expect(content).toContain(`**${worker}:** ${family.responsible}`);
      expect(content).toContain(`- ${family.responsible} – ${worker}`);
      expect(content).not.toContain(`${other.responsible} – ${worker}`);
      // The guest only in the summary of the family whose deep dive they joined.
      if (family === guestFamily) {
        expect(content).toContain(`- ${guest.name} – ${fill(t.record.guestFrom, { organisation: guest.organisation })}`);
        expect(content).toContain(`${family.reasonWord} ${guest.name}`);
        expect(content).toContain(`**${t.roles.socialCounsellor}:** Leena Demo (${t.record.notPresent})`);
      }
      else expect(content, 'guest in another family').not.toContain(guest.name);
      if (shots) await page.screenshot({ path: `${shots}-summary-${family.code}-${language}.png`, fullPage: true });
      expect(content).toContain(`one-up ${distinctive(family)}`);
      const scored = family.scores.filter((score): score is number => score !== null).sort((a, b) => a - b);
      expect(content).toContain(String(scored[0]));
      expect(content).toContain(String(scored[scored.length - 1]));
      // Nothing of the other family.
      for (const leak of [other.code, other.question, other.note, other.hypothesis, other.action, other.question4family, other.reasonWord, distinctive(other)]) {
        expect(content, `leak of ${leak}`).not.toContain(leak);
      }
    }

    // Next week's plan lists the actions still open from this meeting for review.
    await keys.press(app.nav('meetings'));
    await keys.press(page.getByRole('button', { name: m.planMeeting }));
    await keys.press(page.getByRole('dialog').getByRole('button', { name: m.create }));
    await expect(page).toHaveURL(/#\/meetings\/[^/]+\/plan$/);
    const openActions = page.getByRole('region', { name: m.openActions, exact: true });
    for (const family of families) await expect(openActions).toContainText(family.action);

    await keys.expectNoPointerUse();
  });
}

async function readDownload(path: string): Promise<string> {
  return readFile(path, 'utf8');
}

async function elapsedSeconds(timer: Locator): Promise<number> {
  const text = (await timer.locator('.run-timer-value').textContent()) ?? '';
  const match = /^(?:(\d+):)?(\d+):(\d\d)/.exec(text.trim());
  if (!match) throw new Error(`No elapsed time in "${text}"`);
  return Number(match[1] ?? 0) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}
