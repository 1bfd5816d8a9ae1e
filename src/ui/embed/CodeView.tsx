import { useLayoutEffect, useMemo, useRef } from 'react';
import { useAppStore } from '../../store';
import { lineMarks, MARK_HOVER, type LineMarkKind } from '../editor/trace-marks';

/** The glyph of each mark (the shapes differ, as in the editor, so they read apart without colour). */
const GLYPH: Readonly<Record<LineMarkKind, string>> = { next: '▶', previous: '›', both: '▶' };

/**
 * The program, read-only, as a plain `<pre>` with line numbers: the line about to run
 * and the line just run are marked as in the editor, and the one about to run is kept
 * in view (by scrolling the `<pre>` only: an embedded page must never scroll its host).
 */
export function CodeView() {
  const code = useAppStore((s) => s.code);
  const result = useAppStore((s) => s.result);
  const cursor = useAppStore((s) => s.cursor);
  const stale = useAppStore((s) => s.stale);
  const marks = useMemo(() => new Map(lineMarks(result?.steps, cursor, stale).map((m) => [m.line, m.kind])), [result, cursor, stale]);
  const lines = useMemo(() => code.replace(/\n$/, '').split('\n'), [code]);
  const pre = useRef<HTMLPreElement>(null);
  const current = [...marks].find(([, kind]) => kind !== 'previous')?.[0] ?? null;

  useLayoutEffect(() => {
    const box = pre.current;
    const line = current === null ? null : box?.querySelector<HTMLElement>(`[data-line="${current}"]`);
    if (!box || !line) return;
    const top = line.offsetTop;
    const bottom = top + line.offsetHeight;
    if (top < box.scrollTop || bottom > box.scrollTop + box.clientHeight) {
      box.scrollTop = Math.max(0, top - (box.clientHeight - line.offsetHeight) / 2);
    }
  }, [current, lines]);

  const width = String(lines.length).length;
  return (
    <pre ref={pre} className="code-view" tabIndex={0} aria-label="Code" data-testid="code-view" style={{ '--number-width': `${width}ch` } as React.CSSProperties}>
      <code>
        {lines.map((text, i) => {
          const kind = marks.get(i + 1);
          return (
            <span key={i} className="code-line" data-line={i + 1} data-mark={kind} title={kind ? MARK_HOVER[kind] : undefined}>
              <span className="code-glyph" aria-hidden="true">
                {kind ? GLYPH[kind] : ''}
              </span>
              <span className="code-number" aria-hidden="true">
                {i + 1}
              </span>
              <span className="code-text">{text}</span>
              {kind && <span className="visually-hidden"> ({MARK_HOVER[kind].toLowerCase()})</span>}
              {'\n'}
            </span>
          );
        })}
      </code>
    </pre>
  );
}
