// Covers db/repositories/settingsRepository.ts: the UI language, readable before the vault is unlocked,
// the review's "not revisited for N weeks" setting and the idle time before Kehä locks itself.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../renderer/src/db/database';
import {
  readAutoLockMinutes,
  readLanguage,
  readStaleWeeks,
  saveAutoLockMinutes,
  saveLanguage,
  saveStaleWeeks,
} from '../../../renderer/src/db/repositories/settingsRepository';
import { freshDatabase } from './support';

const cleanups: (() => Promise<void>)[] = [];
function database() {
  const fresh = freshDatabase();
  cleanups.push(fresh.cleanup);
  return fresh;
}
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('language setting', () => {
  it('is Finnish in a new install, without any vault', async () => {
    expect(await readLanguage(database().db)).toBe('fi');
  });

  it('remembers the chosen language across reopening the database', async () => {
    const { db, name } = database();
    await saveLanguage(db, 'en');
    expect(await readLanguage(db)).toBe('en');
    db.close();
    const reopened = openDatabase(name);
    expect(await readLanguage(reopened)).toBe('en');
    await saveLanguage(reopened, 'fi');
    expect(await readLanguage(reopened)).toBe('fi');
    expect(await reopened.settings.count()).toBe(1);
    reopened.close();
  });

  it.each(['sv', '', 'EN', 42, null])('falls back to Finnish when the stored value is %j', async (value) => {
    const { db } = database();
    await db.settings.put({ key: 'language', value: value as string });
    expect(await readLanguage(db)).toBe('fi');
  });
});

describe('"not revisited for N weeks" setting', () => {
  it('is 4 weeks until the user sets it', async () => {
    expect(await readStaleWeeks(database().db)).toBe(4);
  });

  it('keeps the chosen number of weeks across reopening the database, beside the language', async () => {
    const { db, name } = database();
    await saveLanguage(db, 'en');
    await saveStaleWeeks(db, 6);
    db.close();
    const reopened = openDatabase(name);
    expect(await readStaleWeeks(reopened)).toBe(6);
    expect(await readLanguage(reopened)).toBe('en');
    await saveStaleWeeks(reopened, 104);
    expect(await readStaleWeeks(reopened)).toBe(104);
    await saveStaleWeeks(reopened, 1);
    expect(await readStaleWeeks(reopened)).toBe(1);
    expect(await reopened.settings.count()).toBe(2);
    reopened.close();
  });

  it.each([0, 105, 2.5, -1, Number.NaN])('refuses to store %s weeks and keeps the earlier value', async (weeks) => {
    const { db } = database();
    await saveStaleWeeks(db, 8);
    await expect(saveStaleWeeks(db, weeks)).rejects.toThrow(RangeError);
    expect(await readStaleWeeks(db)).toBe(8);
  });

  it.each(['0', '105', '2.5', 'neljä', ''])('falls back to 4 weeks when the stored value is %j', async (value) => {
    const { db } = database();
    await db.settings.put({ key: 'staleWeeks', value });
    expect(await readStaleWeeks(db)).toBe(4);
  });
});

describe('auto-lock idle time', () => {
  it('is 15 minutes until the team chooses, and keeps the choice', async () => {
    const { db } = database();
    expect(await readAutoLockMinutes(db)).toBe(15);
    await saveAutoLockMinutes(db, 5);
    expect(await readAutoLockMinutes(db)).toBe(5);
  });

  it.each([0, 7, -5, 1.5, 24 * 60])('refuses %j minutes and stores nothing', async (minutes) => {
    const { db } = database();
    await expect(saveAutoLockMinutes(db, minutes)).rejects.toThrow(RangeError);
    expect(await db.settings.count()).toBe(0);
  });

  it.each(['', 'abc', '7', '0'])('reads a stored %j as the default', async (value) => {
    const { db } = database();
    await db.settings.put({ key: 'autoLockMinutes', value });
    expect(await readAutoLockMinutes(db)).toBe(15);
  });
});
