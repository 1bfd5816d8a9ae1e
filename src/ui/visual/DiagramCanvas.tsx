import { useEffect, useRef } from 'react';
import { drawDiagram } from '../../diagram/draw';
import type { DiagramLayout } from '../../diagram/layout';

/** The SVG the diagram is drawn into with D3; redrawn whenever the layout changes. */
export function DiagramCanvas({ layout, label }: { layout: DiagramLayout; label: string }) {
  const svg = useRef<SVGSVGElement>(null);
  useEffect(() => {
    if (svg.current) drawDiagram(svg.current, layout);
  }, [layout]);
  return <svg ref={svg} className="diagram" role="img" aria-label={label} />;
}
