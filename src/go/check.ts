// The type checker's entry point. Checker (checker.ts) holds the state and
// the package-level driver; this module loads the files that add its
// methods, as types2 spreads them over decl.go, stmt.go, assignments.go,
// expr.go, typexpr.go and call.go.
import './assign.js';
import './call.js';
import './complex.js';
import './decl.js';
import './expr.js';
import './stmt.js';
import './typexpr.js';

export { Checker, type Importer } from './checker.js';
