// The errorcheck rules of Go's test/run.go (errorCheck, wantedErrors): each
// `// ERROR "re" "re"...` comment lists regexps for messages reported on its
// line; a regexp matches the message text after `file:line:col: `, every
// matching message on the line is consumed, a regexp matching none is a
// failure, and messages left unconsumed at the end are failures too.
export interface CheckResult {
  wanted: number;
  matched: number;
  unexpected: number;
  errors: string[];
}

interface Want {
  line: number;
  reStr: string;
  re: RegExp;
}

export function wantedErrors(src: string): Want[] {
  const wants: Want[] = [];
  src.split('\n').forEach((text, i) => {
    const at = text.indexOf('// ERROR ');
    if (at < 0) return;
    const rest = text.slice(at + '// ERROR '.length);
    // run.go's errQuotesRx: the text between double quotes, taken raw.
    const re = /"([^"]*)"/g;
    for (let m = re.exec(rest); m !== null; m = re.exec(rest)) {
      const reStr = m[1]!.replace(/LINE(([+-])(\d+))?/g, (_x, _y, sign: string, n: string) =>
        String(i + 1 + (sign === '-' ? -Number(n) : sign ? Number(n) : 0)),
      );
      wants.push({ line: i + 1, reStr, re: new RegExp(goRegexp(reStr)) });
    }
  });
  return wants;
}

// goRegexp adapts RE2 syntax to JavaScript where they differ in these tests.
function goRegexp(s: string): string {
  return s
    .replace(/\(\?s\)/g, '')
    .replace(/\\Q(.*?)\\E/g, (_m, lit: string) => lit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

export function checkErrors(file: string, src: string, messages: string[]): CheckResult {
  let out = [...messages];
  const errors: string[] = [];
  const wants = wantedErrors(src);
  let matched = 0;
  for (const w of wants) {
    const prefix = `${file}:${w.line}:`;
    const mine = out.filter((m) => m.startsWith(prefix));
    out = out.filter((m) => !m.startsWith(prefix));
    if (mine.length === 0) {
      errors.push(`${file}:${w.line}: missing error ${JSON.stringify(w.reStr)}`);
      continue;
    }
    let ok = false;
    for (const m of mine) {
      const sp = m.indexOf(' ');
      const text = sp >= 0 ? m.slice(sp + 1) : m;
      if (w.re.test(text)) ok = true;
      else out.push(m);
    }
    if (ok) matched++;
    else
      errors.push(`${file}:${w.line}: no match for ${JSON.stringify(w.reStr)} in:\n\t${mine.join('\n\t')}`);
  }
  for (const m of out) errors.push(`unexpected: ${m}`);
  return { wanted: wants.length, matched, unexpected: out.length, errors };
}
