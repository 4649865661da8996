// Covers shared/meeting/templateFile.ts: an export file reads back as the same template; a wrong
// file is answered with every problem and its place (too large, not JSON with line and column,
// empty, and the template's own issues), never with a template.
import { describe, expect, it } from 'vitest';
import { interimReviewTemplate, weeklyMeetingTemplate } from '../../../shared/meeting/builtInTemplates';
import { templateIssueKeys } from '../../../shared/meeting/template';
import {
  jsonErrorPlace,
  readTemplateFile,
  templateFileIssueKeys,
  templateFileLimits,
  templateFileName,
  templateFileText,
} from '../../../shared/meeting/templateFile';

const bytes = (text: string) => new TextEncoder().encode(text).length;
const read = (text: string) => readTemplateFile(text, bytes(text));

describe('readTemplateFile', () => {
  it.each([weeklyMeetingTemplate, interimReviewTemplate])('reads an exported $id back as the same template', (template) => {
    const file = templateFileText(template);
    expect(file.endsWith('}\n')).toBe(true);
    expect(read(file)).toEqual({ ok: true, value: template });
  });

  it('reads a file saved with a byte-order mark', () => {
    expect(read(`\uFEFF${templateFileText(weeklyMeetingTemplate)}`).ok).toBe(true);
  });

  it('refuses a file over the size limit without parsing it, saying its size and the limit in kB', () => {
    const result = readTemplateFile('{ not even looked at', 2 * 1024 * 1024);
    expect(result).toEqual({
      ok: false,
      issues: [{ key: templateFileIssueKeys.tooLarge, values: { path: '', size: 2048, max: templateFileLimits.maxBytes / 1024 } }],
    });
  });

  it('refuses text that is not JSON, with the line and column where it breaks', () => {
    const file = '{\n  "schemaVersion": 2,\n  "id": "team.x",\n  oops\n}';
    const result = read(file);
    expect(result).toEqual({ ok: false, issues: [{ key: templateFileIssueKeys.notJson, values: { path: '', line: 4, column: 3 } }] });
  });

  it.each([
    // Chromium's wording for a token it did not expect, without a position: the token is placed by the quoted excerpt.
    ['{\n  "a": 1,\n  "b": tru\n}', 'Unexpected token \'\n\', ..."  "b": tru\n}" is not valid JSON', { line: 3, column: 11 }],
    ['hello', 'Unexpected token \'h\', "hello" is not valid JSON', { line: 1, column: 1 }],
    ['{"a": 1}', 'Something else entirely', { line: 0, column: 0 }],
  ])('places %j from the parser message %j', (file, message, place) => {
    expect(jsonErrorPlace(file, new SyntaxError(message))).toEqual(place);
  });

  it('places a file cut short at its end', () => {
    const file = '{\n  "schemaVersion": 2,\n  "phases": [';
    expect(jsonErrorPlace(file, new SyntaxError('Unexpected end of JSON input'))).toEqual({ line: 3, column: 14 });
  });

  it('refuses an empty file', () => {
    expect(read('  \n')).toEqual({ ok: false, issues: [{ key: templateFileIssueKeys.empty, values: { path: '' } }] });
  });

  it('lists every problem of a template file with its place', () => {
    const broken = JSON.parse(templateFileText(weeklyMeetingTemplate));
    delete broken.phases[2].name;
    broken.phases[3].plannedMinutes = -5;
    broken.phases[4].tools.push('sociogram');
    const result = read(JSON.stringify(broken));
    expect(!result.ok && result.issues.map((issue) => [issue.key, issue.values.path, issue.values.phase])).toEqual([
      [templateIssueKeys.missingField, 'phases.2.name', 3],
      [templateIssueKeys.duration, 'phases.3.plannedMinutes', 4],
      [templateIssueKeys.unknownTool, 'phases.4.tools.2', 5],
    ]);
  });

  it('reads a version 1 file (before templates had roles) with the standard roles', () => {
    const old: Record<string, unknown> = { ...JSON.parse(templateFileText(weeklyMeetingTemplate)), schemaVersion: 1 };
    delete old.roles;
    const result = read(JSON.stringify(old));
    expect(result).toEqual({ ok: true, value: weeklyMeetingTemplate });
  });
});

describe('templateFileName', () => {
  it('names the file after the template in the chosen language, in plain letters', () => {
    expect(templateFileName(weeklyMeetingTemplate, 'fi')).toBe('keha-pohja-systeeminen-viikkokokous.json');
    expect(templateFileName(interimReviewTemplate, 'en')).toBe('keha-template-interim-review-meeting.json');
    expect(templateFileName({ ...weeklyMeetingTemplate, name: { fi: 'Äänekosken ryhmä', en: '***' } }, 'fi')).toBe('keha-pohja-aanekosken-ryhma.json');
    expect(templateFileName({ ...weeklyMeetingTemplate, name: { fi: 'x', en: '***' } }, 'en')).toBe('keha-template.json');
  });
});
