import type { CSSProperties } from 'react';
import { useGcView } from '../../store';

const GENERATIONS = [0, 1, 2] as const;

/** A count's share of its threshold, as a CSS percentage (full at or past the threshold). */
function fill(count: number, threshold: number): string {
  if (threshold <= 0) return count > 0 ? '100%' : '0%';
  return `${Math.min(100, (count / threshold) * 100)}%`;
}

/**
 * The cyclic collector at the shown step: whether automatic collection is enabled, and
 * each generation's count against its threshold ("gen 0: 12 / 700") with a small bar.
 * The panel is highlighted at a collection step (event `gc`).
 */
export function GcPanel() {
  const gc = useGcView();
  const collecting = gc?.collecting ?? false;
  return (
    <section
      className={collecting ? 'card side-panel gc-panel is-collecting' : 'card side-panel gc-panel'}
      aria-labelledby="gc-title"
      data-testid="gc-panel"
      data-collecting={collecting}
    >
      <header className="panel-head">
        <h2 id="gc-title">Garbage collector</h2>
        {collecting && <span className="chip">collection</span>}
      </header>
      {gc ? (
        <div className="gc-body">
          <p className="gc-status">
            Automatic collection: <strong>{gc.enabled ? 'enabled' : 'disabled'}</strong>
          </p>
          <ul className="gc-gens">
            {GENERATIONS.map((g) => {
              const count = gc.counts[g];
              const threshold = gc.thresholds[g];
              return (
                <li key={g} className="gc-gen" data-gen={g}>
                  <span className="gc-gen-text">
                    gen {g}: {count} / {threshold}
                  </span>
                  <span className="gc-bar" aria-hidden="true">
                    <span className="gc-bar-fill" style={{ '--fill': fill(count, threshold) } as CSSProperties} />
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      ) : (
        <p className="gc-empty">The collector&apos;s counts show here once a run is recorded.</p>
      )}
    </section>
  );
}
