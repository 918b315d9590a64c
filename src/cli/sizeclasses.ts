// `gomem sizeclasses [-json]`: the allocator's small-object size classes.
//
// The text form is the table Go 1.19's runtime/mksizeclasses.go (printComment)
// writes at the top of runtime/sizeclasses.go, column for column, without the `// `
// comment markers. -json prints one object per class 1..67; class 0 is left out
// because it is not a size class but the marker for large objects, which have no
// size, span or object count of their own.
//
// Flags follow Go's flag package: -json and --json are the same, -json=false is
// allowed, parsing stops at `--` or the first non-flag argument.
import {
  _PageShift,
  _PageSize,
  class_to_nelems,
  class_to_npages,
  class_to_size,
} from '../runtime/sizeclasses.js';
import { type Command, CommandError } from './command.js';
import { parseGoFlags } from './flags.js';

const usage = `Usage of gomem sizeclasses:
  -json
    \tprint the size classes 1..67 as a JSON array
`;

interface ClassRow {
  class: number;
  size: number;
  npages: number;
  objects: number;
  tail_waste: number;
}

function rows(): ClassRow[] {
  const out: ClassRow[] = [];
  for (let c = 1; c < class_to_size.length; c++) {
    const size = class_to_size[c]!;
    const npages = class_to_npages[c]!;
    const objects = class_to_nelems[c]!;
    out.push({ class: c, size, npages, objects, tail_waste: npages * _PageSize - size * objects });
  }
  return out;
}

const pad = (v: string | number, width: number): string => String(v).padStart(width);
const padEnd = (v: string, width: number): string => v.padEnd(width);

function trailingZeros(x: number): number {
  return 31 - Math.clz32(x & -x);
}

export function textTable(): string {
  const lines = [
    [
      padEnd('class', 5),
      padEnd('bytes/obj', 9),
      padEnd('bytes/span', 10),
      padEnd('objects', 7),
      padEnd('tail waste', 10),
      padEnd('max waste', 9),
      padEnd('min align', 9),
    ].join('  '),
  ];
  // minAligns[b] ends up as the smallest size from which every class is aligned to
  // 2^b; object alignment is capped at the page.
  const minAligns = new Array<number>(_PageShift + 1).fill(0);
  let prevSize = 0;
  for (const r of rows()) {
    const spanBytes = r.npages * _PageSize;
    // Worst case: each object is one byte larger than the previous class's size.
    const maxWaste = ((r.size - prevSize - 1) * r.objects + r.tail_waste) / spanBytes;
    const alignBits = Math.min(trailingZeros(r.size), _PageShift);
    for (let b = 0; b < minAligns.length; b++) {
      if (b > alignBits) minAligns[b] = 0;
      else if (minAligns[b] === 0) minAligns[b] = r.size;
    }
    prevSize = r.size;
    // toFixed and Go's %.2f differ only on exact ties (odd multiples of 1/8); none of
    // these percentages is one, as the test against Go's own output shows.
    lines.push(
      [
        pad(r.class, 5),
        pad(r.size, 9),
        pad(spanBytes, 10),
        pad(r.objects, 7),
        pad(r.tail_waste, 10),
        `${pad((100 * maxWaste).toFixed(2), 8)}%`,
        pad(2 ** alignBits, 9),
      ].join('  '),
    );
  }
  lines.push('', [padEnd('alignment', 9), padEnd('bits', 4), padEnd('min obj size', 12)].join('  '));
  for (let b = 0; b < minAligns.length && minAligns[b] !== 0; b++) {
    if (minAligns[b] === minAligns[b + 1]) continue;
    lines.push([pad(2 ** b, 9), pad(b, 4), pad(minAligns[b]!, 12)].join('  '));
  }
  return `${lines.join('\n')}\n`;
}

export function jsonTable(): string {
  return `[\n${rows()
    .map((r) => `  ${JSON.stringify(r)}`)
    .join(',\n')}\n]\n`;
}

export const command: Command = {
  async run(argv) {
    const parsed = parseGoFlags(argv, { json: false }, usage);
    if (parsed === null) {
      process.stderr.write(usage);
      return 0;
    }
    if (parsed.args.length > 0) {
      throw new CommandError(
        `gomem sizeclasses: unexpected argument "${parsed.args[0]}"\n${usage.trimEnd()}`,
        2,
      );
    }
    process.stdout.write(parsed.flags.json ? jsonTable() : textTable());
    return 0;
  },
};
