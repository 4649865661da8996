// Backup rotation: 7 daily, 4 weekly, 6 monthly, and the undo points before a migration or restore.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupsToKeep, backupsToRemove, defaultRotationPolicy, type RotationEntry, type RotationReason } from '../../../shared/backup/rotation';

/** A backup at local noon `daysAgo` days before `now` (noon keeps the tests away from day boundaries). */
function at(now: Date, daysAgo: number, hour = 12): string {
  const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysAgo, hour);
  return date.toISOString();
}

const now = new Date(2026, 11, 5, 15, 0); // Saturday 5 December 2026, local time

function daily(days: number, reason: RotationReason = 'daily'): RotationEntry[] {
  return Array.from({ length: days }, (_, index) => ({ id: `d${index}`, createdAt: at(now, index), reason }));
}

describe('backup rotation', () => {
  it('keeps everything while there are fewer backups than the limits', () => {
    const entries = daily(5);
    expect(backupsToRemove(entries, now)).toEqual([]);
  });

  it('a year of daily backups keeps 7 days, 4 weeks and 6 months, and nothing older', () => {
    const entries = daily(365);
    const keep = backupsToKeep(entries, now);
    // The last 7 days are all kept.
    for (let day = 0; day < 7; day++) expect(keep.has(`d${day}`), `day ${day}`).toBe(true);
    // At most 7 + 4 + 6, and the oldest kept is from within the last 6 months.
    expect(keep.size).toBeLessThanOrEqual(17);
    const oldest = Math.max(...[...keep].map((id) => Number(id.slice(1))));
    expect(oldest).toBeLessThan(31 * 6);
    expect(oldest).toBeGreaterThan(31 * 4);
    // The 6 monthly ones are the newest of their months: 5 Dec (today), 30 Nov, 31 Oct, 30 Sep, 31 Aug, 31 Jul.
    const months = [...keep].map((id) => entries.find((entry) => entry.id === id)!.createdAt).map((iso) => new Date(iso));
    const lastOfMonth = months.filter((date) => date.getMonth() !== 11);
    for (const month of [10, 9, 8, 7, 6]) {
      const kept = lastOfMonth.filter((date) => date.getMonth() === month);
      expect(kept.length, `month ${month}`).toBeGreaterThan(0);
      const lastDay = new Date(2026, month + 1, 0).getDate();
      expect(kept.some((date) => date.getDate() === lastDay), `last day of month ${month}`).toBe(true);
    }
  });

  it('counts days that have backups, not days on the calendar: a month unused deletes nothing by itself', () => {
    const old = Array.from({ length: 7 }, (_, index) => ({ id: `o${index}`, createdAt: at(now, 40 + index), reason: 'daily' as const }));
    expect(backupsToRemove(old, now)).toEqual([]);
  });

  it('keeps the newest of several backups on one day', () => {
    const entries: RotationEntry[] = [
      { id: 'morning', createdAt: at(now, 0, 9), reason: 'daily' },
      { id: 'afternoon', createdAt: at(now, 0, 14), reason: 'manual' },
      ...daily(20).slice(1),
    ];
    const keep = backupsToKeep(entries, now);
    expect(keep.has('afternoon')).toBe(true);
    expect(keep.has('morning')).toBe(false);
  });

  it('keeps the newest backup before a migration and before a restore however old, and others of them for 30 days', () => {
    const entries: RotationEntry[] = [
      ...daily(200),
      { id: 'migration-old', createdAt: at(now, 190), reason: 'beforeMigration' },
      { id: 'migration-older', createdAt: at(now, 195), reason: 'beforeMigration' },
      { id: 'restore-recent', createdAt: at(now, 20), reason: 'beforeRestore' },
      { id: 'restore-newest', createdAt: at(now, 10), reason: 'beforeRestore' },
      { id: 'restore-old', createdAt: at(now, 45), reason: 'beforeRestore' },
    ];
    const keep = backupsToKeep(entries, now);
    expect(keep.has('migration-old')).toBe(true);
    expect(keep.has('migration-older')).toBe(false);
    expect(keep.has('restore-newest')).toBe(true);
    expect(keep.has('restore-recent')).toBe(true);
    expect(keep.has('restore-old')).toBe(false);
    expect(backupsToRemove(entries, now).map((entry) => entry.id)).toContain('migration-older');
  });

  it('removes oldest first', () => {
    const removed = backupsToRemove(daily(60), now);
    const times = removed.map((entry) => entry.createdAt);
    expect(times).toEqual([...times].sort());
  });
});

const reasons: RotationReason[] = ['manual', 'daily', 'beforeMigration', 'beforeRestore'];
const start = new Date(2024, 0, 1).getTime();
const end = new Date(2027, 0, 1).getTime();

const entriesArbitrary = (reasonArbitrary: fc.Arbitrary<RotationReason>) =>
  fc
    .array(fc.record({ time: fc.integer({ min: start, max: end }), reason: reasonArbitrary }), { minLength: 0, maxLength: 120 })
    .map((rows) => rows.map((row, index): RotationEntry => ({ id: `b${index}`, createdAt: new Date(row.time).toISOString(), reason: row.reason })));
const nowArbitrary = fc.integer({ min: start, max: end + 400 * 24 * 3600 * 1000 }).map((time) => new Date(time));

describe('backup rotation (properties)', () => {
  it('never removes the newest backup, and keeps only backups it was given', () => {
    fc.assert(
      fc.property(entriesArbitrary(fc.constantFrom(...reasons)), nowArbitrary, (entries, when) => {
        const keep = backupsToKeep(entries, when);
        const ids = new Set(entries.map((entry) => entry.id));
        for (const id of keep) expect(ids.has(id)).toBe(true);
        if (entries.length > 0) {
          const newest = entries.reduce((a, b) => (b.createdAt > a.createdAt || (b.createdAt === a.createdAt && b.id > a.id) ? b : a));
          expect(keep.has(newest.id)).toBe(true);
        }
      }),
    );
  });

  it('never keeps more than 7 + 4 + 6 daily and manual backups', () => {
    fc.assert(
      fc.property(entriesArbitrary(fc.constantFrom<RotationReason>('manual', 'daily')), nowArbitrary, (entries, when) => {
        const { daily: d, weekly: w, monthly: m } = defaultRotationPolicy;
        expect(backupsToKeep(entries, when).size).toBeLessThanOrEqual(d + w + m);
      }),
    );
  });

  it('keeps one backup of each of the 7 most recent days that have backups', () => {
    fc.assert(
      fc.property(entriesArbitrary(fc.constantFrom(...reasons)), nowArbitrary, (entries, when) => {
        const keep = backupsToKeep(entries, when);
        const day = (iso: string) => new Date(iso).toDateString();
        const days = [...new Set([...entries].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1)).map((entry) => day(entry.createdAt)))].slice(0, 7);
        for (const d of days) expect(entries.some((entry) => keep.has(entry.id) && day(entry.createdAt) === d)).toBe(true);
      }),
    );
  });

  it('always keeps the newest backup before a migration and before a restore', () => {
    fc.assert(
      fc.property(entriesArbitrary(fc.constantFrom(...reasons)), nowArbitrary, (entries, when) => {
        const keep = backupsToKeep(entries, when);
        for (const reason of ['beforeMigration', 'beforeRestore'] as const) {
          const ofReason = entries.filter((entry) => entry.reason === reason);
          if (ofReason.length === 0) continue;
          const newest = ofReason.reduce((a, b) => (b.createdAt > a.createdAt || (b.createdAt === a.createdAt && b.id > a.id) ? b : a));
          expect(keep.has(newest.id)).toBe(true);
        }
      }),
    );
  });

  it('is stable: rotating what it kept removes nothing more', () => {
    fc.assert(
      fc.property(entriesArbitrary(fc.constantFrom(...reasons)), nowArbitrary, (entries, when) => {
        const kept = entries.filter((entry) => backupsToKeep(entries, when).has(entry.id));
        expect(backupsToRemove(kept, when)).toEqual([]);
      }),
    );
  });
});
