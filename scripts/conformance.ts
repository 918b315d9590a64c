// Go 1.19's escape-analysis tests run through gomem's front end with the
// errorcheck rules of Go's test/run.go: every `// ERROR "re" ...` regexp must
// match a message reported on its line (matching messages are consumed), and
// any message left over fails the file. Reads the tests from the installed
// golang-1.19-src package (they are not copied into this repository) and
// writes the per-file table into src/go/README.md between markers.
import fs from 'node:fs';
import path from 'node:path';
import { checkErrors } from '../src/go/errorcheck.js';
import { compile, formatDiagnostic, isGoError } from '../src/go/index.js';

const testDir = process.env.GO119_TEST ?? '/usr/share/go-1.19/test';
if (!fs.existsSync(testDir)) {
  process.stderr.write(
    `conformance: ${testDir} not found (apt-get install golang-1.19-src, or set GO119_TEST)\n`,
  );
  process.exit(2);
}
const files = fs
  .readdirSync(testDir)
  .filter((f) => /^escape.*\.go$/.test(f))
  .sort()
  .filter((f) =>
    /^\/\/ errorcheck .*-m.*-l/m.test(fs.readFileSync(path.join(testDir, f), 'utf8').split('\n')[0]!),
  );

let totalWant = 0;
let totalMatched = 0;
let passed = 0;
const rows: string[] = [];
for (const f of files) {
  const src = fs.readFileSync(path.join(testDir, f), 'utf8');
  let out: string[] = [];
  let loadError = '';
  try {
    out = compile([{ name: f, src }], { allowBodyless: true }).escape.diagnostics.map(formatDiagnostic);
  } catch (e) {
    if (!isGoError(e)) throw e;
    loadError = e.message;
    out = [e.message];
  }
  const r = checkErrors(f, src, out);
  totalWant += r.wanted;
  totalMatched += r.matched;
  const ok = r.errors.length === 0 && loadError === '';
  if (ok) passed++;
  rows.push(
    `| ${f} | ${r.matched}/${r.wanted} | ${r.unexpected} | ${ok ? 'pass' : loadError ? 'load error' : 'fail'} |`,
  );
  if (process.argv.includes('-v')) for (const e of r.errors) process.stdout.write(`${e}\n`);
}
const pct = ((100 * totalMatched) / Math.max(1, totalWant)).toFixed(1);
const table = [
  '| file | annotations matched | unexpected messages | result |',
  '|---|---|---|---|',
  ...rows,
  `| **total (${files.length} files)** | **${totalMatched}/${totalWant} (${pct}%)** | | **${passed} pass** |`,
].join('\n');
process.stdout.write(`${table}\n`);
const readme = new URL('../../src/go/README.md', import.meta.url);
if (fs.existsSync(readme) && !process.argv.includes('--no-write')) {
  const text = fs.readFileSync(readme, 'utf8');
  const begin = '<!-- conformance:begin -->';
  const end = '<!-- conformance:end -->';
  const i = text.indexOf(begin);
  const j = text.indexOf(end);
  if (i >= 0 && j > i)
    fs.writeFileSync(readme, `${text.slice(0, i + begin.length)}\n${table}\n${text.slice(j)}`);
}
