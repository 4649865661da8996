// The quick round (docs/domain.md: The quick round): one line per family on the list, in agenda
// order, with what changed, an urgent-worry flag and a decision, saved as the chair types (one
// record per family per meeting, kept in the family's history), and beside it the family's
// responsible worker, last safety median and open tasks. Keyboard-fast (QuickRoundLine: ↑/↓ between
// lines, Alt+K, Alt+1/2/3/0); filtered by worker or split by worker. The meeting's lines are ONE live
// query, the facts beside them another, so a round of 100 families stays cheap to paint and to save.
// Families marked "today" join the deep dives, those marked "next time" go onto next week's plan,
// each in one action (the agenda's commands, meetings/agenda).
import { format } from 'date-fns';
import { useCallback, useMemo, useRef, useState } from 'react';
import { filterByWorker, splitByWorker, type QuickRoundLinePayload } from '../../../../shared/meeting/quickRound';
import type { AgendaRefusal } from '../agenda';
import { useAgendaCommands, type MovedToNextWeek } from '../agenda';
import { useQuickRoundCommands } from '../../db/commands/quickRoundCommands';
import { useQuickRoundFacts, useQuickRoundLines } from '../../db/quickRoundHooks';
import { useText, type TextKey } from '../../i18n/keys';
import type { RunContext } from './runContext';
import { useThisComputer } from '../../db/thisComputer';
import { isFollower } from '../../../../shared/meeting/driver';
import { changedFieldId, QuickRoundLine } from './QuickRoundLine';

type Row = { familyId: string; code: string | null; label: string; workerId: string | null; workerName: string | null };

function refusalKey(reason: AgendaRefusal | 'missing'): TextKey {
  if (reason === 'notRunning') return 'quickRound.agenda.refusedNotRunning';
  if (reason === 'agendaFull') return 'quickRound.agenda.refusedFull';
  if (reason === 'oneFamilyMeeting') return 'quickRound.agenda.refusedOneFamily';
  return 'quickRound.agenda.refusedChanged';
}

export function QuickRoundPanel({ context }: { context: RunContext }) {
  const t = useText();
  const meeting = context.meeting;
  const commands = useQuickRoundCommands();
  const agenda = useAgendaCommands();
  const { computerId } = useThisComputer();
  const lines = useQuickRoundLines(meeting.id);
  const familyIds = useMemo(() => meeting.quickRound.map((item) => item.familyId), [meeting.quickRound]);
  const today = format(new Date(), 'yyyy-MM-dd');
  const facts = useQuickRoundFacts(meeting.id, familyIds, today);
  const [workerFilter, setWorkerFilter] = useState<string | null>(null);
  const [split, setSplit] = useState(false);
  const [busy, setBusy] = useState(false);
  const [moved, setMoved] = useState<ReadonlySet<string>>(new Set());

  const rows: Row[] = useMemo(
    () =>
      familyIds.map((familyId) => {
        const family = context.familiesById.get(familyId);
        const workerId = family?.responsibleMemberId ?? null;
        return { familyId, code: family?.code ?? null, label: family?.label ?? '', workerId, workerName: workerId ? context.nameOf(workerId) : null };
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- names and families come with the context's families
    [familyIds, context.familiesById],
  );
  const workers = useMemo(() => {
    const named = new Map<string, string>();
    let anyWithout = false;
    for (const row of rows) {
      if (row.workerId) named.set(row.workerId, row.workerName ?? '?');
      else anyWithout = true;
    }
    return { named: [...named.entries()].sort((a, b) => a[1].localeCompare(b[1])), anyWithout };
  }, [rows]);

  const shown = filterByWorker(rows, workerFilter);
  const groups = split ? splitByWorker(shown) : [{ workerId: null, rows: shown }];
  const order = useRef<string[]>([]);
  order.current = groups.flatMap((group) => group.rows.map((row) => row.familyId));

  const save = useCallback(
    (familyId: string, line: QuickRoundLinePayload) => commands.saveQuickRoundLine.orThrow({ meetingId: meeting.id, familyId }, line),
    [commands, meeting.id],
  );
  const move = useCallback((familyId: string, delta: number) => {
    const index = order.current.indexOf(familyId);
    const next = order.current[index + delta];
    if (index >= 0 && next) document.getElementById(changedFieldId(next))?.focus();
  }, []);

  const deepDiveFamilies = new Set(meeting.deepDives.map((item) => item.familyId));
  const decidedLines = rows.flatMap((row) => {
    const line = lines?.get(row.familyId);
    return line ? [{ row, line }] : [];
  });
  const decided = decidedLines.filter(({ line }) => line.decision !== null).length;
  const urgent = decidedLines.filter(({ line }) => line.urgent).length;
  const forToday = decidedLines.filter(({ row, line }) => line.decision === 'today' && !deepDiveFamilies.has(row.familyId));
  const forNextTime = decidedLines.filter(({ row, line }) => line.decision === 'nextTime' && !moved.has(row.familyId));
  const running = meeting.run.status === 'running' || meeting.run.status === 'paused';
  // Changing the agenda is the chair's computer's (docs/domain.md: The team on several computers).
  const following = isFollower(meeting.run, computerId);
  const codesOf = (entries: { row: Row }[]) => entries.map(({ row }) => row.code ?? '?').join(', ');

  const takeUpToday = async () => {
    setBusy(true);
    const added: typeof forToday = [];
    try {
      for (const entry of forToday) {
        const result = await agenda.addDeepDiveNow(meeting.id, { familyId: entry.row.familyId, question: entry.line.changed.trim(), presenterId: entry.row.workerId });
        if (result === undefined) return;
        if (result.ok || result.reason === 'alreadyOnAgenda') added.push(entry);
        else {
          const reason = refusalKey(result.reason);
          agenda.done((tr) => `${entry.row.code ?? '?'}: ${tr(reason)}`);
          return;
        }
      }
    } finally {
      setBusy(false);
      if (added.length > 0) agenda.done((tr) => tr('quickRound.agenda.todayDone', { count: added.length, codes: codesOf(added) }));
    }
  };

  const putOnNextWeek = async () => {
    setBusy(true);
    const done: { entry: (typeof forNextTime)[number]; moved: MovedToNextWeek }[] = [];
    try {
      for (const entry of forNextTime) {
        const result = await agenda.moveToNextWeek(meeting.id, { familyId: entry.row.familyId, question: entry.line.changed.trim(), presenterId: entry.row.workerId });
        if (result === undefined) return;
        if (!result.ok) {
          const reason = refusalKey(result.reason);
          agenda.done((tr) => `${entry.row.code ?? '?'}: ${tr(reason)}`);
          return;
        }
        done.push({ entry, moved: result.moved });
      }
    } finally {
      setBusy(false);
      if (done.length > 0) {
        const ids = done.map(({ entry }) => entry.row.familyId);
        setMoved((current) => new Set([...current, ...ids]));
        const codes = codesOf(done.map(({ entry }) => entry));
        agenda.done((tr) => tr('quickRound.agenda.nextTimeDone', { count: done.length, codes }), {
          undo: async () => {
            for (const { moved: result } of [...done].reverse()) await agenda.moveToNextWeek.undo({ ok: true, moved: result });
            setMoved((current) => new Set([...current].filter((id) => !ids.includes(id))));
          },
        });
      }
    }
  };

  return (
    <section className="run-panel run-quick-round" aria-labelledby="run-quick-round-heading">
      <h2 id="run-quick-round-heading">{t('quickRound.panel.heading')}</h2>
      {rows.length === 0 ? (
        <p className="empty">{t('quickRound.panel.none')}</p>
      ) : lines === undefined || facts === undefined ? (
        // The lines are drawn once, with what stands beside them: one render of the whole round, not two.
        <p className="help">{t('quickRound.panel.loading')}</p>
      ) : (
        <>
          <p className="help" id="quick-round-keys">
            {t('quickRound.panel.keys')}
          </p>
          <div className="quick-toolbar">
            <div className="quick-filter">
              <label htmlFor="quick-worker-filter">{t('quickRound.panel.workerFilter')}</label>
              <select
                id="quick-worker-filter"
                value={workerFilter ?? '*'}
                onChange={(event) => setWorkerFilter(event.target.value === '*' ? null : event.target.value)}
              >
                <option value="*">{t('quickRound.panel.allWorkers')}</option>
                {workers.named.map(([id, name]) => (
                  <option key={id} value={id}>
                    {name}
                  </option>
                ))}
                {workers.anyWithout && <option value="">{t('quickRound.panel.noWorker')}</option>}
              </select>
            </div>
            <label className="inline-check">
              <input type="checkbox" checked={split} onChange={(event) => setSplit(event.target.checked)} />
              {t('quickRound.panel.split')}
            </label>
            <p className="run-quick-progress" aria-live="polite">
              {t('quickRound.panel.progress', { decided, count: rows.length, urgent })}
              {shown.length !== rows.length && ` · ${t('quickRound.panel.shown', { shown: shown.length, count: rows.length })}`}
            </p>
          </div>
          {running && !following && (forToday.length > 0 || forNextTime.length > 0) && (
            <div className="quick-agenda-actions">
              {forToday.length > 0 && (
                <button type="button" className="button" disabled={busy} onClick={() => void takeUpToday()}>
                  {t('quickRound.agenda.today', { count: forToday.length })}
                </button>
              )}
              {forNextTime.length > 0 && (
                <button type="button" className="button" disabled={busy} onClick={() => void putOnNextWeek()}>
                  {t('quickRound.agenda.nextTime', { count: forNextTime.length })}
                </button>
              )}
            </div>
          )}
          {/* An ARIA table of rows laid out as grids, so the rows out of view skip layout and paint
              (content-visibility in run.css): a table element's rows cannot. */}
          <div role="table" className="quick-table" aria-label={t('quickRound.panel.heading')} aria-describedby="quick-round-keys">
            <div role="rowgroup" className="quick-head">
              <div role="row" className="quick-row">
                <span role="columnheader">{t('quickRound.panel.family')}</span>
                <span role="columnheader">{t('quickRound.panel.worker')}</span>
                <span role="columnheader">{t('quickRound.panel.safety')}</span>
                <span role="columnheader">{t('quickRound.panel.tasks')}</span>
                <span role="columnheader">{t('quickRound.panel.changed')}</span>
                <span role="columnheader">{t('quickRound.panel.urgent')}</span>
                <span role="columnheader">{t('quickRound.panel.decisionColumn')}</span>
              </div>
            </div>
            {groups.map((group) => (
              <div role="rowgroup" key={group.workerId ?? '-'}>
                {split && (
                  <div role="row" className="quick-group">
                    <span role="rowheader" aria-colspan={7}>
                      {t('quickRound.panel.group', {
                        name: group.workerId ? (group.rows[0]?.workerName ?? '?') : t('quickRound.panel.noWorker'),
                        count: group.rows.length,
                      })}
                    </span>
                  </div>
                )}
                {group.rows.map((row) => {
                  const fact = facts?.get(row.familyId);
                  return (
                    <QuickRoundLine
                      key={row.familyId}
                      familyId={row.familyId}
                      code={row.code}
                      label={row.label}
                      workerName={row.workerName}
                      safety={fact?.safety}
                      tasks={fact?.tasks}
                      stored={lines?.get(row.familyId)}
                      deepDive={deepDiveFamilies.has(row.familyId)}
                      save={save}
                      report={commands.report}
                      move={move}
                    />
                  );
                })}
              </div>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
