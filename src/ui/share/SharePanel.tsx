import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { fragmentOfState, linkOfState, selectLinkSource, type LinkSource } from '../../share/current';
import { embedUrl, iframeSnippet, permalink } from '../../share/snippet';
import { useAppStore } from '../../store';
import { isApplePlatform } from '../chrome/platform';
import { copyText } from './copy';

/** What the link opens, in words. */
function describe(source: LinkSource, step: boolean): string {
  const count = source.result?.steps.length ?? 0;
  const where = step ? `at step ${source.cursor + 1} of ${count}` : 'without running it (run it first to link a step)';
  const fold = source.options.foldSingletons ? ', shared objects folded' : '';
  return `Opens this code ${where}${fold}.`;
}

/** The current page's address (the links are absolute, so they work from any host and sub-folder). */
function pageHref(): string {
  return window.location.href;
}

/**
 * The share menu's contents: the permalink with "Copy link", the `<iframe>` snippet with
 * "Copy snippet", and a status line saying what was copied. The links follow the shown
 * step while the menu is open.
 */
export function SharePanel({ firstRef }: { firstRef: RefObject<HTMLButtonElement | null> }) {
  const source = useAppStore(useShallow(selectLinkSource));
  const fragment = useMemo(() => fragmentOfState(source), [source]);
  const link = fragment === null ? '' : permalink(pageHref(), fragment);
  const snippet = fragment === null ? '' : iframeSnippet(embedUrl(pageHref(), fragment));
  const [status, setStatus] = useState('');
  const linkField = useRef<HTMLInputElement>(null);
  const snippetField = useRef<HTMLTextAreaElement>(null);
  const linkId = useId();
  const snippetId = useId();
  const summaryId = useId();
  const stepShown = linkOfState(source).step !== null;

  useEffect(() => setStatus(''), [fragment]);

  const copy = async (what: 'Link' | 'Snippet', text: string, field: HTMLInputElement | HTMLTextAreaElement | null) => {
    const result = await copyText(text, field);
    const keys = isApplePlatform() ? '⌘C' : 'Ctrl+C';
    setStatus(result === 'copied' ? `${what} copied` : `${what} selected: press ${keys} to copy it`);
  };

  if (fragment === null) {
    return (
      <p className="share-summary" id={summaryId}>
        This program is too long to share as a link (at most 1,000,000 characters).
      </p>
    );
  }
  return (
    <>
      <p className="share-summary" id={summaryId}>
        {describe(source, stepShown)}
      </p>
      <div className="share-field">
        <label htmlFor={linkId}>Link</label>
        <div className="share-row">
          <input
            ref={linkField}
            id={linkId}
            className="share-text"
            type="text"
            readOnly
            value={link}
            aria-describedby={summaryId}
            onFocus={(event) => event.currentTarget.select()}
          />
          <button ref={firstRef} type="button" className="btn btn-primary" onClick={() => void copy('Link', link, linkField.current)}>
            Copy link
          </button>
        </div>
      </div>
      <div className="share-field">
        <label htmlFor={snippetId}>Embed in a web page</label>
        <textarea
          ref={snippetField}
          id={snippetId}
          className="share-text share-snippet"
          readOnly
          rows={4}
          value={snippet}
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
        <div className="share-actions">
          <button type="button" className="btn btn-secondary" onClick={() => void copy('Snippet', snippet, snippetField.current)}>
            Copy snippet
          </button>
        </div>
      </div>
      <p className="share-status" role="status" aria-live="polite" data-testid="share-status">
        {status}
      </p>
    </>
  );
}
