// A family's genogram (sukupuu), end to end, in Finnish and in English: built with the keyboard
// only (the family's children, parents and grandparents, relationships, an emotional line and a
// household; a refused relationship keeps the form), the drawing's people selected with arrow keys,
// nudged with Shift+arrows and put back with 0, edited with Enter and removed with Delete and Undo;
// the list view says the same as the drawing; the print view; axe on the screen, with a form open and
// on the demonstration family's genogram.
import { expect, test, type Page } from '@playwright/test';
import type { Language } from '../../shared/i18n/messages';
import { GenogramPage } from './models/GenogramPage';
import { KehaApp } from './models/KehaApp';
import { fill } from './models/texts';
import { expectAccessible } from './support/axe';

async function startWithFamily(page: Page, language: Language) {
  const app = new KehaApp(page, 'fi');
  const genogram = new GenogramPage(app);
  await genogram.keyboard.watchForPointerUse();
  await page.goto('/');
  if (language !== 'fi') await app.setLanguage(language);
  await app.start();
  const code = await app.families.create({ label: 'Testiperhe' });
  await app.family.addChild('Aino', '2012');
  await expect(app.family.children()).toHaveCount(1);
  await app.family.addChild('Eero', '2016');
  await expect(app.family.children()).toHaveCount(2);
  await genogram.openFromFamilyPage(code);
  // The setup used the mouse; from here on the journey is keyboard only.
  await page.evaluate(() => sessionStorage.removeItem('keha-pointer-events'));
  return { app, code, genogram };
}

const people = {
  fi: { mother: 'Äiti', father: 'Isä', grandmother: 'Mummo', grandfather: 'Vaari', partner: 'Uusi puoliso' },
  en: { mother: 'Mother', father: 'Father', grandmother: 'Grandma', grandfather: 'Grandpa', partner: 'New partner' },
};

for (const language of ['fi', 'en'] as const) {
  test(`the team builds a genogram with the keyboard only, nudges, edits, removes with undo and prints it (${language})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    const { app, code, genogram } = await startWithFamily(page, language);
    const t = app.t.genogram;
    const names = people[language];
    await expect(page.getByText(t.screen.empty)).toBeVisible();
    await expectAccessible(page, `empty genogram (${language})`);

    // The family's two children in one step; the first becomes the index child.
    await genogram.keyboard.press(genogram.toolbarButton({ name: fill(t.screen.addFamilyChildren_other, { count: 2 }) }));
    await app.expectNotification(fill(t.screen.familyChildrenAdded_other, { count: 2 }));
    await expect(genogram.person('Aino')).toBeVisible();
    await expect(genogram.person('Aino')).toHaveAccessibleName(new RegExp(t.person.index));

    await genogram.addPerson({ name: names.mother, gender: 'female', birthYear: '1986' });
    await genogram.addPerson({ name: names.father, gender: 'male', birthYear: '1984' });
    await genogram.addPerson({ name: names.grandmother, gender: 'female', birthYear: '1958' });
    // A year in the future is refused at the field; nothing is lost.
    await genogram.keyboard.press(genogram.toolbarButton('addPerson'));
    await genogram.fillPerson({ name: names.grandfather, gender: 'male', birthYear: '2999', deceased: true, deathYear: '2019' });
    await genogram.save();
    await expect(genogram.dialog().getByText(fill(t.validation.yearFuture, { year: new Date().getFullYear() }))).toBeVisible();
    await genogram.keyboard.type(genogram.dialog().getByLabel(t.form.birthYear), '1955');
    await genogram.save();
    await expect(genogram.dialog()).toHaveCount(0);
    await genogram.addPerson({ name: names.partner, gender: 'other', birthYear: '1990' });

    await genogram.addRelationship(names.mother, names.father, 'divorced', { start: '2010', end: '2020' });
    await genogram.addRelationship(names.mother, names.partner, 'cohabiting', { start: '2022' });
    await genogram.addRelationship(names.grandfather, names.grandmother, 'married');
    // The same couple twice is refused in the form, which keeps what was chosen.
    await genogram.keyboard.press(genogram.toolbarButton('addRelationship'));
    await genogram.keyboard.choose(genogram.dialog().getByLabel(t.form.partnerA, { exact: true }), { startsWith: names.father });
    await genogram.keyboard.choose(genogram.dialog().getByLabel(t.form.partnerB, { exact: true }), { startsWith: names.mother });
    await genogram.save();
    await expect(genogram.dialog().getByRole('alert')).toHaveText(t.validation.relationshipExists);
    await expectAccessible(page, `relationship form with a refusal (${language})`);
    await genogram.keyboard.press(genogram.dialog().getByRole('button', { name: t.form.cancel }));
    await expect(genogram.dialog()).toHaveCount(0);

    await genogram.addParents('Aino', [names.mother, names.father]);
    await genogram.addParents('Eero', [names.mother, names.father]);
    await genogram.addParents(names.mother, [names.grandmother, names.grandfather]);
    await genogram.addEmotionalLine(names.father, 'Aino', 'conflict');
    await genogram.addHousehold(language === 'fi' ? 'Äidin koti' : 'Mother’s home', [names.mother, names.partner, 'Aino', 'Eero']);

    // The drawing: grandparents above the parents, the parents above the children, Aino (older) left of Eero.
    const aino = await genogram.symbolCentre('Aino');
    const eero = await genogram.symbolCentre('Eero');
    const mother = await genogram.symbolCentre(names.mother);
    const grandmother = await genogram.symbolCentre(names.grandmother);
    expect(aino.x).toBeLessThan(eero.x);
    expect(Math.abs(aino.y - eero.y)).toBeLessThan(1);
    expect(mother.y).toBeLessThan(aino.y);
    expect(grandmother.y).toBeLessThan(mother.y);

    // The list says the same as the drawing.
    await expect(genogram.listGroup('people').getByRole('listitem')).toHaveCount(7);
    await expect(genogram.listGroup('relationships').getByRole('listitem')).toHaveCount(3);
    await expect(genogram.listGroup('parents').getByRole('listitem')).toHaveCount(3);
    await expect(genogram.listGroup('emotionalLines')).toContainText(fill(t.list.lineText, { from: names.father, to: 'Aino', kind: t.emotional.conflict }));
    await expect(genogram.listGroup('households')).toContainText(names.partner);

    // Arrow keys move between people: from Aino right to Eero, up to a parent.
    await genogram.keyboard.focus(genogram.person('Aino'));
    await page.keyboard.press('ArrowRight');
    await expect(genogram.person('Eero')).toBeFocused();
    await expect(genogram.person('Eero')).toHaveAttribute('aria-pressed', 'true');
    // Shift+arrows nudge the selected person; 0 puts them back.
    const before = await genogram.symbolCentre('Eero');
    await page.keyboard.press('Shift+ArrowRight');
    await expect(page.getByRole('status').filter({ hasText: fill(t.drawing.moved, { name: 'Eero' }) })).toBeAttached();
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(async () => (await genogram.symbolCentre('Eero')).x - before.x).toBeCloseTo(20, 0);
    await expect(genogram.person('Eero')).toBeFocused();
    await page.keyboard.press('0');
    await expect.poll(async () => (await genogram.symbolCentre('Eero')).x - before.x).toBeCloseTo(0, 0);
    await page.keyboard.press('ArrowUp');
    await expect(genogram.drawing().locator('.gg-person:focus')).toHaveAttribute('aria-label', new RegExp(`^(${names.mother}|${names.father}|${names.partner}),`));

    // Enter edits the selected person: Eero becomes a deceased… no: gets a note via the form.
    await genogram.keyboard.focus(genogram.person('Eero'));
    await page.keyboard.press('Enter');
    await expect(genogram.dialog().getByRole('heading', { name: fill(t.form.personEdit, { name: 'Eero' }) })).toBeVisible();
    await genogram.keyboard.type(genogram.dialog().getByLabel(t.form.note), 'Speech therapy');
    await genogram.save();
    await expect(genogram.dialog()).toHaveCount(0);
    await expect(genogram.person('Eero')).toHaveAccessibleName(/Speech therapy/);

    // Delete removes the selected person with what names them; Undo puts it all back.
    await genogram.keyboard.focus(genogram.person(names.father));
    await page.keyboard.press('Delete');
    await app.expectNotification(fill(t.screen.removed, { name: names.father }));
    await expect(genogram.person(names.father)).toHaveCount(0);
    await expect(genogram.listGroup('emotionalLines').getByRole('listitem')).toHaveCount(0);
    await expect(genogram.listGroup('relationships').getByRole('listitem')).toHaveCount(2);
    await page.keyboard.press('Alt+U');
    await page.keyboard.press('Enter');
    await app.expectNotification(t.screen.restored);
    await expect(genogram.person(names.father)).toHaveCount(1);
    await expect(genogram.listGroup('emotionalLines').getByRole('listitem')).toHaveCount(1);
    await expect(genogram.listGroup('relationships').getByRole('listitem')).toHaveCount(3);

    // Removing from the list, with Undo too.
    const householdName = language === 'fi' ? 'Äidin koti' : 'Mother’s home';
    await genogram.keyboard.press(genogram.listGroup('households').getByRole('button', { name: fill(t.list.removeNamed, { what: householdName }) }));
    await expect(genogram.listGroup('households').getByRole('listitem')).toHaveCount(0);
    await page.keyboard.press('Alt+U');
    await page.keyboard.press('Enter');
    await expect(genogram.listGroup('households').getByRole('listitem')).toHaveCount(1);

    await expectAccessible(page, `genogram with seven people (${language})`);
    await genogram.keyboard.focus(genogram.person('Aino'));

    // Print view: the drawing, the legend and the list, then back.
    await genogram.keyboard.press(genogram.toolbarButton('print'));
    const printView = page.getByRole('region', { name: fill(t.print.title, { code }) });
    await expect(printView).toBeVisible();
    await expect(printView.getByTestId('genogram-drawing')).toBeVisible();
    await expect(printView.getByRole('heading', { name: t.legend.heading })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await page.emulateMedia({ media: 'screen' });
    await genogram.keyboard.press(printView.getByRole('button', { name: t.screen.closePrint }));
    await expect(printView).toHaveCount(0);

    await genogram.keyboard.expectNoPointerUse();
  });

  test(`the demonstration family's genogram is drawn with its legend and list (${language})`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const app = new KehaApp(page, 'fi');
    await page.goto('/');
    if (language !== 'fi') await app.setLanguage(language);
    await app.start();
    await page.getByRole('button', { name: app.t.demo.load }).click();
    await expect(app.demo.banner()).toBeVisible();
    const genogram = new GenogramPage(app);
    for (const code of ['DEMO-101', 'DEMO-103']) {
      await app.families.open(code);
      await expect(page.getByRole('link', { name: app.t.genogram.link.title, exact: true })).toBeVisible();
      await genogram.openFromFamilyPage(code);
      await expect(genogram.person('Tuuli').or(genogram.person('Helmi'))).toHaveAttribute('aria-label', new RegExp(app.t.genogram.person.index));
      await expect(page.getByRole('region', { name: app.t.genogram.legend.heading })).toBeVisible();
      await expectAccessible(page, `demo genogram ${code} (${language})`);
      await app.families.goto();
    }
  });
}
