// Seeded generator of a plausible regional cluster in clustermap's canonical
// CSV format (docs/data-format.md): stages.csv (id,name,band), actors.csv
// (id,name,kind,stages,employees,locality) and relations.csv
// (source,target,kind,strength). Used by the benchmark page for both sides,
// so clustermap and the JavaScript peers read byte-identical input.
//
// Shape: 9 core stages in chain order, 4 support services and 1 enabling
// band; N actors (mostly SME firms and suppliers, some service providers,
// universities, agencies, associations and banks; 80 % local); 3N relations
// of the four kinds (about half supply, mostly from one core stage to the
// next, with preferential attachment so that there are hubs), strengths 1-5.
// A few rows carry the trouble real surveys have and both sides must handle:
// relations naming an unknown actor (0.2 %), empty head-counts (5 %).

/** xorshift32: small, seeded, the same in Node and the browser. */
export function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
}

export const STAGES = [
  ['raw_materials', 'Raw materials and chemicals', 'core'],
  ['components', 'Electronic components', 'core'],
  ['pcb', 'Bare PCB fabrication', 'core'],
  ['assembly', 'PCB assembly (SMT)', 'core'],
  ['cables', 'Cable and fibre-optic production', 'core'],
  ['devices', 'Device manufacturing', 'core'],
  ['software', 'Embedded software and integration', 'core'],
  ['distribution', 'Distribution and wholesale', 'core'],
  ['end_market', 'End market and operators', 'core'],
  ['testing', 'Testing and certification', 'support'],
  ['logistics', 'Logistics', 'support'],
  ['training', 'Vocational training', 'support'],
  ['finance_services', 'Finance and insurance', 'support'],
  ['policy', 'Policy and development programmes', 'enabling'],
];
const CORE = STAGES.filter((s) => s[2] === 'core').map((s) => s[0]);
const SUPPORT = STAGES.filter((s) => s[2] === 'support').map((s) => s[0]);

// [kind, share, where it works]
const KINDS = [
  ['firm', 0.58, 'core'], ['supplier', 0.22, 'core'], ['service_provider', 0.08, 'support'],
  ['university', 0.02, 'support'], ['research', 0.02, 'support'],
  ['public_agency', 0.03, 'enabling'], ['association', 0.03, 'enabling'], ['finance', 0.02, 'support'],
];
const RELATION_KINDS = [['supply', 0.5], ['collaboration', 0.25], ['knowledge', 0.12], ['support', 0.13]];
const WORDS = ['Ege', 'İzmir', 'Körfez', 'Anadolu', 'Bornova', 'Çiğli', 'Gaziemir', 'Kemalpaşa',
  'Teknik', 'Optik', 'Elektronik', 'Yazılım', 'Kablo', 'Devre', 'Sistem', 'Ağ'];
const SUFFIX = { firm: 'A.Ş.', supplier: 'Ltd. Şti.', service_provider: 'Hizmet Ltd.',
  university: 'University', research: 'Research Centre', public_agency: 'Agency',
  association: 'Chamber', finance: 'Bank' };

function pick(r, weighted) {
  let x = r();
  for (const item of weighted) { x -= item[1]; if (x < 0) return item; }
  return weighted[weighted.length - 1];
}

function csvCell(v) {
  const s = v == null ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const csvLine = (cells) => cells.map(csvCell).join(',');

/** `{ stages, actors, relations }` as CSV text, plus the counts expected. */
export function generate(n, seed = 42) {
  const r = rng(seed);
  const stages = ['id,name,band', ...STAGES.map(csvLine)].join('\n') + '\n';

  const actors = [];
  const byStage = new Map(STAGES.map((s) => [s[0], []]));
  const lines = ['id,name,kind,stages,employees,locality'];
  for (let i = 0; i < n; i++) {
    const id = `a${String(i + 1).padStart(5, '0')}`;
    const [kind, , band] = pick(r, KINDS);
    const pool = band === 'core' ? CORE : band === 'support' ? SUPPORT : ['policy'];
    const first = pool[Math.floor(r() * pool.length)];
    const st = [first];
    if (band === 'core' && r() < 0.3) {
      const k = CORE.indexOf(first);
      if (k + 1 < CORE.length) st.push(CORE[k + 1]);
    }
    for (const s of st) byStage.get(s).push(i);
    // Log-normal-ish head-counts: mostly SMEs, a few large employers.
    const employees = r() < 0.05 ? '' : Math.max(1, Math.round(Math.exp(2 + 2.2 * r() + 1.2 * r() * r())));
    const x = r();
    const locality = x < 0.8 ? 'local' : x < 0.92 ? 'national' : 'international';
    const name = `${WORDS[Math.floor(r() * WORDS.length)]} ${WORDS[Math.floor(r() * WORDS.length)]} ${i + 1} ${SUFFIX[kind]}`;
    actors.push({ id, stage: first });
    lines.push(csvLine([id, name, kind, st.join('|'), employees, locality]));
  }
  const actorsCsv = lines.join('\n') + '\n';

  // Preferential attachment: endpoints are drawn from a growing list of
  // earlier endpoints half of the time, giving a heavy-tailed degree.
  const ends = [];
  const draw = (candidates) => {
    if (ends.length && r() < 0.5) {
      const c = ends[Math.floor(r() * ends.length)];
      if (!candidates || candidates.includes(actors[c].stage)) return c;
    }
    if (candidates) {
      const s = candidates[Math.floor(r() * candidates.length)];
      const list = byStage.get(s);
      if (list.length) return list[Math.floor(r() * list.length)];
    }
    return Math.floor(r() * n);
  };
  const rel = ['source,target,kind,strength'];
  let unknown = 0;
  const seen = new Set();
  while (rel.length - 1 < 3 * n) {
    const [kind] = pick(r, RELATION_KINDS);
    let a = draw(null), b;
    if (kind === 'supply') {
      const k = CORE.indexOf(actors[a].stage);
      b = k >= 0 && k + 1 < CORE.length && r() < 0.8 ? draw([CORE[k + 1]]) : draw(null);
    } else if (kind === 'support' || kind === 'knowledge') {
      b = draw(kind === 'support' ? SUPPORT : ['testing', 'training']);
    } else {
      b = draw(null);
    }
    if (a === b) continue;
    const key = `${a}-${b}-${kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ends.push(a, b);
    const strength = 1 + Math.floor(r() * 5);
    let target = actors[b].id;
    if (r() < 0.002) { target = `x${String(b).padStart(5, '0')}`; unknown++; }
    rel.push(csvLine([actors[a].id, target, kind, strength]));
  }
  const relationsCsv = rel.join('\n') + '\n';
  return {
    stages, actors: actorsCsv, relations: relationsCsv,
    expected: { stages: STAGES.length, actors: n, relations: 3 * n - unknown, unknown },
  };
}
