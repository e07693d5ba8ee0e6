// `npm run size -w web`: builds the web client and prints the JavaScript a first visit loads (the
// entry script and the chunks index.html preloads), raw and gzipped, against the 250 KB gzip target.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(web, 'dist');
const TARGET = 250 * 1024;

execFileSync(
  process.execPath,
  [path.resolve(web, '../node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
  {
    cwd: web,
    stdio: 'inherit',
  },
);
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const scripts = [
  ...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g),
].map((match) => match[1]);
let raw = 0;
let gzip = 0;
for (const src of new Set(scripts)) {
  const bytes = readFileSync(path.join(dist, src.replace(/^\//, '')));
  const zipped = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gzip += zipped;
  console.log(
    `${src.padEnd(40)} ${(bytes.length / 1024).toFixed(1).padStart(8)} KB  ${(zipped / 1024).toFixed(1).padStart(7)} KB gzip`,
  );
}
console.log(
  `initial JS ${(raw / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip (target <= ${TARGET / 1024} KB gzip)`,
);
process.exit(gzip <= TARGET ? 0 : 1);
