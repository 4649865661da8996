// The template editor by keyboard alone, once in English and once in Finnish: open
// Templates from the main navigation, clone the built-in weekly template, rename the chair's role
// in both languages, add a role and name it, add a phase and name it, give it a capture tool with
// Space and make it once per deep-dive family with the arrow keys, move it up by keyboard drag and
// drop and with its Move up button, remove a phase and undo that from the notification; every
// change saved. No pointer event may reach the page.
import { expect, test, type Locator } from '@playwright/test';
import { weeklyMeetingTemplate } from '../../shared/meeting/builtInTemplates';
import { KehaApp, testPassphrase } from './models/KehaApp';
import { TemplatesPage } from './models/TemplatesPage';
import { fill, texts } from './models/texts';
import { KeyboardUser } from './support/keyboardUser';

const physician = { fi: 'Hoitava lääkäri', en: 'Attending physician' };
const nurse = { fi: 'Psykiatrinen sairaanhoitaja', en: 'Psychiatric nurse' };
const network = { fi: 'Verkoston kuulumiset', en: 'Network check' };

for (const language of ['en', 'fi'] as const) {
  test(`a team template is cloned and edited by keyboard alone (${language})`, async ({ page }) => {
    test.setTimeout(120_000);
    const app = new KehaApp(page, language);
    const keys = new KeyboardUser(page);
    await keys.watchForPointerUse();
    await app.open();
    if (language === 'en') {
      // The vault screens start in Finnish; switch first (the choice is remembered).
      await keys.choose(page.getByLabel(texts.fi.language.label), { label: 'English' });
    }
    const t = app.t;
    const e = t.templates.editor;
    await keys.type(page.getByLabel(t.vault.passphrase, { exact: true }), testPassphrase);
    await keys.type(page.getByLabel(t.vault.passphraseRepeat, { exact: true }), testPassphrase);
    await keys.press(page.getByRole('button', { name: t.vault.create }));
    await keys.press(page.getByRole('button', { name: t.demo.load }));
    await expect(page.getByText(t.demo.banner)).toBeVisible();
    const templates = new TemplatesPage(app);

    /** Types into an autosaving field and waits for its own "Saved". */
    async function typeAndSave(field: Locator, text: string) {
      await keys.type(field, text);
      await expect(templates.statusOf(field)).toHaveText(t.autosave.saved);
      await expect(field).toHaveValue(text);
    }

    // --- Open Templates and clone the weekly meeting -----------------------------------------------
    await keys.press(page.getByRole('navigation', { name: t.app.mainNavigation }).getByRole('link', { name: t.nav.templates }));
    await templates.expectOpen();
    const weeklyName = weeklyMeetingTemplate.name[language];
    await keys.press(templates.builtInList().getByRole('button', { name: fill(t.templates.builtIn.cloneLabel, { name: weeklyName }) }));
    await expect(templates.heading()).toHaveText(fill(t.templates.copyName, { name: weeklyName }));
    await templates.expectEditorOpen();
    const weeklyPhases = weeklyMeetingTemplate.phases.map((phase) => phase.name[language]);
    await templates.expectPhaseOrder(weeklyPhases);

    // --- Roles: the chair renamed in both languages, a role added and named ----------------------
    const chair = templates.role(1);
    await typeAndSave(chair.getByLabel(e.roleNameFi, { exact: true }), physician.fi);
    await typeAndSave(chair.getByLabel(e.roleNameEn, { exact: true }), physician.en);
    await expect(chair.getByRole('heading', { level: 3 })).toHaveText(fill(e.roleHeading, { number: 1, name: physician[language] }));

    const roleCount = weeklyMeetingTemplate.roles.length;
    await keys.press(templates.roles().getByRole('button', { name: e.addRole, exact: true }));
    const added = templates.role(roleCount + 1);
    await expect(added.getByRole('heading', { level: 3 })).toHaveText(fill(e.roleHeading, { number: roleCount + 1, name: e.newRole }));
    // Focus is already in the new role's Finnish name, its text selected: typing replaces it.
    const addedFi = added.getByLabel(e.roleNameFi, { exact: true });
    await expect(addedFi).toBeFocused();
    await page.keyboard.type(nurse.fi);
    await expect(templates.statusOf(addedFi)).toHaveText(t.autosave.saved);
    await page.keyboard.press('Tab');
    const addedEn = added.getByLabel(e.roleNameEn, { exact: true });
    await expect(addedEn).toBeFocused();
    await typeAndSave(addedEn, nurse.en);
    await expect(added.getByRole('heading', { level: 3 })).toHaveText(fill(e.roleHeading, { number: roleCount + 1, name: nurse[language] }));

    // --- A new phase: named, a tool with Space, once per deep-dive family with an arrow key ------
    await keys.press(templates.phases().getByRole('button', { name: e.addPhase, exact: true }));
    await expect(templates.phaseList().getByRole('row')).toHaveCount(weeklyPhases.length + 1);
    await expect(templates.phaseEditor().getByRole('heading', { level: 3 })).toBeFocused();
    await typeAndSave(templates.phaseEditor().getByLabel(e.phaseNameFi, { exact: true }), network.fi);
    await typeAndSave(templates.phaseEditor().getByLabel(e.phaseNameEn, { exact: true }), network.en);
    await templates.expectPhaseOrder([...weeklyPhases, network[language]]);

    const timeline = templates.tool(t.templates.tools.timeline);
    await expect(timeline).not.toBeChecked();
    await keys.toggle(timeline);
    await expect(timeline).toBeChecked();
    await templates.expectSaved();
    await expect(templates.phaseEditor().getByRole('note')).toHaveText(fill(e.idleFamilyTools, { tools: t.templates.tools.timeline }));
    const scope = templates.phaseEditor().getByRole('group', { name: e.scope });
    const once = scope.getByRole('radio', { name: e.scopeOnce });
    await once.focus();
    await expect(once).toBeChecked();
    await page.keyboard.press('ArrowDown');
    await expect(scope.getByRole('radio', { name: e.scopePerFamily })).toBeChecked();
    await templates.expectSaved();
    await expect(templates.phaseEditor().getByRole('note')).toHaveCount(0);

    // --- Moved up: by keyboard drag and drop after the quick round, then once with Move up -------
    await templates.dragPhaseByKeyboard(network[language], -7);
    const afterDrag = [weeklyPhases[0]!, weeklyPhases[1]!, network[language], ...weeklyPhases.slice(2)];
    await templates.expectPhaseOrder(afterDrag);
    await expect(page.getByRole('status').filter({ hasText: fill(e.phaseMoved, { name: network[language], position: 3, count: afterDrag.length }) })).toHaveCount(1);
    await expect(templates.phaseEditor()).toHaveAccessibleName(fill(e.phaseHeading, { number: 3, name: network[language] }));
    await keys.press(templates.phaseEditor().getByRole('button', { name: fill(t.meetings.moveUpLabel, { code: network[language] }) }));
    const edited = [weeklyPhases[0]!, network[language], ...weeklyPhases.slice(1)];
    await templates.expectPhaseOrder(edited);
    await expect(page.getByRole('status').filter({ hasText: fill(e.phaseMoved, { name: network[language], position: 2, count: edited.length }) })).toHaveCount(1);
    await templates.expectSaved();

    // --- A phase removed and brought back from the notification -----------------------------------
    const removed = weeklyPhases[weeklyPhases.length - 2]!; // the plan, the last per-family phase
    // The phase list is one stop in the Tab order: from its heading Tab into it, arrow keys to the
    // phase's row, Tab past the drag handle to its Edit button, Enter.
    await templates.phases().getByRole('heading', { level: 2 }).focus();
    await page.keyboard.press('Tab');
    await expect(templates.phaseList().locator('[role="row"]:focus')).toHaveCount(1);
    await page.keyboard.press('Home');
    for (let row = 0; row < edited.indexOf(removed); row++) await page.keyboard.press('ArrowDown');
    const removedRow = templates.phaseList().getByRole('row', { name: removed, exact: true });
    await expect(removedRow).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(removedRow.locator('[slot="drag"]')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(removedRow.getByRole('button', { name: fill(e.editLabel, { name: removed }) })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(templates.phaseEditor().getByRole('heading', { level: 3 })).toBeFocused();
    await expect(templates.phaseEditor()).toHaveAccessibleName(new RegExp(`: ${removed}$`));
    await keys.press(templates.phaseEditor().getByRole('button', { name: fill(e.removePhaseLabel, { name: removed }) }));
    await app.expectNotification(fill(e.phaseRemoved, { name: removed }));
    await templates.expectPhaseOrder(edited.filter((name) => name !== removed));
    // The Undo is the last thing on the page, dozens of Tabs away: Alt+U takes the focus there.
    await page.keyboard.press('Alt+KeyU');
    const undo = app.notification().getByRole('button', { name: app.t.commands.undo, exact: true });
    await expect(undo).toBeFocused();
    await page.keyboard.press('Enter');
    await templates.expectPhaseOrder(edited);

    // --- Everything saved, and no pointer used ----------------------------------------------------
    await templates.expectSaved();
    await expect(page.getByTestId('template-save-state')).toHaveText(e.saved);
    await expect(templates.previewStep(2)).toContainText(`2. ${network[language]}`);
    await keys.expectNoPointerUse();
  });
}
