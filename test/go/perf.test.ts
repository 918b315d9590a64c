// Type-checking plus escape analysis of a 2,000-line program stays under a
// second. The program is generated: a 25-line function mixing the constructs
// escape analysis works hardest on (closures, loops, interface conversions,
// method calls, appends), repeated under different names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '../../src/go/index.js';

function program(lines: number): string {
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

test('a 2,000-line program type-checks and escape-analyses in under a second', () => {
  const src = program(2000);
  assert.ok(src.split('\n').length >= 2000);
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    const p = compile([{ name: 'big.go', src }]);
    times.push(performance.now() - t0);
    assert.ok(p.escape.diagnostics.length > 0);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[2]!;
  process.stdout.write(
    `# 2000-line program: first ${times[0]!.toFixed(0)} ms, median ${median.toFixed(0)} ms\n`,
  );
  assert.ok(median < 1000, `median ${median} ms`);
});
