import { useEffect, useId, useRef, useState } from 'react';
import { SharePanel } from './SharePanel';

/** A share arrow leaving a box (the Share button's icon). */
function ShareIcon() {
  return (
    <svg className="icon" width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
      <path d="M12 3.5v11M7.5 8 12 3.5 16.5 8M5 12.5v6.5a1.5 1.5 0 0 0 1.5 1.5h11a1.5 1.5 0 0 0 1.5-1.5v-6.5" />
    </svg>
  );
}

/**
 * The header's Share button and its popover (a non-modal dialog): the permalink and the
 * embed snippet, each with a Copy button. Opening it focuses "Copy link"; Escape closes
 * it and gives focus back to the button; a click outside or focus leaving closes it.
 */
export function ShareMenu() {
  const [open, setOpen] = useState(false);
  const dialogId = useId();
  const titleId = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    (first.current ?? wrap.current?.querySelector<HTMLElement>('.share-popover'))?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!wrap.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div
      className="share-menu"
      ref={wrap}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.preventDefault();
        event.stopPropagation();
        close();
      }}
      onBlur={(event) => {
        const to = event.relatedTarget as Node | null;
        if (open && to !== null && !wrap.current?.contains(to)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className="btn btn-ghost btn-icon-label"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? dialogId : undefined}
        onClick={() => setOpen((was) => !was)}
      >
        <ShareIcon />
        <span>Share</span>
      </button>
      {open && (
        <div id={dialogId} className="share-popover" role="dialog" aria-labelledby={titleId} tabIndex={-1}>
          <div className="share-head">
            <h2 id={titleId}>Share</h2>
            <button type="button" className="btn btn-quiet btn-small" onClick={close}>
              Close
            </button>
          </div>
          <SharePanel firstRef={first} />
        </div>
      )}
    </div>
  );
}
