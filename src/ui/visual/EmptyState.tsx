/** The Frames column before a trace exists: a sketch of a frame and what it holds. */
export function FramesEmpty() {
  return (
    <div className="empty">
      <div className="ghost ghost-frame" aria-hidden="true">
        <div className="ghost-head">&lt;module&gt;</div>
        <div className="ghost-row"><span>x</span><i /></div>
        <div className="ghost-row"><span>y</span><i /></div>
      </div>
      <p className="empty-text">
        No frames yet. Each running function gets a frame that holds its local names.
      </p>
    </div>
  );
}

/** The Objects column before a trace exists: a sketch of an object box. */
export function ObjectsEmpty() {
  return (
    <div className="empty">
      <div className="ghost ghost-object" aria-hidden="true">
        <div className="ghost-head">
          <span>int</span>
          <span className="ghost-badge" />
        </div>
        <div className="ghost-value">100</div>
      </div>
      <p className="empty-text">
        No objects yet. Every value lives here with its type, its id and a count of the
        references to it.
      </p>
    </div>
  );
}
