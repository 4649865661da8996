// Covers keeping only what may be kept on real Chromium IndexedDB and WebCrypto: the activity log
// never holds content (canaries typed into every field through a whole journey never reach it), the
// erasure list and its confirmation on the Data and security screen (names the family, counts what
// goes, says how backups age out, erases it everywhere), and the log's CSV export through the
// platform's save.
import { expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { addAction } from '../../renderer/src/db/repositories/actionRepository';
import { activityKinds, recordActivity } from '../../renderer/src/db/repositories/activityRepository';
import { createFamily, deleteFamily, dropPendingUndo, restoreFamily, setFamilyStatus, updateFamilyPayload } from '../../renderer/src/db/repositories/familyRepository';
import { useNotify } from '../../renderer/src/components/Notifications';
import { createHypothesis } from '../../renderer/src/db/repositories/hypothesisRepository';
import { saveMeetingNote } from '../../renderer/src/db/repositories/meetingNoteRepository';
import { createMeeting, runMeeting } from '../../renderer/src/db/repositories/meetingRepository';
import { eraseFamily, listenForErasure, markTransferred } from '../../renderer/src/db/repositories/retentionRepository';
import { addMember } from '../../renderer/src/db/repositories/teamRepository';
import { addTimelineEvent } from '../../renderer/src/db/repositories/timelineRepository';
import { RetentionSection } from '../../renderer/src/settings/RetentionSection';
import { emptyCard } from '../../shared/hypothesis/hypothesis';
import { weeklyMeetingTemplate } from '../../shared/meeting/builtInTemplates';
import { inspectStored } from '../unit/db/support';
import { browserWorld, fakeDesktop, seriousAxeViolations } from './support';
import '../../renderer/src/styles.css';

let now = Date.parse('2025-01-10T09:00:00.000Z');
const world = browserWorld({ prefix: 'keha-retention', clock: () => () => new Date((now += 1000)) });
const later = (months: number) => {
  const date = new Date(now);
  date.setMonth(date.getMonth() + months);
  now = date.getTime();
};

const canary = 'KANARIA';

/** A family with a canary in every field, in a finished meeting with a canary in everything it captured. */
async function familyInFinishedMeeting(code: string) {
  const { session } = world;
  const member = await addMember(session, { name: `${canary} Jäsen`, defaultRole: 'responsibleSocialWorker' });
  const familyId = await createFamily(session, {
    code,
    label: `${canary} label`,
    responsibleMemberId: member,
    notes: `${canary} notes`,
    children: [{ id: 'c-1', pseudonym: `${canary} lapsi`, birthYear: 2015 }],
  });
  const meetingId = await createMeeting(session, {
    scheduledAt: new Date(now).toISOString(),
    template: weeklyMeetingTemplate,
    plan: {
      roles: {},
      participants: [
        { kind: 'member', id: member },
        { kind: 'guest', id: 'g-1', name: `${canary} vieras`, organisation: `${canary} koulu`, joins: [{ deepDiveId: 'd-1', scores: false }] },
      ],
      quickRound: [{ id: 'q-1', familyId }],
      deepDives: [{ id: 'd-1', familyId, presenterId: member, question: `${canary} question` }],
      closingNote: '',
    },
  });
  await runMeeting(session, meetingId, 'start', { status: 'notStarted', stepIndex: 0 });
  await saveMeetingNote(session, { meetingId, stepKey: 'presentation:d-1', familyId }, `${canary} note`);
  await addAction(session, { kind: 'action', familyId, meetingId, due: null, text: `${canary} action`, ownerId: member, ownerName: `${canary} Jäsen` });
  await createHypothesis(session, { familyId, meetingId, card: emptyCard(`${canary} hypothesis`) });
  await addTimelineEvent(session, {
    familyId,
    event: {
      date: { precision: 'year', year: 2020 },
      endDate: null,
      title: `${canary} event`,
      category: 'strengths',
      people: [`${canary} person`],
      source: 'familyAccount',
      sourceNote: `${canary} source`,
      actionTaken: `${canary} action taken`,
      ownView: `${canary} own view`,
      shownToFamily: false,
    },
  });
  const run = (await world.db.meetings.get(meetingId))!.run;
  await runMeeting(session, meetingId, 'finish', { status: run.status, stepIndex: run.stepIndex });
  return { familyId, meetingId };
}

it('the activity log never holds content, whatever was typed and whatever happened', async () => {
  const { session, db } = world;
  const { familyId, meetingId } = await familyInFinishedMeeting('CAN-001');
  await updateFamilyPayload(session, familyId, (payload) => ({ ...payload, notes: `${canary} more notes` }));
  await markTransferred(session, { familyId, meetingId, deepDiveId: 'd-1' });
  const deleted = (await deleteFamily(session, familyId))!;
  await restoreFamily(session, deleted);
  for (const kind of activityKinds) await recordActivity(db, kind, 'CAN-001');
  await expect(recordActivity(db, 'familyCreated', `${canary} label`)).rejects.toBeInstanceOf(RangeError);
  await setFamilyStatus(session, familyId, 'closed');
  await eraseFamily(session, familyId, 'CAN-001');

  const rows = await db.activityLog.toArray();
  expect(rows.length).toBeGreaterThan(activityKinds.length);
  expect(inspectStored(rows)).not.toContain(canary);
  expect(inspectStored(rows)).not.toContain(familyId);
  // `by` is the member using the computer (an id, or null): never content either.
  for (const row of rows) expect(Object.keys(row).sort()).toEqual(['at', 'by', 'familyCode', 'id', 'kind']);
  // Only erasures still name the family (the real one, and the one the loop above wrote by hand).
  expect(new Set(rows.filter((row) => row.familyCode === 'CAN-001').map((row) => row.kind))).toEqual(new Set(['familyErased']));
  // And nothing else of it is left anywhere.
  for (const table of db.tables) {
    if (table.name === 'activityLog') continue;
    expect(inspectStored(await table.toArray()), table.name).not.toContain(familyId);
  }
});

it('offers a closed family past its retention time, confirms with its code and counts, and erases it', async () => {
  const { familyId, meetingId } = await familyInFinishedMeeting('ERA-002');
  await markTransferred(world.session, { familyId, meetingId, deepDiveId: 'd-1' });
  await setFamilyStatus(world.session, familyId, 'closed');
  later(7);
  world.render(<RetentionSection />);
  const erase = page.getByRole('button', { name: 'Erase ERA-002…' });
  await expect.element(erase).toBeVisible();
  expect(await seriousAxeViolations(world.container)).toEqual([]);
  await erase.click();
  const dialog = page.getByRole('alertdialog', { name: 'Erase family ERA-002 for good?' });
  await expect.element(dialog).toBeVisible();
  await expect.element(dialog.getByRole('listitem').first()).toBeVisible();
  const items = dialog.getByRole('listitem').elements().map((item) => item.textContent);
  expect(items).toEqual([
    'Meetings it was in (they stay for the other families): 1',
    'Meeting notes: 1',
    'Hypotheses: 1',
    'Actions and questions: 1',
    'Timeline events: 1',
    'Transfer marks: 1',
  ]);
  expect(dialog.element().textContent).toContain('the backups keep 7 daily, 4 weekly and 6 monthly copies');
  expect(await seriousAxeViolations(document.body)).toEqual([]);
  await dialog.getByRole('button', { name: 'Erase for good' }).click();
  await expect.element(page.getByText('Family ERA-002 was erased. Backups hold it until they age out.')).toBeVisible();
  await expect.element(erase).not.toBeInTheDocument();
  expect(await world.db.families.get(familyId)).toBeUndefined();
  expect(inspectStored(await world.db.meetings.toArray())).not.toContain(familyId);
});

it('exports the activity log as CSV through the platform’s save, newest first', async () => {
  const desktop = fakeDesktop();
  await recordActivity(world.db, 'unlocked', null, new Date('2025-01-01T08:00:00.000Z'));
  await recordActivity(world.db, 'familyErased', 'OLD-003', new Date('2025-01-02T08:00:00.000Z'));
  world.render(<RetentionSection />);
  await expect.element(page.getByRole('cell', { name: 'OLD-003' })).toBeVisible();
  await page.getByRole('button', { name: 'Export the log (CSV)' }).click();
  await expect.element(page.getByText(/The activity log was saved as/)).toBeVisible();
  expect(desktop.saved).toHaveLength(1);
  expect(desktop.saved[0]).toMatchObject({ mimeType: 'text/csv' });
  expect(desktop.saved[0]!.content).toBe(
    'Time,Event,Family,Who\r\n2025-01-02T08:00:00.000Z,Family erased,OLD-003,\r\n2025-01-01T08:00:00.000Z,Opened (unlocked),,\r\n',
  );
  // The export is logged too.
  expect((await world.db.activityLog.toArray()).map((row) => row.kind)).toContain('activityLogExported');
});

function DeleteWithUndo({ familyId }: { familyId?: string }) {
  const notify = useNotify();
  return (
    <button type="button" onClick={() => notify({ message: () => 'Something was deleted.', action: { label: () => 'Undo', run: () => undefined }, familyId })}>
      Delete
    </button>
  );
}

it('an Undo about a family goes from the notification bar when the family is erased, and so does one about no known family', async () => {
  world.render(<DeleteWithUndo familyId="f-erased" />);
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect.element(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  dropPendingUndo('f-other');
  await expect.element(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  dropPendingUndo('f-erased');
  await expect.element(page.getByRole('button', { name: 'Undo' })).not.toBeInTheDocument();

  world.render(<DeleteWithUndo />);
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect.element(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  dropPendingUndo('f-any');
  await expect.element(page.getByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
});

it('an erasure announced by another window takes away the Undo about that family here', async () => {
  const stop = listenForErasure();
  try {
    world.render(<DeleteWithUndo familyId="f-elsewhere" />);
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect.element(page.getByRole('button', { name: 'Undo' })).toBeVisible();
    // Another window's announcement (a channel of its own, as eraseFamily posts it).
    const elsewhere = new BroadcastChannel('keha-erasure');
    elsewhere.postMessage({ erased: 'f-elsewhere' });
    elsewhere.close();
    await expect.element(page.getByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  } finally {
    stop();
  }
});
