import { useMemo, useRef, type CSSProperties } from 'react';
import { COMPACT_LAYOUT, layoutStep, WIDE_LAYOUT } from '../../diagram/layout';
import { useAppStore } from '../../store';
import { SelectionBar } from '../timeline/SelectionBar';
import { Timeline } from '../timeline/Timeline';
import { DiagramCanvas, type DiagramHandle } from './DiagramCanvas';
import { DiagramToolbar } from './DiagramToolbar';
import { drawTiming } from './draw-timing';
import { FramesEmpty, ObjectsEmpty } from './EmptyState';
import { GHOST_STEP } from './ghost';
import { useElementWidth } from './useElementWidth';
import { useShownSteps } from './useShownSteps';

/** Below this width the diagram uses its compact sizes. */
const COMPACT_BELOW = 560;

/**
 * The memory diagram: the "Frames" region (the call stack) beside the "Objects" region
 * (the heap), the step's drawing across both (zoomable), and the timeline under them.
 */
export function VisualPanel() {
  const { step, previous, cursor, forward } = useShownSteps();
  const runId = useAppStore((s) => s.runId);
  const fold = useAppStore((s) => s.options.foldSingletons);
  const selected = useAppStore((s) => s.selectedObject);
  const selectObject = useAppStore((s) => s.selectObject);
  const body = useRef<HTMLDivElement>(null);
  const canvas = useRef<DiagramHandle>(null);
  const width = useElementWidth(body);
  const config = width > 0 && width < COMPACT_BELOW ? COMPACT_LAYOUT : WIDE_LAYOUT;
  const layout = useMemo(() => {
    if (!step) return null;
    const start = performance.now();
    const laid = layoutStep(step, previous, config, { foldSingletons: fold });
    drawTiming.layoutMs = performance.now() - start;
    return laid;
  }, [step, previous, config, fold]);
  const ghost = useMemo(() => layoutStep(GHOST_STEP, null, config), [config]);
  // Before a trace, the empty-state texts sit under the ghost sketch.
  const style = { '--frames-column': `${config.framesColumn}px`, '--diagram-height': layout ? '0px' : `${ghost.height}px` } as CSSProperties;

  return (
    <section className="card visual-panel" aria-label="Memory diagram">
      <div className={layout ? 'visual-body has-drawing' : 'visual-body'} ref={body} style={style}>
        <div className="columns">
          <section className="column column-frames" aria-labelledby="frames-title">
            <header className="column-head">
              <h2 id="frames-title">Frames</h2>
              <span className="column-sub">the stack</span>
            </header>
            {!layout && <FramesEmpty />}
          </section>
          <section className="column column-objects" aria-labelledby="objects-title">
            <header className="column-head">
              <h2 id="objects-title">Objects</h2>
              <span className="column-sub">the heap</span>
              <DiagramToolbar canvas={canvas} step={cursor} disabled={!layout} />
            </header>
            {!layout && <ObjectsEmpty />}
          </section>
        </div>
        {layout ? (
          <DiagramCanvas
            key="trace"
            ref={canvas}
            layout={layout}
            label={step?.explain || 'Memory at this step'}
            animate={forward}
            framesColumn={config.framesColumn}
            viewKey={runId}
            selected={selected}
            onSelect={(id) => selectObject(id === selected ? null : id)}
          />
        ) : (
          <DiagramCanvas key="ghost" layout={ghost} framesColumn={config.framesColumn} ghost />
        )}
      </div>
      <SelectionBar />
      <Timeline />
    </section>
  );
}
