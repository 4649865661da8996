// The quick-round panel (renderer/src/meetings/run/QuickRoundPanel.tsx, QuickRoundLine.tsx) in real
// Chromium on real IndexedDB: a caseload seeded through the repositories, the round gone through by
// keyboard (type, ↓, Alt+K, Alt+1/2/3), every line saved and read back after the panel is mounted
// again, the facts beside a line (worker, safety median and direction, open tasks), the filter and the
// split by worker, today's families joining the deep dives, and axe.
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { useFamilies, useMembers } from '../../renderer/src/db/hooks';
import { useMeeting } from '../../renderer/src/db/meetingHooks';
import { readQuickRoundLines } from '../../renderer/src/db/repositories/quickRoundRepository';
import { readMeeting } from '../../renderer/src/db/repositories/meetingRepository';
import { seedQuickRound, type QuickRoundSeed } from '../../renderer/src/bench/quickRoundSeed';
import { QuickRoundPanel } from '../../renderer/src/meetings/run/QuickRoundPanel';
import { buildRunContext } from '../../renderer/src/meetings/run/runContext';
import '../../renderer/src/styles.css';
import '../../renderer/src/meetings/run/run.css';
import { en } from '../../shared/i18n/en';
import { browserWorld, seriousAxeViolations } from './support';

const world = browserWorld({ prefix: 'keha-quick-round', width: '1200px' });
const t = en.quickRound;

function Panel({ meetingId }: { meetingId: string }) {
  const meeting = useMeeting(meetingId);
  const members = useMembers();
  const families = useFamilies();
  if (!meeting || !members || !families) return null;
  return <QuickRoundPanel context={buildRunContext(meeting, members, families)} />;
}

async function until<T>(read: () => T | Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (performance.now() - start > 10_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const changedField = (code: string) => world.container.querySelector<HTMLInputElement>(`input[aria-label="What changed: ${code}"]`)!;
const rows = () => [...world.container.querySelectorAll<HTMLElement>('.quick-line')];
const line = (code: string) => world.container.querySelector<HTMLElement>(`.quick-line[data-family="${code}"]`)!;

async function mounted(seed: QuickRoundSeed) {
  world.render(<Panel meetingId={seed.meetingId} />);
  await until(() => rows().length, (count) => count === seed.families.length, 'every line');
  await until(() => line(seed.families[0]!.code).querySelector('.quick-safety')!.textContent, (text) => text !== '', 'the facts');
}

describe('the quick round', () => {
  it('goes through the families by keyboard and keeps every line', async () => {
    const seed = await seedQuickRound(world.session, { families: 9, workers: 3 });
    await mounted(seed);
    const [first, second, third] = seed.families as [QuickRoundSeed['families'][0], QuickRoundSeed['families'][0], QuickRoundSeed['families'][0]];

    changedField(first.code).focus();
    await userEvent.keyboard('Moved to a new flat');
    await userEvent.keyboard('{Alt>}k{/Alt}');
    await userEvent.keyboard('{Alt>}1{/Alt}');
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(changedField(second.code));
    await userEvent.keyboard('No change{Alt>}3{/Alt}{ArrowDown}');
    expect(document.activeElement).toBe(changedField(third.code));
    await userEvent.keyboard('School meeting held{Alt>}2{/Alt}{ArrowUp}{ArrowUp}');
    expect(document.activeElement).toBe(changedField(first.code));

    const lines = await until(
      () => readQuickRoundLines(world.session, seed.meetingId),
      (saved) => saved.get(third.id)?.changed === 'School meeting held',
      'the third line saved',
    );
    expect(lines.get(first.id)).toMatchObject({ changed: 'Moved to a new flat', urgent: true, decision: 'today' });
    expect(lines.get(second.id)).toMatchObject({ changed: 'No change', urgent: false, decision: 'noNeed' });
    expect(lines.get(third.id)).toMatchObject({ changed: 'School meeting held', urgent: false, decision: 'nextTime' });
    expect(line(first.code).classList.contains('quick-line-urgent')).toBe(true);
    expect(world.container.querySelector('.run-quick-progress')!.textContent).toContain('3 of 9 families decided · 1 urgent');

    // Mounted again (a reload): every line as it was saved.
    world.render(<div />);
    await mounted(seed);
    expect(changedField(first.code).value).toBe('Moved to a new flat');
    expect(line(first.code).querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).toBe(true);
    expect(line(third.code).querySelector<HTMLInputElement>('input[value="nextTime"]')!.checked).toBe(true);

    // Alt+0 takes the decision back; Alt+K again takes the flag off.
    changedField(first.code).focus();
    await userEvent.keyboard('{Alt>}0{/Alt}{Alt>}k{/Alt}');
    await until(
      () => readQuickRoundLines(world.session, seed.meetingId),
      (saved) => saved.get(first.id)?.decision === null && saved.get(first.id)?.urgent === false,
      'the first line cleared',
    );
    expect(await seriousAxeViolations(world.container)).toEqual([]);
  });

  it('shows each family’s worker, last safety median with its direction and open tasks', async () => {
    const seed = await seedQuickRound(world.session, { families: 7, workers: 3 });
    await mounted(seed);
    // Family 1 (index 0): two rounds, medians 5 then 6 → up; two open tasks, one overdue.
    const first = line(seed.families[0]!.code);
    expect(first.querySelector('.quick-worker')!.textContent).toBe(seed.workers[0]!.name);
    expect(first.querySelector('.quick-safety')!.textContent).toBe(t.panel.safetyUp.replace('{{median}}', '6'));
    expect(first.querySelector('.quick-tasks')!.textContent).toBe('2 open, 1 overdue');
    // Family 4 (index 3): medians 5 then 7 → up; family 2: no rounds, no tasks; family 7: no worker.
    expect(line(seed.families[1]!.code).querySelector('.quick-safety')!.textContent).toBe(t.panel.safetyNone);
    expect(line(seed.families[1]!.code).querySelector('.quick-tasks')!.textContent).toBe(t.panel.tasksNone);
    expect(line(seed.families[6]!.code).querySelector('.quick-worker')!.textContent).toBe(t.panel.workerNotNamed);
  });

  it('filters by worker and splits the round by worker', async () => {
    const seed = await seedQuickRound(world.session, { families: 14, workers: 3 });
    await mounted(seed);
    const select = world.container.querySelector<HTMLSelectElement>('.quick-filter select')!;
    const [mikko] = seed.workers.slice(1);
    await userEvent.selectOptions(select, mikko!.name);
    const mikkos = seed.families.filter((family) => family.workerId === mikko!.id).map((family) => family.code);
    await until(() => rows().map((row) => row.dataset.family), (shown) => shown.join() === mikkos.join(), 'Mikko’s families');
    await userEvent.selectOptions(select, t.panel.noWorker);
    await until(() => rows().length, (count) => count === seed.families.filter((family) => !family.workerId).length, 'families with no worker');
    await userEvent.selectOptions(select, t.panel.allWorkers);

    await userEvent.click(world.container.querySelector<HTMLElement>('.quick-toolbar .inline-check')!);
    const groups = await until(
      () => [...world.container.querySelectorAll('.quick-group')].map((row) => row.textContent),
      (shown) => shown.length === 4,
      'four groups',
    );
    expect(groups[0]).toBe(`${seed.workers[0]!.name}: 4 families`);
    expect(groups[3]).toBe(`${t.panel.noWorker}: 2 families`);
    // ↓ follows the order shown: from the first worker's last family to the second worker's first.
    const firstGroup = seed.families.filter((family) => family.workerId === seed.workers[0]!.id);
    const secondGroup = seed.families.filter((family) => family.workerId === seed.workers[1]!.id);
    changedField(firstGroup.at(-1)!.code).focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(changedField(secondGroup[0]!.code));
    expect(await seriousAxeViolations(world.container)).toEqual([]);
  });

  it('takes the families marked today to the deep dives in one action', async () => {
    const seed = await seedQuickRound(world.session, { families: 5, workers: 2 });
    await mounted(seed);
    const [a, , c] = seed.families;
    changedField(a!.code).focus();
    await userEvent.keyboard('Urgent: eviction notice{Alt>}k{/Alt}{Alt>}1{/Alt}');
    changedField(c!.code).focus();
    await userEvent.keyboard('{Alt>}1{/Alt}');
    const button = await until(
      () => [...world.container.querySelectorAll<HTMLButtonElement>('.quick-agenda-actions button')],
      (buttons) => buttons.some((b) => b.textContent === 'Take the 2 families marked “today” to the deep dives'),
      'the deep-dive button',
    );
    await userEvent.click(button[0]!);
    const meeting = await until(() => readMeeting(world.session, seed.meetingId), (m) => (m?.deepDives.length ?? 0) === 2, 'two deep dives');
    expect(meeting!.deepDives.map((item) => [item.familyId, item.question, item.presenterId])).toEqual([
      [a!.id, 'Urgent: eviction notice', a!.workerId],
      [c!.id, '', c!.workerId],
    ]);
    await until(() => line(a!.code).querySelector('.quick-deep-dive')?.textContent, (text) => text === t.agenda.alreadyDeepDive, 'the deep-dive mark');
    // Both families are deep dives now, so the action leaves (each line's mark comes with its own render).
    await until(() => world.container.querySelector('.quick-agenda-actions'), (actions) => actions === null, 'the deep-dive button gone');
  });
});
