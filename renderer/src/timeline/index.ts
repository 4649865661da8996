// What other features may use of the timeline feature (docs/architecture.md: Layers): the chart and
// the event form (the facilitator's timeline panel and the room's screen) and the text of an event's
// time span.
export { TimelineChart } from './TimelineChart';
export { TimelineEventForm } from './TimelineEventForm';
export { useTimelineSpanText } from './useTimelineSpanText';
