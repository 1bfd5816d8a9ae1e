import type { RefObject } from 'react';
import { useActions, useAppStore } from '../../store';
import { Icon, type IconName } from '../chrome/Icon';
import type { DiagramHandle } from './DiagramCanvas';
import { download } from './export';

function ToolButton({ label, icon, onClick, disabled }: { label: string; icon: IconName; onClick: () => void; disabled: boolean }) {
  return (
    <button type="button" className="btn btn-icon btn-quiet" aria-label={label} title={label} onClick={onClick} disabled={disabled}>
      <Icon name={icon} size={15} />
    </button>
  );
}

/** Zoom out / in, fit, 1:1, and export of the shown step as SVG or PNG. */
export function DiagramToolbar({ canvas, step, disabled }: { canvas: RefObject<DiagramHandle | null>; step: number; disabled: boolean }) {
  const name = `memory-lane-step-${step + 1}`;
  const fold = useAppStore((s) => s.options.foldSingletons);
  const { setOption } = useActions();
  return (
    <div className="diagram-toolbar" role="toolbar" aria-label="Diagram view">
      <button
        type="button"
        className="btn btn-quiet btn-small hide-narrow"
        aria-pressed={fold}
        title="Draw small ints, None, True and False inside the slot that refers to them (they stay shared objects)"
        onClick={() => setOption('foldSingletons', !fold)}
      >
        Fold shared
      </button>
      <span className="toolbar-sep hide-narrow" aria-hidden="true" />
      <ToolButton label="Zoom out" icon="zoom-out" disabled={disabled} onClick={() => canvas.current?.zoomOut()} />
      <ToolButton label="Zoom in" icon="zoom-in" disabled={disabled} onClick={() => canvas.current?.zoomIn()} />
      <ToolButton label="Fit" icon="fit" disabled={disabled} onClick={() => canvas.current?.fit()} />
      <ToolButton label="Actual size" icon="actual-size" disabled={disabled} onClick={() => canvas.current?.actualSize()} />
      <span className="toolbar-sep hide-narrow" aria-hidden="true" />
      <button
        type="button"
        className="btn btn-quiet btn-small hide-narrow"
        disabled={disabled}
        aria-label="Export SVG"
        title="Download this step's diagram as SVG"
        onClick={() => {
          const text = canvas.current?.svgText();
          if (text) download(new Blob([text], { type: 'image/svg+xml' }), `${name}.svg`);
        }}
      >
        SVG
      </button>
      <button
        type="button"
        className="btn btn-quiet btn-small hide-narrow"
        disabled={disabled}
        aria-label="Export PNG"
        title="Download this step's diagram as PNG"
        onClick={() => void canvas.current?.png().then((blob) => download(blob, `${name}.png`))}
      >
        PNG
      </button>
    </div>
  );
}
