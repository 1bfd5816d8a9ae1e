import { useRef, type CSSProperties, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { useActions, useAppStore } from '../../store';
import { DEFAULT_OPTIONS, SPLIT_LIMITS } from '../../store/optionsSlice';
import { ratioForKey, ratioFromPointer } from './split';

/** Props of SplitLayout. */
export interface SplitLayoutProps {
  /** The left pane (the editor). */
  start: ReactNode;
  /** The right pane (the diagram and its panels). */
  end: ReactNode;
  /** The id of the left pane's element, for the separator's aria-controls. */
  startId: string;
}

/**
 * Two panes side by side with a draggable, keyboard-accessible separator between them;
 * the ratio lives in the store (and is saved). At 720 px and below the panes stack.
 */
export function SplitLayout({ start, end, startId }: SplitLayoutProps) {
  const ratio = useAppStore((s) => s.options.splitRatio);
  const { setSplitRatio } = useActions();
  const container = useRef<HTMLDivElement>(null);

  const moveTo = (clientX: number) => {
    const rect = container.current?.getBoundingClientRect();
    if (rect) setSplitRatio(ratioFromPointer(clientX, rect.left, rect.width));
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    document.documentElement.classList.add('is-resizing');
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (event.currentTarget.hasPointerCapture(event.pointerId)) moveTo(event.clientX);
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.releasePointerCapture(event.pointerId);
    document.documentElement.classList.remove('is-resizing');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = ratioForKey(event.key, event.shiftKey, ratio);
    if (next === null) return;
    event.preventDefault();
    setSplitRatio(next);
  };

  return (
    <div className="split" ref={container} style={{ '--split': `${(ratio * 100).toFixed(2)}%` } as CSSProperties}>
      <div className="split-pane split-start">{start}</div>
      <div
        className="split-separator"
        role="separator"
        tabIndex={0}
        aria-orientation="vertical"
        aria-label="Resize editor"
        aria-controls={startId}
        aria-valuemin={Math.round(SPLIT_LIMITS.min * 100)}
        aria-valuemax={Math.round(SPLIT_LIMITS.max * 100)}
        aria-valuenow={Math.round(ratio * 100)}
        title="Drag, or use the arrow keys, to resize. Double-click to reset."
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onKeyDown={onKeyDown}
        onDoubleClick={() => setSplitRatio(DEFAULT_OPTIONS.splitRatio)}
      >
        <span className="split-grip" aria-hidden="true" />
      </div>
      <div className="split-pane split-end">{end}</div>
    </div>
  );
}
