// The team on several computers (docs/domain.md: The team on several computers): the computer that
// started a meeting drives it (moves the phases); every other computer follows the run and captures
// into it. The run state carries the driver in the clear (`driver`: a computer id; `driverMemberId`:
// who said they were using it), so a follower can name the chair's computer. A run started before
// there was a driver (older runs) may be moved from any computer, as before.
import type { MeetingRunState } from './engine';

/** Who is using a computer, as the run state names its driver. */
export type RunDriver = { computerId: string; memberId: string | null };

/** Whether `computerId` may move the phases of this run: the driver, or anyone when the run has none. */
export function mayDrive(run: Pick<MeetingRunState, 'driver'>, computerId: string): boolean {
  return run.driver === undefined || run.driver === null || run.driver === computerId;
}

/** Whether this computer follows the run of another (a started run driven elsewhere). */
export function isFollower(run: Pick<MeetingRunState, 'driver' | 'status'>, computerId: string): boolean {
  return run.status !== 'notStarted' && run.status !== 'finished' && !mayDrive(run, computerId);
}

/** The run with `driver` as its driving computer (the start, or a take-over); the rest as it was. */
export function withDriver(run: MeetingRunState, driver: RunDriver): MeetingRunState {
  return { ...run, driver: driver.computerId, driverMemberId: driver.memberId };
}
