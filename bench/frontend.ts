// `npm run bench:frontend`: how long type-checking plus escape analysis of a
// 2,000-line Go program takes. The program is generated: a 25-line function
// mixing the constructs escape analysis works hardest on (closures, loops,
// interface conversions, method calls, appends), repeated under different names.
// Prints the first run (which loads the standard-library stubs) and the median
// of the next runs; the figure goes into the README by hand, with the machine's
// load, since it is a measurement, not a test.

import { loadavg } from 'node:os';
import { compile } from '../src/go/index.js';

export function program(lines: number): string {
  const head = `package main

import "fmt"

type Node struct {
	next *Node
	val  *int
	name string
}

func (n *Node) Val() *int { return n.val }

var sink interface{}
`;
  const unit = (i: number) => `
func work${i}(n *Node, xs []*int, k int) (*int, []*int) {
	total := 0
	var keep *int
	for j := 0; j < k; j++ {
		v := j * ${i}
		if j%2 == 0 {
			keep = &v
		}
		xs = append(xs, &total)
		total += v
	}
	f := func(p *int) int { return *p + total }
	m := map[string]*Node{"a": {val: keep}}
	for key, node := range m {
		sink = key
		_ = node.Val()
	}
	s := fmt.Sprint(f(&total), n.name)
	if len(s) > ${i} {
		return n.val, xs
	}
	return keep, xs[:1]
}
`;
  let src = head;
  let i = 0;
  while (src.split('\n').length < lines - 4) src += unit(i++);
  return `${src}\nfunc main() { _, _ = work0(&Node{}, nil, 3) }\n`;
}

const src = program(2000);
const runs = Number(process.argv[2] ?? 9);
const times: number[] = [];
let diagnostics = 0;
for (let run = 0; run < runs; run++) {
  const t0 = performance.now();
  diagnostics = compile([{ name: 'big.go', src }]).escape.diagnostics.length;
  times.push(performance.now() - t0);
}
const rest = times.slice(1).sort((a, b) => a - b);
const median = rest[rest.length >> 1] ?? times[0]!;
process.stdout.write(
  `frontend: ${src.split('\n').length}-line program, ${diagnostics} -m diagnostics: ` +
    `first ${times[0]!.toFixed(0)} ms, median ${median.toFixed(0)} ms over ${rest.length} runs ` +
    `(node ${process.version}, load ${loadavg()[0]!.toFixed(2)})\n`,
);
