// The freehand drawing of one house (docs/domain.md: Three houses): strokes of points in a fixed
// square coordinate space, pure editing (add a stroke, undo, redo, clear; clearing can be undone too,
// so nothing a child drew is lost by one tap), simplification of raw pointer input, size limits, and
// a compact text encoding for the encrypted payload whose decode gives back exactly what was encoded.
// No DOM here: the screen turns pointer events into numbers with pointFromSurface().
import { limits } from '../limits';
import { invalid, valid, type Validated } from '../validation';

/** Coordinates are whole numbers from 0 to this on both axes; the screen scales its surface to it. */
export const drawingSpace = 1000;
/** Pressure is a whole number from 0 to this (a pen's 0..1 pressure × 100); null when the pointer has none. */
export const pressureMax = 100;
/** Raw points closer than this to the last kept one are dropped (0.3 % of the side: invisible, but halves a slow stroke). */
export const defaultMinDistance = 3;

export const pointerKinds = ['mouse', 'pen', 'touch'] as const;
export type PointerKind = (typeof pointerKinds)[number];
/** A child's crayon box: ids are stable data keys (the screen gives each a colour and a name). */
export const strokeColours = ['black', 'red', 'orange', 'yellow', 'green', 'blue', 'purple', 'brown'] as const;
export type StrokeColour = (typeof strokeColours)[number];
export const strokeWidths = ['thin', 'medium', 'thick'] as const;
export type StrokeWidth = (typeof strokeWidths)[number];
/** Line width of each stroke width, in drawing units. */
export const strokeWidthUnits: Record<StrokeWidth, number> = { thin: 4, medium: 10, thick: 24 };

export type DrawingPoint = { readonly x: number; readonly y: number; readonly pressure: number | null };
export type Stroke = {
  readonly pointer: PointerKind;
  readonly colour: StrokeColour;
  readonly width: StrokeWidth;
  readonly points: readonly DrawingPoint[];
};
export type Drawing = { readonly strokes: readonly Stroke[] };

export const emptyDrawing: Drawing = { strokes: [] };

// ---------------------------------------------------------------------------------------------
// Pointer input

/** What PointerEvent.pointerType says, as one of ours ('' and unknown kinds count as a mouse). */
export function pointerKindOf(pointerType: string): PointerKind {
  return pointerType === 'pen' || pointerType === 'touch' ? pointerType : 'mouse';
}

/**
 * A point from a position on the drawing surface (offsetX/offsetY of a surface width × height),
 * clamped into the drawing and rounded to whole units. A mouse has no pressure (browsers report a
 * constant 0.5 while a button is down), so its pressure is null; pen and touch keep theirs.
 */
export function pointFromSurface(
  offsetX: number,
  offsetY: number,
  surface: { width: number; height: number },
  pointer: PointerKind,
  pressure: number | null,
): DrawingPoint {
  const scale = (value: number, size: number) =>
    size > 0 && Number.isFinite(value) ? clamp(Math.round((value / size) * drawingSpace), 0, drawingSpace) : 0;
  const hasPressure = pointer !== 'mouse' && pressure !== null && Number.isFinite(pressure);
  return {
    x: scale(offsetX, surface.width),
    y: scale(offsetY, surface.height),
    pressure: hasPressure ? clamp(Math.round(pressure * pressureMax), 0, pressureMax) : null,
  };
}

/**
 * Drops points closer than `minDistance` to the last kept point (and exact repeats), always keeping
 * the first and the last, so the stroke still starts and ends where the child's finger did.
 */
export function simplifyStroke(stroke: Stroke, minDistance: number = defaultMinDistance): Stroke {
  const points = stroke.points;
  if (points.length <= 2) return stroke;
  const min2 = minDistance * minDistance;
  const kept: DrawingPoint[] = [points[0]!];
  let last = points[0]!;
  for (let index = 1; index < points.length - 1; index++) {
    const point = points[index]!;
    const dx = point.x - last.x;
    const dy = point.y - last.y;
    if (dx * dx + dy * dy >= min2) {
      kept.push(point);
      last = point;
    }
  }
  const end = points[points.length - 1]!;
  if (end.x !== last.x || end.y !== last.y || end.pressure !== last.pressure) kept.push(end);
  return kept.length === points.length ? stroke : { ...stroke, points: kept };
}

// ---------------------------------------------------------------------------------------------
// Pure editing of a drawing

export const withStroke = (drawing: Drawing, stroke: Stroke): Drawing => ({ strokes: [...drawing.strokes, stroke] });
/** Undo of the last stroke on the drawing itself (the history below also lets it be redone). */
export const withoutLastStroke = (drawing: Drawing): Drawing =>
  drawing.strokes.length === 0 ? drawing : { strokes: drawing.strokes.slice(0, -1) };
export const drawingPointCount = (drawing: Drawing): number =>
  drawing.strokes.reduce((sum, stroke) => sum + stroke.points.length, 0);

/**
 * The drawing against the limits (too many strokes or points is refused with a message), and its
 * points against the model (whole numbers inside the drawing, no empty stroke), which is what makes
 * the stored encoding give back exactly this drawing.
 */
export function validateDrawingSize(drawing: Drawing): Validated<Drawing> {
  if (!drawing.strokes.every(isWellFormed)) return invalid('threeHouses.validation.drawingUnreadable');
  if (drawing.strokes.length > limits.threeHousesDrawingStrokes) {
    return invalid('threeHouses.validation.drawingTooManyStrokes', {
      count: drawing.strokes.length,
      max: limits.threeHousesDrawingStrokes,
    });
  }
  const points = drawingPointCount(drawing);
  if (points > limits.threeHousesDrawingPoints) {
    return invalid('threeHouses.validation.drawingTooManyPoints', { count: points, max: limits.threeHousesDrawingPoints });
  }
  return valid(drawing);
}

/**
 * Undo and redo over whole drawings. Drawings are immutable and share their strokes, so a step
 * costs one array of references. Clearing is a step like any other: "undo" brings the drawing back.
 */
export type DrawingHistory = {
  readonly past: readonly Drawing[];
  readonly present: Drawing;
  readonly future: readonly Drawing[];
};

export const startHistory = (drawing: Drawing = emptyDrawing): DrawingHistory => ({ past: [], present: drawing, future: [] });

function step(history: DrawingHistory, next: Drawing): DrawingHistory {
  const past = [...history.past, history.present];
  // The oldest steps fall off beyond the limit; the drawing itself is never cut.
  return { past: past.slice(Math.max(0, past.length - limits.threeHousesDrawingUndoSteps)), present: next, future: [] };
}

/** Adds a finished stroke (simplify it first). Refused, with the drawing kept as it was, past the size limits. */
export function addStroke(history: DrawingHistory, stroke: Stroke): Validated<DrawingHistory> {
  if (stroke.points.length === 0) return valid(history);
  const next = withStroke(history.present, stroke);
  const checked = validateDrawingSize(next);
  return checked.ok ? valid(step(history, next)) : checked;
}

/** Clears the drawing; a no-op on an empty one (so "undo" never brings back an empty page). */
export const clearDrawing = (history: DrawingHistory): DrawingHistory =>
  history.present.strokes.length === 0 ? history : step(history, emptyDrawing);

export const canUndo = (history: DrawingHistory): boolean => history.past.length > 0;
export const canRedo = (history: DrawingHistory): boolean => history.future.length > 0;

export function undo(history: DrawingHistory): DrawingHistory {
  const previous = history.past[history.past.length - 1];
  if (!previous) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo(history: DrawingHistory): DrawingHistory {
  const [next, ...rest] = history.future;
  if (!next) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}

// ---------------------------------------------------------------------------------------------
// Drawing it (SVG path data, for the screen, print and PDF)

/** The stroke as SVG path data in drawing units; a single point becomes a dot (draw with round caps). */
export function strokePathData(stroke: Stroke): string {
  const [first, ...rest] = stroke.points;
  if (!first) return '';
  if (rest.length === 0) return `M${first.x} ${first.y}h0`;
  return `M${first.x} ${first.y}` + rest.map((point) => `L${point.x} ${point.y}`).join('');
}

// ---------------------------------------------------------------------------------------------
// Storage encoding
//
// A drawing is stored as one string of whole numbers, each written as a base64 variable-length
// quantity (the source-map "VLQ": 5 bits a character, the sign in the lowest bit), so the string is
// plain ASCII that JSON stores without escaping. The numbers are:
//   version, stroke count, then per stroke: a header (pointer, colour, width, has pressure), the
//   point count, and per point x, y (and pressure if the stroke has any) as the difference from the
//   previous point (running across strokes, starting from 0,0 and pressure 0).
// A point without pressure in a stroke with pressure is stored as pressureMax + 1.
// Neighbouring points differ by a few units, so most numbers take one character: a point costs
// 2–3 characters. Worst case: 8 characters a point (3 + 3 + 2) and 6 a stroke header, so the
// limits (20,000 points, 2,000 strokes) encode in at most 172,004 characters, under
// limits.threeHousesDrawingEncodedChars: anything the editor accepts can always be stored.
// Do not change without a new version number and a decoder for the old one.

export const drawingEncodingVersion = 1;

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const digitOf = new Int8Array(128).fill(-1);
for (let index = 0; index < alphabet.length; index++) digitOf[alphabet.charCodeAt(index)] = index;
const noPressure = pressureMax + 1;
const headerRadix = pointerKinds.length * strokeColours.length * strokeWidths.length;

function writeNumber(value: number): string {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    out += alphabet[digit];
  } while (rest > 0);
  return out;
}

export function encodeDrawing(drawing: Drawing): string {
  let out = writeNumber(drawingEncodingVersion) + writeNumber(drawing.strokes.length);
  let x = 0;
  let y = 0;
  let pressure = 0;
  for (const stroke of drawing.strokes) {
    const hasPressure = stroke.points.some((point) => point.pressure !== null);
    const header =
      pointerKinds.indexOf(stroke.pointer) +
      pointerKinds.length * (strokeColours.indexOf(stroke.colour) + strokeColours.length * strokeWidths.indexOf(stroke.width)) +
      (hasPressure ? headerRadix : 0);
    out += writeNumber(header) + writeNumber(stroke.points.length);
    for (const point of stroke.points) {
      out += writeNumber(point.x - x) + writeNumber(point.y - y);
      x = point.x;
      y = point.y;
      if (hasPressure) {
        const value = point.pressure ?? noPressure;
        out += writeNumber(value - pressure);
        pressure = value;
      }
    }
  }
  return out;
}

/** Reads an encoded drawing back, checking every number, so damaged or forged data is refused whole. */
export function decodeDrawing(encoded: string): Validated<Drawing> {
  const unreadable = () => invalid<Drawing>('threeHouses.validation.drawingUnreadable');
  if (encoded.length > limits.threeHousesDrawingEncodedChars) {
    return invalid('threeHouses.validation.drawingTooLarge', {
      size: Math.ceil(encoded.length / 1000),
      max: limits.threeHousesDrawingEncodedChars / 1000,
    });
  }
  let position = 0;
  let broken = false;
  const read = (): number => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const code = encoded.charCodeAt(position++);
      const digit = code < 128 ? digitOf[code]! : -1;
      if (digit < 0 || shift > 25) {
        broken = true;
        return 0;
      }
      result |= (digit & 31) << shift;
      shift += 5;
      if ((digit & 32) === 0) break;
    }
    return result & 1 ? -(result >>> 1) : result >>> 1;
  };

  if (read() !== drawingEncodingVersion || broken) return unreadable();
  const strokeCount = read();
  if (broken || strokeCount < 0 || strokeCount > limits.threeHousesDrawingStrokes) return unreadable();
  const strokes: Stroke[] = [];
  let total = 0;
  let x = 0;
  let y = 0;
  let pressure = 0;
  for (let strokeIndex = 0; strokeIndex < strokeCount; strokeIndex++) {
    const header = read();
    const count = read();
    total += count;
    if (broken || header < 0 || header >= headerRadix * 2 || count < 1 || total > limits.threeHousesDrawingPoints) return unreadable();
    const hasPressure = header >= headerRadix;
    const style = header % headerRadix;
    const points: DrawingPoint[] = new Array(count);
    for (let index = 0; index < count; index++) {
      x += read();
      y += read();
      if (hasPressure) pressure += read();
      if (broken || x < 0 || x > drawingSpace || y < 0 || y > drawingSpace || pressure < 0 || pressure > noPressure) {
        return unreadable();
      }
      points[index] = { x, y, pressure: hasPressure && pressure !== noPressure ? pressure : null };
    }
    if (hasPressure && points.every((point) => point.pressure === null)) return unreadable();
    strokes.push({
      pointer: pointerKinds[style % pointerKinds.length]!,
      colour: strokeColours[Math.floor(style / pointerKinds.length) % strokeColours.length]!,
      width: strokeWidths[Math.floor(style / (pointerKinds.length * strokeColours.length))]!,
      points,
    });
  }
  if (position !== encoded.length) return unreadable();
  return valid({ strokes });
}

/** What a house stores: null for no drawing (or an emptied one), otherwise the checked encoding. */
export function drawingForStorage(drawing: Drawing): Validated<string | null> {
  if (drawing.strokes.length === 0) return valid(null);
  const checked = validateDrawingSize(drawing);
  if (!checked.ok) return checked;
  return valid(encodeDrawing(drawing));
}

function isWellFormed(stroke: Stroke): boolean {
  const inside = (value: number, max: number) => Number.isInteger(value) && value >= 0 && value <= max;
  return (
    stroke.points.length > 0 &&
    pointerKinds.includes(stroke.pointer) &&
    strokeColours.includes(stroke.colour) &&
    strokeWidths.includes(stroke.width) &&
    stroke.points.every(
      (point) => inside(point.x, drawingSpace) && inside(point.y, drawingSpace) && (point.pressure === null || inside(point.pressure, pressureMax)),
    )
  );
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
