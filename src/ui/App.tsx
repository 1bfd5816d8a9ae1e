import { AppHeader } from './chrome/AppHeader';
import { useDocumentTheme } from './chrome/theme';
import { useGlobalShortcuts } from './chrome/useGlobalShortcuts';
import { EditorPane } from './editor/EditorPane';
import { LessonPanel } from './lessons/LessonPanel';
import { SplitLayout } from './layout/SplitLayout';
import { LinkNotice } from './share/LinkNotice';
import { ExplanationPanel } from './panels/ExplanationPanel';
import { GcPanel } from './panels/GcPanel';
import { OutputPanel } from './panels/OutputPanel';
import { VisualPanel } from './visual/VisualPanel';

const EDITOR_ID = 'editor-pane';

/** The playground: header, then the editor beside the diagram, timeline, explanation and output. */
export function App() {
  useDocumentTheme();
  useGlobalShortcuts();
  return (
    <div className="app">
      <AppHeader />
      <main className="workspace">
        <SplitLayout
          startId={EDITOR_ID}
          start={<EditorPane id={EDITOR_ID} />}
          end={
            <div className="inspector">
              <VisualPanel />
              <LessonPanel />
              <div className="side-panels">
                <ExplanationPanel />
                <OutputPanel />
                <GcPanel />
              </div>
            </div>
          }
        />
      </main>
      <LinkNotice />
    </div>
  );
}
