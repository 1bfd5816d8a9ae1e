import { useId } from 'react';
import { useActions, useAppStore } from '../../store';

/** A collapsible box for the text `input()` reads, saved with the code. */
export function StdinBox() {
  const stdin = useAppStore((s) => s.stdin);
  const { setStdin } = useActions();
  const id = useId();
  const lines = stdin === '' ? 0 : stdin.replace(/\n$/, '').split('\n').length;
  return (
    <details className="stdin" open={lines > 0 ? true : undefined}>
      <summary>
        <span>Program input</span>
        <span className="stdin-hint">{lines === 0 ? 'read by input()' : `${lines} line${lines === 1 ? '' : 's'}`}</span>
      </summary>
      <label className="visually-hidden" htmlFor={id}>
        Program input (stdin)
      </label>
      <textarea
        id={id}
        className="stdin-text"
        value={stdin}
        onChange={(event) => setStdin(event.target.value)}
        placeholder="One line per input() call"
        rows={3}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
      />
    </details>
  );
}
