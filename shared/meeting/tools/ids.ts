// The ids of the capture tools a template phase can show, in the order the template editor lists
// them. Ids are stable data keys (stored in templates, meetings and template files). This list has
// no imports so that the template schema can use it; everything else about a tool is its entry in
// the registry (registry.ts), which must name every id here. See docs/architecture.md: Capture tools
// (the registry).
export const meetingTools = [
  /** The agenda, which the chair can put on the room's screen (the opening). */
  'agenda',
  /** Every task and question for the family agreed in this meeting, by family (the close). */
  'agreedInMeeting',
  'notes',
  'hypotheses',
  'riskRound',
  'actions',
  'familyQuestions',
  'quickRoundList',
  /** The family's genogram (sukupuu), which the chair can put on the room's screen. */
  'genogram',
  'timeline',
  'threeHouses',
  /** The family's network map (verkostokartta): its latest map, as the people in the room may see it. */
  'networkMap',
  /** The family's care-period goals with their trend and this review's rating. */
  'carePeriodGoals',
  /** The team's reflection and the family's comments on it, captured separately. */
  'reflectingTeam',
] as const;

export type MeetingTool = (typeof meetingTools)[number];
