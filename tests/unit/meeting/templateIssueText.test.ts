// Covers renderer/src/templates/templateIssueText.ts: an import file's problems are said with their
// place in words, in Finnish and English ("phase 3 (Presentation), name in Finnish"), for each of the
// broken files the e2e journey imports, and a field of the editor gets the short message of its own.
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { fieldIssue, placeText, templateIssueText } from '../../../renderer/src/templates/templateIssueText';
import { resources } from '../../../shared/i18n/resources';
import { weeklyMeetingTemplate } from '../../../shared/meeting/builtInTemplates';
import { templateIssueKeys } from '../../../shared/meeting/template';
import { readTemplateFile } from '../../../shared/meeting/templateFile';

let t: { fi: TFunction; en: TFunction };

beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: 'en', fallbackLng: false, interpolation: { escapeValue: false } });
  t = { fi: instance.getFixedT('fi'), en: instance.getFixedT('en') };
});

/** The problem texts of a file, as the import's alert lists them. */
function problems(content: unknown, language: 'fi' | 'en'): string[] {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  const result = readTemplateFile(text, text.length);
  if (result.ok) return [];
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: no names to use
  }
  return result.issues.map((issue) => templateIssueText(issue, parsed, t[language], language));
}

const copy = () => structuredClone({ ...weeklyMeetingTemplate, id: 'team.file' });

describe('places in words', () => {
  it('names phases, roles, prompts and tools by number and name', () => {
    expect(placeText('phases.2.name.fi', weeklyMeetingTemplate, t.en, 'en')).toBe('phase 3 (Presentation), name in Finnish');
    expect(placeText('phases.2.name.fi', weeklyMeetingTemplate, t.fi, 'fi')).toBe('vaihe 3 (Esittely), nimi suomeksi');
    expect(placeText('phases.0.prompts.team.0.en', weeklyMeetingTemplate, t.en, 'en')).toBe('phase 1 (Opening and check-in), prompt 1 for The whole team in English');
    expect(placeText('phases.0.prompts.teamCoordinator', weeklyMeetingTemplate, t.en, 'en')).toBe('phase 1 (Opening and check-in), prompts for Team coordinator');
    expect(placeText('phases.1.tools.1', weeklyMeetingTemplate, t.fi, 'fi')).toBe('vaihe 2 (Pikakierros kaikista perheistä), kirjaustyökalu 2');
    expect(placeText('roles.4.name.en', weeklyMeetingTemplate, t.en, 'en')).toBe('role 5 (Team coordinator), name in English');
    expect(placeText('', null, t.en, 'en')).toBe('the file as a whole');
    expect(placeText('phases.7', null, t.en, 'en')).toBe('phase 8');
  });
});

describe('the broken files of the e2e journey', () => {
  it('bad JSON: the line and column', () => {
    // A comma after the last member, the usual slip when a file is edited by hand.
    expect(problems('{\n  "schemaVersion": 2,\n}', 'en')).toEqual(['The file is not a template file: its text is not valid JSON (line 3, column 1).']);
  });

  it('missing phase names: every one, with its place', () => {
    const file = copy();
    file.phases[2]!.name = { fi: '', en: '' };
    expect(problems(file, 'en')).toEqual(['A text is missing: write it in Finnish or English, or both (at phase 3, name).']);
    expect(problems(file, 'fi')[0]).toBe('Teksti puuttuu: kirjoita se suomeksi tai englanniksi tai molemmilla (kohdassa vaihe 3, nimi).');
  });

  it('a negative duration and an unknown tool, together', () => {
    const file = copy();
    file.phases[2]!.plannedMinutes = -5;
    (file.phases[4]!.tools as string[]).push('sociogram');
    expect(problems(file, 'en')).toEqual([
      'A planned time must be between 0 and 240 minutes, in whole or half minutes (at phase 3 (Presentation), planned minutes).',
      'Unknown capture tool "sociogram" (at phase 5 (Hypothesising), capture tool 3).',
    ]);
  });

  it('a file that is far too large', () => {
    const result = readTemplateFile('', 2 * 1024 * 1024);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(templateIssueText(result.issues[0]!, null, t.en, 'en')).toBe('The file is too large for a template: 2048 kB, at most 512 kB. Is it the right file?');
  });
});

describe('a field’s own message', () => {
  it('is the plain one for texts and minutes', () => {
    expect(fieldIssue({ key: templateIssueKeys.textMissing, values: { path: 'name' } }, '', null, t.en, 'en')).toEqual({ key: 'templates.editor.textInEitherLanguage', values: {} });
    expect(fieldIssue({ key: templateIssueKeys.duration, values: { path: 'phases.0.plannedMinutes' } }, '-1', null, t.en, 'en').key).toBe('templates.editor.minutesRange');
    const other = fieldIssue({ key: templateIssueKeys.unknownRole, values: { path: 'phases.0.leadRole', value: 'x' } }, '', weeklyMeetingTemplate, t.en, 'en');
    expect(t.en(other.key, other.values)).toBe('Unknown role "x" (at phase 1 (Opening and check-in), lead role).');
  });
});
