import { select, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { drawWindow, visibleLayout, type Rect } from '../../diagram/cull';
import { drawDiagram } from '../../diagram/draw';
import type { DiagramLayout } from '../../diagram/layout';
import { drawTiming } from './draw-timing';
import { diagramSvgText, svgTextToPng } from './export';
import { attachZoom, AUTO_FIT_MIN, fitTransform, ZOOM_STEP } from './zoom';

/** Props of DiagramCanvas. */
export interface DiagramCanvasProps {
  /** What to draw. */
  layout: DiagramLayout;
  /** The drawing's accessible name (ignored for a ghost). */
  label?: string;
  /** Draw as the faint empty-state sketch, hidden from assistive technology. */
  ghost?: boolean;
  /** Animate what changed since the last drawing (off for jumps; drawDiagram also turns it off under reduced motion). */
  animate?: boolean;
  /** The selected object's id. */
  selected?: string | null;
  /** Called when the reader selects an object box. */
  onSelect?: (id: string) => void;
  /** Width of the frames column, tinted behind the frames as the drawing pans. */
  framesColumn: number;
  /** When this changes (a new run), the view goes back to 1:1 at the top left. */
  viewKey?: number;
}

/** What the toolbar can ask of the drawing. */
export interface DiagramHandle {
  zoomIn(): void;
  zoomOut(): void;
  /** Shows the whole drawing in the visible area (never enlarged past 1:1). */
  fit(): void;
  /** Back to 1:1 at the top left. */
  actualSize(): void;
  /** The drawing at 1:1 as SVG text, with its styles written in. */
  svgText(): string;
  /** The drawing at 1:1 as a PNG (twice the pixels, for sharp text). */
  png(): Promise<Blob>;
}

/**
 * The whole drawing (not only the part near the view) as SVG text: drawn into a
 * hidden copy beside the shown one, so it takes the same styles, then written out.
 */
function wholeDrawingText(beside: SVGGElement, layout: DiagramLayout): string {
  const copy = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  copy.setAttribute('class', 'diagram');
  copy.setAttribute('x', '-100000');
  beside.appendChild(copy);
  try {
    drawDiagram(copy, layout, { animate: false });
    return diagramSvgText(copy, panelBackground(copy));
  } finally {
    copy.remove();
  }
}

/** The background of the exported picture: the panel's own colour, so dark mode exports dark. */
function panelBackground(element: Element): string {
  return getComputedStyle(element).getPropertyValue('--surface').trim() || '#ffffff';
}

/**
 * The SVG the diagram is drawn into with D3, inside a viewport that zooms and pans
 * (d3-zoom). Redrawn whenever the layout changes; the zoom stays where the reader put it.
 */
export const DiagramCanvas = forwardRef<DiagramHandle, DiagramCanvasProps>(function DiagramCanvas(
  { layout, label = 'Memory at this step', ghost = false, animate = false, selected = null, onSelect, framesColumn, viewKey = 0 },
  ref,
) {
  const viewport = useRef<SVGSVGElement>(null);
  const layer = useRef<SVGGElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const behavior = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  // Until the reader zooms or pans, the view follows the drawing: 1:1, or shrunk (down to
  // AUTO_FIT_MIN) when the step does not fit. After that the view stays where they put it.
  const follow = useRef(true);
  const followMin = useRef(AUTO_FIT_MIN);
  const size = useRef({ width: layout.width, height: layout.height });
  size.current = { width: layout.width, height: layout.height };

  // The view's size, as the ResizeObserver last reported it: measuring it at each step would force a layout.
  const viewSize = useRef({ width: 0, height: 0 });
  // The part of the drawing near the view (in layout units): only that is put in the DOM.
  const [drawn, setDrawn] = useState<Rect | null>(null);
  const transform = useRef<ZoomTransform>(zoomIdentity);
  const updateWindow = () => {
    const t = transform.current;
    const { width, height } = viewSize.current;
    if (width === 0) return;
    const next = drawWindow({ x: -t.x / t.k, y: -t.y / t.k, width: width / t.k, height: height / t.k });
    setDrawn((w) => (w && w.x === next.x && w.y === next.y && w.width === next.width && w.height === next.height ? w : next));
  };
  const shown = useMemo(() => (ghost || drawn === null ? layout : visibleLayout(layout, drawn)), [layout, drawn, ghost]);

  const autoFit = () => {
    if (!follow.current || !behavior.current || !viewport.current) return;
    select(viewport.current).call(behavior.current.transform, fitTransform(size.current, viewSize.current, followMin.current));
  };

  useEffect(() => {
    if (ghost || !viewport.current || !layer.current) return;
    const root = viewport.current;
    const box = root.getBoundingClientRect();
    viewSize.current = { width: box.width, height: box.height };
    behavior.current = attachZoom(root, layer.current, () => viewSize.current, () => (follow.current = false), (t) => {
      transform.current = t;
      updateWindow();
    });
    updateWindow();
    const resize = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]!.contentRect;
      viewSize.current = { width: box.width, height: box.height };
      autoFit();
      updateWindow();
    });
    resize.observe(root);
    return () => {
      resize.disconnect();
      select(root).on('.zoom', null).on('wheel.pan', null);
      behavior.current = null;
    };
  }, [ghost]);

  useEffect(() => {
    follow.current = true;
    followMin.current = AUTO_FIT_MIN;
    autoFit();
  }, [viewKey]);

  useEffect(() => autoFit(), [layout]);

  useEffect(() => {
    if (!svg.current) return;
    const start = performance.now();
    drawDiagram(svg.current, shown, { testHooks: !ghost, animate: animate && !ghost, selected, onSelect: ghost ? undefined : (id: string) => onSelectRef.current?.(id) });
    if (!ghost) {
      drawTiming.drawnAt = performance.now();
      drawTiming.drawMs = drawTiming.drawnAt - start;
      drawTiming.count++;
    }
  }, [shown, ghost, animate, selected]);

  useImperativeHandle(ref, () => {
    const zoomTo = (apply: (b: ZoomBehavior<SVGSVGElement, unknown>, root: ReturnType<typeof select<SVGSVGElement, unknown>>) => void) => {
      if (behavior.current && viewport.current) apply(behavior.current, select(viewport.current));
    };
    const manual = (apply: Parameters<typeof zoomTo>[0]) => {
      follow.current = false;
      zoomTo(apply);
    };
    return {
      zoomIn: () => manual((b, root) => b.scaleBy(root, ZOOM_STEP)),
      zoomOut: () => manual((b, root) => b.scaleBy(root, 1 / ZOOM_STEP)),
      actualSize: () => manual((b, root) => b.transform(root, zoomIdentity)),
      fit: () =>
        zoomTo((b, root) => {
          // Fitting shows the whole drawing however small, then follows the steps again.
          follow.current = true;
          followMin.current = 0;
          b.transform(root, fitTransform({ width: layout.width, height: layout.height }, viewSize.current));
        }),
      svgText: () => (layer.current ? wholeDrawingText(layer.current, layout) : ''),
      png: () => {
        if (!layer.current) return Promise.reject(new Error('nothing drawn'));
        return svgTextToPng(wholeDrawingText(layer.current, layout), layout.width, layout.height);
      },
    };
  }, [layout]);

  if (ghost)
    return (
      <svg className="diagram-viewport is-ghost" aria-hidden="true" focusable="false">
        <svg ref={svg} className="diagram is-ghost" />
      </svg>
    );
  return (
    <svg ref={viewport} className="diagram-viewport" data-testid="diagram-viewport">
      <g ref={layer} className="diagram-zoom">
        <rect className="frames-column-tint" x={-100000} width={100000 + framesColumn} y={-100000} height={200000} />
        <line className="frames-column-edge" x1={framesColumn - 0.5} x2={framesColumn - 0.5} y1={-100000} y2={100000} />
        <svg ref={svg} className="diagram" role="group" aria-label={label} />
      </g>
    </svg>
  );
});
