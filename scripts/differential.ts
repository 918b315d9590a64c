// The differential corpus's pass rate for the README: every program of
// test/run/programs and test/run/seeds run by gomem's runner and compared
// with what Go 1.19 printed (test/fixtures/go1.19/run, made by
// scripts/fixtures-run.sh) — stdout, the first line of a panic or fatal
// error, the exit status — exactly as test/run/differential.test.ts compares
// them. Prints the summary and the programs that still differ (with the
// reason test/run/expected-failures.txt gives), and writes them into
// README.md between the differential markers.
//
//   node dist/scripts/differential.js [--no-write]
import fs from 'node:fs';
import { run } from '../src/go/run.js';
import {
  compare,
  loadCases,
  outcomeOf,
  programsDir,
  readExpectedFailures,
  seedsDir,
} from '../test/run/compare.js';

const cases = [...loadCases(programsDir), ...loadCases(seedsDir, 'seed-')];
const reasons = readExpectedFailures();
const failing: string[] = [];
for (const c of cases) {
  const diffs = compare(c.fixture, await outcomeOf(run, c));
  if (diffs.length === 0) continue;
  const why = reasons.get(c.name) ?? diffs[0]!;
  failing.push(`| ${c.name} | ${why.replace(/\|/g, '\\|')} |`);
}
const passed = cases.length - failing.length;
const pct = ((100 * passed) / Math.max(1, cases.length)).toFixed(1);
const text = [
  `**${passed} of ${cases.length} programs (${pct}%) behave as under Go 1.19** — same stdout, same first line of a panic or fatal error, same exit status.`,
  ...(failing.length === 0 ? [] : ['', '| program | why it differs |', '|---|---|', ...failing]),
].join('\n');
process.stdout.write(`${text}\n`);
const readme = new URL('../../README.md', import.meta.url);
if (fs.existsSync(readme) && !process.argv.includes('--no-write')) {
  const s = fs.readFileSync(readme, 'utf8');
  const begin = '<!-- differential:begin -->';
  const end = '<!-- differential:end -->';
  const i = s.indexOf(begin);
  const j = s.indexOf(end);
  if (i >= 0 && j > i) fs.writeFileSync(readme, `${s.slice(0, i + begin.length)}\n${text}\n${s.slice(j)}`);
}
