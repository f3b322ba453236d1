// In-page driver of the map rendering benchmark (issue 5), bundled by
// tests/bench/map_run.mjs into target/bench-map/map_drive.js and injected
// into the app's page (clustermap) and the peers' page (tests/bench/map.html).
//
// One script for every side: a fixed sequence of camera changes, each
// applied in one step, then one requestAnimationFrame awaited; the
// intervals between consecutive rAF timestamps are the frame times. A side
// is an object { name, anchor(), zoom(dir, at), panStart(at), pan(dx, at),
// panEnd(at), state(), renders() }: clustermap's (below) sends the DOM events
// a user's mouse would; the peers' (map_peers.mjs) call the library's camera.

const raf = () => new Promise((resolve) => requestAnimationFrame(resolve));
// A task of its own, as input events arrive: a change made inside a rAF
// callback would make a renderer's own rAF request land a frame late.
const channel = new MessageChannel();
const waiting = [];
channel.port1.onmessage = () => waiting.shift()?.();
const task = () => new Promise((resolve) => { waiting.push(resolve); channel.port2.postMessage(0); });

/** The steps, in bursts of `burst` (20): zoom in (x1.1 per step, 6.7x in
 *  all), drag right, drag back, zoom out; drag right and back at the first
 *  view (the whole map); zoom in, drag, drag back, zoom out again. 200
 *  steps; every step changes the camera and the camera ends where it began. */
export function plan(burst = 20, panPx = 12) {
  const ops = [];
  const zoom = (dir) => { for (let i = 0; i < burst; i++) ops.push({ op: 'zoom', dir }); };
  const pan = (dx) => {
    for (let i = 0; i < burst; i++) ops.push({ op: 'pan', dx, first: i === 0, last: i === burst - 1 });
  };
  const deep = () => { zoom(1); pan(panPx); pan(-panPx); zoom(-1); };
  deep();
  pan(panPx); pan(-panPx);
  deep();
  return ops;
}

/** Warm-up, not timed: half a burst in, half out (the camera returns). */
export function warmup(burst = 10) {
  return [...Array(burst).fill({ op: 'zoom', dir: 1 }), ...Array(burst).fill({ op: 'zoom', dir: -1 })];
}

const quantile = (sorted, q) => {
  if (!sorted.length) return NaN;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i), hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
};

/** Runs `ops` on `side`; returns frame statistics, long tasks, the states
 *  seen at burst boundaries (to check the camera really moved) and the
 *  side's own count of renders during the measured steps. */
export async function run(side, ops = plan(), { settleMs = 600 } = {}) {
  const longTasks = [];
  let observer = null;
  try {
    observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, ms: e.duration });
    });
    observer.observe({ type: 'longtask' });
  } catch { /* not supported */ }

  const apply = (o, at) => {
    if (o.op === 'zoom') side.zoom(o.dir, at);
    else {
      if (o.first) side.panStart(at);
      side.pan(o.dx, at);
      if (o.last) side.panEnd(at);
    }
  };
  const at = side.anchor();
  for (const o of warmup()) { await task(); apply(o, at); await raf(); }
  await new Promise((r) => setTimeout(r, 300));
  await raf();

  const states = [{ step: 0, ...side.state() }];
  const rendersBefore = side.renders();
  const renderMsBefore = side.renderMs?.().length ?? 0;
  const stamps = [await raf()];
  for (let i = 0; i < ops.length; i++) {
    await task();
    apply(ops[i], at);
    stamps.push(await raf());
    const o = ops[i], next = ops[i + 1];
    if (!next || next.op !== o.op || next.dir !== o.dir || Math.sign(next.dx ?? 0) !== Math.sign(o.dx ?? 0)) {
      states.push({ step: i + 1, ...side.state() });
    }
  }
  const rendersDuring = side.renders() - rendersBefore;
  const renderMs = side.renderMs ? side.renderMs().slice(renderMsBefore).sort((a, b) => a - b) : [];
  const motionEnd = stamps[stamps.length - 1];
  // After the last change: frames while the view rests (clustermap's canvas
  // repaints the scene sharply 160 ms after the last motion).
  const rest = [motionEnd];
  while (rest[rest.length - 1] - motionEnd < settleMs) rest.push(await raf());
  await new Promise((r) => setTimeout(r, 50));
  observer?.disconnect();

  const frames = stamps.slice(1).map((t, i) => t - stamps[i]);
  const sorted = [...frames].sort((a, b) => a - b);
  const restFrames = rest.slice(1).map((t, i) => t - rest[i]);
  const during = longTasks.filter((t) => t.start >= stamps[0] && t.start < motionEnd);
  const after = longTasks.filter((t) => t.start >= motionEnd);
  return {
    side: side.name,
    frames: frames.length,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    max: sorted[sorted.length - 1],
    mean: frames.reduce((a, b) => a + b, 0) / frames.length,
    totalMs: motionEnd - stamps[0],
    rendersDuring,
    // The library's own render call on the main thread (peers only).
    renderCallP50: renderMs.length ? quantile(renderMs, 0.5) : null,
    renderCallP95: renderMs.length ? quantile(renderMs, 0.95) : null,
    longTasksDuring: during.length,
    longestTaskDuring: Math.max(0, ...during.map((t) => t.ms)),
    settleFrameMs: Math.max(0, ...restFrames),
    restFrames: restFrames.filter((x) => x > 5).map((x) => Math.round(x * 10) / 10),
    settleLongTaskMs: Math.max(0, ...after.map((t) => t.ms)),
    longTaskSupported: observer !== null,
    states,
  };
}

/** Resolves when `el` has data-shown = n, then two frames later, with
 *  performance.now() at that point. */
export function whenShown(n) {
  return new Promise((resolve) => {
    const check = async () => {
      const map = document.querySelector('[data-testid=map]');
      if (map && map.getAttribute('data-shown') === String(n) && map.querySelector('.map-frame')) {
        await raf(); await raf();
        resolve(performance.now());
      } else {
        requestAnimationFrame(check);
      }
    };
    check();
  });
}

/** clustermap's side: the DOM events of a mouse on `.map-frame`, as the
 *  app handles them (ctrl+wheel zooms 1.1x about the pointer; a primary
 *  button drag on empty map pans). Counts `drawImage` on the visible map
 *  canvas: the app copies its cached scene once per frame while moving. */
export function appSide() {
  const map = document.querySelector('[data-testid=map]');
  const frame = map.querySelector('.map-frame');
  let draws = 0;
  const proto = CanvasRenderingContext2D.prototype;
  if (!proto.__benchWrapped) {
    const original = proto.drawImage;
    proto.drawImage = function (...args) {
      if (this.canvas?.dataset?.testid === 'map-canvas') window.__benchDraws = (window.__benchDraws ?? 0) + 1;
      return original.apply(this, args);
    };
    proto.__benchWrapped = true;
  }
  const client = (at) => {
    const r = frame.getBoundingClientRect();
    return { clientX: r.left + at.x, clientY: r.top + at.y };
  };
  let dragX = 0;
  const pointer = (type, at, buttons) => frame.dispatchEvent(new PointerEvent(type, {
    pointerId: 1, pointerType: 'mouse', isPrimary: true, button: 0, buttons,
    ...client({ x: at.x + dragX, y: at.y }), bubbles: true, cancelable: true, composed: true,
  }));
  return {
    name: 'clustermap',
    // Top middle of the frame, in the stage-header strip above the first
    // row of actors: a drag that starts there pans (it does not grab an
    // actor), and since zooms keep the point under the pointer and pans are
    // horizontal, that point stays in the header strip all along.
    anchor: () => ({ x: frame.clientWidth / 2, y: 12 }),
    zoom(dir, at) {
      frame.dispatchEvent(new WheelEvent('wheel', {
        ctrlKey: true, deltaY: dir > 0 ? -100 : 100, deltaMode: 0, ...client(at), bubbles: true, cancelable: true, composed: true,
      }));
    },
    panStart(at) { dragX = 0; pointer('pointerdown', at, 1); },
    pan(dx, at) { dragX += dx; pointer('pointermove', at, 1); },
    panEnd(at) { pointer('pointerup', at, 0); dragX = 0; },
    state() {
      const t = map.querySelector('g.viewport')?.getAttribute('transform') ?? '';
      const m = /translate\(([-\d.e]+)[ ,]+([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(t);
      return m ? { tx: +m[1], ty: +m[2], zoom: +m[3], url: location.search } : { transform: t, url: location.search };
    },
    renders: () => (map.getAttribute('data-renderer') === 'canvas' ? (window.__benchDraws ?? 0) : NaN),
  };
}

/** Non-white pixels in the visible map canvas (a check that it is drawn). */
export function canvasInk() {
  const c = document.querySelector('[data-testid=map-canvas]');
  if (!c || !c.width) return null;
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let n = 0;
  for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
  return n;
}

if (typeof window !== 'undefined') window.mapDrive = { plan, warmup, run, whenShown, appSide, canvasInk };
