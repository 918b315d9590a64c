// `node dist/bench/alloc.plain.js [-json] N`: alloc.go's work with ordinary JS objects (bench/allocplain.ts).
import { main } from './allocplain.js';

main('alloc');
