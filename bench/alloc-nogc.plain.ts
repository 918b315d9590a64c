// `node dist/bench/alloc-nogc.plain.js [-json] N`: alloc-nogc.go's work with ordinary JS objects (bench/allocplain.ts).
import { main } from './allocplain.js';

main('alloc-nogc');
