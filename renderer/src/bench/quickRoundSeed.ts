// A caseload for the quick round, written through the repositories as the app writes it: `workers`
// responsible workers, `families` families (each with its worker, some with none), earlier revealed
// safety rounds for every third family (two rounds, so the panel shows a direction), open tasks
// for every fourth (one overdue), and a weekly meeting with every family on its quick round, started
// and moved on to the quick round (or left at its opening). Used by the quick-round bench (quickRoundMeasures.ts) and its
// browser test.
import { weeklyMeetingTemplate } from '../../../shared/meeting/builtInTemplates';
import { defaultPlan } from '../../../shared/meeting/plan';
import { addAction } from '../db/repositories/actionRepository';
import { createFamily, listFamilies } from '../db/repositories/familyRepository';
import { createMeeting, readMeeting, runMeeting } from '../db/repositories/meetingRepository';
import { recordRiskScore, revealRiskRound } from '../db/repositories/riskRoundRepository';
import { addMember, listMembers } from '../db/repositories/teamRepository';
import type { Session } from '../db/session';

export type QuickRoundSeed = {
  meetingId: string;
  /** In the quick round's order (by code). */
  families: { id: string; code: string; workerId: string | null }[];
  workers: { id: string; name: string }[];
  earlierMeetingId: string;
};

export const quickRoundCode = (index: number) => `PIKA-${String(index + 1).padStart(3, '0')}`;

export async function seedQuickRound(
  session: Session,
  options: { families: number; workers: number; /** Where the run stands: its opening (started) or its quick round (default). */ at?: 'opening' | 'quickRound' },
): Promise<QuickRoundSeed> {
  const workers: { id: string; name: string }[] = [];
  const names = ['Sanna Salo', 'Mikko Mäki', 'Leena Laine', 'Tero Toivonen', 'Kaisa Koski', 'Olli Ojala'];
  for (let index = 0; index < options.workers; index++) {
    const name = names[index % names.length]! + (index >= names.length ? ` ${index}` : '');
    workers.push({ id: await addMember(session, { name, defaultRole: index === 0 ? 'consultingSocialWorker' : 'responsibleSocialWorker' }), name });
  }
  const families: QuickRoundSeed['families'] = [];
  for (let index = 0; index < options.families; index++) {
    // Every seventh family has no responsible worker.
    const workerId = index % 7 === 6 ? null : workers[index % workers.length]!.id;
    const code = quickRoundCode(index);
    families.push({ id: await createFamily(session, { code, label: `Perhe ${index + 1}`, responsibleMemberId: workerId }), code, workerId });
  }
  // The earlier meeting: only ids are needed for its rounds and tasks (the panel reads them by family).
  const earlierMeetingId = 'earlier-meeting';
  for (const [index, family] of families.entries()) {
    if (index % 3 === 0) {
      for (const [round, values] of [[4, 5, 6], [5 + (index % 2), 6, 7]].entries()) {
        const target = { meetingId: `${earlierMeetingId}-${round}`, agendaItemId: `item-${index}`, familyId: family.id };
        for (const [position, score] of values.entries()) {
          await recordRiskScore(session, target, { participantId: workers[position % workers.length]!.id, participantName: 'x', score, reason: '', oneUp: '' });
        }
        await revealRiskRound(session, target.meetingId, target.agendaItemId);
      }
    }
    if (index % 4 === 0) {
      const base = { kind: 'action' as const, familyId: family.id, meetingId: earlierMeetingId, ownerId: family.workerId, ownerName: '' };
      await addAction(session, { ...base, text: 'Kotikäynti', due: '2020-01-01' });
      await addAction(session, { ...base, text: 'Soitto koululle', due: '2099-01-01' });
    }
  }
  const members = await listMembers(session);
  const plan = defaultPlan(weeklyMeetingTemplate, members, await listFamilies(session), () => crypto.randomUUID());
  const meetingId = await createMeeting(session, { scheduledAt: session.now().toISOString(), template: weeklyMeetingTemplate, plan });
  for (const action of options.at === 'opening' ? (['start'] as const) : (['start', 'next'] as const)) {
    const meeting = (await readMeeting(session, meetingId))!;
    const result = await runMeeting(session, meetingId, action, meeting.run);
    if (!result.ok) throw new Error(`${action} refused: ${result.reason}`);
  }
  return { meetingId, families, workers, earlierMeetingId };
}
