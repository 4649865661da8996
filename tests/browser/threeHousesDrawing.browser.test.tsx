// Covers renderer/src/threeHouses/DrawingCanvas.tsx in real Chromium with real Pointer Events: a pen
// stroke keeps its pressure and a touch stroke its kind, each finished stroke is saved at once in
// the stored encoding (decoded back here), undo / redo / clear are buttons that save too (clear is
// undoable), a drawing at its size limit refuses the next stroke with a message and keeps what was
// drawn, and the surface says in words how many lines it has.
import { expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { limits } from '../../shared/limits';
import { decodeDrawing, encodeDrawing, type Drawing, type Stroke } from '../../shared/threeHouses/drawing';
import { DrawingCanvas } from '../../renderer/src/threeHouses/DrawingCanvas';
import { screenWorld } from './support';

const world = screenWorld({ width: '400px' });

function mount(encoded: string | null) {
  const saves: (string | null)[] = [];
  world.render(
    <DrawingCanvas
      encoded={encoded}
      houseName="House of dreams"
      size="desk"
      onSave={async (value) => {
        saves.push(value);
        return null;
      }}
    />,
  );
  return saves;
}

const surface = () => world.container.querySelector<SVGSVGElement>('[data-testid="drawing-surface"]')!;

/** A stroke as the browser would send it: down, moves, up, at fractions of the surface. */
function stroke(pointerType: 'pen' | 'touch' | 'mouse', points: [number, number, number][], pointerId = 7) {
  const rect = surface().getBoundingClientRect();
  const at = ([fx, fy, pressure]: [number, number, number]) => ({
    pointerId,
    pointerType,
    pressure,
    clientX: rect.left + rect.width * fx,
    clientY: rect.top + rect.height * fy,
    button: 0,
    bubbles: true,
    cancelable: true,
  });
  const [first, ...rest] = points;
  surface().dispatchEvent(new PointerEvent('pointerdown', at(first!)));
  for (const point of rest) surface().dispatchEvent(new PointerEvent('pointermove', { ...at(point), button: -1 }));
  surface().dispatchEvent(new PointerEvent('pointerup', at(points[points.length - 1]!)));
}

function lastSaved(saves: (string | null)[]): Drawing {
  const encoded = saves[saves.length - 1];
  if (encoded === null || encoded === undefined) return { strokes: [] };
  const decoded = decodeDrawing(encoded);
  if (!decoded.ok) throw new Error('unreadable save');
  return decoded.value;
}

it('saves pen and touch strokes with their kind and pressure; undo, redo and clear are saved and clear is undoable', async () => {
  const saves = mount(null);
  await expect.element(page.getByRole('img', { name: 'Drawing: House of dreams: Empty drawing' })).toBeInTheDocument();
  expect(getComputedStyle(surface()).touchAction).toBe('none');

  stroke('pen', [
    [0.1, 0.1, 0.2],
    [0.3, 0.2, 0.5],
    [0.5, 0.3, 0.9],
  ]);
  await expect.poll(() => saves.length).toBe(1);
  const pen = lastSaved(saves).strokes[0]!;
  expect(pen.pointer).toBe('pen');
  expect(pen.points.map((point) => point.pressure)).toEqual([20, 50, 90]);
  expect(pen.points[0]).toMatchObject({ x: 100, y: 100 });
  expect(pen.points[2]).toMatchObject({ x: 500, y: 300 });

  // A red, thick touch stroke.
  await page.getByRole('button', { name: 'Red' }).click();
  await page.getByRole('button', { name: 'Thick line' }).click();
  stroke('touch', [
    [0.8, 0.8, 0.5],
    [0.7, 0.9, 0.5],
  ], 8);
  await expect.poll(() => saves.length).toBe(2);
  expect(lastSaved(saves).strokes.map((entry: Stroke) => [entry.pointer, entry.colour, entry.width])).toEqual([
    ['pen', 'black', 'medium'],
    ['touch', 'red', 'thick'],
  ]);
  await expect.element(page.getByRole('img', { name: 'Drawing: House of dreams: Drawing with 2 lines' })).toBeInTheDocument();

  await page.getByRole('button', { name: /Undo/ }).click();
  await expect.poll(() => lastSaved(saves).strokes.length).toBe(1);
  await page.getByRole('button', { name: /Redo/ }).click();
  await expect.poll(() => lastSaved(saves).strokes.length).toBe(2);
  await page.getByRole('button', { name: 'Clear drawing' }).click();
  await expect.poll(() => saves[saves.length - 1]).toBeNull();
  await expect.element(page.getByText('The drawing was cleared. Undo brings it back.')).toBeInTheDocument();
  await page.getByRole('button', { name: /Undo/ }).click();
  await expect.poll(() => lastSaved(saves).strokes.length).toBe(2);
  expect(surface().dataset.strokes).toBe('2');
});

it('refuses a stroke past the size limit with a message and keeps the drawing as it was', async () => {
  // A drawing exactly at the points limit: one more stroke cannot fit.
  const perStroke = limits.threeHousesDrawingPoints / 10;
  const full: Drawing = {
    strokes: Array.from({ length: 10 }, (_, index) => ({
      pointer: 'mouse' as const,
      colour: 'blue' as const,
      width: 'thin' as const,
      points: Array.from({ length: perStroke }, (_, at) => ({ x: at % 1000, y: index * 90 + 10, pressure: null })),
    })),
  };
  const saves = mount(encodeDrawing(full));
  await expect.element(page.getByRole('img', { name: 'Drawing: House of dreams: Drawing with 10 lines' })).toBeInTheDocument();
  stroke('mouse', [
    [0.1, 0.95, 0.5],
    [0.9, 0.95, 0.5],
  ]);
  await expect
    .poll(() => world.container.querySelector('[role="alert"]')?.textContent)
    .toBe('The drawing is too detailed to save (20002 points, at most 20000). The last line was not added; the rest of the drawing is kept.');
  expect(surface().dataset.strokes).toBe('10');
  expect(saves).toEqual([]);
});
