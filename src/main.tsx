import '@fontsource-variable/inter';
import '@fontsource-variable/jetbrains-mono';
import './ui/styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openLinksOnPage } from './share/page';
import { createAppStore, StoreProvider, type AppStore } from './store';
import { TraceClient } from './trace/client';
import { App } from './ui/App';
import { drawTiming } from './ui/visual/draw-timing';

declare global {
  interface Window {
    /** The store, for the browser tests (reading it is harmless; nothing else is exposed). */
    __memoryLane?: { store: AppStore; diagram: typeof drawTiming };
  }
}

const client = new TraceClient();
const store = createAppStore({ runner: client });
window.__memoryLane = { store, diagram: drawTiming };
// A permalink in the address (#v=1&...) opens its code at its step.
openLinksOnPage(store);

const root = document.getElementById('root');
if (!root) throw new Error('Memory Lane: the #root element is missing from index.html.');
createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
