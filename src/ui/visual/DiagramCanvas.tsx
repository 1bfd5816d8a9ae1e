import { select, zoomIdentity, type ZoomBehavior } from 'd3';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
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
  /** Animate what changed since the last drawing (off for reduced motion and for jumps). */
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

  const autoFit = () => {
    if (!follow.current || !behavior.current || !viewport.current) return;
    const box = viewport.current.getBoundingClientRect();
    select(viewport.current).call(behavior.current.transform, fitTransform(size.current, box, followMin.current));
  };

  useEffect(() => {
    if (ghost || !viewport.current || !layer.current) return;
    behavior.current = attachZoom(viewport.current, layer.current, () => (follow.current = false));
    const root = viewport.current;
    const resize = new ResizeObserver(() => autoFit());
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
    drawDiagram(svg.current, layout, { testHooks: !ghost, animate: animate && !ghost, selected, onSelect: ghost ? undefined : (id: string) => onSelectRef.current?.(id) });
    if (!ghost) {
      drawTiming.drawnAt = performance.now();
      drawTiming.drawMs = drawTiming.drawnAt - start;
      drawTiming.count++;
    }
  }, [layout, ghost, animate, selected]);

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
          b.transform(root, fitTransform({ width: layout.width, height: layout.height }, root.node()!.getBoundingClientRect()));
        }),
      svgText: () => (svg.current ? diagramSvgText(svg.current, panelBackground(svg.current)) : ''),
      png: () => {
        if (!svg.current) return Promise.reject(new Error('nothing drawn'));
        return svgTextToPng(diagramSvgText(svg.current, panelBackground(svg.current)), layout.width, layout.height);
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
