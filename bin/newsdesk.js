#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx: no build step that could go stale.
import { setFlagsFromString } from 'node:v8';
import { register } from 'tsx/esm/api';

// Each analysis worker compiles the whole analysis for itself, and V8's optimising compiler spent
// about a third of a cold start's CPU inlining its large functions into each other. A smaller
// inlining budget (V8's default is 920 bytes of bytecode per function) left the warm workers as fast
// and cut that compiling by a quarter: 8% more analysis throughput at 10,000 articles (README,
// "Speed"). Set before any worker starts: V8's flags are the process's, so every worker thread compiles under it. A value given to node wins.
const INLINING = '--max-inlined-bytecode-size-cumulative';
if (!process.execArgv.some((a) => a.startsWith(INLINING))) setFlagsFromString(`${INLINING}=150`);
register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
