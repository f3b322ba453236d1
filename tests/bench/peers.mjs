// The JavaScript peers of clustermap's wasm, bundled for the benchmark page
// with esbuild (see the `bench` target in the Makefile):
//  - ingest: PapaParse reads the same CSV bytes, the rows are validated the
//    way clustermap's ingest does (known ids, names as a fallback for
//    relation ends, kinds and bands against their vocabularies, numbers
//    parsed, strengths clamped to 1-5, every problem counted) and built into
//    a graphology MultiGraph (mixed: supply directed, the rest undirected)
//    with the attributes as node and edge attributes;
//  - metrics: graphology-metrics (betweenness, closeness, degree, density)
//    and graphology-communities-louvain on the collapsed undirected graph,
//    with hop distances, as clustermap's analysis uses them.
import Papa from 'papaparse';
import { MultiGraph, UndirectedGraph } from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness';
import closeness from 'graphology-metrics/centrality/closeness';
import { degreeCentrality } from 'graphology-metrics/centrality/degree';
import { density } from 'graphology-metrics/graph/density';
import louvain from 'graphology-communities-louvain';
import { rng } from './generate.mjs';

const BANDS = new Set(['core', 'support', 'enabling']);
const ACTOR_KINDS = new Set(['firm', 'supplier', 'service_provider', 'university', 'research',
  'public_agency', 'association', 'finance']);
const LOCALITIES = new Set(['local', 'national', 'international']);
const RELATION_KINDS = new Set(['supply', 'collaboration', 'knowledge', 'support']);

const decoder = new TextDecoder('utf-8');
const parse = (bytes) => Papa.parse(decoder.decode(bytes), { header: true, skipEmptyLines: true });
const fold = (s) => s.trim().toLocaleLowerCase('tr');
function number(text) {
  const t = text.trim();
  if (t === '') return null;
  const v = Number(t.replace(',', '.'));
  return Number.isFinite(v) ? v : NaN;
}

/** Reading + validation + graph build. Returns counts like the wasm side. */
export function ingestCsv(actorsBytes, relationsBytes, stagesBytes) {
  let problems = 0;
  const graph = new MultiGraph({ type: 'mixed', allowSelfLoops: false });
  const stageIds = new Map();
  for (const row of parse(stagesBytes).data) {
    const id = (row.id ?? '').trim();
    if (!id || stageIds.has(id)) { problems++; continue; }
    let band = fold(row.band ?? '') || 'core';
    if (!BANDS.has(band)) { problems++; band = 'core'; }
    stageIds.set(id, { name: row.name, band });
  }
  const byName = new Map();
  for (const row of parse(actorsBytes).data) {
    const id = (row.id ?? '').trim();
    const name = (row.name ?? '').trim();
    if (!id || !name || graph.hasNode(id)) { problems++; continue; }
    let kind = fold(row.kind ?? '') || 'firm';
    if (!ACTOR_KINDS.has(kind)) { problems++; kind = 'firm'; }
    const stages = [];
    for (const s of (row.stages ?? '').split(/[|;\n]/)) {
      const t = s.trim();
      if (!t) continue;
      if (stageIds.has(t)) stages.push(t); else problems++;
    }
    let employees = number(row.employees ?? '');
    if (Number.isNaN(employees)) { problems++; employees = null; }
    let locality = fold(row.locality ?? '') || 'local';
    if (!LOCALITIES.has(locality)) { problems++; locality = 'local'; }
    graph.addNode(id, { name, kind, stages, employees, locality });
    const key = fold(name);
    byName.set(key, byName.has(key) ? null : id); // null: ambiguous
  }
  const resolve = (text) => {
    const t = (text ?? '').trim();
    if (graph.hasNode(t)) return t;
    return byName.get(fold(t)) ?? null;
  };
  let relations = 0;
  for (const row of parse(relationsBytes).data) {
    const source = resolve(row.source);
    const target = resolve(row.target);
    if (source === null || target === null || source === target) { problems++; continue; }
    const kind = fold(row.kind ?? '') || 'supply';
    if (!RELATION_KINDS.has(kind)) { problems++; continue; }
    let strength = number(row.strength ?? '');
    if (strength === null) strength = 3;
    else if (Number.isNaN(strength)) { problems++; strength = 3; }
    else if (strength < 1 || strength > 5) { problems++; strength = Math.min(5, Math.max(1, Math.round(strength))); }
    const attributes = { kind, strength };
    if (kind === 'supply') graph.addDirectedEdge(source, target, attributes);
    else graph.addUndirectedEdge(source, target, attributes);
    relations++;
  }
  return { graph, counts: [graph.order, relations, stageIds.size, problems, graph.order, graph.size] };
}

/** The collapsed undirected graph, strengths of repeated pairs summed. */
export function collapse(multi) {
  const g = new UndirectedGraph();
  multi.forEachNode((n) => g.addNode(n));
  multi.forEachEdge((e, a, s, t) => {
    g.updateEdge(s, t, (attr) => ({ weight: (attr.weight ?? 0) + a.strength }));
  });
  return g;
}

/** What clustermap's analysis computes on the network, exactly. */
export function metrics(multi) {
  const g = collapse(multi);
  const b = betweenness(g, { getEdgeWeight: null, normalized: true });
  const c = closeness(g, { wassermanFaust: true });
  const d = degreeCentrality(g);
  const dens = density(g);
  const communities = louvain.detailed(g, { getEdgeWeight: 'weight', rng: rng(1) });
  const sum = (m) => Object.values(m).reduce((x, y) => x + y, 0);
  return [g.order, g.size, communities.count, sum(b), sum(c), dens, sum(d)];
}

/** Exact betweenness alone (hop distance). */
export function exactBetweenness(multi) {
  const g = collapse(multi);
  const b = betweenness(g, { getEdgeWeight: null, normalized: true });
  return [g.order, g.size, Object.values(b).reduce((x, y) => x + y, 0), 1];
}
