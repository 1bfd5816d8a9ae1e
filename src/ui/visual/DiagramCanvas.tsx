import { useEffect, useRef } from 'react';
import { drawDiagram } from '../../diagram/draw';
import type { DiagramLayout } from '../../diagram/layout';

/** Props of DiagramCanvas. */
export interface DiagramCanvasProps {
  /** What to draw. */
  layout: DiagramLayout;
  /** The drawing's accessible name (ignored for a ghost). */
  label?: string;
  /** Draw as the faint empty-state sketch, hidden from assistive technology. */
  ghost?: boolean;
}

/** The SVG the diagram is drawn into with D3; redrawn whenever the layout changes. */
export function DiagramCanvas({ layout, label = 'Memory at this step', ghost = false }: DiagramCanvasProps) {
  const svg = useRef<SVGSVGElement>(null);
  useEffect(() => {
    if (svg.current) drawDiagram(svg.current, layout, { testHooks: !ghost });
  }, [layout, ghost]);
  if (ghost) return <svg ref={svg} className="diagram is-ghost" aria-hidden="true" focusable="false" />;
  return <svg ref={svg} className="diagram" role="img" aria-label={label} />;
}
