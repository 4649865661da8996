// Category glyphs placed by number instead of by element: a glyph's path data (CategoryIcon.tsx,
// drawn in a box from −8 to 8 around the origin) moved to a point and scaled, so the visual timeline
// can draw all discs and glyphs of a category as one path each, however many events there are.
import type { TimelineCategory } from '../../../shared/timeline/timelineEvent';
import { categoryGlyph } from './CategoryIcon';

/** Per number of a command: 'x' or 'y' (an absolute coordinate: moved and scaled), 's' (a length: scaled), 'k' (kept: an angle or a flag). */
type Part = { command: string; kinds: readonly ('x' | 'y' | 's' | 'k')[]; numbers: number[] };

const kindsOf: Readonly<Record<string, readonly ('x' | 'y' | 's' | 'k')[]>> = {
  M: ['x', 'y'],
  L: ['x', 'y'],
  H: ['x'],
  V: ['y'],
  C: ['x', 'y', 'x', 'y', 'x', 'y'],
  Z: [],
  m: ['s', 's'],
  l: ['s', 's'],
  h: ['s'],
  v: ['s'],
  c: ['s', 's', 's', 's', 's', 's'],
  a: ['s', 's', 'k', 'k', 'k', 's', 's'],
  z: [],
};

const compiled = new Map<string, Part[]>();

function compile(d: string): Part[] {
  const parts: Part[] = [];
  for (const [, command, body] of d.matchAll(/([MLHVCZmlhvcaz])([^MLHVCZmlhvcaz]*)/g)) {
    const kinds = kindsOf[command!]!;
    const numbers = (body!.match(/-?\d*\.?\d+(?:e-?\d+)?/g) ?? []).map(Number);
    parts.push({ command: command!, kinds, numbers });
  }
  return parts;
}

/** Path data of a category's glyph centred at (cx, cy), `scale` times its 16-unit size. */
export function placedGlyph(category: TimelineCategory, cx: number, cy: number, scale: number): string {
  const d = categoryGlyph(category);
  let parts = compiled.get(d);
  if (!parts) compiled.set(d, (parts = compile(d)));
  let out = '';
  for (const part of parts) {
    out += part.command;
    const { kinds, numbers } = part;
    for (let index = 0; index < numbers.length; index++) {
      const kind = kinds.length === 0 ? 'k' : kinds[index % kinds.length];
      const value = numbers[index]!;
      const placed = kind === 'x' ? cx + value * scale : kind === 'y' ? cy + value * scale : kind === 's' ? value * scale : value;
      out += (index === 0 ? '' : ' ') + round(placed);
    }
  }
  return out;
}

/** A filled disc of radius r at (cx, cy), as path data. */
export function discPath(cx: number, cy: number, r: number): string {
  return `M${round(cx - r)} ${round(cy)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
}

const round = (value: number) => Math.round(value * 100) / 100;
