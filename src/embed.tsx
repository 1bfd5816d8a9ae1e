/**
 * The embed page (embed.html): a read-only view of a shared program for an `<iframe>` on
 * another site. It reads the same `#v=1&...` fragment as the playground, runs the program
 * in the engine's worker and shows the linked step. It loads no editor (Monaco), keeps
 * nothing in the browser's storage (it is a viewer), and never reaches its host page.
 */
import '@fontsource-variable/inter';
import '@fontsource-variable/jetbrains-mono';
import './ui/styles/index.css';
import './ui/styles/embed.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { parseLink } from './share/link';
import { linkNotice } from './share/notice';
import { openLink, programOf } from './share/open';
import { currentFragment } from './share/page';
import { createAppStore, createMemoryStorage, StoreProvider } from './store';
import { TraceClient } from './trace/client';
import { EmbedApp } from './ui/embed/EmbedApp';
import { drawTiming } from './ui/visual/draw-timing';

const store = createAppStore({ runner: new TraceClient(), storage: createMemoryStorage() });
window.__memoryLane = { store, diagram: drawTiming };

const parsed = parseLink(currentFragment());
// A broken link is said in the notice, over an empty view.
void openLink(store, parsed, { draftStorage: null, notices: linkNotice, alwaysRun: true });

const root = document.getElementById('root');
if (!root) throw new Error('Memory Lane: the #root element is missing from embed.html.');
createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <EmbedApp hasProgram={parsed.kind === 'ok' && programOf(parsed.link) !== null} />
    </StoreProvider>
  </StrictMode>,
);
