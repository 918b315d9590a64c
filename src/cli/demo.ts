// `gomem demo`: build a realistic object graph on the gomem heap and show what
// Go 1.19's allocator did with it — size classes, spans, addresses, slice growth,
// a memory-safety panic and MemStats. It is what `npm start` runs.

import { formatAddr, Runtime, RuntimeError, type Type } from '../index.js';
import { class_to_nelems, class_to_npages, class_to_size } from '../runtime/sizeclasses.js';
import { type Command, CommandError } from './command.js';
import { parseGoFlags } from './flags.js';

const names = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy'];

function usage(): string {
  return 'usage: gomem demo [-users N]';
}

export const command: Command = {
  async run(argv) {
    const parsed = parseGoFlags(argv, { users: 5000 }, usage());
    if (parsed === null) {
      process.stderr.write(`${usage()}\n`);
      return 0;
    }
    const users = parsed.flags.users;
    if (users < 1 || users > 1_000_000 || parsed.args.length > 0) {
      const what =
        parsed.args.length > 0 ? `unexpected argument "${parsed.args[0]}"` : `invalid -users ${users}`;
      throw new CommandError(`gomem demo: ${what}\n${usage()}`);
    }
    process.stdout.write(demo(users));
    return 0;
  },
};

export function demo(nusers: number): string {
  const out: string[] = [];
  // gctrace lines are collected while the collector section runs.
  const tracer: { sink: ((line: string) => void) | null } = { sink: null };
  const rt = new Runtime({ gctrace: true, trace: (line) => tracer.sink?.(line) });
  const T = rt.types;
  const User = T.struct('User', (U) => ({
    id: T.int,
    name: T.string,
    friends: T.slice(T.ptr(U)),
    scores: T.array(T.float64, 4),
    best: T.ptr(U),
  }));
  const Post = T.struct('Post', { author: T.int, likes: T.int32, body: T.string });
  const id = rt.intField(User, 'id');
  const name = rt.stringField(User, 'name');
  const friends = rt.sliceField(User, 'friends');
  const scores = rt.arrayField(User, 'scores');
  const best = rt.ptrField(User, 'best');
  const score = rt.floatAt(T.float64);
  const friendPtr = rt.ptrAt(T.ptr(User));

  out.push(`gomem demo: Go 1.19's allocator and collector on a ${nusers}-user social graph`);
  out.push(`(GOMAXPROCS=${rt.gomaxprocs}, GOGC=${rt.gcPercent < 0 ? 'off' : rt.gcPercent})\n`);
  out.push(`type User struct { id int; name string; friends []*User; scores [4]float64; best *User }`);
  out.push(
    `  size ${User.size} B, ptrdata ${User.ptrdata} B → each new(User) takes a ${slotOf(User.size)}-byte slot`,
  );
  out.push('');

  const before = rt.readMemStats();
  // var users struct{ list []*User } — a global root holding every user.
  const Users = T.struct('Users', { list: T.slice(T.ptr(User)) });
  const h = rt.new(Users);
  rt.global('users').set(h);
  const list = rt.sliceField(Users, 'list');
  const user = (i: number) => friendPtr.get(list.index(h, i));
  const caps: number[] = [];
  let rand = 42;
  const next = () => {
    rand = (Math.imul(rand, 1103515245) + 12345) >>> 0;
    return rand;
  };
  for (let i = 0; i < nusers; i++) {
    // A JS variable is not a root: hold the new user in a handle until it is in the list.
    const scope = rt.scope();
    const u = scope.handle(rt.new(User));
    id.set(u.get(), i);
    name.set(u.get(), `${names[i % names.length]}${i}`);
    for (let k = 0; k < 4; k++) score.set(scores.index(u.get(), k), (next() % 1000) / 10);
    friendPtr.set(list.append(h), u.get());
    scope.close();
    const cap = list.cap(h);
    if (caps[caps.length - 1] !== cap) caps.push(cap);
  }
  for (let i = 0; i < nusers; i++) {
    const u = user(i);
    const n = next() % 12;
    for (let k = 0; k < n; k++) friendPtr.set(friends.append(u), user(next() % nusers));
    if (n > 0) best.set(u, friendPtr.get(friends.index(u, 0)));
  }
  const after = rt.readMemStats();

  out.push('Allocations by size class (from MemStats.BySize; tiny objects share 16-byte blocks):');
  out.push(' class  bytes/obj  pages/span  objs/span     mallocs       bytes');
  const rows: { c: number; n: number }[] = [];
  for (let c = 1; c < after.BySize.length; c++) {
    const n = after.BySize[c]!.Mallocs - before.BySize[c]!.Mallocs;
    if (n > 0) rows.push({ c, n });
  }
  const maxBytes = Math.max(...rows.map((r) => r.n * class_to_size[r.c]!));
  for (const { c, n } of rows) {
    const bytes = n * class_to_size[c]!;
    const bar = '█'.repeat(Math.max(1, Math.round((bytes / maxBytes) * 30)));
    out.push(
      `${pad(c, 6)}${pad(class_to_size[c]!, 11)}${pad(class_to_npages[c]!, 12)}${pad(class_to_nelems[c]!, 11)}${pad(n, 12)}${pad(bytes, 12)}  ${bar}`,
    );
  }
  const tiny = after.Mallocs - before.Mallocs - rows.reduce((a, r) => a + r.n, 0);
  out.push(`  plus ${tiny} tiny or large allocations outside BySize\n`);

  const u0 = user(0);
  const i0 = rt.objectInfo(u0);
  const n0 = rt.ptrAt(T.unsafePointer).get(name.addr(u0));
  const ni = rt.objectInfo(n0);
  const arr = list.array(h);
  const ai = rt.objectInfo(arr);
  out.push('Where things live:');
  out.push(
    `  users[0]        ${formatAddr(u0)}  User, ${User.size} B in a ${i0.size}-byte slot (class ${i0.sizeclass}, scan)`,
  );
  out.push(
    `  users[0].name   ${formatAddr(n0)}  "${name.get(u0)}", ${name.len(u0)} B of string data in a ${ni.size}-byte ${ni.sizeclass === 2 ? 'tiny block' : 'slot'} (noscan)`,
  );
  out.push(
    `  users.list      ${formatAddr(arr)}  []*User backing array, cap ${list.cap(h)}: ${ai.size} B ${ai.sizeclass === 0 ? '(large object: a span of its own)' : `(class ${ai.sizeclass})`}`,
  );
  out.push(`  append growth of users.list, one element at a time: caps ${caps.join(' → ')}\n`);

  out.push('Memory safety (Go panics, heap left unchanged):');
  for (const attempt of [
    () => scores.index(u0, 5),
    () => friends.slice(u0, 0, friends.cap(u0) + 1),
    () => id.get(0),
  ]) {
    try {
      attempt();
    } catch (e) {
      if (!(e instanceof RuntimeError)) throw e;
      out.push(`  panic: ${e.message}`);
    }
  }
  out.push('');

  const d = (k: 'Mallocs' | 'Frees' | 'TotalAlloc' | 'HeapObjects') => after[k] - before[k];
  out.push('MemStats (deltas for the graph, then totals):');
  out.push(
    `  Mallocs +${d('Mallocs')}  Frees +${d('Frees')}  HeapObjects +${d('HeapObjects')}  TotalAlloc +${fmtBytes(d('TotalAlloc'))}`,
  );
  out.push(
    `  HeapAlloc ${fmtBytes(after.HeapAlloc)}  HeapInuse ${fmtBytes(after.HeapInuse)}  HeapIdle ${fmtBytes(after.HeapIdle)}  HeapReleased ${fmtBytes(after.HeapReleased)}`,
  );
  out.push(
    `  HeapSys ${fmtBytes(after.HeapSys)}  MSpanInuse ${fmtBytes(after.MSpanInuse)}  GCSys ${fmtBytes(after.GCSys)}  Sys ${fmtBytes(after.Sys)}  NextGC ${fmtBytes(after.NextGC)}`,
  );
  out.push(`  spans in use: ${after.MSpanInuse / 144} (Go's 144-byte mspan records)`);
  out.push('');
  out.push(...collectorSection(rt, Post, 100_000, next, tracer));
  out.push('Tiny objects: a 1-byte noscan allocation × 100 →');
  const t0 = rt.readMemStats();
  for (let i = 0; i < 100; i++) rt.new(T.int8);
  const t1 = rt.readMemStats();
  out.push(
    `  Mallocs +${t1.Mallocs - t0.Mallocs}, Frees +${t1.Frees - t0.Frees}, TotalAlloc +${t1.TotalAlloc - t0.TotalAlloc} (${(t1.TotalAlloc - t0.TotalAlloc) / 16} blocks of 16 B), as in Go 1.19`,
  );
  return `${out.join('\n')}\n`;
}

/**
 * Churn: allocate posts, keep the newest 64 in a ring on a global feed, drop the
 * rest, and let the collector run as the pacer decides; then runtime.GC and a
 * finalizer.
 */
function collectorSection(
  rt: Runtime,
  Post: Type,
  nposts: number,
  next: () => number,
  tracer: { sink: ((line: string) => void) | null },
): string[] {
  const out: string[] = [];
  const T = rt.types;
  const traces: string[] = [];
  const Feed = T.struct('Feed', { ring: T.array(T.ptr(Post), 64) });
  const feed = rt.new(Feed);
  rt.global('feed').set(feed);
  const ring = rt.arrayField(Feed, 'ring');
  const slot = rt.ptrAt(T.ptr(Post));
  const body = rt.stringField(Post, 'body');
  const likes = rt.intField(Post, 'likes');
  const m0 = rt.readMemStats();
  const gc0 = rt.gc.numgc;
  tracer.sink = (line) => traces.push(line);
  let peak = 0;
  for (let i = 0; i < nposts; i++) {
    const p = rt.new(Post);
    slot.set(ring.index(feed, i % 64), p);
    likes.set(p, next() % 1000);
    body.set(p, 'lorem ipsum '.repeat(next() % 24));
    if (i % 1024 === 0) peak = Math.max(peak, rt.heap.gcController.heapLive);
  }
  const m1 = rt.readMemStats();
  out.push(
    `The collector: ${nposts} posts allocated (${fmtBytes(m1.TotalAlloc - m0.TotalAlloc)}), only the newest 64 kept`,
  );
  out.push('  GODEBUG=gctrace=1 says (first lines):');
  for (const line of traces.slice(0, 4)) out.push(`    ${line}`);
  if (traces.length > 4) out.push(`    … ${traces.length - 4} more`);
  const pauses = [0, ...m1.PauseNs];
  out.push(
    `  ${m1.NumGC - gc0} cycles; heap peaked at ${fmtBytes(peak)} against a ${fmtBytes(m1.NextGC)} goal; ` +
      `longest stop-the-world pause ${(Math.max(...pauses) / 1000).toFixed(0)} µs; GC CPU ${(m1.GCCPUFraction * 100).toFixed(1)}%`,
  );
  const before = m1.HeapObjects;
  rt.GC();
  const m2 = rt.readMemStats();
  out.push(
    `  runtime.GC(): HeapObjects ${before} → ${m2.HeapObjects}, HeapAlloc ${fmtBytes(m2.HeapAlloc)}, NextGC ${fmtBytes(m2.NextGC)}`,
  );
  out.push(`    ${traces.at(-1)}`);

  // A finalizer keeps its object one more cycle.
  const scope = rt.scope();
  const doomed = scope.handle(rt.new(Post));
  const log: string[] = [];
  rt.setFinalizer(doomed.get(), (p) => log.push(`finalizer ran for ${formatAddr(p)}`));
  const objs = () => rt.readMemStats().HeapObjects;
  const n0 = objs();
  scope.close();
  rt.GC();
  const n1 = objs();
  rt.GC();
  const n2 = objs();
  out.push(
    `  a Post with a finalizer, dropped: GC 1 → ${log[0] ?? 'no finalizer'}, HeapObjects ${n0} → ${n1}; GC 2 → freed, ${n1} → ${n2}`,
  );
  tracer.sink = null;
  out.push('');
  return out;
}

function slotOf(size: number): number {
  return class_to_size.find((s) => s >= size) ?? size;
}

function pad(v: number, w: number): string {
  return String(v).padStart(w);
}

function fmtBytes(n: number): string {
  if (n < 10 * 1024) return `${n} B`;
  if (n < 10 * 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
