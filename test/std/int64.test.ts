// The standard library on 64-bit integers past 2^53: every function that takes
// or returns an int, int64, uint64 or Duration, called with the words compiled
// code passes (a number while safe, a bigint beyond: codegen/vlrt.ts) at the
// edges — 2^53 ± 1, MaxInt64, MinInt64, MaxUint64 — must give Go 1.19's
// results, and a bigint count must give Go's panic, never a TypeError. Each
// expected value was printed by Go 1.19 (go run of the expression named next
// to it).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Env } from '../../src/go/codegen/env.js';
import { canon, type Int64 } from '../../src/go/codegen/vlrt.js';
import { bytes } from '../../src/go/std/bytes.js';
import { errorText } from '../../src/go/std/errors.js';
import { fmt } from '../../src/go/std/fmt.js';
import { math } from '../../src/go/std/math.js';
import { rand } from '../../src/go/std/rand.js';
import { sort } from '../../src/go/std/sort.js';
import { strconv } from '../../src/go/std/strconv.js';
import { strings } from '../../src/go/std/strings.js';
import { time } from '../../src/go/std/time.js';
import { GoPanicValue, readInt64, readString, readUint64, sliceLen } from '../../src/go/std/values.js';
import { argsSlice, type Desc, goString, makeEnv, resultArea } from './support/env.js';

const maxInt64 = 2n ** 63n - 1n;
const minInt64 = -(2n ** 63n);
const maxUint64 = 2n ** 64n - 1n;
const p53 = 2n ** 53n + 1n;

/** Go's panic value text (a GoPanicValue or runtime error) raised by f. */
function panicText(f: () => void): string {
  try {
    f();
  } catch (e) {
    if (e instanceof GoPanicValue) return e.value;
    if (e instanceof Error) return e.message;
  }
  return 'no panic';
}

function sprintf(env: Env, format: string, args: Desc[]): string {
  const res = env.rt.mallocgc(32, null, true);
  fmt(env).Sprintf!(0, res, goString(env, format), argsSlice(env, args, new Map()));
  return readString(env, res);
}

describe('fmt on 64-bit values', () => {
  // fmt.Printf("%d|%x|%X|%o|%O|%b|%#x|%+d|%25d|%-25d|%025d|%.22d|%c|%q|%U|%#U|%e|%v|%08.3d\n", v, …)
  const verbs = '%d|%x|%X|%o|%O|%b|%#x|%+d|%25d|%-25d|%025d|%.22d|%c|%q|%U|%#U|%e|%v|%08.3d';
  const cases: [Desc, string][] = [
    [
      { T: 'int64', V: String(maxInt64) },
      "9223372036854775807|7fffffffffffffff|7FFFFFFFFFFFFFFF|777777777777777777777|0o777777777777777777777|111111111111111111111111111111111111111111111111111111111111111|0x7fffffffffffffff|+9223372036854775807|      9223372036854775807|9223372036854775807      |0000009223372036854775807|0009223372036854775807|\ufffd|'\ufffd'|U+7FFFFFFFFFFFFFFF|U+7FFFFFFFFFFFFFFF|%!e(int64=9223372036854775807)|9223372036854775807|9223372036854775807",
    ],
    [
      { T: 'int64', V: String(minInt64) },
      "-9223372036854775808|-8000000000000000|-8000000000000000|-1000000000000000000000|-0o1000000000000000000000|-1000000000000000000000000000000000000000000000000000000000000000|-0x8000000000000000|-9223372036854775808|     -9223372036854775808|-9223372036854775808     |-000009223372036854775808|-0009223372036854775808|\ufffd|'\ufffd'|U+8000000000000000|U+8000000000000000|%!e(int64=-9223372036854775808)|-9223372036854775808|-9223372036854775808",
    ],
    [
      { T: 'uint64', V: String(maxUint64) },
      "18446744073709551615|ffffffffffffffff|FFFFFFFFFFFFFFFF|1777777777777777777777|0o1777777777777777777777|1111111111111111111111111111111111111111111111111111111111111111|0xffffffffffffffff|+18446744073709551615|     18446744073709551615|18446744073709551615     |0000018446744073709551615|0018446744073709551615|\ufffd|'\ufffd'|U+FFFFFFFFFFFFFFFF|U+FFFFFFFFFFFFFFFF|%!e(uint64=18446744073709551615)|18446744073709551615|18446744073709551615",
    ],
    [
      { T: 'int64', V: String(p53) },
      "9007199254740993|20000000000001|20000000000001|400000000000000001|0o400000000000000001|100000000000000000000000000000000000000000000000000001|0x20000000000001|+9007199254740993|         9007199254740993|9007199254740993         |0000000009007199254740993|0000009007199254740993|\ufffd|'\ufffd'|U+20000000000001|U+20000000000001|%!e(int64=9007199254740993)|9007199254740993|9007199254740993",
    ],
    [
      // uint64(1<<63 + 5)
      { T: 'uint64', V: String(2n ** 63n + 5n) },
      "9223372036854775813|8000000000000005|8000000000000005|1000000000000000000005|0o1000000000000000000005|1000000000000000000000000000000000000000000000000000000000000101|0x8000000000000005|+9223372036854775813|      9223372036854775813|9223372036854775813      |0000009223372036854775813|0009223372036854775813|\ufffd|'\ufffd'|U+8000000000000005|U+8000000000000005|%!e(uint64=9223372036854775813)|9223372036854775813|9223372036854775813",
    ],
  ];
  for (const [v, want] of cases)
    test(`every integer verb on ${v!.T}(${v!.V})`, () => {
      const env = makeEnv();
      assert.equal(sprintf(env, verbs, Array(19).fill(v)), want);
    });

  test('Sprint, uint and uintptr, and a width past 2^53', () => {
    const env = makeEnv();
    // fmt.Sprint(uint64(1<<63+5), int64(-1<<62-3))
    const res = env.rt.mallocgc(32, null, true);
    fmt(env).Sprint!(
      0,
      res,
      argsSlice(
        env,
        [
          { T: 'uint64', V: String(2n ** 63n + 5n) },
          { T: 'int64', V: String(-(2n ** 62n) - 3n) },
        ],
        new Map(),
      ),
    );
    assert.equal(readString(env, res), '9223372036854775813 -4611686018427387907');
    // fmt.Sprint(uint(1<<63+5), uintptr(1<<60+1)) with Sprintf's %v %v
    assert.equal(
      sprintf(env, '%v %v', [
        { T: 'uint', V: String(2n ** 63n + 5n) },
        { T: 'uintptr', V: String(2n ** 60n + 1n) },
      ]),
      '9223372036854775813 1152921504606846977',
    );
    // fmt.Printf("%*d|%.*d|%v\n", int64(1<<53+1), 5, int64(1<<40), 7, []int64{1<<53 + 1, -1 << 63})
    assert.equal(
      sprintf(env, '%*d|%.*d|%v', [
        { T: 'int64', V: String(p53) },
        { T: 'int', V: '5' },
        { T: 'int64', V: String(2n ** 40n) },
        { T: 'int', V: '7' },
        {
          T: '[]int64',
          V: [
            { T: 'int64', V: String(p53) },
            { T: 'int64', V: String(minInt64) },
          ],
        },
      ]),
      '%!(BADWIDTH)5|%!(BADPREC)7|[9007199254740993 -9223372036854775808]',
    );
    // fmt.Printf("%v %d\n", map[int64]string{1<<53 + 1: "a", 1 << 53: "b", -1 << 63: "c"},
    //   map[uint64]int{1<<64 - 1: 1, 1<<63: 2}): keys sorted exactly
    const key = (T: string, V: bigint, v: Desc): [Desc, Desc] => [{ T, V: String(V) }, v];
    assert.equal(
      sprintf(env, '%v %d', [
        {
          T: 'map[int64]string',
          V: [
            key('int64', p53, { T: 'string', V: 'a' }),
            key('int64', 2n ** 53n, { T: 'string', V: 'b' }),
            key('int64', minInt64, { T: 'string', V: 'c' }),
          ],
        },
        {
          T: 'map[uint64]int',
          V: [key('uint64', maxUint64, { T: 'int', V: '1' }), key('uint64', 2n ** 63n, { T: 'int', V: '2' })],
        },
      ]),
      'map[-9223372036854775808:c 9007199254740992:b 9007199254740993:a] map[9223372036854775808:2 18446744073709551615:1]',
    );
  });
});

describe('strconv on 64-bit values', () => {
  test('FormatInt, FormatUint, Itoa and AppendInt in every base', () => {
    const env = makeEnv();
    const S = strconv(env);
    const res = env.rt.mallocgc(32, null, true);
    const fmtInt = (v: Int64, base: Int64): string => {
      S.FormatInt!(0, res, v, base);
      return readString(env, res);
    };
    const fmtUint = (v: Int64, base: Int64): string => {
      S.FormatUint!(0, res, v, base);
      return readString(env, res);
    };
    // strconv.FormatInt(math.MinInt64, b), FormatInt(math.MaxInt64, b),
    // FormatUint(math.MaxUint64, b), FormatInt(1<<53+1, b) for b in 2, 8, 10, 16, 36
    const want: Record<number, string[]> = {
      2: [
        '-1000000000000000000000000000000000000000000000000000000000000000',
        '111111111111111111111111111111111111111111111111111111111111111',
        '1111111111111111111111111111111111111111111111111111111111111111',
        '100000000000000000000000000000000000000000000000000001',
      ],
      8: ['-1000000000000000000000', '777777777777777777777', '1777777777777777777777', '400000000000000001'],
      10: ['-9223372036854775808', '9223372036854775807', '18446744073709551615', '9007199254740993'],
      16: ['-8000000000000000', '7fffffffffffffff', 'ffffffffffffffff', '20000000000001'],
      36: ['-1y2p0ij32e8e8', '1y2p0ij32e8e7', '3w5e11264sgsf', '2gosa7pa2gx'],
    };
    for (const [b, [lo, hi, u, s]] of Object.entries(want)) {
      const base = Number(b);
      assert.equal(fmtInt(minInt64, base), lo);
      assert.equal(fmtInt(maxInt64, base), hi);
      assert.equal(fmtUint(maxUint64, base), u);
      assert.equal(fmtInt(p53, base), s);
    }
    assert.equal(fmtInt(2 ** 53 - 1, 10), '9007199254740991');
    // strconv.Itoa(math.MinInt64)
    S.Itoa!(0, res, minInt64);
    assert.equal(readString(env, res), '-9223372036854775808');
    // string(strconv.AppendInt([]byte("x"), math.MinInt64, 16))
    const dst = resultArea(env);
    S.AppendInt!(0, dst, dst, minInt64, 16);
    const p = env.mem.u32[dst >>> 2]!;
    assert.equal(Buffer.from(env.mem.u8.subarray(p, p + sliceLen(env, dst))).toString(), '-8000000000000000');
    // strconv.FormatInt(5, 1<<53+1) panics
    assert.equal(
      panicText(() => fmtInt(5, p53)),
      'strconv: illegal AppendInt/FormatInt base',
    );
  });

  test('ParseInt, ParseUint and Atoi: exact values, range errors, bad bases and bit sizes', () => {
    const env = makeEnv();
    const S = strconv(env);
    const res = env.rt.mallocgc(32, null, true);
    const parse = (fn: string, s: string, ...rest: Int64[]): string => {
      S[fn]!(0, res, goString(env, s), ...rest);
      const v = fn === 'ParseUint' ? readUint64(env, res) : readInt64(env, res);
      const err = env.mem.u32[(res + 8) >>> 2] === 0 ? '<nil>' : errorText(env, res + 8);
      return `${v} ${err}`;
    };
    // strconv.ParseInt(s, base, bits), as fmt prints "%d %v" of its results
    assert.equal(parse('ParseInt', '9223372036854775807', 10, 64), '9223372036854775807 <nil>');
    assert.equal(
      parse('ParseInt', '9223372036854775808', 10, 64),
      '9223372036854775807 strconv.ParseInt: parsing "9223372036854775808": value out of range',
    );
    assert.equal(parse('ParseInt', '-9223372036854775808', 10, 64), '-9223372036854775808 <nil>');
    assert.equal(
      parse('ParseInt', '-9223372036854775809', 0, 64),
      '-9223372036854775808 strconv.ParseInt: parsing "-9223372036854775809": value out of range',
    );
    assert.equal(parse('ParseInt', '9007199254740993', 0, 64), '9007199254740993 <nil>');
    assert.equal(parse('ParseInt', '0x7fffffffffffffff', 0, 0), '9223372036854775807 <nil>');
    assert.equal(
      parse('ParseInt', '1', p53, 64),
      '0 strconv.ParseInt: parsing "1": invalid base 9007199254740993',
    );
    assert.equal(
      parse('ParseInt', '1', 10, 2n ** 60n),
      '0 strconv.ParseInt: parsing "1": invalid bit size 1152921504606846976',
    );
    assert.equal(
      parse('ParseInt', '1', -(2n ** 62n), 64),
      '0 strconv.ParseInt: parsing "1": invalid base -4611686018427387904',
    );
    // strconv.ParseUint(s, 10, 64)
    assert.equal(parse('ParseUint', '18446744073709551615', 10, 64), '18446744073709551615 <nil>');
    assert.equal(
      parse('ParseUint', '18446744073709551616', 10, 64),
      '18446744073709551615 strconv.ParseUint: parsing "18446744073709551616": value out of range',
    );
    assert.equal(parse('ParseUint', '9007199254740993', 10, 64), '9007199254740993 <nil>');
    // strconv.Atoi("-9007199254740993")
    assert.equal(parse('Atoi', '-9007199254740993'), '-9007199254740993 <nil>');
  });

  test('FormatFloat with a precision past 2^53', () => {
    const env = makeEnv();
    const S = strconv(env);
    const res = env.rt.mallocgc(32, null, true);
    // strconv.FormatFloat(1.5, 'f', 1<<60, 64) panics; FormatFloat(1.5, 'e', -(1<<60), 64)
    assert.equal(
      panicText(() => S.FormatFloat!(0, res, 1.5, 0x66, 2n ** 60n, 64)),
      'runtime error: makeslice: cap out of range',
    );
    S.FormatFloat!(0, res, 1.5, 0x65, -(2n ** 60n), 64);
    assert.equal(readString(env, res), '1.5e+00');
    assert.equal(
      panicText(() => S.FormatFloat!(0, res, 1.5, 0x65, -1, 2n ** 60n)),
      'strconv: illegal AppendFloat/FormatFloat bitSize',
    );
  });
});

describe('math on 64-bit values', () => {
  test('Float64bits and Float64frombits keep all 64 bits', () => {
    const M = math(makeEnv());
    // math.Float64bits(1), (-0), (math.MaxFloat64), (-1.5), (0.1)
    assert.equal(M.Float64bits!(0, 1), 0x3ff0000000000000n);
    assert.equal(M.Float64bits!(0, -0), 0x8000000000000000n);
    assert.equal(M.Float64bits!(0, Number.MAX_VALUE), 0x7fefffffffffffffn);
    assert.equal(M.Float64bits!(0, -1.5), 13832806255468478464n);
    assert.equal(M.Float64bits!(0, 0.1), 4591870180066957722n);
    assert.equal(M.Float64bits!(0, 5e-324), 1);
    // math.Float64frombits(1<<63) is -0; 0x3FF0000000000001 is 1.0000000000000002; 0xFFF0… is -Inf
    assert.ok(Object.is(M.Float64frombits!(0, 2n ** 63n), -0));
    assert.equal(M.Float64frombits!(0, 0x3ff0000000000001n), 1.0000000000000002);
    assert.equal(M.Float64frombits!(0, 0xfff0000000000000n), -Infinity);
    assert.equal(M.Float64frombits!(0, 1), 5e-324);
    // math.Float64bits(math.Float64frombits(0x7FF8000000000001)): the payload survives
    assert.equal(M.Float64bits!(0, M.Float64frombits!(0, 0x7ff8000000000001n)), 0x7ff8000000000001n);
  });

  test('Ldexp, Inf and IsInf with int arguments past 2^53', () => {
    const M = math(makeEnv());
    // math.Ldexp(1, MaxInt64), (2, MaxInt64), (0.5, MinInt64), (1, 1<<53+1), (-1, -(1<<60)):
    // +Inf 0 +Inf +Inf -0 — Go's int sum wraps for the second and third.
    assert.equal(M.Ldexp!(0, 1, maxInt64), Infinity);
    assert.equal(M.Ldexp!(0, 2, maxInt64), 0);
    assert.equal(M.Ldexp!(0, 0.5, minInt64), Infinity);
    assert.equal(M.Ldexp!(0, 1, p53), Infinity);
    assert.ok(Object.is(M.Ldexp!(0, -1, -(2n ** 60n)), -0));
    // math.Inf(1<<60), math.Inf(-(1<<60)), math.IsInf(math.Inf(-1), -(1<<60))
    assert.equal(M.Inf!(0, 2n ** 60n), Infinity);
    assert.equal(M.Inf!(0, -(2n ** 60n)), -Infinity);
    assert.equal(M.IsInf!(0, -Infinity, -(2n ** 60n)), true);
  });
});

describe('math/rand with seeds and bounds past 2^53', () => {
  test("Go's sequences", () => {
    const R = rand(makeEnv());
    // rand.Seed(seed); rand.Int63(), rand.Uint64(), rand.Int63n(1<<62+1), rand.Intn(1<<60),
    // rand.Int(), rand.Uint32(), rand.Int31n(1000)
    const want: [bigint, bigint[]][] = [
      [
        2n ** 62n + 12345n,
        [
          3740639732739040880n,
          882808584837785694n,
          3621407042814064245n,
          1103074705476087317n,
          4579441608203777616n,
          633434456n,
          640n,
        ],
      ],
      [
        minInt64,
        [
          7681445645332086223n,
          16000530077514976911n,
          3557960904741939508n,
          670304280163639074n,
          5307046844155714958n,
          3410396407n,
          888n,
        ],
      ],
      [
        p53,
        [
          3109652925742114462n,
          935067431924734187n,
          929398813258765435n,
          3389995622616830n,
          5685649902352397887n,
          2247985316n,
          767n,
        ],
      ],
      [
        maxInt64,
        [
          5577006791947779410n,
          8674665223082153551n,
          4037200794235010051n,
          457825102466573009n,
          6334824724549167320n,
          281908850n,
          540n,
        ],
      ],
    ];
    for (const [seed, w] of want) {
      R.Seed!(0, seed);
      const got = [
        R.Int63!(0),
        R.Uint64!(0),
        R.Int63n!(0, 2n ** 62n + 1n),
        R.Intn!(0, 2n ** 60n),
        R.Int!(0),
        R.Uint32!(0),
        R.Int31n!(0, 1000),
      ];
      assert.deepEqual(
        got.map((v) => BigInt(v)),
        w,
        `seed ${seed}`,
      );
      // Canonical: a number exactly when the value is safe.
      for (const v of got) assert.equal(typeof v === 'bigint', BigInt(v) > 2n ** 53n - 1n);
    }
    // rand.Seed(7); rand.Int63n(math.MaxInt64), rand.Intn(math.MaxInt64)
    R.Seed!(0, 7);
    assert.equal(R.Int63n!(0, maxInt64), 8475284246537043955n);
    assert.equal(R.Intn!(0, maxInt64), 2135276795452531224n);
    assert.equal(
      panicText(() => R.Intn!(0, minInt64)),
      'invalid argument to Intn',
    );
    assert.equal(
      panicText(() => R.Perm!(0, 0, 2n ** 60n)),
      'runtime error: makeslice: len out of range',
    );
  });
});

describe('time on 64-bit values', () => {
  test('Duration methods at the ends of the range', () => {
    const env = makeEnv();
    const T = time(env);
    const res = env.rt.mallocgc(32, null, true);
    const str = (d: Int64): string => {
      T['Duration.String']!(0, res, d);
      return readString(env, res);
    };
    // d.String(), d.Nanoseconds(), d.Microseconds(), d.Milliseconds(), d.Seconds(), d.Minutes(),
    // d.Hours(), d.Abs(), d.Round(time.Hour), d.Truncate(time.Hour), d.Round(7), d.Truncate(1<<60)
    const want: [bigint, unknown[]][] = [
      [
        maxInt64,
        [
          '2562047h47m16.854775807s',
          maxInt64,
          9223372036854775n,
          9223372036854n,
          9.223372036854776e9,
          1.5372286728091294e8,
          2.5620477880152157e6,
          '2562047h47m16.854775807s',
          '2562047h47m16.854775807s',
          '2562047h0m0s',
          '2562047h47m16.854775807s',
          '2241791h48m52.247928832s',
        ],
      ],
      [
        minInt64,
        [
          '-2562047h47m16.854775808s',
          minInt64,
          -9223372036854775n,
          -9223372036854n,
          -9.223372036854776e9,
          -1.5372286728091294e8,
          -2.5620477880152157e6,
          '2562047h47m16.854775807s',
          '-2562047h47m16.854775808s',
          '-2562047h0m0s',
          '-2562047h47m16.854775807s',
          '-2562047h47m16.854775808s',
        ],
      ],
      [
        p53,
        [
          '2501h59m59.254740993s',
          p53,
          9007199254740n,
          9007199254n,
          9.007199254740993e6,
          150119.98757901654,
          2501.999792983609,
          '2501h59m59.254740993s',
          '2502h0m0s',
          '2501h0m0s',
          '2501h59m59.254740995s',
          '0s',
        ],
      ],
      [
        -p53,
        [
          '-2501h59m59.254740993s',
          -p53,
          -9007199254740n,
          -9007199254n,
          -9.007199254740993e6,
          -150119.98757901654,
          -2501.999792983609,
          '2501h59m59.254740993s',
          '-2502h0m0s',
          '-2501h0m0s',
          '-2501h59m59.254740995s',
          '0s',
        ],
      ],
    ];
    const hour = 3600e9;
    for (const [dBig, w] of want) {
      const d = canon(dBig);
      const got = [
        str(d),
        BigInt(T['Duration.Nanoseconds']!(0, d)),
        BigInt(T['Duration.Microseconds']!(0, d)),
        BigInt(T['Duration.Milliseconds']!(0, d)),
        T['Duration.Seconds']!(0, d),
        T['Duration.Minutes']!(0, d),
        T['Duration.Hours']!(0, d),
        str(T['Duration.Abs']!(0, d)),
        str(T['Duration.Round']!(0, d, hour)),
        str(T['Duration.Truncate']!(0, d, hour)),
        str(T['Duration.Round']!(0, d, 7)),
        str(T['Duration.Truncate']!(0, d, 2n ** 60n)),
      ];
      assert.deepEqual(got, w, String(dBig));
    }
    // time.Duration(math.MaxInt64-1).Round(1e9), Duration(math.MinInt64+1).Round(3e9),
    // Duration(1<<62).Round(1<<62+1): saturating at the ends
    assert.equal(str(T['Duration.Round']!(0, maxInt64 - 1n, 1e9)), '2562047h47m16.854775807s');
    assert.equal(str(T['Duration.Round']!(0, minInt64 + 1n, 3e9)), '-2562047h47m16.854775808s');
    assert.equal(str(T['Duration.Round']!(0, 2n ** 62n, 2n ** 62n + 1n)), '1281023h53m38.427387905s');
  });

  test('Unix, UnixMilli, UnixMicro and their readers; Sub and Add saturate as Go', () => {
    const env = makeEnv();
    const T = time(env);
    const tm = (): number => env.rt.mallocgc(24, null, true);
    const unix = (sec: Int64, ns: Int64): number => {
      const t = tm();
      T.Unix!(0, t, sec, ns);
      return t;
    };
    const res = env.rt.mallocgc(64, null, true);
    const str = (t: number): string => {
      T['Time.String']!(0, res, t);
      return readString(env, res);
    };
    const readers = (t: number): bigint[] =>
      ['Time.UnixNano', 'Time.UnixMicro', 'Time.UnixMilli', 'Time.Unix'].map((f) => BigInt(T[f]!(0, t)));
    // t := time.Unix(1700000000, 123456789): t.UnixNano(), t.UnixMicro(), t.UnixMilli(), t.Unix()
    assert.deepEqual(readers(unix(1700000000, 123456789)), [
      1700000000123456789n,
      1700000000123456n,
      1700000000123n,
      1700000000n,
    ]);
    // time.Unix(1<<40, 999999999): UnixNano wraps
    const t2 = unix(2 ** 40, 999999999);
    assert.deepEqual(readers(t2), [
      -7293016645573096961n,
      1099511627776999999n,
      1099511627776999n,
      1099511627776n,
    ]);
    assert.equal(str(t2), '36812-02-20 00:36:16.999999999 +0000 UTC');
    // time.Unix(0, math.MaxInt64) and time.Unix(0, math.MinInt64): Unix(), Nanosecond(), UnixNano(), String()
    const t3 = unix(0, maxInt64);
    assert.deepEqual(
      [T['Time.Unix']!(0, t3), T['Time.Nanosecond']!(0, t3), T['Time.UnixNano']!(0, t3), str(t3)],
      [9223372036, 854775807, maxInt64, '2262-04-11 23:47:16.854775807 +0000 UTC'],
    );
    const t4 = unix(0, minInt64);
    assert.deepEqual(
      [T['Time.Unix']!(0, t4), T['Time.Nanosecond']!(0, t4), T['Time.UnixNano']!(0, t4), str(t4)],
      [-9223372037, 145224192, minInt64, '1677-09-21 00:12:43.145224192 +0000 UTC'],
    );
    // time.UnixMilli(1 << 60): UnixMilli(), Unix(), UnixNano(), Year()
    const t5 = tm();
    T.UnixMilli!(0, t5, 2n ** 60n);
    assert.deepEqual(
      [
        T['Time.UnixMilli']!(0, t5),
        T['Time.Unix']!(0, t5),
        T['Time.UnixNano']!(0, t5),
        T['Time.Year']!(0, t5),
      ],
      [2n ** 60n, 1152921504606846, 0, 36536598],
    );
    // time.UnixMicro(-(1 << 60)): UnixMicro(), Unix(), Nanosecond(), Year()
    const t6 = tm();
    T.UnixMicro!(0, t6, -(2n ** 60n));
    assert.deepEqual(
      [
        T['Time.UnixMicro']!(0, t6),
        T['Time.Unix']!(0, t6),
        T['Time.Nanosecond']!(0, t6),
        T['Time.Year']!(0, t6),
      ],
      [-(2n ** 60n), -1152921504607, 153024000, -34565],
    );
    // time.Unix(math.MaxInt64, 0): Unix(), Year(), Month(), Day(), Weekday(), YearDay()
    const t7 = unix(maxInt64, 0);
    assert.deepEqual(
      ['Time.Unix', 'Time.Year', 'Time.Month', 'Time.Day', 'Time.Weekday', 'Time.YearDay'].map((f) =>
        T[f]!(0, t7),
      ),
      [maxInt64, 292277026596, 12, 4, 0, 339],
    );
    // time.Unix(1<<62, 0).Sub(time.Unix(-(1<<62), 0)) and the reverse saturate;
    // time.Unix(1<<33, 5).Sub(time.Unix(0, 0)); time.Unix(100, 0).Sub(time.Unix(0, 1))
    const dstr = (d: Int64): string => {
      T['Duration.String']!(0, res, d);
      return readString(env, res);
    };
    assert.equal(
      dstr(T['Time.Sub']!(0, unix(2n ** 62n, 0), unix(-(2n ** 62n), 0))),
      '2562047h47m16.854775807s',
    );
    assert.equal(
      dstr(T['Time.Sub']!(0, unix(-(2n ** 62n), 0), unix(2n ** 62n, 0))),
      '-2562047h47m16.854775808s',
    );
    assert.equal(dstr(T['Time.Sub']!(0, unix(2 ** 33, 5), unix(0, 0))), '2386092h56m32.000000005s');
    assert.equal(dstr(T['Time.Sub']!(0, unix(100, 0), unix(0, 1))), '1m39.999999999s');
    // time.Unix(0, 0).Add(math.MaxInt64): String(), UnixNano()
    const ta = tm();
    T['Time.Add']!(0, ta, unix(0, 0), maxInt64);
    assert.equal(str(ta), '2262-04-11 23:47:16.854775807 +0000 UTC');
    assert.equal(T['Time.UnixNano']!(0, ta), maxInt64);
    // time.Unix(math.MaxInt64-10, 0).Add(20*time.Second).Unix(): the Unix seconds wrapped, Add did not
    T['Time.Add']!(0, ta, unix(maxInt64 - 10n, 0), 20e9);
    assert.equal(T['Time.Unix']!(0, ta), -9223372036854775799n);
    // time.Unix(math.MaxInt64-62135596800-10, 0).Add(20*time.Second).Unix(): addSec saturates
    T['Time.Add']!(0, ta, unix(maxInt64 - 62135596800n - 10n, 0), 20e9);
    assert.equal(T['Time.Unix']!(0, ta), 9223371974719179007n);
    // time.Unix(-math.MaxInt64, 0).Add(-20*time.Second).Unix()
    T['Time.Add']!(0, ta, unix(-maxInt64, 0), -20e9);
    assert.equal(T['Time.Unix']!(0, ta), 9223372036854775789n);
  });

  test('Date, AddDate, Truncate, Round, Month.String and FixedZone with big ints', () => {
    const env = makeEnv();
    const T = time(env);
    const utc = env.rt.mallocgc(104, null, true);
    const res = env.rt.mallocgc(64, null, true);
    const t = resultArea(env);
    const date = (...a: Int64[]): number => {
      T.Date!(0, t, ...a, utc);
      return t;
    };
    const str = (x: number): string => {
      T['Time.String']!(0, res, x);
      return readString(env, res);
    };
    const unixOf = (x: number): Int64 => T['Time.Unix']!(0, x);
    // time.Date(2023, 1, 1, 0, 0, 0, 1<<62, time.UTC)
    assert.equal(str(date(2023, 1, 1, 0, 0, 0, 2n ** 62n)), '2169-02-19 23:53:38.427387904 +0000 UTC');
    // time.Date(1<<40, 13, 1, 0, 0, 0, 0, time.UTC).Unix(); time.Date(2000, 1, 1, 1<<50, 0, 0, 0, time.UTC).Unix()
    assert.equal(unixOf(date(2n ** 40n, 13, 1, 0, 0, 0, 0)), -2196252548385573632n);
    assert.equal(unixOf(date(2000, 1, 1, 2n ** 50n, 0, 0, 0)), 4053239665580131200n);
    // time.Date(math.MaxInt64, 1, 1, …).Unix(), Date(0, math.MinInt64, 1, …).Unix(),
    // Date(2000, 1, math.MaxInt64, 0, 0, 0, math.MinInt64, …).Unix(): Go's wrapping arithmetic
    assert.equal(unixOf(date(maxInt64, 1, 1, 0, 0, 0, 0)), -62198793216);
    assert.equal(unixOf(date(0, minInt64, 1, 0, 0, 0, 0)), -62169907968);
    assert.equal(unixOf(date(2000, 1, maxInt64, 0, 0, 0, minInt64)), -8276860037);
    // time.Unix(0, 0).UTC().AddDate(1<<40, 0, 0).Unix(), AddDate(0, 0, 1<<50).Unix()
    const epoch = env.rt.mallocgc(24, null, true);
    T.Unix!(0, epoch, 0, 0);
    T['Time.AddDate']!(0, t, epoch, 2n ** 40n, 0, 0);
    assert.equal(unixOf(t), -2196252486249976832n);
    T['Time.AddDate']!(0, t, epoch, 0, 0, 2n ** 50n);
    assert.equal(unixOf(t), 5044031582654955520n);
    // time.Month(1<<40).String(), time.Weekday(-(1 << 60)).String()
    T['Month.String']!(0, res, 2n ** 40n);
    assert.equal(readString(env, res), '%!Month(1099511627776)');
    T['Weekday.String']!(0, res, -(2n ** 60n));
    assert.equal(readString(env, res), '%!Weekday(17293822569102704640)');
    // time.Unix(1<<40, 123456789).Truncate(1<<50); time.Unix(-(1<<40), 123456789).Round(1<<50+3)
    const u = env.rt.mallocgc(24, null, true);
    T.Unix!(0, u, 2 ** 40, 123456789);
    T['Time.Truncate']!(0, t, u, 2n ** 50n);
    assert.equal(str(t), '36812-02-07 01:03:04.970469376 +0000 UTC');
    T.Unix!(0, u, -(2 ** 40), 123456789);
    T['Time.Round']!(0, t, u, 2n ** 50n + 3n);
    assert.equal(str(t), '-32873-11-13 00:35:32.874547875 +0000 UTC');
    // time.Unix(0, 0).In(time.FixedZone("Z", 1<<40)).Format(time.RFC3339);
    // time.Unix(0, 0).In(time.FixedZone("", -(1<<40)+7)).Format("-07:00:00 MST")
    const inZone = (name: string, offset: Int64, layout: string): string => {
      const nm = goString(env, name);
      const loc = T.FixedZone!(0, nm, offset);
      T.Unix!(0, u, 0, 0);
      T['Time.In']!(0, t, u, loc);
      T['Time.Format']!(0, res, t, goString(env, layout));
      return readString(env, res);
    };
    assert.equal(inZone('Z', 2n ** 40n, '2006-01-02T15:04:05Z07:00'), '36812-02-20T00:36:16+305419896:36');
    assert.equal(inZone('', -(2n ** 40n) + 7n, '-07:00:00 MST'), '-305419896:36:09 -30541989636');
  });
});

describe('strings, bytes and sort with counts past 2^53', () => {
  test("Repeat: Go's panics, and an empty string repeated any number of times", () => {
    const env = makeEnv();
    const S = strings(env);
    const B = bytes(env);
    const res = env.rt.mallocgc(32, null, true);
    // strings.Repeat("ab", 1<<62), Repeat("a", 1<<60), Repeat("a", -(1<<62)), Repeat("", 1<<62)
    assert.equal(
      panicText(() => S.Repeat!(0, res, goString(env, 'ab'), 2n ** 62n)),
      'strings: Repeat count causes overflow',
    );
    assert.equal(
      panicText(() => S.Repeat!(0, res, goString(env, 'a'), 2n ** 60n)),
      'runtime error: makeslice: cap out of range',
    );
    assert.equal(
      panicText(() => S.Repeat!(0, res, goString(env, 'a'), -(2n ** 62n))),
      'strings: negative Repeat count',
    );
    S.Repeat!(0, res, goString(env, ''), 2n ** 62n);
    assert.equal(readString(env, res), '');
    const b = env.rt.mallocgc(24, null, true);
    assert.equal(
      panicText(() => B.Repeat!(0, res, b, -(2n ** 62n))),
      'bytes: negative Repeat count',
    );
    B.Repeat!(0, res, b, maxInt64);
    assert.equal(sliceLen(env, res), 0);
    // A one-byte slice past maxAlloc: make([]byte, len(b)*count) panics.
    env.mem.u32[(b + 8) >>> 2] = 1;
    assert.equal(
      panicText(() => B.Repeat!(0, res, b, 2n ** 60n)),
      'runtime error: makeslice: len out of range',
    );
    env.mem.u32[(b + 8) >>> 2] = 3;
    assert.equal(
      panicText(() => B.Repeat!(0, res, b, 2n ** 62n)),
      'bytes: Repeat count causes overflow',
    );
  });

  test('Replace, SplitN and Builder.Grow clamp or panic as Go', () => {
    const env = makeEnv();
    const S = strings(env);
    const res = resultArea(env);
    // strings.Replace("aaa", "a", "b", 1<<60)
    S.Replace!(0, res, goString(env, 'aaa'), goString(env, 'a'), goString(env, 'b'), 2n ** 60n);
    assert.equal(readString(env, res), 'bbb');
    // strings.SplitN("a,b,c", ",", 1<<60), SplitN("abc", "", 1<<60): ["a" "b" "c"]
    for (const [s, sep] of [
      ['a,b,c', ','],
      ['abc', ''],
    ] as const) {
      S.SplitN!(0, res, goString(env, s), goString(env, sep), 2n ** 60n);
      const p = env.mem.u32[res >>> 2]!;
      assert.deepEqual(
        Array.from({ length: sliceLen(env, res) }, (_, i) => readString(env, p + i * 16)),
        ['a', 'b', 'c'],
      );
    }
    // var sb strings.Builder; sb.Grow(1 << 60)
    const sb = resultArea(env);
    assert.equal(
      panicText(() => S['(*Builder).Grow']!(0, sb, 2n ** 60n)),
      'runtime error: makeslice: cap out of range',
    );
  });

  test('sort.Search over a range past 2^53', () => {
    const env = makeEnv();
    const So = sort(env);
    // sort.Search(math.MaxInt64, func(i int) bool { return i >= 1<<60+7 }) == 1<<60+7
    const target = 2n ** 60n + 7n;
    const f = env.FN.length;
    env.FN.push((_fv: number, i: Int64) => BigInt(i) >= target);
    const fv = env.rt.mallocgc(8, null, true);
    env.mem.u32[fv >>> 2] = f;
    assert.equal(So.Search!(0, maxInt64, fv), target);
    assert.equal(So.Search!(0, 2 ** 53 - 1, fv), 2 ** 53 - 1);
  });
});
