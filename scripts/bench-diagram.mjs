#!/usr/bin/env node
// The diagram's speed in real Chromium, on the production build (run `npm run bench:diagram`,
// which builds first). Not a test: it prints figures.
//   - showing one step with about 200 and about 2,000 objects: the time from the cursor's
//     move to the drawing being in the DOM (layout + D3 + React), and to the next painted frame;
//   - scrubbing across a 100,000-step recording, one cursor move per animation frame, as a
//     dragged slider does: the frame times while it goes (a stall is a frame over 100 ms).
// Targets (issue 6): 16 ms for 200 objects, 100 ms for 2,000, and no stall while scrubbing.
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { requireChromium } from '../e2e/browser.mjs';
import { serveStatic, stageSite, SUB_FOLDER } from '../e2e/serve.mjs';

const json = process.argv.includes('--json');
const dist = fileURLToPath(new URL('../dist', import.meta.url));

/** A program that builds about `n` objects (`rows` lists of 49 one-item lists each), then loops over a small int while they stay drawn. */
function manyObjects(n) {
  const rows = Math.max(1, Math.round(n / 50));
  return `grid = [[[j] for j in range(49)] for i in range(${rows})]\nfor k in range(12):\n    t = k\ndone = True\n`;
}

const SCRUB_PROGRAM = 'total = 0\nfor i in range(50000):\n    total += i\n';

const server = await serveStatic(stageSite(dist), 0);
const url = `http://127.0.0.1:${server.address().port}/${SUB_FOLDER}/`;
const browser = await chromium.launch(requireChromium().launchOptions);
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });

async function record(code) {
  await page.evaluate((c) => window.__memoryLane.store.getState().setCode(c), code);
  await page.getByRole('button', { name: 'Run' }).click();
  await page.waitForFunction(() => ['done', 'error', 'stopped'].includes(window.__memoryLane.store.getState().status), null, { timeout: 300_000 });
  return page.evaluate(() => window.__memoryLane.store.getState().result.steps.length);
}

/** Moves the cursor to `index` and times it until drawn and until painted, in the page. */
function timeShow(index) {
  return page.evaluate(async (i) => {
    const { store, diagram } = window.__memoryLane;
    const before = diagram.count;
    const t0 = performance.now();
    store.getState().setCursor(i);
    while (diagram.count === before) await new Promise((r) => setTimeout(r, 0));
    const drawn = diagram.drawnAt - t0;
    // A task posted from the next frame's callback runs once that frame's style, layout and paint are done:
    // its time since the callback is the browser's rendering work, without the wait for the frame.
    const render = await new Promise((r) =>
      requestAnimationFrame(() => {
        const start = performance.now();
        setTimeout(() => r(performance.now() - start), 0);
      }),
    );
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return { drawn, shown: drawn + render, painted: performance.now() - t0, layout: diagram.layoutMs, draw: diagram.drawMs };
  }, index);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x) => +x.toFixed(1);

try {
  await page.goto(url);
  await page.locator('.code-editor[data-ready="true"] .view-lines').waitFor();
  const shows = [];
  for (const target of [200, 2000]) {
    await record(manyObjects(target));
    // The step where the whole grid appears (every box new), and the steps of the loop after it (one name re-bound).
    const [appear, loop] = await page.evaluate(() => {
      const { steps } = window.__memoryLane.store.getState().result;
      let first = -1;
      const loopSteps = [];
      for (let i = 0; i < steps.length; i++) {
        const s = steps.at(i);
        if (s.event !== 'line') continue;
        if (s.line === 2 && first < 0) first = i;
        if (s.line === 3) loopSteps.push(i);
      }
      return [first, loopSteps];
    });
    const appearing = [];
    for (let k = 0; k < 6; k++) {
      await timeShow(appear - 1);
      appearing.push(await timeShow(appear));
    }
    await timeShow(loop[0]);
    const times = [];
    for (let k = 1; k < loop.length; k++) times.push(await timeShow(loop[k]));
    // Objects in the step, and boxes in the DOM (only those near the view are drawn).
    const objects = await page.evaluate(() => {
      const { result, cursor } = window.__memoryLane.store.getState();
      return Object.keys(result.steps.at(cursor).heap).length;
    });
    const boxes = await page.locator('svg.diagram [data-object-id]').count();
    const warm = times.slice(2);
    const appearWarm = appearing.slice(1);
    shows.push({
      objects,
      boxes_in_dom: boxes,
      appear_drawn_ms: round(median(appearWarm.map((t) => t.drawn))),
      appear_shown_ms: round(median(appearWarm.map((t) => t.shown))),
      appear_painted_ms: round(median(appearWarm.map((t) => t.painted))),
      drawn_ms: round(median(warm.map((t) => t.drawn))),
      shown_ms: round(median(warm.map((t) => t.shown))),
      painted_ms: round(median(warm.map((t) => t.painted))),
      layout_ms: round(median(warm.map((t) => t.layout))),
      d3_ms: round(median(warm.map((t) => t.draw))),
      worst_drawn_ms: round(Math.max(...warm.map((t) => t.drawn))),
    });
  }
  const scrubSteps = await record(SCRUB_PROGRAM);
  const scrub = await page.evaluate(async (n) => {
    const { store } = window.__memoryLane;
    const frames = [];
    const moves = 300;
    let last = performance.now();
    for (let k = 0; k <= moves; k++) {
      store.getState().setCursor(Math.round(((n - 1) * k) / moves));
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    return frames;
  }, scrubSteps);
  const sorted = [...scrub].sort((a, b) => a - b);
  const result = {
    show: shows,
    scrub: {
      steps: scrubSteps,
      moves: scrub.length,
      frame_p50_ms: round(sorted[Math.floor(sorted.length / 2)]),
      frame_p99_ms: round(sorted[Math.floor(sorted.length * 0.99)]),
      frame_max_ms: round(sorted[sorted.length - 1]),
      stalls_over_100ms: scrub.filter((t) => t > 100).length,
    },
  };
  if (json) console.log(JSON.stringify(result));
  else {
    console.log('showing one step, in Chromium: stepping a loop while N objects stay drawn (median of the loop\'s steps),');
    console.log('and the step where all N appear at once (median of 5). drawn = in the DOM; shown = drawn plus the');
    console.log("browser's rendering of the next frame (style, layout, paint), without the wait for that frame;");
    console.log('painted = until the frame after it (includes that wait).');
    console.log('objects (in DOM)   step: drawn / shown / painted ms   (layout / D3 ms)   all appear: drawn / shown / painted ms');
    for (const s of result.show)
      console.log(`${`${s.objects} (${s.boxes_in_dom})`.padStart(16)} ${`${s.drawn_ms} / ${s.shown_ms} / ${s.painted_ms}`.padStart(32)}   (${s.layout_ms} / ${s.d3_ms})   ${`${s.appear_drawn_ms} / ${s.appear_shown_ms} / ${s.appear_painted_ms}`.padStart(38)}`);
    const s = result.scrub;
    console.log(`scrubbing ${s.steps} steps, ${s.moves} moves one per frame: frame p50 ${s.frame_p50_ms} ms, p99 ${s.frame_p99_ms} ms, max ${s.frame_max_ms} ms, stalls over 100 ms: ${s.stalls_over_100ms}`);
  }
} finally {
  await browser.close();
  server.close();
}
