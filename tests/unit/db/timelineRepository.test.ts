// Covers the family timeline's events (timelineRepository) through real encryption on fake-indexeddb:
// round trip in the timeline's date order, content encrypted at rest, two windows editing one event
// both kept, bad events refused with nothing written, delete with undo, and the per-family cap.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  addTimelineEvent,
  deleteTimelineEvent,
  listTimelineEvents,
  readTimelineEvent,
  restoreTimelineEvent,
  timelineChangesInMeeting,
  TimelineFullError,
  updateTimelineEvent,
} from '../../../renderer/src/db/repositories/timelineRepository';
import { RecordMissingError } from '../../../renderer/src/db/sealedRecords';
import { limits } from '../../../shared/limits';
import type { TimelineEventPayload } from '../../../shared/timeline/timelineEvent';
import { comparable, inspectStored, repositoryWorld, secondWindow, whileNextEncrypting } from './support';

const world = repositoryWorld('2025-03-01T10:00:00.000Z');

const familyX = 'family-x';
const familyY = 'family-y';
const event = (title: string, more: Partial<TimelineEventPayload> = {}): TimelineEventPayload => ({
  date: { precision: 'year', year: 2020 },
  endDate: null,
  title,
  category: 'family',
  people: [],
  source: null,
  sourceNote: '',
  actionTaken: '',
  ownView: '',
  shownToFamily: false,
  ...more,
});
const add = (payload: TimelineEventPayload, familyId = familyX) => addTimelineEvent(world.session, { familyId, event: payload });

describe('timeline events', () => {
  it('round-trip every field, with only ids and instants beside the content', async () => {
    const payload = event('Muutto Hämeenlinnaan', {
      date: { precision: 'season', year: 2023, season: 'autumn' },
      endDate: { precision: 'month', year: 2024, month: 1 },
      category: 'moves',
      people: ['äiti', 'mummo'],
      source: 'agencyRecord',
      sourceNote: 'Lastensuojeluilmoitus 10/2023',
      actionTaken: 'Palvelutarpeen arviointi',
      ownView: 'Tuuli: "Ikävä vanhoja kavereita."',
      shownToFamily: true,
    });
    const id = await add(payload);
    expect(await readTimelineEvent(world.session, id)).toEqual({
      ...payload,
      id,
      familyId: familyX,
      // The clock's first second went to creating the vault.
      createdAt: '2025-03-01T10:00:01.000Z',
      updatedAt: '2025-03-01T10:00:01.000Z',
    });
    expect(await readTimelineEvent(world.session, 'missing')).toBeUndefined();
  });

  it('are listed by family in the timeline’s order, whatever the precision and whatever order they were added in', async () => {
    const march = await add(event('Maaliskuu', { date: { precision: 'month', year: 2019, month: 3 } }));
    const first = await add(event('Ensimmäinen maaliskuuta', { date: { precision: 'day', year: 2019, month: 3, day: 1 } }));
    const spring = await add(event('Kevät', { date: { precision: 'season', year: 2019, season: 'spring' } }));
    const year = await add(event('Vuosi', { date: { precision: 'year', year: 2019 } }));
    const about = await add(event('Noin 2015', { date: { precision: 'about', year: 2015 } }));
    await add(event('Toisen perheen'), familyY);
    expect((await listTimelineEvents(world.session, familyX)).map((e) => e.id)).toEqual([about, year, spring, march, first]);
    expect((await listTimelineEvents(world.session, familyY)).map((e) => e.title)).toEqual(['Toisen perheen']);
    expect(await listTimelineEvents(world.session, 'no-family')).toEqual([]);
  });

  it('keep the title, people and views encrypted; only the ids and the instants are in the clear', async () => {
    const id = await add(
      event('Isä muuttaa pois', {
        date: { precision: 'day', year: 2019, month: 8, day: 14 },
        category: 'childProtection',
        people: ['Isä'],
        sourceNote: 'Poliisin ilmoitus',
        ownView: 'Tuuli ikävöi isää',
        actionTaken: 'Kotikäynti',
      }),
    );
    const stored = inspectStored(await world.db.timelineEvents.get(id));
    for (const secret of ['Isä', 'muuttaa', 'Poliisin', 'ikävöi', 'Kotikäynti', 'childProtection', '2019', 'precision']) {
      expect(stored, secret).not.toContain(secret);
    }
    expect(stored).toContain(familyX);
    expect(Object.keys((await world.db.timelineEvents.get(id))!).sort()).toEqual(['createdAt', 'familyId', 'id', 'meetings', 'payload', 'updatedAt']);
  });

  it('remember the meetings they were added or changed in, each meeting once, whatever happens to them later', async () => {
    const before = await add(event('Vanha tapahtuma'));
    const untouched = await add(event('Koskematon'));
    const inMeeting = await addTimelineEvent(world.session, { familyId: familyX, event: event('Kokouksessa lisätty') }, { meetingId: 'meeting-1' });
    await updateTimelineEvent(world.session, before, { title: 'Vanha, tarkennettu' }, { meetingId: 'meeting-1' });
    await updateTimelineEvent(world.session, before, { ownView: 'Äidin mukaan' }, { meetingId: 'meeting-1' });
    await updateTimelineEvent(world.session, inMeeting, { ownView: 'Lisätty ja muokattu' }, { meetingId: 'meeting-1' });
    await addTimelineEvent(world.session, { familyId: familyY, event: event('Toisen perheen') }, { meetingId: 'meeting-1' });
    expect(await timelineChangesInMeeting(world.session, familyX, 'meeting-1')).toEqual({ added: 1, changed: 1 });

    // Later edits, outside a meeting or in the next one, do not change what meeting-1 did.
    await updateTimelineEvent(world.session, before, { title: 'Viikkoa myöhemmin' });
    await updateTimelineEvent(world.session, inMeeting, { title: 'Seuraavassa kokouksessa' }, { meetingId: 'meeting-2' });
    await updateTimelineEvent(world.session, untouched, { title: 'Muokattu toimistolla' });
    expect(await timelineChangesInMeeting(world.session, familyX, 'meeting-1')).toEqual({ added: 1, changed: 1 });
    expect(await timelineChangesInMeeting(world.session, familyX, 'meeting-2')).toEqual({ added: 0, changed: 1 });
    expect(await timelineChangesInMeeting(world.session, familyY, 'meeting-1')).toEqual({ added: 1, changed: 0 });

    // A row written before events remembered meetings counts as touched by none.
    await world.db.timelineEvents.update(untouched, { meetings: undefined });
    await updateTimelineEvent(world.session, untouched, { title: 'Vanhaa muotoa' }, { meetingId: 'meeting-3' });
    expect(await timelineChangesInMeeting(world.session, familyX, 'meeting-3')).toEqual({ added: 0, changed: 1 });
  });

  it('an edit changes only the fields it names and moves updatedAt forward', async () => {
    const id = await add(event('Koulun vaihto', { category: 'school', ownView: 'Uusi koulu on kiva' }));
    await updateTimelineEvent(world.session, id, { shownToFamily: true, date: { precision: 'month', year: 2020, month: 8 } });
    expect(await readTimelineEvent(world.session, id)).toMatchObject({
      title: 'Koulun vaihto',
      ownView: 'Uusi koulu on kiva',
      shownToFamily: true,
      date: { precision: 'month', year: 2020, month: 8 },
      createdAt: '2025-03-01T10:00:01.000Z',
      updatedAt: '2025-03-01T10:00:02.000Z',
    });
  });

  it('edits of the same event in two windows are both kept', async () => {
    const id = await add(event('Sairaala', { category: 'health' }));
    const otherSession = await secondWindow(world.name, world.others, '2025-03-01T11:00:00.000Z');
    // The other window saves its edit while this one is encrypting its own (after reading the event).
    whileNextEncrypting(() => updateTimelineEvent(otherSession, id, { ownView: 'Äidin mukaan pelottavaa' }));
    await updateTimelineEvent(world.session, id, { actionTaken: 'Lähete perheneuvolaan' });
    expect(await readTimelineEvent(world.session, id)).toMatchObject({
      title: 'Sairaala',
      ownView: 'Äidin mukaan pelottavaa',
      actionTaken: 'Lähete perheneuvolaan',
    });
  });

  it('refuses an impossible date, an end before the start or an empty title, writing nothing', async () => {
    await expect(add(event('31. helmikuuta', { date: { precision: 'day', year: 2019, month: 2, day: 31 } }))).rejects.toThrow();
    await expect(add(event('Loppu ennen alkua', { date: { precision: 'year', year: 2019 }, endDate: { precision: 'year', year: 2018 } }))).rejects.toThrow();
    await expect(add(event(''))).rejects.toThrow();
    expect(await world.db.timelineEvents.count()).toBe(0);

    const id = await add(event('Kesä', { date: { precision: 'season', year: 2019, season: 'summer' } }));
    const before = comparable(await world.db.timelineEvents.get(id));
    await expect(updateTimelineEvent(world.session, id, { endDate: { precision: 'month', year: 2019, month: 5 } })).rejects.toThrow();
    await expect(updateTimelineEvent(world.session, id, { title: 'x'.repeat(limits.timelineTitle + 1) })).rejects.toThrow();
    expect(comparable(await world.db.timelineEvents.get(id))).toEqual(before);
  });

  it('an edit of an event deleted in another window fails loudly', async () => {
    await expect(updateTimelineEvent(world.session, 'gone', { title: 'x' })).rejects.toBeInstanceOf(RecordMissingError);
  });

  it('delete then undo gives back the identical event in its place', async () => {
    const before = await add(event('Ennen', { date: { precision: 'year', year: 2018 } }));
    const id = await add(event('Poistetaan', { date: { precision: 'year', year: 2019 } }));
    const after = await add(event('Jälkeen', { date: { precision: 'year', year: 2020 } }));
    const stored = comparable(await world.db.timelineEvents.get(id));
    const listed = await listTimelineEvents(world.session, familyX);

    const deleted = await deleteTimelineEvent(world.session, id);
    expect((await listTimelineEvents(world.session, familyX)).map((e) => e.id)).toEqual([before, after]);
    await restoreTimelineEvent(world.session, deleted!);
    expect(comparable(await world.db.timelineEvents.get(id))).toEqual(stored);
    expect(await listTimelineEvents(world.session, familyX)).toEqual(listed);
    expect(await deleteTimelineEvent(world.session, 'missing')).toBeUndefined();
  });

  it('a family’s timeline is full at limits.timelineEvents: the next event is refused and nothing is added', async () => {
    const { db: raw } = world.session;
    const row = (await raw.timelineEvents.get(await add(event('Malli'))))!;
    await raw.timelineEvents.bulkAdd(Array.from({ length: limits.timelineEvents - 1 }, (_, index) => ({ ...row, id: `copy-${index}` })));
    await expect(add(event('Yksi liikaa'))).rejects.toBeInstanceOf(TimelineFullError);
    expect(await raw.timelineEvents.where('familyId').equals(familyX).count()).toBe(limits.timelineEvents);
    // Another family's timeline is not affected.
    await expect(add(event('Toinen perhe'), familyY)).resolves.toEqual(expect.any(String));
  });
});
