// Covers renderer/src/vault/passphraseStrength.ts: new passphrases are judged on this computer
// against common passwords and common Finnish and English words; guessable ones are refused.
import { describe, expect, it } from 'vitest';
import { assessPassphrase, strengthRefusal } from '../../../renderer/src/vault/passphraseStrength';

describe('the passphrase strength check', () => {
  it.each(['kolme iloista kehää tiistaina', 'kevät tulee taas kehään', 'correct horse battery staple'])('takes four random-ish words (%s)', async (words) => {
    expect(await strengthRefusal(words)).toBeNull();
    expect((await assessPassphrase(words)).level).not.toBe('weak');
  });

  it.each(['salasana123456', 'password12345', 'qwertyuiop123'])('refuses a common password (%s), saying it is common', async (common) => {
    expect(await assessPassphrase(common)).toEqual({ level: 'weak', common: true });
    expect(await strengthRefusal(common)).toBe('keys.strength.refusedCommon');
  });

  it('refuses two everyday words and a season with a year, long enough for the length rule', async () => {
    expect(await strengthRefusal('iloinen kissa')).toBe('keys.strength.refused');
    expect(await strengthRefusal('Summer2024!!abc')).toBe('keys.strength.refused');
  });
});
