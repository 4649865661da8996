// Every capture tool's UI, by id: its panel in the chair's view, its section on the room's screen,
// what its focusing shortcuts focus, and the loaders of its room and record data. Typed over every
// tool id of the shared registry, so a new id fails the type check until its UI is here. The room's
// screen draws the sections in the order of this object. See docs/architecture.md: Capture tools
// (the registry), and How to add a capture tool.
import { meetingDay } from '../../../../shared/meeting/meeting';
import { CarePeriodGoalsPanel, ReflectingTeamPanel, reflectingTeamPanelId } from '../../carePeriod';
import { listFamilyGoalRatings, readCarePeriodOn } from '../../db/commands/carePeriodCommands';
import { ActionsPanel, actionFieldId } from '../run/ActionsPanel';
import { HypothesesPanel, hypothesisFieldId } from '../run/HypothesesPanel';
import { reviewItemSelector } from '../run/HypothesisReview';
import { AgendaPanel, AgreedPanel } from '../run/MeetingListPanels';
import { QuickRoundPanel } from '../run/QuickRoundPanel';
import { RiskRoundPanel } from '../run/RiskRoundPanel';
import { StepNotes, notesFieldContainerId } from '../run/StepNotes';
import { TestQuestionsPanel } from '../run/TestQuestionsPanel';
import { RoomActions, RoomAgenda, RoomAgreed, RoomFamilyQuestions, RoomGoals, RoomHypotheses, RoomQuickRound, RoomRisk } from './roomSections';
import { networkMapToolView } from './networkMapTool';
import { threeHousesToolView } from './threeHousesTool';
import { timelineToolView } from './timelineTool';
import { genogramToolView } from './genogramTool';
import type { ToolViews } from './toolView';
import type { MeetingTool } from '../../../../shared/meeting/tools/registry';

export const toolViews: ToolViews = {
  quickRoundList: {
    Panel: ({ context }) => <QuickRoundPanel context={context} />,
    RoomSection: RoomQuickRound,
  },
  riskRound: {
    Panel: ({ context, riskRounds }) => {
      const deepDive = context.deepDive;
      if (!deepDive) return null;
      return (
        <RiskRoundPanel
          context={context}
          target={{ meetingId: context.meeting.id, agendaItemId: deepDive.id, familyId: deepDive.familyId }}
          round={riskRounds.find((round) => round.agendaItemId === deepDive.id)}
        />
      );
    },
    RoomSection: RoomRisk,
  },
  hypotheses: {
    Panel: ({ context, familyId }) => (familyId ? <HypothesesPanel context={context} familyId={familyId} /> : null),
    RoomSection: RoomHypotheses,
    focus: { toolHypotheses: `#${hypothesisFieldId}`, toolReview: reviewItemSelector },
  },
  actions: {
    // The hypotheses' test questions come first: each can become an action or a question in one step.
    Panel: ({ context, familyId }) =>
      familyId ? (
        <>
          <TestQuestionsPanel context={context} familyId={familyId} />
          <ActionsPanel context={context} familyId={familyId} kind="action" />
        </>
      ) : null,
    RoomSection: RoomActions,
    focus: { toolActions: `#${actionFieldId}` },
  },
  familyQuestions: {
    Panel: ({ context, familyId }) => (familyId ? <ActionsPanel context={context} familyId={familyId} kind="familyQuestion" /> : null),
    RoomSection: RoomFamilyQuestions,
    focus: { toolActions: `#${actionFieldId}` },
  },
  agenda: {
    Panel: ({ context, onScreen, onShowOnScreen }) => <AgendaPanel context={context} onScreen={onScreen} onShowOnScreen={onShowOnScreen} />,
    RoomSection: RoomAgenda,
  },
  agreedInMeeting: {
    Panel: ({ context, actions, onScreen, onShowOnScreen }) => <AgreedPanel context={context} actions={actions} onScreen={onScreen} onShowOnScreen={onShowOnScreen} />,
    RoomSection: RoomAgreed,
  },
  genogram: genogramToolView,
  timeline: timelineToolView,
  threeHouses: threeHousesToolView,
  networkMap: networkMapToolView,
  carePeriodGoals: {
    Panel: ({ context }) => (context.deepDive ? <CarePeriodGoalsPanel context={context} /> : null),
    RoomSection: RoomGoals,
    loadRoom: async (session, { family, meeting }) => {
      const [carePeriod, ratings] = await Promise.all([readCarePeriodOn(session, family.id, meetingDay(meeting)), listFamilyGoalRatings(session, family.id)]);
      return { carePeriod, ratings };
    },
  },
  notes: {
    Panel: ({ context, notes }) => <StepNotes context={context} notes={notes} />,
    focus: { toolNotes: `#${notesFieldContainerId} textarea` },
  },
  reflectingTeam: {
    Panel: ({ context, notes }) => <ReflectingTeamPanel context={context} notes={notes} />,
    focus: { toolNotes: `#${reflectingTeamPanelId} textarea` },
  },
};

/** The tools in the order the room's screen draws their sections. */
export const roomOrder = Object.keys(toolViews) as MeetingTool[];
