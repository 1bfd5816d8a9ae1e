import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { linkOfState, selectLinkSource } from '../../share/current';
import { encodeLink } from '../../share/link';
import { APP_PAGE } from '../../share/snippet';
import { useAppStore } from '../../store';
import { LogoMark } from '../chrome/AppHeader';
import { useDocumentTheme } from '../chrome/theme';
import { useGlobalShortcuts } from '../chrome/useGlobalShortcuts';
import { ExplanationPanel } from '../panels/ExplanationPanel';
import { OutputPanel } from '../panels/OutputPanel';
import { LinkNotice } from '../share/LinkNotice';
import { VisualPanel } from '../visual/VisualPanel';
import { CodeView } from './CodeView';

/** "Open in Memory Lane": the playground (relative, so any sub-folder works) at the shown step, in a new tab. */
function OpenLink() {
  const source = useAppStore(useShallow(selectLinkSource));
  const href = useMemo(() => `${APP_PAGE}#${encodeLink(linkOfState(source))}`, [source]);
  return (
    <a className="btn btn-secondary embed-open" href={href} target="_blank" rel="noopener">
      Open in Memory Lane
      <span aria-hidden="true">↗</span>
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}

/** What the embed shows without a program: its address carries none. */
function NoProgram() {
  return (
    <div className="embed-empty card">
      <p>
        This view shows a Python program shared from Memory Lane. Its address carries no program: copy the embed snippet from
        the Share menu of{' '}
        <a href={APP_PAGE} target="_blank" rel="noopener">
          Memory Lane
        </a>
        .
      </p>
    </div>
  );
}

/**
 * The embed view: the code read-only with the current line marked, the diagram with its
 * timeline, the explanation and the output, laid out for the size of its frame.
 */
export function EmbedApp({ hasProgram }: { hasProgram: boolean }) {
  useDocumentTheme();
  useGlobalShortcuts();
  return (
    <div className="embed">
      <header className="embed-bar">
        <div className="brand">
          <LogoMark />
          <span className="brand-name">Memory Lane</span>
        </div>
        {hasProgram && <OpenLink />}
      </header>
      {hasProgram ? (
        <main className="embed-body">
          <section className="card embed-code" aria-label="Program">
            <CodeView />
          </section>
          <VisualPanel />
          <div className="embed-side">
            <ExplanationPanel />
            <OutputPanel />
          </div>
        </main>
      ) : (
        <main className="embed-body is-empty">
          <NoProgram />
        </main>
      )}
      <LinkNotice brokenHint="Open Memory Lane to write or paste a program." />
    </div>
  );
}
