// Locking and the desktop shell, in the browser with a stand-in for the Electron preload:
// - the chair keeps a running meeting open: ticked in the chair's view, Kehä stays open past the
//   team's idle time (Playwright's clock, no sleeps); after leaving the run view, or after finishing
//   the meeting, it locks after the idle time as usual. In Finnish and English, axe on the view.
// - the computer's screen lock (the shell's OS-lock message) locks Kehä at once, like the Lock
//   button, keeping what was typed, also while a meeting is kept open.
// - child mode asks the shell for the kiosk window, and lets it go when the worker leaves.
import { expect, test } from '@playwright/test';
import { FacilitatorPage } from './models/FacilitatorPage';
import { KehaApp, testPassphrase } from './models/KehaApp';
import { ThreeHousesPage } from './models/ThreeHousesPage';
import { expectAccessible } from './support/axe';
import { installFakeDesktopShell } from './support/fakeDesktopShell';

test('the chair keeps a running meeting open past the idle time; leaving the run or finishing lets Kehä lock again', async ({ page }) => {
  test.setTimeout(120_000);
  await page.clock.install({ time: new Date('2031-06-02T08:00:00') });
  const app = new KehaApp(page, 'fi');
  const unlockHeading = page.getByRole('heading', { name: app.t.vault.unlockTitle });
  await app.open();
  await app.start();
  const run = new FacilitatorPage(app);
  const meetingId = await run.startDemoMeeting();
  const keepOpen = () => page.getByRole('checkbox', { name: app.t.shell.keepOpen.label });

  // Not kept: the default 15 minutes lock the chair's view too.
  await expect(keepOpen()).not.toBeChecked();
  await page.clock.fastForward('15:30');
  await expect(unlockHeading).toBeVisible();
  await app.unlock();
  await run.goto(meetingId);

  // Kept open: 40 minutes unused and the view is still there.
  await keepOpen().check();
  await expect(page.getByText(app.t.shell.keepOpen.on)).toBeVisible();
  await expectAccessible(page, 'chair’s view, kept open (fi)');
  await page.clock.fastForward('20:00');
  await page.clock.fastForward('20:00');
  await expect(unlockHeading).toHaveCount(0);
  await expect(keepOpen()).toBeChecked();

  // Leaving the run view lets go: 15 minutes later Kehä locks.
  await page.getByRole('link', { name: app.t.nav.meetings }).click();
  await page.clock.fastForward('14:00');
  await expect(unlockHeading).toHaveCount(0);
  await page.clock.fastForward('01:30');
  await expect(unlockHeading).toBeVisible();

  // In English: kept open again, then the meeting finished: the finished meeting locks after the idle time.
  await app.unlock();
  await app.setLanguage('en');
  await run.goto(meetingId);
  await page.getByRole('checkbox', { name: app.t.shell.keepOpen.label }).check();
  await expectAccessible(page, 'chair’s view, kept open (en)');
  await page.clock.fastForward('30:00');
  await expect(unlockHeading).toHaveCount(0);
  await run.finish();
  await page.clock.fastForward('14:00');
  await expect(page.getByRole('heading', { name: app.t.vault.unlockTitle })).toHaveCount(0);
  await page.clock.fastForward('01:30');
  await expect(page.getByRole('heading', { name: app.t.vault.unlockTitle })).toBeVisible();
});

test('the computer’s screen lock locks Kehä at once, keeping what was typed, even with a meeting kept open', async ({ page }) => {
  const shell = await installFakeDesktopShell(page);
  const app = new KehaApp(page, 'fi');
  const unlockHeading = page.getByRole('heading', { name: app.t.vault.unlockTitle });
  await app.open();
  await app.start();
  const run = new FacilitatorPage(app);
  await run.startDemoMeeting();
  const heading = await run.heading().textContent();
  await page.getByRole('checkbox', { name: app.t.shell.keepOpen.label }).check();
  // Typed, and the screen locked before the autosave's pause has passed.
  await run.notes().fill('Kirjoitettu juuri ennen näytön lukitusta');
  await shell.lockScreen();
  await expect(unlockHeading).toBeVisible();
  await app.unlock();
  await expect(run.heading()).toHaveText(heading!);
  await expect(run.notes()).toHaveValue('Kirjoitettu juuri ennen näytön lukitusta');
  // After the reload the keeping is gone too: it is the chair's choice each time.
  await expect(page.getByRole('checkbox', { name: app.t.shell.keepOpen.label })).not.toBeChecked();
});

test('child mode asks the desktop shell for the kiosk window until the worker leaves', async ({ page }) => {
  const shell = await installFakeDesktopShell(page);
  const app = new KehaApp(page, 'fi');
  await app.open();
  await app.start();
  await app.families.create({ label: 'Kioskiperhe' });
  await app.family.addChild('Aino', '2019');
  const houses = new ThreeHousesPage(app);
  await houses.openFromFamilyPage('Aino');
  await houses.newSession('Sari Sosiaalityöntekijä');
  await expect.poll(shell.childModeCalls).toEqual([false]);
  await houses.startChildMode();
  await expect.poll(shell.childModeCalls).toEqual([false, true]);
  // The kiosk window is full screen already: no full-screen button of the page's own.
  await expect(page.getByRole('button', { name: app.t.threeHouses.childMode.fullScreen })).toHaveCount(0);
  // The screen lock in child mode: after unlocking, still child mode, still a kiosk.
  await shell.lockScreen();
  await app.unlock();
  await houses.expectChildMode();
  await expect.poll(shell.childModeCalls).toEqual([true]);
  await houses.leaveWithPassphrase(testPassphrase);
  await expect.poll(shell.childModeCalls).toEqual([true, false]);
});

test('another window locking when unused leaves the chair’s kept-open meeting alone; its Lock button does not', async ({ context }) => {
  test.setTimeout(90_000);
  await context.clock.install({ time: new Date('2031-06-02T08:00:00') });
  const chair = new KehaApp(await context.newPage(), 'fi');
  await chair.open();
  await chair.start();
  const run = new FacilitatorPage(chair);
  const meetingId = await run.startDemoMeeting();
  await chair.page.getByRole('checkbox', { name: chair.t.shell.keepOpen.label }).check();
  const other = new KehaApp(await context.newPage(), 'fi');
  await other.open();
  await other.unlock();
  await other.families.expectOpen();

  await context.clock.fastForward('15:30');
  await expect(other.page.getByRole('heading', { name: other.t.vault.unlockTitle })).toBeVisible();
  await expect(chair.page.getByRole('heading', { name: chair.t.vault.unlockTitle })).toHaveCount(0);
  await expect(chair.page.getByRole('checkbox', { name: chair.t.shell.keepOpen.label })).toBeChecked();

  // A Lock asked for in the other window locks the chair's too.
  await other.unlock();
  await other.lock();
  await expect(chair.page.getByRole('heading', { name: chair.t.vault.unlockTitle })).toBeVisible();
  await chair.unlock();
  await expect(chair.page).toHaveURL(new RegExp(`/meetings/${meetingId}/run$`));
});
