// The template editor: a team clones the weekly template, renames its roles (the chair
// becomes the attending physician), adds a phase written in Finnish only and moves it by keyboard
// drag and drop, and the live preview follows; a meeting planned and run with it in the English UI
// shows the renamed role and the new phase at its place with its Finnish name and prompt; editing the template afterwards leaves the finished meeting's record as it was.
// Export and import on a clean profile give the same template; five broken files are each refused
// with one message listing every problem in words, and the list does not change. axe and
// screenshots of the list, the editor and the preview in Finnish and English.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { weeklyMeetingTemplate } from '../../shared/meeting/builtInTemplates';
import { jsonErrorPlace } from '../../shared/meeting/templateFile';
import { FacilitatorPage } from './models/FacilitatorPage';
import { KehaApp } from './models/KehaApp';
import { MeetingsPage } from './models/MeetingsPage';
import { RecordPage } from './models/RecordPage';
import { TemplatesPage } from './models/TemplatesPage';
import { fill } from './models/texts';
import { expectAccessible } from './support/axe';

/** Set KEHA_TEMPLATE_SHOTS to a path prefix (e.g. /tmp/shots/tpl) to keep screenshots to look at. */
const shots = process.env.KEHA_TEMPLATE_SHOTS;
async function screenshot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: `${shots}-${name}.png`, fullPage: true });
}

const physician = { fi: 'Hoitava lääkäri', en: 'Attending physician' };
const recorder = { fi: 'Kirjaaja (sairaanhoitaja)', en: 'Recorder (nurse)' };
// The team's new phase is written in Finnish only: the English UI shows its Finnish texts.
const network = { fi: 'Verkoston kuulumiset', en: '' };
const networkPrompt = { fi: 'Kysy verkostolta, mikä on muuttunut viime viikon jälkeen.', en: '' };
const networkName = network.fi;
const templateName = { fi: 'Perheosaston viikkokokous', en: 'Family unit weekly meeting' };

test('a cloned weekly template with renamed roles and a new phase runs as edited, and later edits leave the past meeting alone', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1440, height: 1000 });
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  await app.setLanguage('en');
  await app.start();
  await page.getByRole('button', { name: app.t.demo.load }).click();
  await expect(page.getByText(app.t.demo.banner)).toBeVisible();
  const t = app.t.templates;
  const templates = new TemplatesPage(app);

  // The list: both built-in templates, no team templates yet.
  await templates.goto();
  await templates.expectTeamTemplates([]);
  await expect(templates.builtInList().getByRole('listitem')).toHaveCount(2);
  await expectAccessible(page, 'templates list (en)');
  await screenshot(page, 'list-en');

  // Clone the weekly meeting and name it.
  await templates.cloneBuiltIn('weeklyMeeting');
  await templates.setName(templateName);
  await expect(templates.heading()).toHaveText(templateName.en);
  const weeklyPhases = weeklyMeetingTemplate.phases.map((phase) => phase.name.en);
  await templates.expectPhaseOrder(weeklyPhases);

  // Roles: the chair is the attending physician, the coordinator a nurse who records.
  await templates.renameRole(1, physician);
  await templates.renameRole(5, recorder);
  await expect(templates.previewStep(1)).toContainText(fill(t.preview.lead, { role: physician.en }));
  // The family therapist leads hypothesising and has prompts in several phases: it cannot go.
  await templates.removeRole(2, 'Family therapist');
  await expect(templates.role(2).getByRole('alert')).toContainText('“Family therapist” cannot be removed while it is used: lead role in phases 5 (Hypothesising)');
  await expect(templates.role(2)).toBeVisible();

  // One language is enough: without its English name the role shows its Finnish one in the English UI.
  const chairEn = templates.role(1).getByLabel(t.editor.roleNameEn, { exact: true });
  const chairFi = templates.role(1).getByLabel(t.editor.roleNameFi, { exact: true });
  await templates.fillAndSave(chairEn, '');
  await expect(templates.previewStep(1)).toContainText(fill(t.preview.lead, { role: physician.fi }));
  // A text cleared in both languages stays in the field with its message and is not saved; fixed, it is.
  await chairFi.fill('');
  await chairFi.blur();
  await expect(templates.errorOf(chairFi)).toHaveText(t.editor.textInEitherLanguage);
  await expect(templates.statusOf(chairFi)).toHaveText(app.t.autosave.notSaved);
  await expect(templates.previewStep(1)).toContainText(fill(t.preview.lead, { role: physician.fi }));
  await templates.fillAndSave(chairFi, physician.fi);
  await templates.fillAndSave(chairEn, physician.en);

  // A new phase: named, led by the physician, with a prompt; then moved by keyboard after the quick round.
  await templates.addPhase(network);
  await templates.setLeadRole(physician.en);
  await templates.addPrompt(physician.en, networkPrompt);
  await expect(templates.tool(t.tools.notes)).toBeChecked();
  await templates.tool(t.tools.timeline).check();
  await templates.expectSaved();
  // The phase is once a meeting, so it has no family's timeline to show: the editor says so.
  await expect(templates.phaseEditor().getByRole('note')).toHaveText(fill(t.editor.idleFamilyTools, { tools: t.tools.timeline }));
  await templates.expectPhaseOrder([...weeklyPhases, networkName]);
  await templates.dragPhaseByKeyboard(networkName, -7);
  const edited = [weeklyPhases[0]!, weeklyPhases[1]!, networkName, ...weeklyPhases.slice(2)];
  await templates.expectPhaseOrder(edited);
  await expect(page.getByRole('status').filter({ hasText: fill(t.editor.phaseMoved, { name: networkName, position: 3, count: 10 }) })).toHaveCount(1);

  // Minutes: a negative number stays in the field with its message; 7.5 is saved and the preview follows.
  const minutes = templates.minutes();
  await expect(minutes).toHaveValue('5');
  await minutes.fill('-5');
  await minutes.blur();
  await expect(templates.errorOf(minutes)).toHaveText(fill(t.editor.minutesRange, { min: 0, max: 240 }));
  await expect(minutes).toHaveValue('-5');
  await templates.fillAndSave(minutes, '7.5');
  // The preview: the new phase third, led by the physician, once per meeting; the length follows.
  const third = templates.previewStep(3);
  await expect(third).toContainText(`3. ${networkName}`);
  await expect(third).toContainText(fill(t.preview.lead, { role: physician.en }));
  await expect(third).toContainText(fill(t.preview.tools, { tools: `${t.tools.notes}, ${t.tools.timeline}` }));
  await expect(third).toContainText(networkPrompt.fi);
  // Weekly with 2 deep dives and 8 quick-round families is 2 h 11 min; with 7.5 more minutes, 2 h 18.5 min.
  await expect(third).toContainText('7.5 min');
  await expect(third).not.toContainText('8 min');
  await expect(templates.previewLength()).toContainText(fill(t.preview.length, { length: '2 h 18.5 min' }));
  await page.getByLabel(t.preview.deepDives, { exact: true }).fill('1');
  await expect(templates.previewSteps()).toHaveCount(10);
  await templates.expectSaved();

  // Removing a phase is undone from its message.
  await templates.openPhase('Plan');
  await templates.removePhase('Plan');
  await templates.expectPhaseOrder(edited.filter((name) => name !== 'Plan'));
  await page.locator('.notifications').getByRole('button', { name: app.t.commands.undo }).click();
  await templates.expectPhaseOrder(edited);
  await templates.expectSaved();
  await expectAccessible(page, 'template editor (en)');
  await screenshot(page, 'editor-en');
  if (shots) await templates.preview().screenshot({ path: `${shots}-preview-en.png` });

  // Plan a meeting with the template, one deep dive, and run it: the physician leads, the new phase is third.
  const meetings = new MeetingsPage(app);
  await meetings.goto();
  const planner = await meetings.planMeeting({ template: { name: templateName.en } });
  await expect(planner.templateSelect().locator('option:checked')).toHaveText(fill(app.t.meetings.teamTemplate, { name: templateName.en }));
  await planner.addDeepDive('DEMO-101');
  await planner.expectSaved();
  const run = new FacilitatorPage(app);
  const meetingId = await run.startFromPlan();
  await run.expectPhase(weeklyPhases[0]!, 1, 10);
  await expect(run.leadLine()).toContainText(`${physician.en} – Kaisa Demo`);
  await run.advance(2);
  await run.expectPhase(networkName, 3, 10);
  await expect(run.leadLine()).toContainText(`${physician.en} – Kaisa Demo`);
  await expect(run.prompts()).toContainText(networkPrompt.fi);
  await run.advance(1);
  await run.expectPhase('Presentation', 4, 10);
  await run.finish();

  // Edit the template afterwards: rename the new phase and remove Reflection.
  await templates.goto();
  await templates.open(templateName.en);
  await templates.openPhase(networkName);
  await templates.fillAndSave(templates.phaseEditor().getByLabel(t.editor.phaseNameEn, { exact: true }), 'Network round');
  await templates.openPhase('Reflection');
  await templates.removePhase('Reflection');
  await templates.expectSaved();
  await templates.expectPhaseOrder(edited.map((name) => (name === networkName ? 'Network round' : name)).filter((name) => name !== 'Reflection'));

  // The finished meeting's record still has the structure it ran with.
  const record = new RecordPage(app);
  await record.goto(meetingId);
  await record.expectOpen();
  await record.openWholeRecord();
  await expect(record.timings()).toContainText(networkName);
  await expect(record.timings()).toContainText('Reflection');
  await expect(record.timings()).not.toContainText('Network round');
});

test('export and import on a clean profile give the same template; broken files are refused with every problem in words', async ({ browser }) => {
  test.setTimeout(180_000);
  // One team makes and exports a template (in Finnish).
  const { app: first, templates: firstTemplates, close: closeFirst } = await freshProfile(browser);
  await firstTemplates.cloneBuiltIn('weeklyMeeting');
  await firstTemplates.setName(templateName);
  await firstTemplates.renameRole(1, physician);
  await firstTemplates.addPhase(network);
  await firstTemplates.setLeadRole(physician.fi);
  await firstTemplates.addPrompt(physician.fi, networkPrompt);
  await firstTemplates.expectSaved();
  await expectAccessible(first.page, 'template editor (fi)');
  await screenshot(first.page, 'editor-fi');
  if (shots) await firstTemplates.preview().screenshot({ path: `${shots}-preview-fi.png` });
  const exported = await firstTemplates.exportTemplate();
  expect(exported.name).toBe('keha-pohja-perheosaston-viikkokokous.json');
  await closeFirst();

  // Another team, a clean profile: imports the file and gets the same template.
  const { app, templates, close } = await freshProfile(browser);
  const t = app.t.templates;
  await templates.expectTeamTemplates([]);
  await templates.importFile({ name: exported.name, content: exported.content });
  await app.expectNotification(fill(t.import.imported, { name: templateName.fi }));
  await templates.expectTeamTemplates([templateName.fi]);
  await templates.open(templateName.fi);
  await expect(templates.role(1).getByLabel(t.editor.roleNameFi, { exact: true })).toHaveValue(physician.fi);
  await templates.expectPhaseOrder([...weeklyMeetingTemplate.phases.map((phase) => phase.name.fi), network.fi]);
  expect((await templates.exportTemplate()).content).toBe(exported.content);

  // The same file again: already here, nothing added.
  await templates.goto();
  await templates.importFile({ name: exported.name, content: exported.content });
  await app.expectNotification(fill(t.import.alreadyHere, { name: templateName.fi }));
  await templates.expectTeamTemplates([templateName.fi]);

  // Five broken files: each one refused with every problem and its place in words; the list stays as it was.
  const v = app.t.validation;
  const broken = (change: (file: Record<string, unknown> & { phases: Record<string, unknown>[] }) => void) => {
    const file = JSON.parse(exported.content) as Record<string, unknown> & { phases: Record<string, unknown>[] };
    change(file);
    return JSON.stringify(file, null, 2);
  };

  // 1 Not JSON: a comma after the last member (hand-edited).
  const badJson = exported.content.replace(/\n\s*\]\n\}\n$/, '\n  ],\n}\n');
  let place = { line: 0, column: 0 };
  try {
    JSON.parse(badJson);
  } catch (error) {
    place = jsonErrorPlace(badJson, error);
  }
  expect(place.line).toBeGreaterThan(1);
  await templates.importFile({ name: 'pilkku.json', content: badJson });
  await templates.expectImportProblems('pilkku.json', [fill(v.templateFileNotJson, place)]);
  await templates.expectTeamTemplates([templateName.fi]);
  await expectAccessible(app.page, 'templates list with an import refused (fi)');
  await screenshot(app.page, 'import-problems-fi');

  // 2 Phase names missing: every missing text of every phase, by number.
  await templates.importFile({
    name: 'nimet.json',
    content: broken((file) => {
      file.phases[2]!.name = { fi: '', en: '' };
      file.phases[5]!.name = { fi: 'Reflektio', en: ' ' };
    }),
  });
  // A name in one language is enough (phase 6 shows its Finnish name in English); phase 3 has none.
  await templates.expectImportProblems('nimet.json', [fill(v.templateTextMissingBoth, { path: 'vaihe 3, nimi' })]);
  await templates.expectTeamTemplates([templateName.fi]);

  // 3 A negative duration.
  await templates.importFile({ name: 'kesto.json', content: broken((file) => void (file.phases[0]!.plannedMinutes = -10)) });
  await templates.expectImportProblems('kesto.json', [fill(v.templateDuration, { min: 0, max: 240, path: 'vaihe 1 (Avaus ja kuulumiskierros), suunnitellut minuutit' })]);
  await templates.expectTeamTemplates([templateName.fi]);

  // 4 An unknown capture tool.
  await templates.importFile({ name: 'tyokalu.json', content: broken((file) => void (file.phases[1]!.tools as string[]).push('sociogram')) });
  await templates.expectImportProblems('tyokalu.json', [
    fill(v.templateUnknownTool, { value: 'sociogram', path: 'vaihe 2 (Pikakierros kaikista perheistä), kirjaustyökalu 3' }),
  ]);
  await templates.expectTeamTemplates([templateName.fi]);

  // 5 A 2 MB file: refused on its size.
  const huge = Buffer.alloc(2 * 1024 * 1024, ' ');
  Buffer.from(exported.content).copy(huge);
  await templates.importFile({ name: 'iso.json', content: huge });
  await templates.expectImportProblems('iso.json', [fill(v.templateFileTooLarge, { size: 2048, max: 512 })]);
  await templates.expectTeamTemplates([templateName.fi]);

  // Deleting a template is undone from its message.
  await templates.deleteFromList(templateName.fi);
  await templates.expectTeamTemplates([]);
  await app.page.locator('.notifications').getByRole('button', { name: app.t.commands.undo }).click();
  await templates.expectTeamTemplates([templateName.fi]);
  await expectAccessible(app.page, 'templates list (fi)');
  await screenshot(app.page, 'list-fi');
  await close();
});

/** A new browser profile (its own IndexedDB) with a vault, in Finnish, on the templates list. */
async function freshProfile(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  const app = new KehaApp(page, 'fi');
  await page.goto('/');
  await app.start();
  const templates = new TemplatesPage(app);
  await templates.goto();
  return { app, templates, close: () => context.close() };
}

