// Every way a restore can refuse a file is said in words, in Finnish and in English, and each says
// that nothing was changed; an unreadable file names how many records of which kind.
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RestoreRefusal } from '../../../shared/backup/restoreCheck';
import { resources } from '../../../shared/i18n/resources';
import { refusalText } from '../../../renderer/src/backup/refusalText';

const refusals: RestoreRefusal[] = [
  { kind: 'tooLarge', maxMegabytes: 256 },
  { kind: 'notBackup' },
  { kind: 'damaged' },
  { kind: 'truncated' },
  { kind: 'newer', version: 9, supported: 5 },
  { kind: 'noVault' },
  { kind: 'weakHeader' },
  { kind: 'wrongPassphrase' },
  { kind: 'unreadable', records: [{ table: 'families', count: 2 }, { table: 'meetingNotes', count: 1 }] },
  { kind: 'failed', name: 'AbortError', message: 'aborted' },
];

const nothingChanged = { en: 'Nothing was changed.', fi: 'Mitään ei muutettu.' };

beforeAll(async () => {
  await i18next.init({ resources, lng: 'fi', fallbackLng: false, interpolation: { escapeValue: false } });
});

describe('restore refusals in words', () => {
  for (const language of ['fi', 'en'] as const) {
    it(`every refusal has its own sentence in ${language}, ending with "nothing was changed"`, () => {
      const t = i18next.getFixedT(language);
      const texts = refusals.map((refusal) => refusalText(refusal, t));
      for (const text of texts) {
        expect(text).not.toMatch(/restore\.[a-zA-Z]|\{\{/);
        expect(text.endsWith(nothingChanged[language])).toBe(true);
      }
      expect(new Set(texts).size).toBe(texts.length);
    });
  }

  it('names how many records of which kind cannot be read, and the versions of a newer file', () => {
    const en = i18next.getFixedT('en');
    expect(refusalText(refusals[8]!, en)).toContain('families: 2, meeting notes: 1');
    expect(refusalText(refusals[4]!, en)).toContain('data version 9');
    const fi = i18next.getFixedT('fi');
    expect(refusalText(refusals[8]!, fi)).toContain('perheet: 2, kokousmuistiinpanot: 1');
  });
});
