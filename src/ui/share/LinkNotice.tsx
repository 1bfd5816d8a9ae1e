import { useEffect } from 'react';
import { useStore } from 'zustand';
import { linkNotice, type NoticeStore } from '../../share/notice';

/** How long a confirmation stays, in milliseconds. */
const INFO_FOR = 6000;

/**
 * The notice after opening a link: why it could not be opened, or that its code replaced
 * the reader's draft, with "Restore your draft". Everything in it is plain text.
 */
export function LinkNotice({
  notices = linkNotice,
  brokenHint = 'Your own saved code is shown instead.',
}: {
  notices?: NoticeStore;
  /** Said after why a link is broken: what the page shows instead. */
  brokenHint?: string;
}) {
  const notice = useStore(notices, (s) => s.notice);
  const dismiss = useStore(notices, (s) => s.dismiss);

  useEffect(() => {
    if (notice?.kind !== 'info') return;
    const timer = window.setTimeout(dismiss, INFO_FOR);
    return () => window.clearTimeout(timer);
  }, [notice, dismiss]);

  if (!notice) return null;
  const message = notice.kind === 'replaced' ? `${notice.message} Your own code is kept.` : notice.message;
  return (
    <div
      className={`link-notice is-${notice.kind}`}
      role={notice.kind === 'broken' ? 'alert' : 'status'}
      data-testid="link-notice"
      data-kind={notice.kind}
    >
      <p className="link-notice-text">
        {message}
        {notice.kind === 'broken' && ` ${brokenHint}`}
      </p>
      <div className="link-notice-actions">
        {notice.kind === 'replaced' && (
          <button type="button" className="btn btn-secondary btn-notice" onClick={notice.restore}>
            Restore your draft
          </button>
        )}
        <button type="button" className="btn btn-ghost btn-notice" onClick={dismiss} aria-label="Dismiss the notice">
          Dismiss
        </button>
      </div>
    </div>
  );
}
