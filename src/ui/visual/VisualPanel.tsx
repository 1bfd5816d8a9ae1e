import { useMemo, useRef, type CSSProperties } from 'react';
import { COMPACT_LAYOUT, layoutStep, WIDE_LAYOUT } from '../../diagram/layout';
import { selectCurrentStep, useAppStore } from '../../store';
import { Timeline } from '../timeline/Timeline';
import { DiagramCanvas } from './DiagramCanvas';
import { FramesEmpty, ObjectsEmpty } from './EmptyState';
import { GHOST_STEP } from './ghost';
import { useElementWidth } from './useElementWidth';

/** Below this width the diagram uses its compact sizes. */
const COMPACT_BELOW = 560;

/**
 * The memory diagram: the "Frames" region (the call stack) beside the "Objects" region
 * (the heap), the step's drawing across both, and the timeline under them.
 */
export function VisualPanel() {
  const step = useAppStore(selectCurrentStep);
  const body = useRef<HTMLDivElement>(null);
  const width = useElementWidth(body);
  const config = width > 0 && width < COMPACT_BELOW ? COMPACT_LAYOUT : WIDE_LAYOUT;
  const layout = useMemo(() => (step ? layoutStep(step, config) : null), [step, config]);
  const ghost = useMemo(() => layoutStep(GHOST_STEP, config), [config]);
  const style = {
    '--frames-column': `${config.framesColumn}px`,
    '--diagram-height': `${(layout ?? ghost).height}px`,
  } as CSSProperties;

  return (
    <section className="card visual-panel" aria-label="Memory diagram">
      <div className="visual-body" ref={body} style={style}>
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
            </header>
            {!layout && <ObjectsEmpty />}
          </section>
        </div>
        {layout ? (
          <DiagramCanvas key="trace" layout={layout} label={step?.explain || 'Memory at this step'} />
        ) : (
          <DiagramCanvas key="ghost" layout={ghost} ghost />
        )}
      </div>
      <Timeline />
    </section>
  );
}
