// One test per escape analysis rule, on small programs written for the
// purpose. Each asserts the decisions the rule implies, both as -m text and
// as the typed result the runner uses.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '../../src/go/index.js';

function m(src: string, level = 1): string[] {
  return compile([{ name: 'x.go', src }], { m: level }).escape.diagnostics.map(
    (d) => `${d.pos.line}: ${d.msg}`,
  );
}

test('GO-FACTS: &x of a parameter returned moves x to the heap', () => {
  assert.deepEqual(m('package p\nfunc f(x int) *int { return &x }\n'), ['2: moved to heap: x']);
});

test('GO-FACTS: a returned pointer parameter leaks to result ~r0 at level 0', () => {
  assert.deepEqual(m('package p\nfunc f(p *int) *int { return p }\n'), [
    '2: leaking param: p to result ~r0 level=0',
  ]);
});

test('GO-FACTS: make([]int, 100000) is too large for the stack', () => {
  const src = 'package p\nfunc f() int {\n\ts := make([]int, 100000)\n\treturn len(s)\n}\n';
  assert.deepEqual(m(src), ['3: make([]int, 100000) escapes to heap']);
  const explained = m(src, 2).join('\n');
  assert.match(explained, /from make\(\[\]int, 100000\) \(too large for stack\) at x\.go:3:11/);
});

test('levels: a dereferenced parameter leaks at level 1, a stored one to the heap', () => {
  const out = m(
    'package p\nvar g *int\nfunc load(pp **int) *int { return *pp }\nfunc content(pp **int) { g = *pp }\nfunc store(p *int) { g = p }\n',
  );
  assert.deepEqual(out, [
    '3: leaking param: pp to result ~r0 level=1',
    '4: leaking param content: pp',
    '5: leaking param: p',
  ]);
});

test('loop depth: an address kept outside the loop that declared it escapes', () => {
  const out = m(
    'package p\nfunc f() int {\n\tvar keep *int\n\tfor i := 0; i < 3; i++ {\n\t\tv := i\n\t\tkeep = &v\n\t}\n\tw := 1\n\tfor i := 0; i < 3; i++ {\n\t\tkeep = &w\n\t}\n\treturn *keep\n}\n',
  );
  assert.deepEqual(out, ['5: moved to heap: v']);
});

test('closures: captured by value unless reassigned; a returned closure escapes, a called one does not', () => {
  const out = m(
    'package p\nfunc a() func() int {\n\tx := 1\n\treturn func() int { return x }\n}\nfunc b() func() int {\n\ty := 1\n\treturn func() int { y++; return y }\n}\nfunc c() int {\n\tz := 1\n\treturn func() int { return z }()\n}\n',
  );
  assert.deepEqual(out, [
    '4: func literal escapes to heap',
    '7: moved to heap: y',
    '8: func literal escapes to heap',
    '12: func literal does not escape',
  ]);
});

test('size rules: explicit > 10 MiB, implicit > 64 KiB, non-constant make', () => {
  const out = m(
    'package p\nfunc f(n int) {\n\tvar big [11 << 20]byte\n\tbig[0] = 1\n\tsmall := [16]byte{}\n\t_ = small\n\tp := new([70000]byte)\n\tq := new([100]byte)\n\ts := make([]byte, n)\n\t_, _, _ = p, q, s\n}\n',
  );
  assert.deepEqual(out, [
    '3: moved to heap: big',
    '7: new([70000]byte) escapes to heap',
    '8: new([100]byte) does not escape',
    '9: make([]byte, n) escapes to heap',
  ]);
});

test('heap sinks: globals, interface conversion, dynamic calls, go, panic, append, send, map store', () => {
  const out = m(`package p
var g interface{}
func sinks(f func(*int), c chan *int, mp map[int]*int, s []*int) []*int {
	a, b, d, e, h, i := 1, 2, 3, 4, 5, 6
	g = a
	f(&b)
	go func(p *int) {}(&d)
	c <- &e
	mp[0] = &h
	s = append(s, &i)
	panic(s)
}
`);
  // In Go's order: parameter tags of the batch (the closure's too), then locations.
  assert.deepEqual(out, [
    '3: f does not escape',
    '3: c does not escape',
    '3: mp does not escape',
    '3: leaking param: s',
    '7: p does not escape',
    '4: moved to heap: b',
    '4: moved to heap: d',
    '4: moved to heap: e',
    '4: moved to heap: h',
    '4: moved to heap: i',
    '5: a escapes to heap',
    '7: func literal escapes to heap',
    '11: s escapes to heap',
  ]);
});

test('defer: at top level the arguments stay on the stack, in a loop they escape', () => {
  const out = m(
    'package p\nfunc use(p *int) {}\nfunc f() {\n\ta := 1\n\tdefer use(&a)\n\tfor i := 0; i < 2; i++ {\n\t\tc := i\n\t\tdefer use(&c)\n\t}\n}\n',
  );
  assert.deepEqual(out, ['2: p does not escape', '7: moved to heap: c']);
});

test('spills: &T{}, method values and interface method receivers', () => {
  const out = m(`package p
type T struct{ n int }
func (t *T) Get() int { return t.n }
type I interface{ Get() int }
var sink interface{}
func f(i I) int {
	t := &T{}
	u := &T{}
	sink = t.Get
	return u.Get() + i.Get()
}
`);
  assert.deepEqual(out, [
    '3: t does not escape',
    '6: leaking param: i',
    '7: &T{} escapes to heap',
    '8: &T{} does not escape',
    '9: t.Get escapes to heap',
  ]);
});

test('the typed result names heap variables and allocation sites', () => {
  const p = compile([
    {
      name: 'x.go',
      src: 'package p\nvar g *int\nfunc f(x int) {\n\ty := 2\n\tg = &x\n\tz := new(int)\n\t_ = z\n\t_ = &y\n}\n',
    },
  ]);
  const heap = [...p.escape.heapVars].map((v) => v.name).sort();
  assert.deepEqual(heap, ['x']);
  assert.deepEqual(
    p.escape.sites.map((s) => [s.kind, s.text, s.heap, s.node.kind]),
    [['alloc', 'new(int)', false, 'CallExpr']],
  );
});

test('sites distinguish allocations, interface conversions and variadic slices', () => {
  const p = compile([
    {
      name: 'x.go',
      src: 'package p\nvar sink interface{}\nfunc f(xs ...int) {}\nfunc g(n int) {\n\tsink = n\n\tf(1, 2)\n\ts := make([]int, n)\n\t_ = s\n}\n',
    },
  ]);
  assert.deepEqual(
    p.escape.sites.map((s) => [s.kind, s.text, s.heap]),
    [
      ['iface', 'n', true],
      ['variadic', '... argument', false],
      ['alloc', 'make([]int, n)', true],
    ],
  );
});
