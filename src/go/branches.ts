// Labels and branch statements of one function body (syntax/branches.go).
// The compiler checks them while parsing (types2 runs with IgnoreBranchErrors),
// with its error handler, not as syntax errors: type checking goes on, and
// go build lists both kinds together, sorted by position.

import { fmtPos, GoError, type Pos } from './errors.js';
import { exprString } from './exprfmt.js';
import type * as S from './syntax.js';

interface Label {
  parent: Block; // block containing the label's declaration
  stmt: S.LabeledStmt;
  used: boolean;
}

interface Block {
  parent: Block | undefined;
  start: Pos;
  lstmt: S.LabeledStmt | undefined; // the labeled statement this block belongs to
}

interface Targets {
  breaks: S.ForStmt | S.SwitchStmt | S.SelectStmt | undefined;
  continues: S.ForStmt | undefined;
  caseIndex: number; // case of the immediately enclosing switch, or -1
}

// An enclosing label that names no enclosing statement (types2's `invalid`).
const invalid = Symbol('invalid');

export function checkBranches(body: S.BlockStmt): GoError[] {
  const labels = new Map<string, Label>();
  const errs: { pos: Pos; msg: string }[] = [];
  const err = (pos: Pos, msg: string) => errs.push({ pos, msg });

  const declare = (b: Block, s: S.LabeledStmt): Label => {
    const name = s.label.value;
    const alt = labels.get(name);
    if (alt !== undefined) {
      err(s.label.pos, `label ${name} already defined at ${fmtPos(alt.stmt.label.pos)}`);
      return alt;
    }
    const l = { parent: b, stmt: s, used: false };
    labels.set(name, l);
    return l;
  };

  // gotoTarget reports whether a backward goto's label is in an enclosing block.
  const gotoTarget = (b: Block | undefined, name: string): boolean => {
    const l = labels.get(name);
    if (l === undefined) return false;
    l.used = true; // even if it is not a valid target
    for (; b !== undefined; b = b.parent) if (l.parent === b) return true;
    return false;
  };

  const enclosingTarget = (
    b: Block | undefined,
    name: string,
  ): S.LabeledStmt | typeof invalid | undefined => {
    const l = labels.get(name);
    if (l === undefined) return undefined;
    l.used = true; // even if it is not a valid target
    for (; b !== undefined; b = b.parent) if (l.stmt === b.lstmt) return l.stmt;
    return invalid;
  };

  const blockBranches = (
    parent: Block | undefined,
    ctxt: Targets,
    lstmt: S.LabeledStmt | undefined,
    start: Pos,
    body: S.Stmt[],
  ): S.BranchStmt[] => {
    const b: Block = { parent, start, lstmt };
    let varPos: Pos | undefined;
    let varName = '';
    let fwdGotos: S.BranchStmt[] = [];
    let badGotos: S.BranchStmt[] = [];
    const recordVarDecl = (pos: Pos, name: string) => {
      varPos = pos;
      varName = name;
      badGotos = [...fwdGotos];
    };
    const innerBlock = (ctxt: Targets, start: Pos, list: S.Stmt[]) => {
      fwdGotos.push(...blockBranches(b, ctxt, lstmt, start, list));
    };

    let n = body.length;
    while (n > 0 && body[n - 1]!.kind === 'EmptyStmt') n--;
    const list = body.slice(0, n);
    list.forEach((first, stmtIndex) => {
      lstmt = undefined;
      let s = first;
      while (s.kind === 'LabeledStmt') {
        const name = s.label.value;
        if (name !== '_') {
          const l = declare(b, s);
          fwdGotos = fwdGotos.filter((fwd) => {
            if (fwd.label!.value !== name) return true;
            l.used = true;
            if (varPos !== undefined && badGotos.includes(fwd)) {
              err(fwd.label!.pos, `goto ${name} jumps over declaration of ${varName} at ${fmtPos(varPos)}`);
            }
            return false;
          });
          lstmt = s;
        }
        s = s.stmt;
      }
      switch (s.kind) {
        case 'DeclStmt': {
          const v = s.decls.find((d) => d.kind === 'VarDecl');
          if (v !== undefined) recordVarDecl(v.pos, v.names[0]!.value);
          break;
        }
        case 'AssignStmt':
          if (s.define) recordVarDecl(s.pos, exprString(s.lhs, 'types2'));
          break;
        case 'BranchStmt':
          branch(s, ctxt, b, stmtIndex + 1 < list.length, (g) => fwdGotos.push(g));
          break;
        case 'BlockStmt':
          innerBlock({ ...ctxt, caseIndex: -1 }, s.pos, s.list);
          break;
        case 'IfStmt': {
          const inner = { ...ctxt, caseIndex: -1 };
          innerBlock(inner, s.then.pos, s.then.list);
          if (s.else !== undefined) innerBlock(inner, s.else.pos, [s.else]);
          break;
        }
        case 'ForStmt':
          innerBlock({ breaks: s, continues: s, caseIndex: -1 }, s.body.pos, s.body.list);
          break;
        case 'SwitchStmt':
          s.body.forEach((cc, i) => {
            innerBlock({ breaks: s, continues: ctxt.continues, caseIndex: i }, cc.pos, cc.body);
          });
          break;
        case 'SelectStmt':
          for (const cc of s.body)
            innerBlock({ breaks: s, continues: ctxt.continues, caseIndex: -1 }, cc.pos, cc.body);
          break;
      }
    });
    return fwdGotos;
  };

  const branch = (
    s: S.BranchStmt,
    ctxt: Targets,
    b: Block,
    notLast: boolean,
    forward: (g: S.BranchStmt) => void,
  ): void => {
    if (s.label === undefined) {
      switch (s.tok) {
        case 'break':
          if (ctxt.breaks === undefined) err(s.pos, 'break is not in a loop, switch, or select');
          break;
        case 'continue':
          if (ctxt.continues === undefined) err(s.pos, 'continue is not in a loop');
          break;
        case 'fallthrough': {
          const t = ctxt.breaks;
          let msg = 'fallthrough statement out of place';
          if (t?.kind === 'SwitchStmt') {
            if (t.tag?.kind === 'TypeSwitchGuard') msg = 'cannot fallthrough in type switch';
            else if (ctxt.caseIndex >= 0 && !notLast) {
              if (ctxt.caseIndex + 1 !== t.body.length) return; // fallthrough ok
              msg = 'cannot fallthrough final case in switch';
            }
          }
          err(s.pos, msg);
          break;
        }
      }
      return;
    }
    const name = s.label.value;
    switch (s.tok) {
      case 'break': {
        const t = enclosingTarget(b, name);
        if (t === undefined) err(s.label.pos, `break label not defined: ${name}`);
        else if (t === invalid || !['SwitchStmt', 'SelectStmt', 'ForStmt'].includes(t.stmt.kind))
          err(s.label.pos, `invalid break label ${name}`);
        break;
      }
      case 'continue': {
        const t = enclosingTarget(b, name);
        if (t === undefined) err(s.label.pos, `continue label not defined: ${name}`);
        else if (t === invalid || t.stmt.kind !== 'ForStmt')
          err(s.label.pos, `invalid continue label ${name}`);
        break;
      }
      case 'goto': {
        if (!gotoTarget(b, name)) forward(s);
        break;
      }
    }
  };

  const fwdGotos = blockBranches(
    undefined,
    { breaks: undefined, continues: undefined, caseIndex: -1 },
    undefined,
    body.pos,
    body.list,
  );
  for (const fwd of fwdGotos) {
    const name = fwd.label!.value;
    const l = labels.get(name);
    if (l !== undefined) {
      l.used = true; // no "defined and not used" as well
      err(fwd.label!.pos, `goto ${name} jumps into block starting at ${fmtPos(l.parent.start)}`);
    } else err(fwd.label!.pos, `label ${name} not defined`);
  }
  for (const l of labels.values()) {
    if (!l.used) err(l.stmt.label.pos, `label ${l.stmt.label.value} defined and not used`);
  }
  return errs.map((e) => new GoError(e.pos.file, e.pos.line, e.pos.col, e.msg));
}
