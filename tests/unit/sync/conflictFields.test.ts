// Covers renderer/src/sync/conflictFields.ts: how "changed on another computer" names a record (by
// family code and kind) and a field (the table of common fields, an element of a list as "one entry",
// any other field by its path in words).
import { describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n/en';
import { fieldLabel, kindName, recordName } from '../../../renderer/src/sync/conflictFields';
import type { Translate } from '../../../renderer/src/i18n/keys';

/** The English texts, placeholders filled in. */
const t: Translate = (key, values = {}) => {
  let text: unknown = en;
  for (const step of key.split('.')) text = (text as Record<string, unknown>)[step];
  return String(text).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
};
const id = '0b6f1c2e-8d3a-4e59-b1c7-2a9d8e7f6a51';

describe('conflict names', () => {
  it('names a record by its family’s code and its kind, or as the team’s', () => {
    expect(recordName({ table: 'hypotheses', familyCode: 'KXR-482' }, t)).toBe('Family KXR-482: hypothesis');
    expect(recordName({ table: 'meetings', familyCode: null }, t)).toBe('The team: meeting');
    expect(kindName('somethingNew', t)).toBe('record');
  });

  it('names common fields from its table, the payload left out', () => {
    expect(fieldLabel('hypotheses', ['payload', 'wording'], t)).toBe('Wording');
    expect(fieldLabel('hypotheses', ['status'], t)).toBe('Status');
    expect(fieldLabel('meetingNotes', ['payload', 'text'], t)).toBe('Notes');
    expect(fieldLabel('actions', ['payload', 'text'], t)).toBe('Task');
    expect(fieldLabel('carePeriods', ['payload', 'goals', id, 'text'], t)).toBe('Goals › Text');
  });

  it('names an element of a list of records by the list, and any other field by its path in words', () => {
    expect(fieldLabel('riskRounds', ['payload', 'scores', id, 'score'], t)).toBe('Safety scores › Score');
    expect(fieldLabel('riskRounds', ['payload', 'scores', id], t)).toBe('Safety scores › one entry');
    expect(fieldLabel('threeHousesSessions', ['payload', 'houses', 'goodThings', 'items'], t)).toBe('Houses › Good things › Entries');
    expect(fieldLabel('meetings', ['run', 'phaseStartedAt'], t)).toBe('Run › Phase started at');
    expect(fieldLabel('genograms', [], t)).toBe('genogram');
  });
});
