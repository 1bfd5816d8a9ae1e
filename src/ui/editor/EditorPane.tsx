import { Icon } from '../chrome/Icon';
import { CodeEditor } from './CodeEditor';
import { RunControls } from './RunControls';
import { StatusLine } from './StatusLine';
import { StdinBox } from './StdinBox';

/** The left pane: the file tab and run controls, the editor, the stdin box and the status. */
export function EditorPane({ id }: { id: string }) {
  return (
    <section className="card editor-pane" id={id} aria-label="Editor">
      <div className="pane-toolbar">
        <div className="file-tab">
          <Icon name="file" size={15} />
          <span>main.py</span>
        </div>
        <RunControls />
      </div>
      <CodeEditor />
      <StdinBox />
      <StatusLine />
    </section>
  );
}
