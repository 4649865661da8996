// Covers shared/threeHouses/drawing.ts: pointer input to drawing points, simplification, undo /
// redo / clear (clearing can be undone, so nothing is lost), the size limits and their messages,
// and the storage encoding: exact round trip, compact and fast for a 2,000-point drawing, and
// damaged data refused whole.
import { describe, expect, it } from 'vitest';
import { limits } from '../../../shared/limits';
import {
  addStroke,
  canRedo,
  canUndo,
  clearDrawing,
  decodeDrawing,
  drawingForStorage,
  drawingPointCount,
  drawingSpace,
  emptyDrawing,
  encodeDrawing,
  pointFromSurface,
  pointerKindOf,
  pointerKinds,
  redo,
  simplifyStroke,
  startHistory,
  strokeColours,
  strokePathData,
  strokeWidths,
  undo,
  validateDrawingSize,
  withoutLastStroke,
  withStroke,
  type Drawing,
  type DrawingHistory,
  type Stroke,
} from '../../../shared/threeHouses/drawing';
import { invalid, valid } from '../../../shared/validation';
import { expectTranslated, handDrawing, handStroke } from './support';

const dot = (x: number, y: number): Stroke => ({ pointer: 'touch', colour: 'black', width: 'thick', points: [{ x, y, pressure: 40 }] });

function added(history: DrawingHistory, stroke: Stroke): DrawingHistory {
  const result = addStroke(history, stroke);
  if (!result.ok) throw new Error(result.issue.key);
  return result.value;
}

describe('pointer input', () => {
  it('scales a surface position into the 0..1000 square, rounded and clamped inside it', () => {
    const surface = { width: 400, height: 300 };
    expect(pointFromSurface(200, 150, surface, 'pen', 0.5)).toEqual({ x: 500, y: 500, pressure: 50 });
    expect(pointFromSurface(0, 300, surface, 'touch', 1)).toEqual({ x: 0, y: 1000, pressure: 100 });
    // A finger dragged past the edge stays on the edge.
    expect(pointFromSurface(-20, 900, surface, 'touch', 0.3)).toEqual({ x: 0, y: 1000, pressure: 30 });
    expect(pointFromSurface(123.4, 55.5, surface, 'pen', 0.123)).toEqual({ x: 309, y: 185, pressure: 12 });
  });

  it('keeps no pressure for a mouse (browsers report a constant 0.5) nor when there is none', () => {
    expect(pointFromSurface(10, 10, { width: 100, height: 100 }, 'mouse', 0.5).pressure).toBeNull();
    expect(pointFromSurface(10, 10, { width: 100, height: 100 }, 'pen', null).pressure).toBeNull();
  });

  it('survives a surface of zero size instead of producing NaN', () => {
    expect(pointFromSurface(10, 10, { width: 0, height: 0 }, 'mouse', null)).toEqual({ x: 0, y: 0, pressure: null });
  });

  it('maps PointerEvent.pointerType, unknown kinds as a mouse', () => {
    expect(pointerKindOf('pen')).toBe('pen');
    expect(pointerKindOf('touch')).toBe('touch');
    expect(pointerKindOf('mouse')).toBe('mouse');
    expect(pointerKindOf('')).toBe('mouse');
  });
});

describe('simplifyStroke', () => {
  it('drops points closer than the threshold but keeps the start and the end', () => {
    const stroke: Stroke = {
      pointer: 'pen',
      colour: 'red',
      width: 'thin',
      points: [
        { x: 100, y: 100, pressure: 10 },
        { x: 101, y: 100, pressure: 11 },
        { x: 101, y: 101, pressure: 12 },
        { x: 110, y: 100, pressure: 13 },
        { x: 111, y: 100, pressure: 14 },
      ],
    };
    expect(simplifyStroke(stroke, 3).points).toEqual([
      { x: 100, y: 100, pressure: 10 },
      { x: 110, y: 100, pressure: 13 },
      { x: 111, y: 100, pressure: 14 },
    ]);
  });

  it('a finger held still becomes one tap point, not a pile of repeats', () => {
    const still: Stroke = { ...dot(500, 500), points: Array.from({ length: 50 }, () => ({ x: 500, y: 500, pressure: 40 })) };
    expect(simplifyStroke(still).points).toEqual([{ x: 500, y: 500, pressure: 40 }]);
  });

  it('returns a short or already simple stroke unchanged', () => {
    const stroke = dot(1, 1);
    expect(simplifyStroke(stroke)).toBe(stroke);
  });

  it('a slow 2,000-point scribble keeps its shape in far fewer points', () => {
    const raw = handStroke(2000, 7, { step: 2 });
    const simple = simplifyStroke(raw);
    expect(simple.points.length).toBeLessThan(raw.points.length / 2);
    expect(simple.points[0]).toEqual(raw.points[0]);
    expect(simple.points.at(-1)).toEqual(raw.points.at(-1));
    // No kept point is more than the threshold away from where the dropped ones were.
    for (let index = 1; index < simple.points.length - 1; index++) {
      const [a, b] = [simple.points[index - 1]!, simple.points[index]!];
      expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('undo, redo and clear', () => {
  const first = handStroke(20, 1);
  const second = handStroke(30, 2, { colour: 'yellow' });

  it('undo removes the last stroke and redo puts it back', () => {
    let history = added(added(startHistory(), first), second);
    expect(history.present.strokes).toEqual([first, second]);
    expect(canRedo(history)).toBe(false);

    history = undo(history);
    expect(history.present.strokes).toEqual([first]);
    expect(canRedo(history)).toBe(true);

    history = redo(history);
    expect(history.present.strokes).toEqual([first, second]);

    history = undo(undo(history));
    expect(history.present).toEqual(emptyDrawing);
    expect(canUndo(history)).toBe(false);
    // Undo with nothing left to undo changes nothing.
    expect(undo(history)).toBe(history);
  });

  it('a new stroke after undo drops the redo steps', () => {
    const history = added(undo(added(added(startHistory(), first), second)), dot(5, 5));
    expect(history.present.strokes).toEqual([first, dot(5, 5)]);
    expect(canRedo(history)).toBe(false);
    expect(redo(history)).toBe(history);
  });

  it('clearing empties the drawing, and undo brings the whole drawing back', () => {
    const drawn = added(added(startHistory(), first), second);
    const cleared = clearDrawing(drawn);
    expect(cleared.present.strokes).toEqual([]);
    expect(undo(cleared).present.strokes).toEqual([first, second]);
    expect(redo(undo(cleared)).present.strokes).toEqual([]);
  });

  it('clearing an empty drawing adds no step, so undo never restores an empty page', () => {
    const history = startHistory();
    expect(clearDrawing(history)).toBe(history);
  });

  it('never changes the drawing it was given (immutable)', () => {
    const drawing: Drawing = { strokes: [first] };
    const frozen = JSON.stringify(drawing);
    withStroke(drawing, second);
    withoutLastStroke(drawing);
    const history = added(startHistory(drawing), second);
    clearDrawing(history);
    expect(JSON.stringify(drawing)).toBe(frozen);
    expect(withoutLastStroke(drawing)).toEqual(emptyDrawing);
    expect(withoutLastStroke(emptyDrawing)).toBe(emptyDrawing);
  });

  it('an empty stroke (a pointer that never moved onto the surface) adds nothing', () => {
    const history = startHistory();
    expect(addStroke(history, { ...dot(1, 1), points: [] })).toEqual(valid(history));
  });

  it('keeps a bounded number of undo steps but never cuts the drawing itself', () => {
    let history = startHistory();
    const total = limits.threeHousesDrawingUndoSteps + 25;
    for (let index = 0; index < total; index++) history = added(history, dot(index, index));
    expect(history.present.strokes).toHaveLength(total);
    expect(history.past).toHaveLength(limits.threeHousesDrawingUndoSteps);
    while (canUndo(history)) history = undo(history);
    expect(history.present.strokes).toHaveLength(25);
  });
});

describe('size limits', () => {
  it('refuses the stroke that would pass the point limit, with a message, and keeps the drawing', () => {
    const big = { strokes: [handStroke(limits.threeHousesDrawingPoints - 10, 3)] };
    const history = startHistory(big);
    const result = addStroke(history, handStroke(11, 4));
    expect(result).toEqual(
      invalid('threeHouses.validation.drawingTooManyPoints', { count: limits.threeHousesDrawingPoints + 1, max: limits.threeHousesDrawingPoints }),
    );
    expectTranslated(result);
    expect(history.present).toBe(big);
    // Exactly at the limit is fine.
    expect(addStroke(history, handStroke(10, 4)).ok).toBe(true);
  });

  it('refuses the stroke past the stroke limit, with a message', () => {
    const many = { strokes: Array.from({ length: limits.threeHousesDrawingStrokes }, (_, index) => dot(index % 1000, 7)) };
    const result = addStroke(startHistory(many), dot(1, 1));
    expect(result).toEqual(
      invalid('threeHouses.validation.drawingTooManyStrokes', { count: limits.threeHousesDrawingStrokes + 1, max: limits.threeHousesDrawingStrokes }),
    );
    expectTranslated(result);
  });

  it('refuses points that are not whole numbers inside the drawing, so what is stored reads back the same', () => {
    for (const point of [{ x: 1.5, y: 2, pressure: null }, { x: -1, y: 2, pressure: null }, { x: 1, y: 1001, pressure: null }, { x: 1, y: 1, pressure: 101 }, { x: Number.NaN, y: 1, pressure: null }]) {
      const result = validateDrawingSize({ strokes: [{ ...dot(0, 0), points: [point] }] });
      expect(result).toEqual(invalid('threeHouses.validation.drawingUnreadable'));
      expectTranslated(result);
    }
    expect(validateDrawingSize({ strokes: [{ ...dot(0, 0), points: [] }] }).ok).toBe(false);
  });

  it('anything within the limits can be stored: the worst case encodes under the stored-size limit', () => {
    // 2,000 strokes, 20,000 points, every step a full jump across the drawing with pressure swinging.
    const strokes: Stroke[] = Array.from({ length: limits.threeHousesDrawingStrokes }, (_, strokeIndex) => ({
      pointer: 'pen',
      colour: 'brown',
      width: 'thick',
      points: Array.from({ length: limits.threeHousesDrawingPoints / limits.threeHousesDrawingStrokes }, (_, index) => {
        const far = (strokeIndex + index) % 2 === 0;
        return { x: far ? drawingSpace : 0, y: far ? 0 : drawingSpace, pressure: index % 2 ? null : 0 };
      }),
    }));
    const stored = drawingForStorage({ strokes });
    if (!stored.ok || stored.value === null) throw new Error('expected it to be stored');
    expect(stored.value.length).toBeLessThanOrEqual(limits.threeHousesDrawingEncodedChars);
    expect(decodeDrawing(stored.value)).toEqual(valid({ strokes }));
  });

  it('refuses stored text longer than the limit without reading it, with a message', () => {
    const result = decodeDrawing('A'.repeat(limits.threeHousesDrawingEncodedChars + 1));
    expect(result).toEqual(invalid('threeHouses.validation.drawingTooLarge', { size: 201, max: 200 }));
    expectTranslated(result);
  });
});

describe('storage encoding', () => {
  it('round-trips every pointer, colour, width and pressure combination exactly', () => {
    const strokes: Stroke[] = [];
    for (const pointer of pointerKinds) {
      for (const colour of strokeColours) {
        for (const width of strokeWidths) {
          strokes.push({
            pointer,
            colour,
            width,
            points: [
              { x: 0, y: 1000, pressure: pointer === 'mouse' ? null : 0 },
              { x: 1000, y: 0, pressure: pointer === 'mouse' ? null : 100 },
              { x: 500, y: 500, pressure: null },
            ],
          });
        }
      }
    }
    const drawing = { strokes };
    expect(decodeDrawing(encodeDrawing(drawing))).toEqual(valid(drawing));
  });

  it('an empty drawing stores as no drawing', () => {
    expect(drawingForStorage(emptyDrawing)).toEqual(valid(null));
    expect(decodeDrawing(encodeDrawing(emptyDrawing))).toEqual(valid(emptyDrawing));
  });

  it('stores plain ASCII that JSON keeps as it is', () => {
    const encoded = encodeDrawing(handDrawing(3, 50));
    expect(encoded).toMatch(/^[A-Za-z0-9+/]+$/);
    expect(JSON.stringify(encoded)).toBe(`"${encoded}"`);
  });

  it('a 2,000-point drawing round-trips exactly and stays small', () => {
    const drawing = handDrawing(20, 100);
    expect(drawingPointCount(drawing)).toBe(2000);

    const encoded = encodeDrawing(drawing);
    expect(decodeDrawing(encoded)).toEqual(valid(drawing));
    // Hand-like strokes with pressure: about 3 characters a point, against ~40 as JSON.
    expect(encoded.length).toBeLessThan(2000 * 4);
    expect(encoded.length * 8).toBeLessThan(JSON.stringify(drawing).length);

    // Its speed is measured by `npm run bench` (a drawing's save), not timed here.
  });

  it('a 2,000-point scribble simplifies and still round-trips', () => {
    const simple = { strokes: Array.from({ length: 4 }, (_, index) => simplifyStroke(handStroke(500, index + 1, { step: 2, pointer: 'touch' }))) };
    expect(drawingPointCount(simple)).toBeLessThan(2000);
    const stored = drawingForStorage(simple);
    if (!stored.ok || stored.value === null) throw new Error('expected it to be stored');
    expect(decodeDrawing(stored.value)).toEqual(valid(simple));
  });

  it.each([
    ['empty text', ''],
    ['characters outside the alphabet', 'CC!'],
    ['an unknown version', 'E' + encodeDrawing(emptyDrawing).slice(1)],
    ['cut short', encodeDrawing(handDrawing(2, 20)).slice(0, -3)],
    ['something after the end', encodeDrawing(handDrawing(1, 5)) + 'A'],
    ['a stroke with no points', 'CCAA'],
    ['a point outside the drawing', 'CCACx+BA'],
    ['a number too long to be real', 'CC' + 'g'.repeat(12) + 'A'],
  ])('refuses %s as unreadable instead of returning a damaged drawing', (_name, encoded) => {
    const result = decodeDrawing(encoded);
    expect(result).toEqual(invalid('threeHouses.validation.drawingUnreadable'));
    expectTranslated(result);
  });
});

describe('strokePathData', () => {
  it('draws a stroke as SVG path data and a tap as a dot', () => {
    const stroke: Stroke = { ...dot(0, 0), points: [{ x: 1, y: 2, pressure: null }, { x: 3, y: 4, pressure: null }, { x: 5, y: 6, pressure: null }] };
    expect(strokePathData(stroke)).toBe('M1 2L3 4L5 6');
    expect(strokePathData(dot(7, 8))).toBe('M7 8h0');
    expect(strokePathData({ ...dot(0, 0), points: [] })).toBe('');
  });
});
