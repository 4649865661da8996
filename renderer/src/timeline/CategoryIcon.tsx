// The glyph of each timeline category (shared/timeline/timelineEvent.ts names an icon id per category):
// a white line drawing on a disc of the category's colour, so categories differ by shape as well as
// colour. The same paths are drawn in the visual timeline (as SVG symbols) and next to category names
// in filters, lists and the form (as this small inline icon).
import type { TimelineCategory } from '../../../shared/timeline/timelineEvent';
import { timelineCategoryStyle } from '../../../shared/timeline/timelineEvent';
import './timeline.css';

export function CategoryIcon({ category, size = 18 }: { category: TimelineCategory; size?: number }) {
  const icon = timelineCategoryStyle[category].icon;
  return (
    <svg className={`tl-icon tl-cat-${category}`} width={size} height={size} viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
      <circle className="tl-badge" r="8" />
      <path className="tl-glyph" d={glyphPaths[icon] ?? fallbackGlyph} />
    </svg>
  );
}

/** Line drawings in a box from −6 to 6 around the origin, stroked in white on the category's disc. */
export const glyphPaths: Readonly<Record<string, string>> = {
  // Two people, one taller.
  people: 'M-5,-2.6a1.9,1.9 0 1,0 3.8,0a1.9,1.9 0 1,0 -3.8,0M-6.2,5a3.1,3.1 0 0,1 6.2,0M1.6,-1.4a1.6,1.6 0 1,0 3.2,0a1.6,1.6 0 1,0 -3.2,0M1.2,5a2.4,2.4 0 0,1 4.8,0',
  // A house and an arrow leaving it.
  'house-arrow': 'M-6,-0.5L-2.5,-4.5L1,-0.5M-5,-1.5V5H0V-1.5M1.5,2.5H6M4.4,0.9L6,2.5L4.4,4.1',
  // A heart with a pulse line.
  'heart-pulse': 'M0,5.2C-7.5,0 -6,-6.5 -2.6,-5.2C-1.2,-4.7 0,-3.2 0,-3.2C0,-3.2 1.2,-4.7 2.6,-5.2C6,-6.5 7.5,0 0,5.2ZM-4.2,-0.4H-1.8L-0.8,-2.2L0.6,1.4L1.6,-0.4H4.2',
  // An open book.
  book: 'M0,-3.6V5M0,-3.6C-1.8,-5 -4.4,-5 -6,-4V4.2C-4.4,3.2 -1.8,3.2 0,5C1.8,3.2 4.4,3.2 6,4.2V-4C4.4,-5 1.8,-5 0,-3.6',
  // Two hands meeting.
  hands: 'M-6.2,-0.6L-3.4,-3.4L-0.6,-1.6M6.2,-0.6L3.4,-3.4L-0.6,-0.4L0.8,1M-4.6,0.8L-0.4,4.8L4.6,0.8M-2.6,2.6L-0.6,0.8M-1.4,3.8L0.4,2',
  // A shield.
  shield: 'M0,-6L5,-4.2V-0.2C5,2.9 2.9,5 0,6C-2.9,5 -5,2.9 -5,-0.2V-4.2ZM-2.2,0.2L-0.5,1.9L2.4,-1.4',
  // A warning triangle.
  alert: 'M0,-5.8L6,4.8H-6ZM0,-2V1.4M0,3V3.2',
  // A star.
  star: 'M0,-6L1.8,-2.1L6,-1.7L2.8,1.1L3.7,5.3L0,3.1L-3.7,5.3L-2.8,1.1L-6,-1.7L-1.8,-2.1Z',
};

const fallbackGlyph = 'M-3,0a3,3 0 1,0 6,0a3,3 0 1,0 -6,0';

/** The glyph path for a category (for the chart's symbols). */
export function categoryGlyph(category: TimelineCategory): string {
  return glyphPaths[timelineCategoryStyle[category].icon] ?? fallbackGlyph;
}
