// `gomem demo`: build a realistic object graph on the gomem heap and show what
// Go 1.19's allocator did with it — size classes, spans, addresses, slice growth,
// a memory-safety panic and MemStats. It is what `npm start` runs.

import { formatAddr, Runtime, RuntimeError } from '../index.js';
import { class_to_nelems, class_to_npages, class_to_size } from '../runtime/sizeclasses.js';
import { type Command, CommandError } from './command.js';

const names = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy'];

function usage(): string {
  return 'usage: gomem demo [-users N]';
}

export const command: Command = {
  async run(argv) {
    let users = 5000;
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i]!;
      if (a === '-users' || a === '--users') {
        const n = Number(argv[++i]);
        if (!Number.isInteger(n) || n < 1 || n > 1_000_000) {
          throw new CommandError(`gomem demo: invalid -users value ${argv[i] ?? ''}\n${usage()}`);
        }
        users = n;
      } else {
        throw new CommandError(`flag provided but not defined: ${a}\n${usage()}`);
      }
    }
    process.stdout.write(demo(users));
    return 0;
  },
};

export function demo(nusers: number): string {
  const out: string[] = [];
  const rt = new Runtime();
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
  const body = rt.stringField(Post, 'body');
  const score = rt.floatAt(T.float64);
  const friendPtr = rt.ptrAt(T.ptr(User));

  out.push(`gomem demo: Go 1.19's allocator on a ${nusers}-user social graph`);
  out.push(
    `(GOMAXPROCS=${rt.gomaxprocs}, GOGC=${rt.gcPercent < 0 ? 'off' : rt.gcPercent}; no collector yet)\n`,
  );
  out.push(`type User struct { id int; name string; friends []*User; scores [4]float64; best *User }`);
  out.push(
    `  size ${User.size} B, ptrdata ${User.ptrdata} B → each new(User) takes a ${slotOf(User.size)}-byte slot`,
  );
  out.push(`type Post struct { author int; likes int32; body string }  size ${Post.size} B\n`);

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
    const u = rt.new(User);
    id.set(u, i);
    name.set(u, `${names[i % names.length]}${i}`);
    for (let k = 0; k < 4; k++) score.set(scores.index(u, k), (next() % 1000) / 10);
    friendPtr.set(list.append(h), u);
    const cap = list.cap(h);
    if (caps[caps.length - 1] !== cap) caps.push(cap);
  }
  for (let i = 0; i < nusers; i++) {
    const u = user(i);
    const n = next() % 12;
    for (let k = 0; k < n; k++) friendPtr.set(friends.append(u), user(next() % nusers));
    if (n > 0) best.set(u, friendPtr.get(friends.index(u, 0)));
    if (i % 3 === 0) {
      const post = rt.new(Post);
      body.set(post, 'x'.repeat(next() % 300));
    }
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
  out.push('Tiny objects: a 1-byte noscan allocation × 100 →');
  const t0 = rt.readMemStats();
  for (let i = 0; i < 100; i++) rt.new(T.int8);
  const t1 = rt.readMemStats();
  out.push(
    `  Mallocs +${t1.Mallocs - t0.Mallocs}, Frees +${t1.Frees - t0.Frees}, TotalAlloc +${t1.TotalAlloc - t0.TotalAlloc} (${(t1.TotalAlloc - t0.TotalAlloc) / 16} blocks of 16 B), as in Go 1.19`,
  );
  return `${out.join('\n')}\n`;
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
