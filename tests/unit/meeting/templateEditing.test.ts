// Covers shared/meeting/templateEditing.ts: the template editor's edits keep a template the schema
// accepts (roles renamed, added, removed only when unused; phases added, moved, removed but never
// the last; timing that no longer fits turned into plain minutes; prompts added, edited, removed and
// put back), and a draft is judged at its own place by the same schema an import file meets.
import { describe, expect, it } from 'vitest';
import { weeklyMeetingTemplate } from '../../../shared/meeting/builtInTemplates';
import { buildMeetingSteps } from '../../../shared/meeting/engine';
import { meetingTools, templateIssueKeys, validateTemplate, type MeetingTemplate } from '../../../shared/meeting/template';
import {
  addPhase,
  addPrompt,
  addRole,
  insertPrompt,
  issueAt,
  movePhase,
  newPhase,
  newPhaseName,
  newRoleName,
  perFamilyTimingAllowed,
  removePhase,
  removePrompt,
  removeRole,
  roleUses,
  setPhaseMinutes,
  setPhaseScope,
  setPhaseText,
  setPhaseTiming,
  setPhaseTool,
  setPrompt,
  setRoleName,
  updatePhase,
} from '../../../shared/meeting/templateEditing';

const weekly: MeetingTemplate = { ...weeklyMeetingTemplate, id: 'team.test' };

function valid(template: MeetingTemplate): MeetingTemplate {
  const result = validateTemplate(template);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const phaseIds = (template: MeetingTemplate) => template.phases.map((phase) => phase.id);

describe('roles', () => {
  it('renames a role and adds one, numbering new names', () => {
    const renamed = valid(setRoleName(weekly, 'consultingSocialWorker', 'en', 'Responsible physician'));
    expect(renamed.roles[0]!.name).toEqual({ fi: 'Konsultoiva sosiaalityöntekijä', en: 'Responsible physician' });
    const base = { fi: 'Uusi rooli', en: 'New role' };
    const once = valid(addRole(renamed, { id: 'role_a', name: newRoleName(renamed, base) }));
    expect(newRoleName(once, base)).toEqual({ fi: 'Uusi rooli 2', en: 'New role 2' });
    expect(once.roles.at(-1)).toEqual({ id: 'role_a', name: base });
  });

  it('says where a role is used and removes only an unused one', () => {
    expect(roleUses(weekly, 'familyTherapist').leads.map((index) => weekly.phases[index]!.id)).toEqual(['hypothesising']);
    expect(removeRole(weekly, 'familyTherapist')).toEqual({ ok: false, reason: 'inUse' });
    const added = addRole(weekly, { id: 'role_teacher', name: { fi: 'Opettaja', en: 'Teacher' } });
    // An empty prompt list of the role goes with it, or the template would name an unknown role.
    const withEmptyList = updatePhase(added, 'opening', (phase) => ({ ...phase, prompts: { ...phase.prompts, role_teacher: [] } }));
    const removed = removeRole(withEmptyList, 'role_teacher');
    expect(removed.ok).toBe(true);
    if (removed.ok) expect(valid(removed.template)).toEqual(valid(weekly));
    const one = { ...weekly, roles: [weekly.roles[0]!], phases: [{ ...newPhase('only', { fi: 'A', en: 'A' }) }] };
    expect(removeRole(one, weekly.roles[0]!.id)).toEqual({ ok: false, reason: 'last' });
  });
});

describe('phases', () => {
  it('adds a phase that is valid as it is, moves it and removes it, never the last one', () => {
    const name = newPhaseName(weekly, { fi: 'Uusi vaihe', en: 'New phase' });
    const added = valid(addPhase(weekly, newPhase('phase_new', name)));
    expect(phaseIds(added).at(-1)).toBe('phase_new');
    const moved = movePhase(added, 'phase_new', 2);
    expect(phaseIds(moved).slice(0, 3)).toEqual(['opening', 'quickRound', 'phase_new']);
    // A once-a-meeting phase between the quick round and the deep dives runs once, at its place.
    const steps = buildMeetingSteps(valid(moved), { deepDiveItemIds: ['a', 'b'], quickRoundFamilyCount: 8 });
    expect(steps.map((step) => step.key).slice(0, 4)).toEqual(['opening', 'quickRound', 'phase_new', 'presentation:a']);
    const removed = removePhase(moved, 'phase_new');
    expect(removed.ok && phaseIds(removed.template)).toEqual(phaseIds(weekly));
    const single = { ...weekly, phases: [weekly.phases[0]!] };
    expect(removePhase(single, 'opening')).toEqual({ ok: false, reason: 'last' });
  });

  it('turns minutes per family into plain minutes when the phase no longer fits them', () => {
    const quickRound = weekly.phases.find((phase) => phase.id === 'quickRound')!;
    expect(perFamilyTimingAllowed(quickRound)).toBe(true);
    const withoutList = setPhaseTool(quickRound, 'quickRoundList', false, meetingTools);
    expect(withoutList).toMatchObject({ plannedMinutes: 2, tools: ['notes'] });
    expect(withoutList.plannedMinutesPerFamily).toBeUndefined();
    expect(setPhaseScope(quickRound, 'perDeepDiveFamily')).toMatchObject({ plannedMinutes: 2, scope: 'perDeepDiveFamily' });
    const fixed = setPhaseTiming(quickRound, 'fixed');
    expect(setPhaseMinutes(fixed, 20)).toMatchObject({ plannedMinutes: 20 });
    expect(setPhaseTiming(setPhaseMinutes(fixed, 3), 'perFamily')).toMatchObject({ plannedMinutesPerFamily: 3 });
    expect(valid(updatePhase(weekly, 'quickRound', () => withoutList))).toBeTruthy();
  });

  it('keeps tools in the standard order and a purpose in one language, both or none', () => {
    const opening = weekly.phases[0]!;
    expect(setPhaseTool(opening, 'actions', true, meetingTools).tools).toEqual(['agenda', 'notes', 'actions']);
    expect(setPhaseTool(opening, 'carePeriodGoals', true, meetingTools).tools).toEqual(['agenda', 'notes', 'carePeriodGoals']);
    const noPurpose = setPhaseText(setPhaseText(opening, 'purpose', 'fi', ''), 'purpose', 'en', ' ');
    expect(noPurpose.purpose).toBeUndefined();
    const half = setPhaseText(noPurpose, 'purpose', 'en', 'Why');
    expect(half.purpose).toEqual({ fi: '', en: 'Why' });
    // One language is enough: the other shows it.
    expect(issueAt(weekly, (template) => updatePhase(template, 'opening', () => half), 'phases.0.purpose.fi')).toBeNull();
  });
});

describe('prompts', () => {
  it('adds, edits, removes and puts back a prompt; a role left with none loses its list', () => {
    const phase = weekly.phases[0]!;
    const added = addPrompt(phase, 'municipalSocialWorker', { fi: 'Kerro kunnan näkökulma.', en: "Give the municipality's view." });
    expect(added.prompts.municipalSocialWorker).toHaveLength((phase.prompts.municipalSocialWorker?.length ?? 0) + 1);
    const edited = setPrompt(added, 'team', 0, 'en', 'Edited');
    expect(edited.prompts.team?.[0]?.en).toBe('Edited');
    const teamPrompt = edited.prompts.team![0]!;
    const removed = removePrompt(edited, 'team', 0);
    expect('team' in removed.prompts).toBe(false);
    expect(insertPrompt(removed, 'team', 0, teamPrompt).prompts.team?.[0]).toEqual(teamPrompt);
  });
});

describe('checking a draft at its place', () => {
  it('finds the problem of the field itself and none elsewhere', () => {
    const bothEmpty = (template: typeof weekly) => setRoleName(setRoleName(template, 'familyTherapist', 'fi', '  '), 'familyTherapist', 'en', '');
    // Empty in both languages: the problem of each language's field.
    expect(issueAt(weekly, bothEmpty, 'roles.1.name.fi')).toMatchObject({ key: templateIssueKeys.textMissing, values: { path: 'roles.1.name' } });
    expect(issueAt(weekly, bothEmpty, 'roles.1.name.en')).toMatchObject({ key: templateIssueKeys.textMissing, values: { path: 'roles.1.name' } });
    // Finnish only is no problem.
    expect(issueAt(weekly, (template) => setRoleName(template, 'familyTherapist', 'en', ''), 'roles.1.name.en')).toBeNull();
    const negative = issueAt(weekly, (template) => updatePhase(template, 'presentation', (phase) => setPhaseMinutes(phase, -1)), 'phases.2.plannedMinutes');
    expect(negative).toMatchObject({ key: templateIssueKeys.duration });
    expect(issueAt(weekly, (template) => updatePhase(template, 'presentation', (phase) => setPhaseMinutes(phase, 7.5)), 'phases.2.plannedMinutes')).toBeNull();
    // A problem in another field is not this field's.
    expect(issueAt(weekly, bothEmpty, 'name.fi')).toBeNull();
  });
});
