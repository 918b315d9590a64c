// Go 1.19's escape-analysis tests run through gomem's front end with the
// errorcheck rules of Go's test/run.go: every `// ERROR "re" ...` regexp must
// match a message reported on its line (matching messages are consumed), and
// any message left over fails the file. Reads the tests from the installed
// golang-1.19-src package (they are not copied into this repository) and
// writes the per-file table into src/go/README.md between markers.
//
// With --mutants N [--seed S] it instead compares gomem with real go build
// on N programs made by replacing one token of a front-end fixture program
// with another token of it: both must accept or reject, the first message
// must be the same, and accepted programs must give the same -m output.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkErrors } from '../src/go/errorcheck.js';
import { compile, formatDiagnostic, isGoError, link } from '../src/go/index.js';

const mutantsAt = process.argv.indexOf('--mutants');
if (mutantsAt >= 0) {
  mutants(
    Number(process.argv[mutantsAt + 1] ?? 100),
    Number(process.argv[process.argv.indexOf('--seed') + 1] ?? 1),
  );
  process.exit(0);
}

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
const readme = new URL('../../README.md', import.meta.url);
if (fs.existsSync(readme) && !process.argv.includes('--no-write')) {
  const text = fs.readFileSync(readme, 'utf8');
  const begin = '<!-- conformance:begin -->';
  const end = '<!-- conformance:end -->';
  const i = text.indexOf(begin);
  const j = text.indexOf(end);
  if (i >= 0 && j > i)
    fs.writeFileSync(readme, `${text.slice(0, i + begin.length)}\n${table}\n${text.slice(j)}`);
}

function mutants(n: number, seed: number): void {
  const root = new URL('../../', import.meta.url).pathname;
  const go = execFileSync(path.join(root, 'scripts/go119.sh'), { encoding: 'utf8' }).trim();
  const dirs = ['escape', 'rules'].map((d) => path.join(root, 'scripts/go/frontend', d));
  const sources = dirs.flatMap((d) => fs.readdirSync(d).map((f) => fs.readFileSync(path.join(d, f), 'utf8')));
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gomem-mutants-'));
  let agree = 0;
  let acceptance = 0;
  const disagreements: string[] = [];
  for (let i = 0; i < n; i++) {
    const tokens = sources[Math.floor(random() * sources.length)].match(
      /[A-Za-z_]\w*|\d+|"[^"\n]*"|[^\s\w]+|\s+/g,
    )!;
    const solid = tokens.flatMap((t, j) => (/^\s/.test(t) ? [] : [j]));
    const at = solid[Math.floor(random() * solid.length)]!;
    tokens[at] = tokens[solid[Math.floor(random() * solid.length)]]!;
    const src = tokens.join('');
    fs.writeFileSync(path.join(work, 'm.go'), src);
    const r = spawnSync(go, ['build', '-o', os.devNull, '-gcflags=-m -l', 'm.go'], {
      cwd: work,
      encoding: 'utf8',
    });
    const goLines = r.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    let mine: string[];
    let ok = true;
    try {
      const prog = compile([{ name: './m.go', src }]);
      mine = prog.escape.diagnostics.map(formatDiagnostic);
      link(prog);
    } catch (e) {
      if (!isGoError(e)) throw e;
      ok = false;
      mine = e.message.split('\n');
    }
    const same =
      ok === (r.status === 0) &&
      (ok
        ? mine.join('\n') === goLines.join('\n')
        : mine[0] ===
          goLines.find(
            (l) =>
              !/: (moved to heap|leaking param|.* escapes to heap|.* does not escape|devirtualizing)/.test(l),
          ));
    if (same) agree++;
    else disagreements.push(`go:     ${goLines[0] ?? ''}\ngomem:  ${mine[0] ?? ''}`);
    if (ok !== (r.status === 0)) acceptance++;
  }
  process.stdout.write(
    `${agree}/${n} mutants: same acceptance and the same first message (or -m output); ${acceptance} accepted by one and rejected by the other\n`,
  );
  if (process.argv.includes('-v')) process.stdout.write(`${disagreements.join('\n')}\n`);
}
