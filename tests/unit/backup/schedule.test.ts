// When the daily backup is due and when the "no copy for 7 days" reminder shows.
import { describe, expect, it } from 'vitest';
import { dailyBackupDue, daysWithoutCopy } from '../../../shared/backup/schedule';

const now = new Date('2026-12-05T12:00:00.000Z');

describe('daily backup', () => {
  it('is due when there is none, or the newest is 24 hours old', () => {
    expect(dailyBackupDue(null, now)).toBe(true);
    expect(dailyBackupDue('2026-12-04T12:00:01.000Z', now)).toBe(false);
    expect(dailyBackupDue('2026-12-04T12:00:00.000Z', now)).toBe(true);
  });

  it('is due when the newest is dated in the future (the clock was wrong)', () => {
    expect(dailyBackupDue('2027-01-01T00:00:00.000Z', now)).toBe(true);
  });
});

describe('the 7-day reminder', () => {
  it('counts from the last copy, or from the vault when there never was one', () => {
    expect(daysWithoutCopy('2026-11-29T12:00:01.000Z', '2020-01-01T00:00:00.000Z', now)).toBeNull();
    expect(daysWithoutCopy('2026-11-28T12:00:00.000Z', '2020-01-01T00:00:00.000Z', now)).toBe(7);
    expect(daysWithoutCopy(null, '2026-12-01T00:00:00.000Z', now)).toBeNull();
    expect(daysWithoutCopy(null, '2026-11-01T00:00:00.000Z', now)).toBe(34);
  });
});
