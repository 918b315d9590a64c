// Locations the front end's tests read: the Go programs under
// scripts/go/frontend/ and what real Go 1.19 printed for them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Compiled tests run from dist/test/go/; the repository root is three levels up.
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const programs = path.join(root, 'scripts/go/frontend');
export const fixtures = path.join(root, 'test/fixtures/go1.19/frontend');

export function read(p: string): string {
  return fs.readFileSync(p, 'utf8');
}

export function goFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.go'))
    .sort();
}

// goOutput returns what go build printed, without its package header line.
export function goOutput(fixture: string): string[] {
  return read(fixture)
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'));
}
