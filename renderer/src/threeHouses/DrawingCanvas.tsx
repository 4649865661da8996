// The freehand drawing of one house: an SVG surface drawn on with Pointer Events (mouse, touch and
// pen alike, with pen pressure; the pointer is captured so a stroke leaving the surface still ends
// cleanly, and touch-action: none keeps the page from scrolling under a finger), strokes simplified
// when they end, undo / redo / clear (clearing is undoable), colours and line widths. Each finished
// stroke (and each undo, redo or clear) is saved at once in its stored encoding; a drawing too large
// is refused with a message and the drawing kept as it was. Keyboard users cannot draw freehand,
// but every control is a button; the surface says how many lines the drawing has.
import { useEffect, useId, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addStroke,
  canRedo,
  canUndo,
  clearDrawing,
  decodeDrawing,
  drawingForStorage,
  drawingSpace,
  pointFromSurface,
  pointerKindOf,
  redo,
  simplifyStroke,
  startHistory,
  strokeColours,
  strokeWidths,
  strokeWidthUnits,
  undo,
  type Drawing,
  type DrawingHistory,
  type DrawingPoint,
  type PointerKind,
  type StrokeColour,
  type StrokeWidth,
} from '../../../shared/threeHouses/drawing';
import { strokeColourValues, StrokePath } from './DrawingImage';
import './drawing.css';

type DrawingCanvasProps = {
  /** The drawing as stored now (drawing.ts encoding), or null for none. */
  encoded: string | null;
  /** The house's name, for the labels. */
  houseName: string;
  /** Saves the encoding (null = no drawing); resolves to null when saved or to the message to show. */
  onSave: (encoded: string | null) => Promise<string | null>;
  /** 'child': the large surface and controls of child mode. */
  size: 'desk' | 'child';
};

type Live = { pointerId: number; pointer: PointerKind; points: DrawingPoint[] };
type Message = { kind: 'error' | 'info'; text: string } | null;

function decodedOrEmpty(encoded: string | null): { history: DrawingHistory; problem: string | null } {
  if (encoded === null) return { history: startHistory(), problem: null };
  const decoded = decodeDrawing(encoded);
  return decoded.ok ? { history: startHistory(decoded.value), problem: null } : { history: startHistory(), problem: decoded.issue.key };
}

export function DrawingCanvas({ encoded, houseName, onSave, size }: DrawingCanvasProps) {
  const { t } = useTranslation();
  const helpId = useId();
  const initial = useMemo(() => decodedOrEmpty(encoded), []); // eslint-disable-line react-hooks/exhaustive-deps
  const [history, setHistory] = useState<DrawingHistory>(initial.history);
  const [colour, setColour] = useState<StrokeColour>('black');
  const [width, setWidth] = useState<StrokeWidth>('medium');
  const [live, setLive] = useState<Live | null>(null);
  const [message, setMessage] = useState<Message>(initial.problem ? { kind: 'error', text: t(initial.problem) } : null);
  const [saveState, setSaveState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const liveRef = useRef<Live | null>(null);
  const surface = useRef<SVGSVGElement>(null);
  // Every encoding this canvas wrote: the stored value coming back is ours and changes nothing.
  const written = useRef(new Set<string | null>([encoded]));
  const queue = useRef<Promise<void>>(Promise.resolve());

  // A drawing changed elsewhere (another window, or an undo of the whole session) replaces this one
  // when nobody is drawing here.
  useEffect(() => {
    if (written.current.has(encoded) || liveRef.current) return;
    written.current = new Set([encoded]);
    const next = decodedOrEmpty(encoded);
    setHistory(next.history);
    if (next.problem) setMessage({ kind: 'error', text: t(next.problem) });
  }, [encoded, t]);

  /** Saves a drawing; saves run one after another, so the newest always lands last. */
  function persist(drawing: Drawing) {
    const stored = drawingForStorage(drawing);
    if (!stored.ok) {
      setMessage({ kind: 'error', text: t(stored.issue.key, stored.issue.values) });
      return;
    }
    written.current.add(stored.value);
    setSaveState('saving');
    queue.current = queue.current.then(async () => {
      const problem = await onSave(stored.value);
      if (problem) {
        setMessage({ kind: 'error', text: t('threeHouses.drawingUi.saveFailed', { reason: problem }) });
        setSaveState('idle');
      } else {
        setSaveState('saved');
      }
    });
  }

  function change(next: DrawingHistory, info: string | null = null) {
    setHistory(next);
    setMessage(info ? { kind: 'info', text: info } : null);
    persist(next.present);
  }

  function pointAt(event: { clientX: number; clientY: number; pressure: number }, pointer: PointerKind): DrawingPoint {
    const rect = surface.current!.getBoundingClientRect();
    return pointFromSurface(event.clientX - rect.left, event.clientY - rect.top, { width: rect.width, height: rect.height }, pointer, event.pressure);
  }

  function onPointerDown(event: ReactPointerEvent<SVGSVGElement>) {
    if (liveRef.current || (event.pointerType === 'mouse' && event.button !== 0)) return;
    event.preventDefault();
    try {
      // Keeps the stroke's moves and its end coming here even when the finger leaves the surface.
      event.currentTarget.setPointerCapture(event.pointerId);
    } catch {
      // A pointer the browser no longer tracks: the stroke still ends on pointerup.
    }
    const pointer = pointerKindOf(event.pointerType);
    const next = { pointerId: event.pointerId, pointer, points: [pointAt(event, pointer)] };
    liveRef.current = next;
    setLive(next);
  }

  function onPointerMove(event: ReactPointerEvent<SVGSVGElement>) {
    const current = liveRef.current;
    if (!current || current.pointerId !== event.pointerId) return;
    const events = event.nativeEvent.getCoalescedEvents?.() ?? [];
    const added = (events.length > 0 ? events : [event.nativeEvent]).map((entry) => pointAt(entry, current.pointer));
    const next = { ...current, points: [...current.points, ...added] };
    liveRef.current = next;
    setLive(next);
  }

  function finish(event: ReactPointerEvent<SVGSVGElement>) {
    const current = liveRef.current;
    if (!current || current.pointerId !== event.pointerId) return;
    liveRef.current = null;
    setLive(null);
    const stroke = simplifyStroke({ pointer: current.pointer, colour, width, points: current.points });
    const added = addStroke(history, stroke);
    if (!added.ok) {
      setMessage({ kind: 'error', text: t(added.issue.key, added.issue.values) });
      return;
    }
    change(added.value);
  }

  const strokes = history.present.strokes;
  const alt = `${t('threeHouses.drawing.label', { house: houseName })}: ${
    strokes.length === 0 ? t('threeHouses.drawingUi.empty') : t('threeHouses.drawingUi.strokes', { count: strokes.length })
  }`;

  return (
    <div className={`drawing-canvas drawing-canvas-${size}`}>
      <svg
        ref={surface}
        className="drawing-surface"
        viewBox={`0 0 ${drawingSpace} ${drawingSpace}`}
        role="img"
        aria-label={alt}
        aria-describedby={helpId}
        data-strokes={strokes.length}
        data-testid="drawing-surface"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={finish}
        onPointerCancel={finish}
        onLostPointerCapture={finish}
      >
        {strokes.map((stroke, index) => (
          <StrokePath key={index} stroke={stroke} />
        ))}
        {live && <StrokePath stroke={{ pointer: live.pointer, colour, width, points: live.points }} />}
      </svg>
      <p className="help" id={helpId}>
        {t('threeHouses.drawingUi.surfaceHelp')}
      </p>
      <div className="drawing-tools" role="group" aria-label={t('threeHouses.drawingUi.tools', { house: houseName })}>
        <div className="drawing-tool-row" role="group" aria-label={t('threeHouses.drawingUi.colour')}>
          {strokeColours.map((entry) => (
            <button
              key={entry}
              type="button"
              className="drawing-colour"
              aria-pressed={entry === colour}
              title={t(`threeHouses.drawing.colour.${entry}`)}
              onClick={() => setColour(entry)}
            >
              <span className="drawing-swatch" style={{ background: strokeColourValues[entry] }} aria-hidden="true">
                {entry === colour ? '✓' : ''}
              </span>
              <span className="visually-hidden">{t(`threeHouses.drawing.colour.${entry}`)}</span>
            </button>
          ))}
        </div>
        <div className="drawing-tool-row" role="group" aria-label={t('threeHouses.drawingUi.width')}>
          {strokeWidths.map((entry) => (
            <button key={entry} type="button" className="drawing-width" aria-pressed={entry === width} onClick={() => setWidth(entry)}>
              <svg viewBox="0 0 40 24" aria-hidden="true" className="drawing-width-sample">
                <line x1="4" y1="12" x2="36" y2="12" stroke="currentColor" strokeWidth={Math.max(1.5, strokeWidthUnits[entry] / 2.5)} strokeLinecap="round" />
              </svg>
              <span>{t(`threeHouses.drawing.width.${entry}`)}</span>
            </button>
          ))}
        </div>
        <div className="drawing-tool-row">
          <button type="button" className="button" disabled={!canUndo(history)} onClick={() => change(undo(history))}>
            ↶ {t('threeHouses.drawing.undo')}
          </button>
          <button type="button" className="button" disabled={!canRedo(history)} onClick={() => change(redo(history))}>
            ↷ {t('threeHouses.drawing.redo')}
          </button>
          <button
            type="button"
            className="button"
            disabled={strokes.length === 0}
            onClick={() => change(clearDrawing(history), t('threeHouses.drawing.cleared'))}
          >
            {t('threeHouses.drawing.clear')}
          </button>
          <span className="save-status" role="status">
            {saveState === 'saving' ? t('threeHouses.drawingUi.saving') : saveState === 'saved' ? t('threeHouses.drawingUi.saved') : ''}
          </span>
        </div>
      </div>
      {message && (
        <p className={message.kind === 'error' ? 'error' : 'drawing-info'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
