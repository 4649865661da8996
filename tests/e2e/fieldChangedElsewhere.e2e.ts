// Two windows of the same profile edit one family's description: the window whose text the other
// replaced says so beside the field, shows its own text and puts it back on request; then the
// other window is told in turn. In Finnish and in English, axe-clean.
import { expect, test } from '@playwright/test';
import { KehaApp } from './models/KehaApp';
import { expectAccessible } from './support/axe';

for (const language of ['fi', 'en'] as const) {
  test(`a field replaced from another window says so and can put its text back (${language})`, async ({ page, context }) => {
    const app = new KehaApp(page, 'fi');
    await page.goto('/');
    if (language === 'en') await app.setLanguage('en');
    await app.start();
    await app.families.create({ label: 'Äiti ja kaksi lasta' });
    const familyUrl = page.url();

    const pageB = await context.newPage();
    const appB = new KehaApp(pageB, language);
    await pageB.goto(familyUrl);
    await appB.unlock();
    const label = app.t.family.label;
    await expect(appB.family.label()).toHaveValue('Äiti ja kaksi lasta');

    // A writes a description; B, having seen it, replaces it with its own.
    await app.family.label().fill('Isä tekee yövuoroja');
    await app.family.expectSaved();
    await expect(appB.family.label()).toHaveValue('Isä tekee yövuoroja');
    await appB.family.label().fill('Muutto Tampereelle keväällä');
    await appB.family.expectSaved();

    // A is told, and sees its own text; B, whose text stands, is not.
    await expect(app.family.label()).toHaveValue('Muutto Tampereelle keväällä');
    const notice = app.family.changedElsewhere(label);
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('blockquote')).toHaveText('Isä tekee yövuoroja');
    await expect(appB.family.changedElsewhere(label)).toHaveCount(0);
    await expectAccessible(page, `family page, description changed elsewhere (${language})`);

    // A puts its text back: stored again, shown in B, and now B is told with its own text.
    await notice.getByRole('button', { name: app.t.autosave.putBack }).click();
    await expect(app.family.label()).toHaveValue('Isä tekee yövuoroja');
    await expect(notice).toHaveCount(0);
    await expect(appB.family.label()).toHaveValue('Isä tekee yövuoroja');
    const noticeB = appB.family.changedElsewhere(label);
    await expect(noticeB.getByRole('blockquote')).toHaveText('Muutto Tampereelle keväällä');
    await noticeB.getByRole('button', { name: appB.t.autosave.keepOther }).click();
    await expect(noticeB).toHaveCount(0);
    await expect(appB.family.label()).toHaveValue('Isä tekee yövuoroja');
  });
}
