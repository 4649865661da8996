// Covers shared/meeting/builtInTemplates.ts: both shipped templates pass the import schema and
// follow docs/domain.md (the default weekly meeting's phases, lead roles and times; LIPSY's interim review).
import { describe, expect, it } from 'vitest';
import {
  builtInTemplates,
  findBuiltInTemplate,
  interimReviewTemplate,
  weeklyMeetingTemplate,
} from '../../../shared/meeting/builtInTemplates';
import { en } from '../../../shared/i18n/en';
import { fi } from '../../../shared/i18n/fi';
import { parseTemplate, type MeetingTemplate } from '../../../shared/meeting/template';
import { idleFamilyTools } from '../../../shared/meeting/tools/registry';
import { teamRoles, type TeamRole } from '../../../shared/team/roles';

describe.each(builtInTemplates.map((template) => [template.id, template] as const))('built-in template %s', (_, template) => {
  it('passes the same schema that template imports use, unchanged (texts already trimmed)', () => {
    expect(parseTemplate(template)).toEqual({ ok: true, value: template });
  });

  it('survives a JSON round trip, as a meeting snapshot or an export file', () => {
    expect(parseTemplate(JSON.parse(JSON.stringify(template)))).toEqual({ ok: true, value: template });
  });

  it('gives every phase a purpose and a prompt for its lead role, in both languages', () => {
    for (const phase of template.phases) {
      expect(phase.purpose, phase.id).toBeDefined();
      expect(phase.prompts[phase.leadRole]?.length ?? 0, `${phase.id} lead ${phase.leadRole}`).toBeGreaterThan(0);
    }
  });

  it('promises nothing a phase cannot show: no once-a-meeting phase has a family tool that would show nothing there', () => {
    expect(template.phases.flatMap((phase) => idleFamilyTools(phase).map((tool) => `${phase.id}: ${tool}`))).toEqual([]);
  });

  it('shows the agenda where the opening prompts for it, and what was agreed where the close goes through it', () => {
    const [first, last] = [template.phases[0]!, template.phases.at(-1)!];
    expect(first.tools).toContain('agenda');
    expect(last.tools).toContain('agreedInMeeting');
  });

  it('writes Finnish and English differently (nothing left untranslated)', () => {
    const texts = template.phases.flatMap((phase) => [
      phase.name,
      ...(phase.purpose ? [phase.purpose] : []),
      ...Object.values(phase.prompts).flat(),
    ]);
    expect(texts.filter((text) => text.fi === text.en)).toEqual([]);
  });
});

describe('the default systemic weekly meeting', () => {
  const rows = weeklyMeetingTemplate.phases.map((phase) => ({
    id: phase.id,
    fi: phase.name.fi,
    scope: phase.scope,
    lead: phase.leadRole,
    minutes: phase.plannedMinutes ?? `${phase.plannedMinutesPerFamily}/family`,
  }));

  it("has DOMAIN.md's phases 0–8 in order, with their lead roles and default times", () => {
    expect(rows).toEqual([
      { id: 'opening', fi: 'Avaus ja kuulumiskierros', scope: 'once', lead: 'consultingSocialWorker', minutes: 10 },
      { id: 'quickRound', fi: 'Pikakierros kaikista perheistä', scope: 'once', lead: 'responsibleSocialWorker', minutes: '2/family' },
      { id: 'presentation', fi: 'Esittely', scope: 'perDeepDiveFamily', lead: 'responsibleSocialWorker', minutes: 10 },
      { id: 'clarifyingQuestions', fi: 'Tarkentavat kysymykset', scope: 'perDeepDiveFamily', lead: 'team', minutes: 5 },
      { id: 'hypothesising', fi: 'Hypoteesit', scope: 'perDeepDiveFamily', lead: 'familyTherapist', minutes: 15 },
      { id: 'reflection', fi: 'Reflektio', scope: 'perDeepDiveFamily', lead: 'responsibleSocialWorker', minutes: 5 },
      { id: 'riskScaling', fi: 'Turvallisuuden arviointi (0–10)', scope: 'perDeepDiveFamily', lead: 'consultingSocialWorker', minutes: 5 },
      { id: 'plan', fi: 'Suunnitelma', scope: 'perDeepDiveFamily', lead: 'consultingSocialWorker', minutes: 10 },
      { id: 'recordingAndClose', fi: 'Kirjaus ja lopetus', scope: 'once', lead: 'teamCoordinator', minutes: 5 },
    ]);
  });

  it('shows each capture tool where the work happens', () => {
    const toolsOf = (id: string) => weeklyMeetingTemplate.phases.find((phase) => phase.id === id)?.tools;
    expect(toolsOf('quickRound')).toContain('quickRoundList');
    expect(toolsOf('hypothesising')).toContain('hypotheses');
    expect(toolsOf('riskScaling')).toContain('riskRound');
    expect(toolsOf('plan')).toEqual(expect.arrayContaining(['actions', 'familyQuestions']));
  });

  it('prompts the chair to have everyone score privately before discussing risk', () => {
    const risk = weeklyMeetingTemplate.phases.find((phase) => phase.id === 'riskScaling')!;
    expect(risk.prompts.consultingSocialWorker?.map((prompt) => prompt.en)).toContain('Has everyone scored before we discuss?');
  });

  it('gives the family therapist circular-question starters in hypothesising', () => {
    const hypothesising = weeklyMeetingTemplate.phases.find((phase) => phase.id === 'hypothesising')!;
    expect(hypothesising.prompts.familyTherapist?.length).toBeGreaterThanOrEqual(5);
    expect(hypothesising.prompts.familyTherapist?.[0]).toEqual({ fi: 'Yksi mahdollinen ajatus on, että…', en: 'One possible idea is that…' });
  });
});

describe('the LIPSY interim review meeting', () => {
  it('reviews the care period: goals, ward observations, hypotheses, reflection with the family, plan, patient record', () => {
    expect(interimReviewTemplate.kind).toBe('interimReview');
    expect(interimReviewTemplate.name.fi).toBe('Väliarviointipalaveri');
    expect(interimReviewTemplate.phases.map((phase) => [phase.id, phase.scope, phase.leadRole])).toEqual([
      ['opening', 'once', 'consultingSocialWorker'],
      ['goalsAndProgress', 'perDeepDiveFamily', 'responsibleSocialWorker'],
      ['wardObservations', 'perDeepDiveFamily', 'socialCounsellor'],
      ['hypothesesRevisited', 'perDeepDiveFamily', 'familyTherapist'],
      ['reflectionWithFamily', 'perDeepDiveFamily', 'familyTherapist'],
      ['planForCarePeriod', 'perDeepDiveFamily', 'consultingSocialWorker'],
      ['recordingForPatientRecord', 'once', 'teamCoordinator'],
    ]);
  });

  it('names its roles for hospital staff and has the municipal social worker from the network', () => {
    const names = Object.fromEntries(interimReviewTemplate.roles.map((role) => [role.id, role.name.en]));
    expect(names).toMatchObject({
      consultingSocialWorker: 'Attending physician',
      teamCoordinator: 'Recorder (nurse)',
      municipalSocialWorker: 'Municipal social worker',
    });
  });

  it('rates the care-period goals in the goals phase and reflects as a reflecting team with the family', () => {
    const toolsOf = (id: string) => interimReviewTemplate.phases.find((phase) => phase.id === id)!.tools;
    expect(toolsOf('goalsAndProgress')).toContain('carePeriodGoals');
    expect(toolsOf('reflectionWithFamily')).toContain('reflectingTeam');
  });
});

describe('template roles', () => {
  it('the weekly meeting has the standard team roles, named as the user interface names them', () => {
    expect(weeklyMeetingTemplate.roles.map((role) => role.id)).toEqual([...teamRoles]);
    for (const role of weeklyMeetingTemplate.roles) {
      expect(role.name.en).toBe(en.roles[role.id as TeamRole]);
      expect(role.name.fi).toBe(fi.roles[role.id as TeamRole]);
    }
  });
});

describe('findBuiltInTemplate', () => {
  it('finds each built-in by id and nothing else', () => {
    for (const template of builtInTemplates) expect(findBuiltInTemplate(template.id)).toBe(template);
    expect(findBuiltInTemplate('team.myOwn')).toBeUndefined();
  });

  it('built-ins have distinct ids and kinds', () => {
    const ids = builtInTemplates.map((template: MeetingTemplate) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(builtInTemplates.map((template) => template.kind)).toEqual(['weeklyMeeting', 'interimReview']);
  });
});
