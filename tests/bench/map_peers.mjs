// The JavaScript peers of the map rendering benchmark (issue 5): the same
// generated graph drawn by sigma.js v3 (graphology, WebGL) and by
// Cytoscape.js (canvas), bundled by tests/bench/map_run.mjs into
// target/bench-map/map_peers.js for tests/bench/map.html.
//
// Positions approximate clustermap's value-chain layout for dense maps
// (src/layout/value_chain.rs, read-only here): a column per core stage in
// chain order, operators packed in a grid in their column (actors from
// outside the region in a band above), support services and the enabling
// environment in bands below, the same slot sizes and node radii (scaled to
// 0.3 on dense maps). Not reproduced: the barycentre ordering inside
// columns (actors keep file order) and curved relations (both peers draw
// straight lines: sigma's default, Cytoscape's default `haystack`).

import Papa from 'papaparse';
import { MultiGraph } from 'graphology';
import Sigma from 'sigma';
import cytoscape from 'cytoscape';

const raf = () => new Promise((resolve) => requestAnimationFrame(resolve));

// As in style/main.css.
const KIND_COLOUR = {
  firm: '#1f6fb2', supplier: '#2a9d8f', service_provider: '#7b61c9', university: '#e07a1f',
  research: '#c9a227', public_agency: '#c2456b', association: '#8a6d3b', finance: '#4f7f3a',
};
const RELATION_COLOUR = { supply: '#48617d', collaboration: '#2e9a5b', knowledge: '#8e44ad', support: '#d9822b' };
// clustermap strokes relations at 30 % opacity. sigma's WebGL blending
// expects premultiplied colours (rgba() at 0.3 comes out nearly white-cyan),
// so sigma gets the opaque colour of 30 % over white instead.
const RELATION_FADED = Object.fromEntries(Object.entries(RELATION_COLOUR).map(([k, hex]) => {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c) => Math.round(0.3 * c + 0.7 * 255);
  return [k, `rgb(${mix(n >> 16)},${mix((n >> 8) & 255)},${mix(n & 255)})`];
}));
const OPERATORS = new Set(['firm', 'supplier', 'service_provider']);

// LayoutOptions::default() and the constants of value_chain.rs.
const O = { columnWidth: 150, gutter: 30, headerFont: 13, minRadius: 6, maxRadius: 16, employeesAtMax: 500, labelFont: 11 };
const PAD = 10, DENSE_FROM = 40, DENSE_SCALE = 0.3, SEGMENT_LABEL = 20;

const parse = (text) => Papa.parse(text, { header: true, skipEmptyLines: true }).data;

/** CSV texts -> nodes with positions (map units, y down) and valid edges. */
export function buildModel(texts) {
  const stages = parse(texts.stages);
  const actors = parse(texts.actors);
  const relations = parse(texts.relations);
  const stageIndex = new Map(stages.map((s, i) => [s.id, i]));
  const core = stages.map((s, i) => [s, i]).filter(([s]) => s.band === 'core').map(([, i]) => i);
  const colOfStage = new Map(core.map((s, c) => [s, c]));

  const inColumn = new Map(); // `${row}:${col}` -> actor indices; rows 0 outside, 1 operators
  const inSegment = new Map(); // `${row}:${stage}` -> actor indices; rows 2 support, 3 enabling
  const push = (m, k, v) => { if (!m.has(k)) m.set(k, []); m.get(k).push(v); };
  actors.forEach((a, i) => {
    const stage = stageIndex.get((a.stages ?? '').split('|')[0]);
    const band = stage === undefined ? undefined : stages[stage].band;
    const local = a.locality === 'local';
    const col = stage === undefined ? undefined : colOfStage.get(stage);
    if (col !== undefined && band === 'core' && (OPERATORS.has(a.kind) || !local)) push(inColumn, `${local ? 1 : 0}:${col}`, i);
    else if (band === 'enabling') push(inSegment, `3:${stage ?? -1}`, i);
    else push(inSegment, `2:${stage ?? -1}`, i);
  });
  stages.forEach((s, i) => {
    if (s.band === 'support' && !inSegment.has(`2:${i}`)) inSegment.set(`2:${i}`, []);
    if (s.band === 'enabling' && !inSegment.has(`3:${i}`)) inSegment.set(`3:${i}`, []);
  });

  const tallest = Math.max(0, ...[...inColumn.values()].map((v) => v.length));
  const dense = tallest > DENSE_FROM;
  const scale = dense ? DENSE_SCALE : 1;
  let slotH, perRow, cellW;
  if (dense) {
    const d = 2 * O.maxRadius * scale + 3;
    const k = Math.max(1, Math.ceil(Math.sqrt(tallest / (0.6 * Math.max(1, core.length)))));
    [slotH, perRow, cellW] = [d, k, Math.max(O.columnWidth, k * d)];
  } else {
    [slotH, perRow, cellW] = [2 * O.maxRadius + O.labelFont + 10, 1, O.columnWidth];
  }
  const innerW = Math.max(1, core.length) * cellW;
  const width = O.gutter + innerW + PAD;
  const radius = (a) => {
    const e = a.employees === '' || a.employees == null ? null : Number(a.employees);
    const r = e == null || Number.isNaN(e) ? (O.minRadius + O.maxRadius) / 2
      : O.minRadius + Math.sqrt(Math.min(e, O.employeesAtMax) / O.employeesAtMax) * (O.maxRadius - O.minRadius);
    return r * scale;
  };
  const pos = new Array(actors.length);
  let y = PAD + 3 * (O.headerFont + 3) + PAD;
  for (const row of [0, 1]) {
    const lists = [...inColumn.entries()].filter(([k]) => k.startsWith(`${row}:`));
    const t = Math.max(0, ...lists.map(([, v]) => v.length));
    if (t === 0 && row === 0) continue;
    const height = Math.ceil(Math.max(t, 1) / perRow) * slotH + 2 * PAD;
    for (const [k, list] of lists) {
      const col = Number(k.split(':')[1]);
      const left = O.gutter + col * cellW + (cellW - perRow * slotH) / 2;
      list.forEach((i, n) => {
        const x = dense ? left + ((n % perRow) + 0.5) * slotH : O.gutter + (col + 0.5) * cellW;
        pos[i] = { x, y: y + PAD + Math.floor(n / perRow) * slotH + slotH / 2 };
      });
    }
    y += height;
  }
  for (const row of [2, 3]) {
    const groups = [...inSegment.entries()].filter(([k]) => k.startsWith(`${row}:`))
      .sort((a, b) => Number(a[0].split(':')[1]) - Number(b[0].split(':')[1])).map(([, v]) => v);
    if (!groups.length) continue;
    const segCell = dense ? slotH : cellW;
    const cellsPerRow = Math.max(1, Math.floor(innerW / segCell));
    let rows = 1;
    while (rows <= 4096 && groups.reduce((s, v) => s + Math.ceil(Math.max(v.length, 1) / rows), 0) > cellsPerRow) rows++;
    const cells = groups.map((v) => Math.ceil(Math.max(v.length, 1) / rows));
    const stretch = innerW / (cells.reduce((a, b) => a + b, 0) * segCell);
    const segH = SEGMENT_LABEL + rows * slotH + PAD;
    let x = O.gutter;
    groups.forEach((list, g) => {
      const segW = cells[g] * segCell * stretch;
      const thisCell = segW / cells[g];
      list.forEach((i, n) => {
        pos[i] = { x: x + ((n % cells[g]) + 0.5) * thisCell, y: y + PAD + SEGMENT_LABEL + Math.floor(n / cells[g]) * slotH + slotH / 2 };
      });
      x += segW;
    });
    y += segH + 2 * PAD;
  }
  const height = y + PAD;

  const nodes = actors.map((a, i) => ({
    id: a.id, x: pos[i].x, y: pos[i].y, r: radius(a), colour: KIND_COLOUR[a.kind] ?? '#1f6fb2', operator: OPERATORS.has(a.kind),
  }));
  const index = new Map(actors.map((a, i) => [a.id, i]));
  const edges = [];
  for (const r of relations) {
    const s = index.get(r.source), t = index.get(r.target);
    if (s === undefined || t === undefined || s === t) continue; // the app rejects these rows too
    const strength = Math.min(5, Math.max(1, Number(r.strength) || 1));
    edges.push({ s, t, kind: r.kind, strength });
  }
  return { nodes, edges, width, height };
}

/** clustermap's initial fit of a width x height map in a frame:
 *  preserveAspectRatio="xMidYMin meet" (src/view/screen.rs). */
function appFit(m, fw, fh) {
  const fit = Math.min(fw / m.width, fh / m.height);
  return { fit, left: (fw - m.width * fit) / 2, top: 0 };
}

// ---- sigma.js v3 + graphology ------------------------------------------

/** Builds the graph, creates the renderer and waits for two frames. */
export async function sigmaFirstMap(texts, container) {
  const t0 = performance.now();
  const m = buildModel(texts);
  const tModel = performance.now();
  const { fit } = appFit(m, container.clientWidth, container.clientHeight);
  const graph = new MultiGraph();
  for (const n of m.nodes) {
    // y up in sigma; sizes in screen pixels at the first view, growing
    // linearly with zoom as clustermap's do (zoomToSizeRatioFunction below).
    graph.addNode(n.id, { x: n.x, y: -n.y, size: n.r * fit, color: n.colour });
  }
  for (const e of m.edges) {
    graph.addEdge(m.nodes[e.s].id, m.nodes[e.t].id, { size: (0.6 + 0.45 * e.strength) * fit, color: RELATION_FADED[e.kind] ?? RELATION_FADED.supply });
  }
  const tGraph = performance.now();
  let renders = 0, start = 0;
  const renderMs = [];
  const sigma = new Sigma(graph, container, { zoomToSizeRatioFunction: (ratio) => ratio, renderLabels: false });
  sigma.on('beforeRender', () => { start = performance.now(); });
  sigma.on('afterRender', () => { renders++; renderMs.push(performance.now() - start); });
  // The same view as clustermap's first map: the map's top-left corner and
  // scale (sigma fits the nodes' bounding box, centred, with padding).
  const target = { fit, ...appFit(m, container.clientWidth, container.clientHeight) };
  const camera = sigma.getCamera();
  const a = sigma.graphToViewport({ x: 0, y: 0 }), b = sigma.graphToViewport({ x: m.width, y: -m.height });
  const k = (b.x - a.x) / (m.width * target.fit);
  camera.setState({ ratio: camera.getState().ratio * k });
  const c = sigma.graphToViewport({ x: m.width / 2, y: 0 });
  const want = { x: target.left + (m.width / 2) * target.fit, y: target.top };
  const p0 = sigma.viewportToFramedGraph(c), p1 = sigma.viewportToFramedGraph(want);
  const st = camera.getState();
  camera.setState({ x: st.x + (p0.x - p1.x), y: st.y + (p0.y - p1.y) });
  sigma.refresh();
  await raf(); await raf();
  const t1 = performance.now();
  return {
    ms: t1 - t0, parseLayoutMs: tModel - t0, graphMs: tGraph - tModel,
    nodes: graph.order, edges: graph.size, renders,
    side: sigmaSide(sigma, () => renders, () => renderMs),
  };
}

function sigmaSide(sigma, renders, renderMs) {
  const camera = sigma.getCamera();
  let last = null;
  return {
    name: 'sigma',
    instance: sigma,
    anchor: () => ({ x: sigma.getContainer().clientWidth / 2, y: 12 }),
    zoom(dir, at) {
      const ratio = camera.getState().ratio / (dir > 0 ? 1.1 : 1 / 1.1);
      camera.setState(sigma.getViewportZoomedState(at, ratio));
    },
    panStart(at) { last = { ...at }; },
    // As sigma's own mouse captor pans.
    pan(dx) {
      const next = { x: last.x + dx, y: last.y };
      const p = sigma.viewportToFramedGraph(last), q = sigma.viewportToFramedGraph(next);
      const s = camera.getState();
      camera.setState({ x: s.x + (p.x - q.x), y: s.y + (p.y - q.y) });
      last = next;
    },
    panEnd() { last = null; },
    state: () => ({ ...camera.getState() }),
    renders,
    renderMs,
  };
}

// ---- Cytoscape.js ----------------------------------------------------------

export async function cyFirstMap(texts, container) {
  const t0 = performance.now();
  const m = buildModel(texts);
  const tModel = performance.now();
  const elements = [];
  for (const n of m.nodes) {
    elements.push({ group: 'nodes', data: { id: n.id, size: 2 * n.r, colour: n.colour, shape: n.operator ? 'ellipse' : 'rectangle' }, position: { x: n.x, y: n.y } });
  }
  m.edges.forEach((e, i) => {
    elements.push({ group: 'edges', data: { id: `e${i}`, source: m.nodes[e.s].id, target: m.nodes[e.t].id, width: 0.6 + 0.45 * e.strength, colour: RELATION_COLOUR[e.kind] ?? RELATION_COLOUR.supply } });
  });
  const { fit, left, top } = appFit(m, container.clientWidth, container.clientHeight);
  // Default options otherwise: canvas renderer (webgl: false),
  // textureOnViewport: false, hideEdgesOnViewport: false, motionBlur: false,
  // pixelRatio 'auto'; edges keep the default curve-style (haystack).
  const cy = cytoscape({
    container,
    elements,
    layout: { name: 'preset', fit: false },
    zoom: fit,
    pan: { x: left, y: top },
    style: [
      { selector: 'node', style: { width: 'data(size)', height: 'data(size)', 'background-color': 'data(colour)', shape: 'data(shape)', 'border-width': 0 } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', opacity: 0.3 } },
    ],
  });
  await raf(); await raf();
  const t1 = performance.now();
  return {
    ms: t1 - t0, parseLayoutMs: tModel - t0,
    nodes: cy.nodes().length, edges: cy.edges().length, renders: cy.renderer().redrawCount ?? 0,
    side: cySide(cy),
  };
}

function cySide(cy) {
  // Cytoscape's render loop keeps the last draw's duration; read it after
  // each draw.
  const r = cy.renderer();
  const renderMs = [];
  let seen = r.redrawCount ?? 0;
  const poll = () => {
    if (cy.destroyed()) return;
    if ((r.redrawCount ?? 0) !== seen) { seen = r.redrawCount; renderMs.push(r.lastRedrawTime); }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  return {
    name: 'cytoscape',
    instance: cy,
    anchor: () => ({ x: cy.width() / 2, y: 12 }),
    zoom(dir, at) { cy.zoom({ level: cy.zoom() * (dir > 0 ? 1.1 : 1 / 1.1), renderedPosition: at }); },
    panStart() {},
    pan(dx) { cy.panBy({ x: dx, y: 0 }); },
    panEnd() {},
    state: () => ({ zoom: cy.zoom(), ...cy.pan() }),
    renders: () => cy.renderer().redrawCount ?? 0,
    renderMs: () => renderMs,
  };
}

if (typeof window !== 'undefined') {
  window.mapPeers = {
    buildModel,
    /** Fetches the CSVs (not timed), then times the first map. */
    async first(name, dir, size) {
      const container = document.getElementById('map');
      if (size) { container.style.width = `${size[0]}px`; container.style.height = `${size[1]}px`; }
      const texts = {};
      for (const f of ['stages', 'actors', 'relations']) texts[f] = await (await fetch(`${dir}/${f}.csv`)).text();
      const r = name === 'sigma' ? await sigmaFirstMap(texts, container) : await cyFirstMap(texts, container);
      window.mapSide = r.side;
      const { side, ...rest } = r;
      return rest;
    },
  };
}
