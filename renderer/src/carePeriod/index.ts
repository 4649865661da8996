// What other features may use of the care-period feature (docs/architecture.md: Layers): its section
// on the family page, its two panels in the facilitator view (the goals and the reflecting team),
// and the day text the room's screen writes goal ratings with.
export { CarePeriodSection } from './CarePeriodSection';
export { CarePeriodGoalsPanel } from './CarePeriodGoalsPanel';
export { ReflectingTeamPanel, reflectingTeamPanelId } from './ReflectingTeamPanel';
export { useDayText } from './goalHistories';
