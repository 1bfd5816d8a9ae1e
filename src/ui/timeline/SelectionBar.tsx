import { useState } from 'react';
import { shortId } from '../../diagram/layout';
import { useActions, useSelection, useTimeline } from '../../store';

/**
 * The picked object: its type and short id at the shown step, "Jump to creation",
 * "Jump to free" (disabled when they cannot apply here) and a button that clears the
 * pick. Renders nothing when no object is picked. A jump that finds nothing says so.
 */
export function SelectionBar() {
  const selection = useSelection();
  const { jumpToCreated, jumpToFreed, selectObject } = useActions();
  const { cursor } = useTimeline();
  // A failed jump's note belongs to the object and step it was tried at.
  const [failed, setFailed] = useState<{ at: string; text: string } | null>(null);
  if (!selection) return null;
  const here = `${selection.id}@${cursor}`;
  const note = failed?.at === here ? failed.text : null;
  const tryJump = (jump: () => boolean, text: string) => setFailed(jump() ? null : { at: here, text });
  const toCreation = () => tryJump(jumpToCreated, 'Not drawn at this step.');
  const toFree = () => tryJump(jumpToFreed, 'Not freed before the run ends.');
  return (
    <div className="selection-bar" role="group" aria-label="Selected object" data-testid="selection-bar">
      <span className="selection-name">
        {selection.type !== null ? <span className="selection-type">{selection.type}</span> : <span className="selection-absent">not drawn here</span>}
        <span className="selection-id" title={`id ${selection.id}`}>
          id {shortId(selection.id)}
        </span>
      </span>
      <button type="button" className="btn btn-ghost" onClick={toCreation} disabled={!selection.canJumpToCreated}>
        Jump to creation
      </button>
      <button type="button" className="btn btn-ghost" onClick={toFree} disabled={!selection.canJumpToFreed}>
        Jump to free
      </button>
      {note !== null && (
        <span className="selection-note" role="status">
          {note}
        </span>
      )}
      <button type="button" className="btn btn-icon selection-clear" aria-label="Clear selection" title="Clear selection" onClick={() => selectObject(null)}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
