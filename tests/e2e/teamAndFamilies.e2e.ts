// The foundation journey, once in Finnish and once in English: create the vault (weak and
// mismatched passphrases refused), set up the team, create and edit families with children,
// filter and search, delete with undo, lock and unlock with the data intact.
import { expect, test } from '@playwright/test';
import { KehaApp, testPassphrase } from './models/KehaApp';
import { fill } from './models/texts';

for (const language of ['fi', 'en'] as const) {
  test(`a coordinator sets up the team and its families (${language})`, async ({ page }) => {
    const app = new KehaApp(page, 'fi');
    await app.open();
    if (language === 'en') await app.setLanguage('en');
    const t = app.t;

    // First start: the vault. Weak and mismatched passphrases get a clear message.
    await expect(page.getByText(t.vault.lossWarning)).toBeVisible();
    await app.createVault('lyhyt');
    await expect(app.alert()).toHaveText(new RegExp(fill(t.vault.passphraseTooShort, { min: 12 })));
    await app.createVault('aaaaaaaaaaaaaaaa');
    await expect(app.alert()).toHaveText(new RegExp(fill(t.vault.passphraseTooSimple, { min: 5 })));
    await app.createVault(testPassphrase, `${testPassphrase}!`);
    await expect(app.alert()).toHaveText(new RegExp(t.vault.passphraseMismatch));
    await app.start();
    await expect(page.getByText(t.families.empty)).toBeVisible();

    // The team: a name and one member in each role; a rename; an archive.
    await app.team.goto();
    await app.team.teamName().fill('Tiimi Länsi');
    await app.team.addMember('Kaisa Konsultti', 'consultingSocialWorker');
    await app.team.addMember('Tero Terapeutti', 'familyTherapist');
    await app.team.addMember('Sanna Sosiaalityö', 'responsibleSocialWorker');
    await app.team.addMember('Mikko Vastaava', 'responsibleSocialWorker');
    await app.team.addMember('Leena Ohjaaja', 'socialCounsellor');
    await app.team.addMember('Aino Koordinaattori', 'teamCoordinator');
    await expect(app.team.activeList().getByRole('listitem')).toHaveCount(6);
    await app.team.member('Leena Ohjaaja').getByLabel(t.team.memberName).fill('Leena Ohjaaja-Virta');
    await expect(app.team.member('Leena Ohjaaja-Virta')).toBeVisible();
    await expect(page.locator('.app-header')).toContainText('Tiimi Länsi');

    // A family with a generated code, a label and a worker; children with a bad birth year first.
    await app.families.goto();
    const first = await app.families.create({ label: 'Äiti ja kaksi lasta', worker: 'Sanna Sosiaalityö' });
    expect(first).toMatch(/^[A-Z]{3}-\d{3}$/);
    const nextYear = String(new Date().getFullYear() + 1);
    await app.family.addChild('Tuuli', nextYear, { refused: true });
    await expect(app.alert()).toContainText(fill(t.validation.birthYearFuture, { year: new Date().getFullYear() }));
    await expect(app.family.children()).toHaveCount(0);
    await app.family.addChild('Tuuli', '2016');
    await app.family.addChild('Ilmari', '');
    await expect(app.family.children()).toHaveCount(2);
    await app.family.notes().fill('Koulu on huolissaan poissaoloista.');
    await app.family.expectSaved();

    // A second family with a typed code (normalised to upper case); a duplicate code is refused.
    await app.families.goto();
    const second = await app.families.create({ code: 'abc-123', label: 'Isä ja nuori', worker: 'Mikko Vastaava' });
    expect(second).toBe('ABC-123');
    await app.family.setStatus('closed');
    await app.families.goto();
    await app.families.openNewFamily();
    await app.families.dialog().getByLabel(t.family.code).fill(first.toLowerCase());
    await app.families.dialog().getByRole('button', { name: t.family.create }).click();
    await expect(app.families.dialog().getByRole('alert')).toHaveText(new RegExp(fill(t.validation.codeTaken, { code: first })));
    await app.families.dialog().getByLabel(t.family.code).fill('');
    await app.families.dialog().getByRole('button', { name: t.family.create }).click();
    await expect(app.families.dialog().getByRole('alert')).toHaveText(new RegExp(t.validation.codeEmpty));
    await page.keyboard.press('Escape');
    await expect(app.families.dialog()).toBeHidden();

    // Editing the code on the family page to one that is taken keeps the typed text and says why.
    await app.families.open('ABC-123');
    await app.family.code().fill(first);
    await expect(app.alert()).toContainText(fill(t.validation.codeTaken, { code: first }));
    await expect(app.family.code()).toHaveValue(first);
    await app.family.code().fill('ABC-124');
    await app.family.expectSaved();

    // Filters and search over decrypted content (accent-insensitive).
    await app.families.goto();
    await app.families.expectCodes(['ABC-124', first].sort());
    await app.families.filterStatus('closed');
    await app.families.expectCodes(['ABC-124']);
    await app.families.filterStatus('all');
    await app.families.filterWorker('Sanna Sosiaalityö');
    await app.families.expectCodes([first]);
    await app.families.filterWorker(t.families.anyWorker);
    await app.families.search('tuuli');
    await app.families.expectCodes([first]);
    await app.families.search('aiti');
    await app.families.expectCodes([first]);
    await app.families.search('mikko');
    await app.families.expectCodes(['ABC-124']);
    await app.families.search('ei-ole-olemassa');
    await app.families.expectCodes([]);
    await app.families.search('');

    // Archiving a worker keeps them on the family they are responsible for.
    await app.team.goto();
    await app.team.archive('Mikko Vastaava');
    await app.families.goto();
    await app.families.open('ABC-124');
    await expect(page.getByLabel(t.family.responsibleWorker)).toHaveValue(/.+/);
    await expect(page.getByLabel(t.family.responsibleWorker).locator('option:checked')).toHaveText(
      `Mikko Vastaava ${t.team.archivedSuffix}`,
    );

    // Delete asks first and can be undone.
    await app.family.delete('ABC-124');
    await app.families.expectOpen();
    await app.expectNotification(fill(t.family.deleted, { code: 'ABC-124' }));
    await app.families.expectCodes([first]);
    await app.family.undo();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('ABC-124');
    await app.families.goto();
    await app.families.expectCodes(['ABC-124', first].sort());

    // Reload: the vault asks for the passphrase; a wrong one changes nothing; the data is all there.
    await page.reload();
    await app.unlock('väärä salalause tässä');
    await expect(app.alert()).toHaveText(new RegExp(t.vault.wrongPassphrase));
    await app.unlock();
    await app.families.expectCodes(['ABC-124', first].sort());
    await app.families.open(first);
    await expect(app.family.label()).toHaveValue('Äiti ja kaksi lasta');
    await expect(app.family.notes()).toHaveValue('Koulu on huolissaan poissaoloista.');
    await expect(app.family.children()).toHaveCount(2);
    await app.team.goto();
    await expect(app.team.teamName()).toHaveValue('Tiimi Länsi');
    await expect(app.team.member('Leena Ohjaaja-Virta')).toBeVisible();
    await expect(app.team.archivedList().getByRole('listitem')).toHaveCount(1);

    // Locking drops the key: the unlock screen comes back.
    await app.lock();
  });
}

test('a removed child can be brought back with undo', async ({ page }) => {
  const app = new KehaApp(page, 'fi');
  await app.open();
  await app.start();
  await app.families.create({ label: 'Lapsiperhe' });
  await app.family.addChild('Helmi', '2015');
  await app.family.addChild('Onni', '2019');
  await app.family.removeChildButton('Helmi').click();
  await expect(app.family.children()).toHaveCount(1);
  await app.expectNotification(fill(app.t.family.childRemoved, { name: 'Helmi' }));
  await app.family.undo();
  await expect(app.family.children()).toHaveCount(2);
  await expect(app.family.children().first().getByLabel(app.t.family.childPseudonym)).toHaveValue('Helmi');
});
