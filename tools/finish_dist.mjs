// Trunk post-build hook (Trunk.toml): finishes the built page in Trunk's
// staging folder before it becomes dist/.
//  1. The service worker gets the list of every built file and a version
//     made from their contents (static/sw.js has placeholders), so the
//     precache can never go stale or be kept by hand.
//  2. The Content-Security-Policy allows the page's inline scripts by
//     their SHA-256 hash instead of 'unsafe-inline'.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error('finish_dist: no TRUNK_STAGING_DIR and no folder given');
  process.exit(1);
}

async function files(root, at = root) {
  const out = [];
  for (const entry of await readdir(at, { withFileTypes: true })) {
    const path = join(at, entry.name);
    if (entry.isDirectory()) out.push(...(await files(root, path)));
    else out.push(relative(root, path).split('\\').join('/'));
  }
  return out;
}

const sha = (algo, data, enc = 'base64') => createHash(algo).update(data).digest(enc);

// 2. Hash the inline scripts into the policy.
const indexPath = join(dir, 'index.html');
let html = await readFile(indexPath, 'utf8');
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.map((s) => `'sha256-${sha('sha256', s)}'`).join(' ');
const before = html;
html = html.replace(/script-src 'self' 'unsafe-inline'/, `script-src 'self' ${hashes}`);
if (html === before) {
  console.error("finish_dist: index.html has no \"script-src 'self' 'unsafe-inline'\" to replace");
  process.exit(1);
}
await writeFile(indexPath, html);

// 1. The precache list, index.html included after its rewrite.
const all = (await files(dir)).filter((f) => f !== 'sw.js').sort();
const digest = createHash('sha256');
for (const f of all) digest.update(f).update(await readFile(join(dir, f)));
const version = digest.digest('hex').slice(0, 16);
const swPath = join(dir, 'sw.js');
const sw = (await readFile(swPath, 'utf8'))
  .replace('__VERSION__', version)
  .replace("['__FILES__']", JSON.stringify(all));
await writeFile(swPath, sw);
console.log(`finish_dist: ${all.length} files precached, version ${version}, ${inline.length} inline scripts hashed`);
