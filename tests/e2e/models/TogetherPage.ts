// Page object for the team on several computers: the band asking who is using this computer and the
// header's button; the follower's run screen (its bar, taking over, "Your score"); and a test helper
// that makes another computer the driver of a meeting by writing its run in the database directly
// (two computers exist only once sync does), after which the page is reloaded and unlocked again.
import { expect, type Page } from '@playwright/test';
import type { KehaApp } from './KehaApp';
import { fill } from './texts';

export class TogetherPage {
  constructor(
    private readonly app: KehaApp,
    private readonly page: Page = app.page,
  ) {}

  private get t() {
    return this.app.t.together;
  }

  askBand() {
    return this.page.getByRole('region', { name: this.t.computer.askTitle });
  }

  headerButton() {
    return this.page.getByTestId('this-computer-button');
  }

  /** Chooses `name` in the band as the member using this computer. */
  async chooseMember(name: string) {
    await this.askBand().getByLabel(this.t.computer.member).selectOption({ label: name });
    await this.askBand().getByRole('button', { name: this.t.computer.confirm }).click();
    await expect(this.askBand()).toBeHidden();
    await expect(this.headerButton()).toHaveText(fill(this.t.computer.usedBy, { name }));
  }

  followerBar() {
    return this.page.getByTestId('run-follower');
  }

  ownScore() {
    return this.page.getByRole('group', { name: this.t.score.heading });
  }

  /**
   * Test helper: another computer drives the meeting now (its run's driver set to another id in the
   * database, as sync would bring it), naming a member other than this computer's as the one using
   * it; then this page reloads (the app reads the database again) and unlocks.
   */
  async driveFromAnotherComputer(meetingId: string) {
    await this.page.evaluate(async (id) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('keha');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const ask = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const tx = db.transaction(['meetings', 'members', 'settings'], 'readwrite');
      const here = (await ask(tx.objectStore('settings').get('computerMemberId')))?.value as string | undefined;
      const members = (await ask(tx.objectStore('members').getAll())) as { id: string; status: string }[];
      const other = members.find((member) => member.id !== here && member.status === 'active');
      const meetings = tx.objectStore('meetings');
      const meeting = await ask(meetings.get(id));
      await ask(meetings.put({ ...meeting, run: { ...meeting.run, driver: 'another-computer', driverMemberId: other?.id ?? null } }));
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, meetingId);
    await this.page.reload();
    await this.app.unlock();
    await expect(this.page.locator('.run-step-of')).toBeVisible();
  }
}
