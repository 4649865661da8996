// Covers db/repositories/templateRepository.ts: the team's own templates are cloned (new id, "Copy
// of" names in both languages), changed only into valid templates (an invalid change is refused with
// every problem and nothing is written), merged with a change from another window instead of
// overwriting it, deleted and brought back by undo, and imported (same content is recognised, a
// taken id gets a new one, export → import gives the same template); and meetings planned with a
// template keep their snapshot whatever happens to the template afterwards.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createMeeting, readMeeting, runMeeting } from '../../../renderer/src/db/repositories/meetingRepository';
import {
  cloneTemplate,
  deleteTemplate,
  importTemplate,
  listTemplates,
  readTemplate,
  restoreTemplate,
  TemplateInvalidError,
  TemplateReadOnlyError,
  updateTemplate,
} from '../../../renderer/src/db/repositories/templateRepository';
import { interimReviewTemplate, weeklyMeetingTemplate } from '../../../shared/meeting/builtInTemplates';
import { defaultPlan } from '../../../shared/meeting/plan';
import { templateIssueKeys, type MeetingTemplate } from '../../../shared/meeting/template';
import { addPhase, newPhase, setRoleName, setTemplateName, updatePhase } from '../../../shared/meeting/templateEditing';
import { readTemplateFile, templateFileText } from '../../../shared/meeting/templateFile';
import { freshDatabase, repositoryWorld, secondWindow, unlockedSession } from './support';

const world = repositoryWorld();

async function stored(id: string): Promise<MeetingTemplate> {
  const row = await readTemplate(world.session, id);
  if (!row) throw new Error(`No template ${id}`);
  return row.template;
}

describe('cloning', () => {
  it('copies a built-in template under a new team id with "Copy of" names in both languages', async () => {
    const id = await cloneTemplate(world.session, weeklyMeetingTemplate);
    expect(id).toMatch(/^team\.[0-9a-f]{12}$/);
    const copy = await stored(id);
    expect(copy.name).toEqual({ fi: 'Kopio: Systeeminen viikkokokous', en: 'Copy of Systemic weekly meeting' });
    expect({ ...copy, id: '', name: null }).toEqual({ ...weeklyMeetingTemplate, id: '', name: null });
    // Cloning again gives another template; a clone of a clone works too.
    const again = await cloneTemplate(world.session, copy);
    expect(again).not.toBe(id);
    expect((await stored(again)).name.en).toBe('Copy of Copy of Systemic weekly meeting');
    expect((await listTemplates(world.session, 'en')).map((row) => row.id)).toEqual([again, id]);
  });

  it('keeps a copy of a long name within the name limit', async () => {
    const long = { ...weeklyMeetingTemplate, name: { fi: 'Ä'.repeat(80), en: 'A'.repeat(80) } };
    const copy = await stored(await cloneTemplate(world.session, long));
    expect(copy.name.fi.length).toBeLessThanOrEqual(80);
    expect(copy.name.en.startsWith('Copy of AAA')).toBe(true);
  });
});

describe('changing', () => {
  it('saves a valid change (texts trimmed) and moves updatedAt on', async () => {
    const id = await cloneTemplate(world.session, weeklyMeetingTemplate);
    const before = await readTemplate(world.session, id);
    const saved = await updateTemplate(world.session, id, (template) => setRoleName(template, 'consultingSocialWorker', 'en', '  Responsible physician '));
    expect(saved.roles[0]!.name.en).toBe('Responsible physician');
    const after = await readTemplate(world.session, id);
    expect(after!.template.roles[0]!.name.en).toBe('Responsible physician');
    expect(after!.updatedAt > before!.updatedAt).toBe(true);
    expect(after!.createdAt).toBe(before!.createdAt);
  });

  it('refuses an invalid change with every problem and writes nothing', async () => {
    const id = await cloneTemplate(world.session, weeklyMeetingTemplate);
    const before = await readTemplate(world.session, id);
    const change = (template: MeetingTemplate) =>
      updatePhase(setTemplateName(setTemplateName(template, 'fi', ' '), 'en', ''), 'presentation', (phase) => ({ ...phase, plannedMinutes: -5 }));
    const refusal = await updateTemplate(world.session, id, change).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(TemplateInvalidError);
    expect((refusal as TemplateInvalidError).issues.map((issue) => [issue.key, issue.values.path])).toEqual(
      expect.arrayContaining([
        [templateIssueKeys.textMissing, 'name'],
        [templateIssueKeys.duration, 'phases.2.plannedMinutes'],
      ]),
    );
    expect(await readTemplate(world.session, id)).toEqual(before);
  });

  it('keeps the id whatever the change says', async () => {
    const id = await cloneTemplate(world.session, weeklyMeetingTemplate);
    await updateTemplate(world.session, id, (template) => ({ ...template, id: 'team.other' }));
    expect((await stored(id)).id).toBe(id);
    expect(await readTemplate(world.session, 'team.other')).toBeNull();
  });

  it('never changes or stores a built-in template', async () => {
    await expect(updateTemplate(world.session, weeklyMeetingTemplate.id, (template) => template)).rejects.toBeInstanceOf(TemplateReadOnlyError);
    expect(await listTemplates(world.session)).toEqual([]);
  });

  it('applies a change on top of one another window made in between, losing neither', async () => {
    const id = await cloneTemplate(world.session, weeklyMeetingTemplate);
    const other = await secondWindow(world.name, world.others, '2025-03-01T11:00:00.000Z');
    // The other window renames the template after this one has read it, just before this one writes.
    const transaction = world.db.transaction.bind(world.db) as (...args: unknown[]) => Promise<unknown>;
    vi.spyOn(world.db, 'transaction').mockImplementationOnce((async (...args: unknown[]) => {
      await updateTemplate(other, id, (inner) => setTemplateName(inner, 'en', 'Renamed elsewhere'));
      return transaction(...args);
    }) as never);
    let applied = 0;
    await updateTemplate(world.session, id, (template) => {
      applied++;
      return setRoleName(template, 'teamCoordinator', 'en', 'Recorder (nurse)');
    });
    expect(applied).toBe(2);
    const result = await stored(id);
    expect(result.name.en).toBe('Renamed elsewhere');
    expect(result.roles.find((role) => role.id === 'teamCoordinator')!.name.en).toBe('Recorder (nurse)');
  });
});

describe('deleting', () => {
  it('deletes a template and undo brings it back exactly as it was', async () => {
    const id = await cloneTemplate(world.session, interimReviewTemplate);
    const before = await readTemplate(world.session, id);
    const row = await deleteTemplate(world.session, id);
    expect(row).toEqual(before);
    expect(await readTemplate(world.session, id)).toBeNull();
    expect(await restoreTemplate(world.session, row!)).toBe(id);
    expect(await readTemplate(world.session, id)).toEqual(before);
    expect(await deleteTemplate(world.session, 'team.nothing')).toBeUndefined();
  });
});

describe('importing', () => {
  it('export → import on an empty profile gives the same template, under its own id', async () => {
    const id = await cloneTemplate(world.session, weeklyMeetingTemplate);
    await updateTemplate(world.session, id, (template) => addPhase(setRoleName(template, 'consultingSocialWorker', 'fi', 'Vastaava lääkäri'), newPhase('phase_network', { fi: 'Verkosto', en: 'Network' }), 2));
    const original = await stored(id);
    const file = templateFileText(original);

    const elsewhere = freshDatabase();
    try {
      const otherSession = await unlockedSession(elsewhere.db);
      const read = readTemplateFile(file, new TextEncoder().encode(file).byteLength);
      expect(read.ok).toBe(true);
      const result = await importTemplate(otherSession, read.ok ? read.value : original);
      expect(result).toMatchObject({ status: 'imported', id });
      const imported = await readTemplate(otherSession, id);
      expect(imported!.template).toEqual(original);
      expect(templateFileText(imported!.template)).toBe(file);
    } finally {
      await elsewhere.cleanup();
    }
  });

  it('says the template is already here when the same content is imported again, and adds nothing', async () => {
    const id = await cloneTemplate(world.session, weeklyMeetingTemplate);
    const template = await stored(id);
    expect(await importTemplate(world.session, template)).toMatchObject({ status: 'alreadyHere', id });
    // The same content under another id is the same template too.
    expect(await importTemplate(world.session, { ...template, id: 'team.someoneElse' })).toMatchObject({ status: 'alreadyHere', id });
    expect(await importTemplate(world.session, weeklyMeetingTemplate)).toMatchObject({ status: 'builtIn', id: weeklyMeetingTemplate.id });
    expect(await listTemplates(world.session)).toHaveLength(1);
  });

  it('gives a new id to a different template whose id is taken here or is a built-in one', async () => {
    const id = await cloneTemplate(world.session, weeklyMeetingTemplate);
    const template = await stored(id);
    const changed = setTemplateName(template, 'en', 'Changed by the other team');
    const result = await importTemplate(world.session, changed);
    expect(result.status).toBe('imported');
    expect(result.id).not.toBe(id);
    expect((await stored(result.id)).name.en).toBe('Changed by the other team');
    expect((await stored(id)).name.en).toBe(template.name.en);

    const builtInId = await importTemplate(world.session, { ...setTemplateName(weeklyMeetingTemplate, 'en', 'Ours'), id: weeklyMeetingTemplate.id });
    expect(builtInId.id).toMatch(/^team\./);
    expect(await listTemplates(world.session)).toHaveLength(3);
  });

  it('refuses an invalid template and stores nothing', async () => {
    const broken = { ...weeklyMeetingTemplate, id: 'team.broken', phases: [] } as MeetingTemplate;
    await expect(importTemplate(world.session, broken)).rejects.toBeInstanceOf(TemplateInvalidError);
    expect(await listTemplates(world.session)).toEqual([]);
  });
});

describe('meetings keep their snapshot', () => {
  it('editing or deleting a template changes neither a planned nor a finished meeting', async () => {
    const id = await cloneTemplate(world.session, weeklyMeetingTemplate);
    await updateTemplate(world.session, id, (template) => setRoleName(template, 'consultingSocialWorker', 'en', 'Responsible physician'));
    const planned = await stored(id);
    const plan = defaultPlan(planned, [], [], () => crypto.randomUUID());
    const plannedId = await createMeeting(world.session, { scheduledAt: '2031-06-03T06:00:00.000Z', template: planned, plan });
    const finishedId = await createMeeting(world.session, { scheduledAt: '2031-05-27T06:00:00.000Z', template: planned, plan });
    for (const action of ['start', 'finish'] as const) {
      const meeting = (await readMeeting(world.session, finishedId))!;
      expect(await runMeeting(world.session, finishedId, action, { status: meeting.run.status, stepIndex: meeting.run.stepIndex })).toMatchObject({ ok: true });
    }

    await updateTemplate(world.session, id, (template) =>
      addPhase(setRoleName(template, 'consultingSocialWorker', 'en', 'Chair'), newPhase('phase_new', { fi: 'Uusi', en: 'New' }), 0),
    );
    for (const meetingId of [plannedId, finishedId]) expect((await readMeeting(world.session, meetingId))!.template).toEqual(planned);

    await deleteTemplate(world.session, id);
    for (const meetingId of [plannedId, finishedId]) expect((await readMeeting(world.session, meetingId))!.template).toEqual(planned);
    expect((await readMeeting(world.session, finishedId))!.status).toBe('finished');
  });
});
