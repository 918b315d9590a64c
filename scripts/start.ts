// `npm start`: runs examples/showcase.go under `gomem run` with the collector's
// trace on, as `GODEBUG=gctrace=1 gomem run examples/showcase.go` would. The
// environment is set here rather than in package.json so that `npm start`
// works the same in every shell (cmd.exe has no `VAR=value command`); the
// settings stay Go's (GODEBUG), added to any GODEBUG already set.
//
//   node dist/scripts/start.js
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Compiled to dist/scripts/; the repository root is two levels up.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const gomem = path.join(root, 'dist/src/cli/main.js');
const godebug = process.env.GODEBUG ? `${process.env.GODEBUG},gctrace=1` : 'gctrace=1';

function gomemCommand(args: string[], env: NodeJS.ProcessEnv): number {
  const r = spawnSync(process.execPath, [gomem, ...args], { cwd: root, env, stdio: 'inherit' });
  // A run stopped by a signal (Ctrl-C) ends this process the same way.
  if (r.signal !== null) process.kill(process.pid, r.signal);
  return r.status ?? 1;
}

process.exitCode = gomemCommand(['run', 'examples/showcase.go'], { ...process.env, GODEBUG: godebug });
