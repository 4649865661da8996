// An event on a family's timeline (docs/domain.md: Timeline): when it happened (a date of some precision,
// and an end date if it lasted), what it was, its category, the people involved, where the knowledge
// comes from, what was done, the child's or family's own view of it, and whether it has been shown to
// the family. Facts on the timeline, interpretation in hypotheses. This file holds the categories,
// the encrypted payload's schema and the field rules; dates are in timelineDate.ts.
import { z } from 'zod';
import { limits } from '../limits';
import { invalid, valid, validateText, type Validated } from '../validation';
import { endBeforeStartIssue, timelineDateSchema } from './timelineDate';

/** Event categories, in the order screens list them. Ids are stable data keys: do not change without a migration. */
export const timelineCategories = ['family', 'moves', 'health', 'school', 'services', 'childProtection', 'incidents', 'strengths'] as const;
export type TimelineCategory = (typeof timelineCategories)[number];

/**
 * How each category is drawn. The icon tells categories apart without colour (never colour alone:
 * the icon is always drawn, and its name is in the accessible label); the colour token names a CSS
 * custom property the stylesheet defines (`var(--timeline-family)`), chosen there for contrast.
 * Icon ids name glyphs the renderer draws; they are not a font or an icon library's names.
 */
export const timelineCategoryStyle: Readonly<Record<TimelineCategory, { icon: string; colourToken: string }>> = {
  family: { icon: 'people', colourToken: '--timeline-family' },
  moves: { icon: 'house-arrow', colourToken: '--timeline-moves' },
  health: { icon: 'heart-pulse', colourToken: '--timeline-health' },
  school: { icon: 'book', colourToken: '--timeline-school' },
  services: { icon: 'hands', colourToken: '--timeline-services' },
  childProtection: { icon: 'shield', colourToken: '--timeline-child-protection' },
  incidents: { icon: 'alert', colourToken: '--timeline-incidents' },
  strengths: { icon: 'star', colourToken: '--timeline-strengths' },
};

/** Where the knowledge of an event comes from. Ids are stable data keys. */
export const timelineSources = ['familyAccount', 'agencyRecord'] as const;
export type TimelineSource = (typeof timelineSources)[number];

/** The event's content, all of it encrypted. Do not change without a migration. */
export const timelineEventPayloadSchema = z
  .object({
    date: timelineDateSchema,
    /** The end of an event that lasted (a placement, a period of illness); null for a one-time event. */
    endDate: timelineDateSchema.nullable(),
    title: z.string().min(1).max(limits.timelineTitle),
    category: z.enum(timelineCategories),
    /** People involved, as names or references ("äiti", "koulukuraattori"); never ids of team members. */
    people: z.array(z.string().min(1).max(limits.memberName)).max(limits.timelinePeople),
    /** Whose account it is: the family's or an agency's record; null if not recorded. */
    source: z.enum(timelineSources).nullable(),
    /** Internal: which record or who told ("lastensuojeluilmoitus 3/2019"). Never shown to the family. */
    sourceNote: z.string().max(limits.timelineText),
    /** Internal: what was done about it. Never shown to the family. */
    actionTaken: z.string().max(limits.timelineText),
    /** The child's or the family's own view of the event, in their words. */
    ownView: z.string().max(limits.timelineText),
    /** Whether the event has been gone through with the family; only these appear in family-facing mode. */
    shownToFamily: z.boolean(),
  })
  .superRefine((event, context) => {
    if (event.endDate && endBeforeStartIssue(event.date, event.endDate)) {
      context.addIssue({ code: 'custom', path: ['endDate'], message: 'The end date is before the date.' });
    }
  });
export type TimelineEventPayload = z.infer<typeof timelineEventPayloadSchema>;

/** An event as screens use it. Only the id, family id and the two instants are stored in the clear. */
export type TimelineEvent = TimelineEventPayload & {
  id: string;
  familyId: string;
  /** ISO instants: when the event was added to the timeline and last changed (not when it happened). */
  createdAt: string;
  updatedAt: string;
};

export const validateTimelineTitle = (raw: string) => validateText(raw, { max: limits.timelineTitle, required: true });
/** Action taken, own view and source note: optional, trimmed, at most limits.timelineText. */
export const validateTimelineText = (raw: string) => validateText(raw, { max: limits.timelineText, required: false });

/**
 * People involved typed one per line: blank lines dropped, each name trimmed and checked, a name
 * repeated (ignoring case) kept once, at most limits.timelinePeople.
 */
export function validateTimelinePeople(raw: string): Validated<string[]> {
  const people: string[] = [];
  const seen = new Set<string>();
  for (const line of raw.split('\n')) {
    const name = line.trim();
    if (name === '') continue;
    const checked = validateText(name, { max: limits.memberName, required: true });
    if (!checked.ok) return checked;
    const folded = name.toLocaleLowerCase('fi');
    if (seen.has(folded)) continue;
    seen.add(folded);
    people.push(name);
  }
  if (people.length > limits.timelinePeople) return invalid('validation.tooManyLines', { max: limits.timelinePeople });
  return valid(people);
}

export const isTimelineCategory = (value: unknown): value is TimelineCategory =>
  typeof value === 'string' && (timelineCategories as readonly string[]).includes(value);

/**
 * The fields of `after` that differ from `before` (dates and people compared by value), for saving
 * an edit as only what the user changed: another window's change to other fields is then kept, and
 * a save that changes nothing writes nothing.
 */
export function changedEventFields(before: TimelineEventPayload, after: TimelineEventPayload): Partial<TimelineEventPayload> {
  const changed: Partial<Record<keyof TimelineEventPayload, unknown>> = {};
  for (const key of Object.keys(after) as (keyof TimelineEventPayload)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changed[key] = after[key];
  }
  return changed as Partial<TimelineEventPayload>;
}
