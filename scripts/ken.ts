// Go 1.19's test/ken programs run by gomem's runner, judged as Go's
// test/run.go judges `// run` tests: the program must exit with status 0 and
// its combined output (stdout then stderr: run.go captures both, and ken's
// cplx0 writes its expected lines with println, i.e. to stderr) must equal the
// .out file next to it, or be empty when there is none. Reads the tests from
// the installed golang-1.19-src package (they are not copied into this
// repository), prints a per-file table and the pass rate, and writes the
// table into README.md between the ken markers.
//
// Each test runs in a worker thread (test/run/compare.ts runInWorker) that is
// terminated after --timeout ms (default 30000), so a runner that throws or
// loops forever costs one row, not the run.
//
//   node dist/scripts/ken.js [-v] [--no-write] [--timeout MS] [--runner URL]
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Outcome, runInWorker } from '../test/run/compare.js';

const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

const kenDir = path.join(process.env.GO119_TEST ?? '/usr/share/go-1.19/test', 'ken');
if (!fs.existsSync(kenDir)) {
  process.stdout.write(
    `ken: ${kenDir} not found, skipping Go's test/ken run tests (apt-get install golang-1.19-src, or set GO119_TEST)\n`,
  );
  process.exit(0);
}
// From dist/scripts/ken.js, gomem's runner is dist/src/go/run.js; --runner
// takes a path or a URL of another module exporting the same run().
const given = option('--runner');
const runnerUrl =
  given === undefined
    ? new URL('../src/go/run.js', import.meta.url).href
    : /^[a-z]+:/.test(given)
      ? given
      : pathToFileURL(path.resolve(given)).href;
if (runnerUrl.startsWith('file:') && !fs.existsSync(new URL(runnerUrl))) {
  process.stderr.write(`ken: gomem's runner ${runnerUrl} is not built (npx tsc -p .)\n`);
  process.exit(1);
}
const timeoutMs = Number(option('--timeout') ?? 30_000);

const files = fs
  .readdirSync(kenDir)
  .filter((f) => f.endsWith('.go'))
  .sort()
  .filter((f) => fs.readFileSync(path.join(kenDir, f), 'utf8').split('\n')[0]!.trim() === '// run');

let passed = 0;
const rows: string[] = [];
for (const f of files) {
  const src = fs.readFileSync(path.join(kenDir, f), 'utf8');
  const outFile = path.join(kenDir, f.replace(/\.go$/, '.out'));
  const want = fs.existsSync(outFile) ? fs.readFileSync(outFile, 'utf8') : '';
  const o = await runInWorker(runnerUrl, [{ name: f, src }], { args: [], env: {} }, timeoutMs);
  const problem = judge(o, want);
  if (problem === undefined) passed++;
  rows.push(`| ${f} | ${problem === undefined ? 'pass' : 'fail'} | ${problem ?? ''} |`);
  if (process.argv.includes('-v') && problem !== undefined)
    process.stdout.write(`${f}: ${problem}\n${o.error ?? ''}${o.stdout}${o.stderr}\n`);
}

const pct = ((100 * passed) / Math.max(1, files.length)).toFixed(1);
const table = [
  '| file | result | why it fails |',
  '|---|---|---|',
  ...rows,
  `| **total (${files.length} run tests)** | **${passed} pass (${pct}%)** | |`,
].join('\n');
process.stdout.write(`${table}\n`);
const readme = new URL('../../README.md', import.meta.url);
if (fs.existsSync(readme) && !process.argv.includes('--no-write')) {
  const text = fs.readFileSync(readme, 'utf8');
  const begin = '<!-- ken:begin -->';
  const end = '<!-- ken:end -->';
  const i = text.indexOf(begin);
  const j = text.indexOf(end);
  if (i >= 0 && j > i)
    fs.writeFileSync(readme, `${text.slice(0, i + begin.length)}\n${table}\n${text.slice(j)}`);
}

/** Why a run fails Go's judgement (one line for the table), or undefined when it passes. */
function judge(o: Outcome, want: string): string | undefined {
  if (o.error !== undefined) return cell(`runner: ${o.error.split('\n')[0]}`);
  if (o.exitCode !== 0) return cell(`exit status ${o.exitCode}: ${(o.stderr || o.stdout).split('\n')[0]}`);
  const got = o.stdout + o.stderr;
  if (got === want) return undefined;
  const w = want.split('\n');
  const g = got.split('\n');
  let k = 0;
  while (w[k] === g[k]) k++;
  return cell(
    `output line ${k + 1}: want ${JSON.stringify(w[k] ?? '<end>')}, got ${JSON.stringify(g[k] ?? '<end>')}`,
  );
}

/** Text safe inside a Markdown table cell, kept short. */
function cell(s: string): string {
  const t = s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
  return t.length > 120 ? `${t.slice(0, 117)}...` : t;
}
