/** The Frames column's text before a trace exists. */
export function FramesEmpty() {
  return (
    <p className="empty-text">
      No frames yet. Each running function gets a frame that holds its local names.
    </p>
  );
}

/** The Objects column's text before a trace exists. */
export function ObjectsEmpty() {
  return (
    <p className="empty-text">
      No objects yet. Every value lives here as an object with a type, an id and a count of
      the references to it. Press Run to record the program, then step through it.
    </p>
  );
}
