// Covers db/repositories/settingsRepository.ts: the UI language, readable before the vault is unlocked.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../renderer/src/db/database';
import { readLanguage, saveLanguage } from '../../../renderer/src/db/repositories/settingsRepository';
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
