// A finished weekly meeting with two deep-dive families whose every captured text is distinctive
// (family A's strings carry "ALPHA", family B's "BRAVO", once-a-meeting texts "ONCE"), so tests can
// prove that a family's summary holds nothing of the other family. Plus real translations.
import { format, parseISO } from 'date-fns';
import { enGB, fi as fiLocale } from 'date-fns/locale';
import i18next from 'i18next';
import { resources } from '../../../shared/i18n/resources';
import type { Language } from '../../../shared/i18n/messages';
import { weeklyMeetingTemplate } from '../../../shared/meeting/builtInTemplates';
import { buildMeetingSteps, finish, next, notStartedRun, skip, start, type MeetingRunState } from '../../../shared/meeting/engine';
import { emptyCard, type HypothesisRevision } from '../../../shared/hypothesis/hypothesis';
import { agendaOutline, type Action, type Meeting, type RiskRound } from '../../../shared/meeting/meeting';
import type { SummarySource } from '../../../shared/meeting/summary';
import type { RecordFormat } from '../../../shared/document/document';
import { accepted, minute } from './support';

export const meetingId = 'meeting-1';
export const familyA = { id: 'family-a', code: 'ALPHA-111', label: 'ALPHA label Hämeenlinna' };
export const familyB = { id: 'family-b', code: 'BRAVO-222', label: 'BRAVO label Tampere' };

/** Every text captured about family B (and nothing else contains "BRAVO"). */
export const bravoStrings = [
  'BRAVO-222',
  'BRAVO label',
  'BRAVO question',
  'BRAVO presentation note',
  'BRAVO hypothesis',
  'BRAVO reason',
  'BRAVO one up',
  'BRAVO action',
  'BRAVO family question',
];
export const alphaStrings = bravoStrings.map((text) => text.replace('BRAVO-222', 'ALPHA-111').replace('BRAVO', 'ALPHA'));
export const onceStrings = ['ONCE opening note', 'ONCE closing note'];

const startedAt = Date.UTC(2031, 5, 2, 9, 0, 0);

export function finishedMeeting(): Meeting {
  const base: Meeting = {
    id: meetingId,
    status: 'finished',
    scheduledAt: new Date(startedAt).toISOString(),
    template: weeklyMeetingTemplate,
    run: notStartedRun,
    demo: false,
    createdAt: '2031-05-30T10:00:00.000Z',
    updatedAt: '2031-06-02T11:00:00.000Z',
    roles: {
      consultingSocialWorker: 'm-chair',
      familyTherapist: 'm-therapist',
      responsibleSocialWorker: 'm-worker',
      socialCounsellor: null,
      teamCoordinator: 'm-chair',
    },
    participants: [
      { kind: 'member', id: 'm-chair' },
      { kind: 'member', id: 'm-therapist' },
      { kind: 'member', id: 'm-worker' },
      { kind: 'guest', id: 'g-school', name: 'Kaisa Koulu', organisation: 'Keskuskoulu' },
    ],
    quickRound: [
      { id: 'q1', familyId: familyA.id },
      { id: 'q2', familyId: familyB.id },
    ],
    deepDives: [
      { id: 'dd-a', familyId: familyA.id, presenterId: 'm-worker', question: 'ALPHA question: how to reach the father?' },
      { id: 'dd-b', familyId: familyB.id, presenterId: 'g-school', question: 'BRAVO question: school refusal?' },
    ],
    closingNote: 'ONCE closing note: agreed to meet the school together',
  };
  return { ...base, run: runThrough(base) };
}

/** Runs every step for 3 minutes, skipping the clarifying questions of family B, then finishes. */
function runThrough(meeting: Meeting): MeetingRunState {
  const steps = buildMeetingSteps(meeting.template, agendaOutline(meeting));
  let now = startedAt;
  let state = accepted(start(notStartedRun, steps, now));
  for (let index = 0; index < steps.length - 1; index++) {
    now += 3 * minute;
    const isSkipped = steps[index]!.key === 'clarifyingQuestions:dd-b';
    state = accepted(isSkipped ? skip(state, steps, now) : next(state, steps, now));
  }
  now += 3 * minute;
  return accepted(finish(state, steps, now));
}

export function summarySource(meeting: Meeting = finishedMeeting()): SummarySource {
  const revision = (
    hypothesisId: string,
    familyId: string,
    seq: number,
    inMeeting: string,
    at: string,
    wording: string,
    status: HypothesisRevision['status'],
    reason = '',
  ): HypothesisRevision => ({
    id: `${hypothesisId}-${seq}`,
    hypothesisId,
    familyId,
    seq,
    meetingId: inMeeting,
    at,
    status,
    reason,
    card: { ...emptyCard(wording), proposers: [{ role: 'familyTherapist', name: 'Theo Therapist' }], testQuestions: ['What changed after the move?'] },
  });
  const action = (id: string, familyId: string, kind: Action['kind'], text: string, due: string | null): Action => ({
    id,
    kind,
    familyId,
    meetingId,
    text,
    ownerId: kind === 'action' ? 'm-worker' : null,
    ownerName: kind === 'action' ? 'Wilma Worker' : '',
    status: 'open',
    due,
    createdAt: '2031-06-02T09:40:00.000Z',
    updatedAt: '2031-06-02T09:40:00.000Z',
    doneAt: null,
  });
  const round = (agendaItemId: string, familyId: string, tag: string, revealed: boolean): RiskRound => ({
    id: `${meetingId}|${agendaItemId}`,
    meetingId,
    agendaItemId,
    familyId,
    revealedAt: revealed ? startedAt + 30 * minute : null,
    updatedAt: '2031-06-02T09:30:00.000Z',
    scores: [
      { participantId: 'm-chair', participantName: 'Cecilia Chair', score: 4, reason: `${tag} reason one`, oneUp: `${tag} one up one` },
      { participantId: 'm-therapist', participantName: 'Theo Therapist', score: 7, reason: `${tag} reason two`, oneUp: '' },
      { participantId: 'm-worker', participantName: 'Wilma Worker', score: 5, reason: '', oneUp: `${tag} one up three` },
      { participantId: 'g-school', participantName: 'Kaisa Koulu', score: null, reason: '', oneUp: '' },
    ],
  });
  return {
    meeting,
    now: Date.UTC(2031, 5, 2, 12, 0, 0),
    memberNames: new Map([
      ['m-chair', 'Cecilia Chair'],
      ['m-therapist', 'Theo Therapist'],
      ['m-worker', 'Wilma Worker'],
    ]),
    families: new Map([
      [familyA.id, { code: familyA.code, label: familyA.label, responsibleMemberId: 'm-worker', socialCounsellorId: null }],
      [familyB.id, { code: familyB.code, label: familyB.label, responsibleMemberId: 'm-therapist', socialCounsellorId: null }],
    ]),
    notes: new Map([
      ['opening', { text: 'ONCE opening note' }],
      ['presentation:dd-a', { text: 'ALPHA presentation note\nsecond line' }],
      ['presentation:dd-b', { text: 'BRAVO presentation note' }],
      ['recordingAndClose', { text: '   ' }],
    ]),
    hypothesisRevisions: [
      // Made a week earlier, reworded and strengthened in this meeting, dropped a week later: the
      // record shows it as this meeting left it.
      revision('h-a', familyA.id, 1, 'm-earlier', '2031-05-26T09:20:00.000Z', 'ALPHA hypothesis: the move isolated them', 'open'),
      revision('h-a', familyA.id, 2, meetingId, '2031-06-02T09:20:00.000Z', 'ALPHA hypothesis: the move cut the family off', 'strengthened', 'ALPHA why: the mother said so'),
      revision('h-a', familyA.id, 3, 'm-later', '2031-06-09T09:20:00.000Z', 'ALPHA hypothesis: LATER wording', 'dropped', 'ALPHA LATER reason'),
      revision('h-b', familyB.id, 1, meetingId, '2031-06-02T09:25:00.000Z', 'BRAVO hypothesis: the school is a safe place', 'open'),
    ],
    riskRounds: [round('dd-a', familyA.id, 'ALPHA', true), round('dd-b', familyB.id, 'BRAVO', true)],
    methods: new Map([
      [familyA.id, { timeline: { added: 2, changed: 1 }, threeHouses: [{ child: 'ALPHA child', date: '2031-05-20' }] }],
      [familyB.id, { timeline: { added: 0, changed: 0 }, threeHouses: [] }],
    ]),
    actions: [
      action('a-a', familyA.id, 'action', 'ALPHA action: call the father', '2031-06-09'),
      action('q-a', familyA.id, 'familyQuestion', 'ALPHA family question: who helps at home?', null),
      action('a-b', familyB.id, 'action', 'BRAVO action: meet the teacher', null),
      action('q-b', familyB.id, 'familyQuestion', 'BRAVO family question: what is a good day?', null),
    ],
  };
}

const locales = { fi: fiLocale, en: enGB } as const;

/** The real translations and date formats of one language, as the screen passes them. */
export async function recordFormat(language: Language): Promise<RecordFormat> {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: language, fallbackLng: false, interpolation: { escapeValue: false } });
  const t = (key: string, values?: Record<string, string | number>) => instance.t(key, values ?? {});
  return {
    language,
    t,
    formatInstant: (epochMs) => format(new Date(epochMs), t('dates.longWithTime'), { locale: locales[language] }),
    formatDay: (day) => format(parseISO(day), 'P', { locale: locales[language] }),
  };
}
