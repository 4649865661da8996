// Covers shared/meeting/template.ts: parseTemplate accepts a sound template (trimming its texts) and
// answers each kind of broken template, as an import file would bring it, with the right issue key;
// validateTemplate lists every problem; a version 1 template is read with the standard roles.
import { describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n/en';
import { fi } from '../../../shared/i18n/fi';
import { weeklyMeetingTemplate } from '../../../shared/meeting/builtInTemplates';
import { idleFamilyTools } from '../../../shared/meeting/tools/registry';
import {
  localized,
  parseTemplate,
  plannedMinutesOf,
  standardTemplateRoles,
  templateIssueKeys,
  templateLimits,
  templateSchemaVersion,
  upgradeTemplate,
  validateTemplate,
} from '../../../shared/meeting/template';

/** A small valid template, as plain JSON-like data, that each test breaks in one place. */
function soundTemplate(): Record<string, unknown> & { phases: Record<string, unknown>[] } {
  return {
    schemaVersion: 2,
    id: 'team.networkMeeting',
    kind: 'networkMeeting',
    name: { fi: 'Verkostoneuvottelu', en: 'Network meeting' },
    roles: [
      { id: 'consultingSocialWorker', name: { fi: 'Vastaava lääkäri', en: 'Responsible physician' } },
      { id: 'responsibleSocialWorker', name: { fi: 'Omahoitaja', en: 'Primary nurse' } },
      { id: 'familyTherapist', name: { fi: 'Perheterapeutti', en: 'Family therapist' } },
      { id: 'teacher', name: { fi: 'Opettaja', en: 'Teacher' } },
    ],
    phases: [
      {
        id: 'opening',
        name: { fi: 'Avaus', en: 'Opening' },
        scope: 'once',
        plannedMinutes: 5,
        leadRole: 'consultingSocialWorker',
        prompts: { consultingSocialWorker: [{ fi: 'Tervetuloa.', en: 'Welcome.' }] },
        tools: ['notes'],
      },
      {
        id: 'quickRound',
        name: { fi: 'Pikakierros', en: 'Quick round' },
        scope: 'once',
        plannedMinutesPerFamily: 1.5,
        leadRole: 'responsibleSocialWorker',
        prompts: {},
        tools: ['quickRoundList'],
      },
      {
        id: 'hypothesising',
        name: { fi: 'Hypoteesit', en: 'Hypothesising' },
        purpose: { fi: 'Kokeilevia ajatuksia.', en: 'Tentative ideas.' },
        scope: 'perDeepDiveFamily',
        plannedMinutes: 15,
        leadRole: 'familyTherapist',
        prompts: { familyTherapist: [{ fi: 'Yksi mahdollinen ajatus on, että…', en: 'One possible idea is that…' }], team: [] },
        tools: ['hypotheses', 'notes'],
      },
    ],
  };
}

function phase(template: ReturnType<typeof soundTemplate>, index: number): Record<string, unknown> {
  return template.phases[index]!;
}

function issueOf(input: unknown) {
  const result = parseTemplate(input);
  if (result.ok) throw new Error('expected the template to be refused');
  return result.issue;
}

describe('parseTemplate accepts', () => {
  it('a sound template, typed and unchanged', () => {
    const input = soundTemplate();
    const result = parseTemplate(input);
    expect(result).toEqual({ ok: true, value: input });
  });

  it('texts with surrounding space, trimmed', () => {
    const input = soundTemplate();
    input.name = { fi: '  Verkostoneuvottelu ', en: '\tNetwork meeting\n' };
    const result = parseTemplate(input);
    expect(result.ok && result.value.name).toEqual({ fi: 'Verkostoneuvottelu', en: 'Network meeting' });
  });

  it('a team working in Finnish only: names, purposes and prompts in Finnish, no English at all', () => {
    const input = soundTemplate();
    input.name = { fi: 'Verkostoneuvottelu' };
    input.roles = (input.roles as { id: string; name: { fi: string } }[]).map((role) => ({ ...role, name: { fi: role.name.fi } }));
    phase(input, 0).name = { fi: 'Avaus', en: '' };
    phase(input, 0).purpose = { fi: 'Sovitaan kulku.' };
    phase(input, 0).prompts = { team: [{ fi: 'Kuka aloittaa?' }] };
    const result = parseTemplate(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.name).toEqual({ fi: 'Verkostoneuvottelu', en: '' });
    expect(result.value.phases[0]!.prompts.team).toEqual([{ fi: 'Kuka aloittaa?', en: '' }]);
  });

  it('a template in English only', () => {
    const input = soundTemplate();
    input.name = { en: 'Network meeting' };
    phase(input, 0).name = { fi: ' ', en: 'Opening' };
    expect(parseTemplate(input).ok).toBe(true);
  });

  it('durations at both ends of the range and in half minutes', () => {
    for (const minutes of [0, 0.5, 239.5, templateLimits.maxMinutes]) {
      const input = soundTemplate();
      phase(input, 0).plannedMinutes = minutes;
      expect(parseTemplate(input).ok, String(minutes)).toBe(true);
    }
  });

  it('a user-made kind, a phase without prompts or tools, and the whole team as lead', () => {
    const input = soundTemplate();
    Object.assign(phase(input, 0), { leadRole: 'team', prompts: {}, tools: [] });
    expect(parseTemplate(input).ok).toBe(true);
  });

  it("a role the team added, leading a phase and addressed by its prompts", () => {
    const input = soundTemplate();
    Object.assign(phase(input, 2), { leadRole: 'teacher', prompts: { teacher: [{ fi: 'Miten koulussa menee?', en: 'How is school going?' }] } });
    const result = parseTemplate(input);
    expect(result.ok && result.value.phases[2]!.leadRole).toBe('teacher');
  });

  it('a version 1 template (no roles of its own), read with the standard roles and their names', () => {
    const input: Record<string, unknown> = { ...soundTemplate(), schemaVersion: 1 };
    delete input.roles;
    const result = parseTemplate(input);
    expect(result.ok && result.value.schemaVersion).toBe(templateSchemaVersion);
    expect(result.ok && result.value.roles).toEqual(standardTemplateRoles());
    expect(result.ok && result.value.roles.map((role) => role.name.en)).toContain('Consulting social worker');
    // The input itself is left as it was.
    expect(input.schemaVersion).toBe(1);
    expect(upgradeTemplate('not a template')).toBe('not a template');
  });
});

describe('validateTemplate lists every problem', () => {
  it('each with its place, in the order of the file', () => {
    const input = soundTemplate();
    phase(input, 0).name = { fi: '', en: '' };
    phase(input, 1).plannedMinutesPerFamily = -2;
    phase(input, 2).tools = ['hypotheses', 'sociogram'];
    const result = validateTemplate(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.key, issue.values.path])).toEqual([
      [templateIssueKeys.textMissing, 'phases.0.name'],
      [templateIssueKeys.duration, 'phases.1.plannedMinutesPerFamily'],
      [templateIssueKeys.unknownTool, 'phases.2.tools.1'],
    ]);
  });

  it('a role no longer in the template, wherever a phase names it', () => {
    const input = soundTemplate();
    input.roles = (input.roles as { id: string }[]).filter((role) => role.id !== 'familyTherapist');
    const result = validateTemplate(input);
    expect(!result.ok && result.issues).toEqual([
      { key: templateIssueKeys.unknownRole, values: { path: 'phases.2.leadRole', phase: 3, value: 'familyTherapist' } },
      { key: templateIssueKeys.unknownRole, values: { path: 'phases.2.prompts.familyTherapist', phase: 3, value: 'familyTherapist' } },
    ]);
  });
});

describe('parseTemplate refuses, with a clear issue', () => {
  const cases: { name: string; breakIt: (template: ReturnType<typeof soundTemplate>) => unknown; key: string; values: object }[] = [
    { name: 'something that is not a template', breakIt: () => 'hello', key: templateIssueKeys.malformed, values: { path: '' } },
    { name: 'null', breakIt: () => null, key: templateIssueKeys.malformed, values: { path: '' } },
    {
      name: 'no phases',
      breakIt: (t) => ({ ...t, phases: [] }),
      key: templateIssueKeys.noPhases,
      values: { path: 'phases' },
    },
    {
      name: 'too many phases',
      breakIt: (t) => ({
        ...t,
        phases: Array.from({ length: templateLimits.phases + 1 }, (_, i) => ({ ...phase(t, 0), id: `phase${i}` })),
      }),
      key: templateIssueKeys.tooManyPhases,
      values: { path: 'phases', max: templateLimits.phases },
    },
    {
      name: 'two phases with the same id',
      breakIt: (t) => {
        phase(t, 2).id = 'opening';
        return t;
      },
      key: templateIssueKeys.duplicatePhaseId,
      values: { path: 'phases.2.id', phase: 3, phaseId: 'opening' },
    },
    {
      name: 'a duration over 240 minutes',
      breakIt: (t) => {
        phase(t, 2).plannedMinutes = 241;
        return t;
      },
      key: templateIssueKeys.duration,
      values: { path: 'phases.2.plannedMinutes', phase: 3, min: 0, max: 240 },
    },
    {
      name: 'a negative duration',
      breakIt: (t) => {
        phase(t, 0).plannedMinutes = -1;
        return t;
      },
      key: templateIssueKeys.duration,
      values: { path: 'phases.0.plannedMinutes', phase: 1, min: 0, max: 240 },
    },
    {
      name: 'a duration in odd fractions of a minute',
      breakIt: (t) => {
        phase(t, 1).plannedMinutesPerFamily = 1.25;
        return t;
      },
      key: templateIssueKeys.duration,
      values: { path: 'phases.1.plannedMinutesPerFamily', phase: 2, min: 0, max: 240 },
    },
    {
      name: 'a duration given as text',
      breakIt: (t) => {
        phase(t, 0).plannedMinutes = '10';
        return t;
      },
      key: templateIssueKeys.malformed,
      values: { path: 'phases.0.plannedMinutes', phase: 1 },
    },
    {
      name: 'no planned time at all',
      breakIt: (t) => {
        delete phase(t, 0).plannedMinutes;
        return t;
      },
      key: templateIssueKeys.plannedTime,
      values: { path: 'phases.0.plannedMinutes', phase: 1 },
    },
    {
      name: 'both a fixed and a per-family planned time',
      breakIt: (t) => {
        phase(t, 1).plannedMinutes = 10;
        return t;
      },
      key: templateIssueKeys.plannedTime,
      values: { path: 'phases.1.plannedMinutes', phase: 2 },
    },
    {
      name: 'minutes per family on a phase that is not the quick round',
      breakIt: (t) => {
        delete phase(t, 2).plannedMinutes;
        phase(t, 2).plannedMinutesPerFamily = 2;
        return t;
      },
      key: templateIssueKeys.perFamilyOnlyInQuickRound,
      values: { path: 'phases.2.plannedMinutesPerFamily', phase: 3 },
    },
    {
      name: 'a phase name empty in both languages',
      breakIt: (t) => {
        phase(t, 1).name = { fi: '   ', en: '' };
        return t;
      },
      key: templateIssueKeys.textMissing,
      values: { path: 'phases.1.name', phase: 2 },
    },
    {
      name: 'a template name in neither language',
      breakIt: (t) => ({ ...t, name: {} }),
      key: templateIssueKeys.textMissing,
      values: { path: 'name' },
    },
    {
      name: 'a phase without a lead role',
      breakIt: (t) => {
        delete phase(t, 1).leadRole;
        return t;
      },
      key: templateIssueKeys.missingField,
      values: { path: 'phases.1.leadRole', phase: 2, field: 'leadRole' },
    },
    {
      name: 'a name that is not a text',
      breakIt: (t) => ({ ...t, name: { fi: 'Verkostoneuvottelu', en: 42 } }),
      key: templateIssueKeys.malformed,
      values: { path: 'name.en' },
    },
    {
      name: 'an empty prompt',
      breakIt: (t) => {
        phase(t, 2).prompts = { familyTherapist: [{ fi: ' ', en: '' }] };
        return t;
      },
      key: templateIssueKeys.textMissing,
      values: { path: 'phases.2.prompts.familyTherapist.0', phase: 3 },
    },
    {
      name: 'a name longer than allowed',
      breakIt: (t) => ({ ...t, name: { fi: 'k'.repeat(templateLimits.name + 1), en: 'Network meeting' } }),
      key: templateIssueKeys.textTooLong,
      values: { path: 'name.fi', max: templateLimits.name },
    },
    {
      name: 'an unknown lead role',
      breakIt: (t) => {
        phase(t, 0).leadRole = 'chairperson';
        return t;
      },
      key: templateIssueKeys.unknownRole,
      values: { path: 'phases.0.leadRole', phase: 1, value: 'chairperson' },
    },
    {
      name: 'prompts for an unknown role',
      breakIt: (t) => {
        phase(t, 0).prompts = { physician: [{ fi: 'Hei', en: 'Hi' }] };
        return t;
      },
      key: templateIssueKeys.unknownRole,
      values: { path: 'phases.0.prompts.physician', phase: 1, value: 'physician' },
    },
    {
      name: 'no roles',
      breakIt: (t) => ({ ...t, roles: [] }),
      key: templateIssueKeys.noRoles,
      values: { path: 'roles' },
    },
    {
      name: 'too many roles',
      breakIt: (t) => ({
        ...t,
        roles: Array.from({ length: templateLimits.roles + 1 }, (_, i) => ({ id: `role${i}`, name: { fi: `Rooli ${i}`, en: `Role ${i}` } })),
      }),
      key: templateIssueKeys.tooManyRoles,
      values: { path: 'roles', max: templateLimits.roles },
    },
    {
      name: 'two roles with the same id',
      breakIt: (t) => {
        (t.roles as { id: string }[])[3]!.id = 'familyTherapist';
        return t;
      },
      key: templateIssueKeys.duplicateRoleId,
      values: { path: 'roles.3.id', roleId: 'familyTherapist' },
    },
    {
      name: 'a role that takes the whole team\'s id',
      breakIt: (t) => {
        (t.roles as { id: string }[])[3]!.id = 'team';
        return t;
      },
      key: templateIssueKeys.duplicateRoleId,
      values: { path: 'roles.3.id', roleId: 'team' },
    },
    {
      name: 'a role without a name',
      breakIt: (t) => {
        (t.roles as { name: object }[])[3]!.name = { fi: '', en: ' ' };
        return t;
      },
      key: templateIssueKeys.textMissing,
      values: { path: 'roles.3.name' },
    },
    {
      name: 'too many prompts for one role',
      breakIt: (t) => {
        phase(t, 0).prompts = { team: Array.from({ length: templateLimits.promptsPerRole + 1 }, () => ({ fi: 'a', en: 'b' })) };
        return t;
      },
      key: templateIssueKeys.tooManyPrompts,
      values: { path: 'phases.0.prompts.team', phase: 1, max: templateLimits.promptsPerRole },
    },
    {
      name: 'an unknown tool',
      breakIt: (t) => {
        phase(t, 2).tools = ['hypotheses', 'sociogram'];
        return t;
      },
      key: templateIssueKeys.unknownTool,
      values: { path: 'phases.2.tools.1', phase: 3, value: 'sociogram' },
    },
    {
      name: 'a tool listed twice',
      breakIt: (t) => {
        phase(t, 2).tools = ['notes', 'hypotheses', 'notes'];
        return t;
      },
      key: templateIssueKeys.duplicateTool,
      values: { path: 'phases.2.tools.2', phase: 3, value: 'notes' },
    },
    {
      name: 'an unknown scope',
      breakIt: (t) => {
        phase(t, 2).scope = 'perChild';
        return t;
      },
      key: templateIssueKeys.unknownScope,
      values: { path: 'phases.2.scope', phase: 3, value: 'perChild' },
    },
    {
      name: 'a phase id with characters step keys rely on',
      breakIt: (t) => {
        phase(t, 0).id = 'opening:1';
        return t;
      },
      key: templateIssueKeys.id,
      values: { path: 'phases.0.id', phase: 1 },
    },
    {
      name: 'an empty template id',
      breakIt: (t) => ({ ...t, id: '' }),
      key: templateIssueKeys.id,
      values: { path: 'id' },
    },
    {
      name: 'a misspelt field',
      breakIt: (t) => {
        phase(t, 0).plannedMinute = 5;
        return t;
      },
      key: templateIssueKeys.unknownField,
      values: { path: 'phases.0', phase: 1, field: 'plannedMinute' },
    },
    {
      name: 'a schema version this Kehä does not read',
      breakIt: (t) => ({ ...t, schemaVersion: 3 }),
      key: templateIssueKeys.version,
      values: { path: 'schemaVersion', supported: 2 },
    },
  ];

  it.each(cases)('$name', ({ breakIt, key, values }) => {
    expect(issueOf(breakIt(soundTemplate()))).toEqual({ key, values });
  });

  it('every issue key is a validation.* translation key', () => {
    for (const key of Object.values(templateIssueKeys)) expect(key).toMatch(/^validation\.template[A-Z]\w+$/);
  });

  it('every issue key has a message in both languages that uses only the values the issue carries', () => {
    const seen = new Set<string>();
    for (const { breakIt } of cases) {
      const issue = issueOf(breakIt(soundTemplate()));
      seen.add(issue.key);
      for (const [language, messages] of [['en', en], ['fi', fi]] as const) {
        const text = issue.key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        expect(typeof text, `${language}:${issue.key}`).toBe('string');
        for (const [, name] of String(text).matchAll(/\{\{(\w+)\}\}/g)) {
          expect(issue.values, `${language}:${issue.key} {{${name}}}`).toHaveProperty(name!);
        }
      }
    }
    // The cases above produce every key parseTemplate can report.
    expect([...seen].sort()).toEqual(Object.values(templateIssueKeys).sort());
  });
});

describe('plannedMinutesOf', () => {
  const quickRound = weeklyMeetingTemplate.phases.find((p) => p.id === 'quickRound')!;
  const hypothesising = weeklyMeetingTemplate.phases.find((p) => p.id === 'hypothesising')!;

  it('multiplies minutes per family by the quick round size', () => {
    expect(plannedMinutesOf(quickRound, 12)).toBe(24);
    expect(plannedMinutesOf(quickRound, 0)).toBe(0);
  });

  it('ignores the quick round size for a fixed-length phase', () => {
    expect(plannedMinutesOf(hypothesising, 12)).toBe(15);
  });
});


describe('idleFamilyTools', () => {
  it('names the family tools of a once-a-meeting phase, which have no family to show', () => {
    expect(idleFamilyTools({ scope: 'once', tools: ['notes', 'hypotheses', 'quickRoundList', 'carePeriodGoals'] })).toEqual(['hypotheses', 'carePeriodGoals']);
    expect(idleFamilyTools({ scope: 'perDeepDiveFamily', tools: ['hypotheses', 'carePeriodGoals'] })).toEqual([]);
    expect(idleFamilyTools({ scope: 'once', tools: ['notes', 'reflectingTeam', 'actions'] })).toEqual(['actions']);
  });
});

describe('localized: a template text in the UI language, else in the other one', () => {
  it('shows the text of the UI language when it has one', () => {
    expect(localized({ fi: 'Avaus', en: 'Opening' }, 'en')).toBe('Opening');
    expect(localized({ fi: 'Avaus', en: 'Opening' }, 'fi')).toBe('Avaus');
  });

  it('shows the Finnish text in the English UI when there is no English, and the other way round', () => {
    expect(localized({ fi: 'Mitä perheelle kuuluu?', en: '' }, 'en')).toBe('Mitä perheelle kuuluu?');
    expect(localized({ fi: '  ', en: 'How is the family?' }, 'fi')).toBe('How is the family?');
  });
});
