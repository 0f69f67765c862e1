// The action is a small process that sleeps between status checks for up to six hours, on runners
// that may be small: its memory matters more than its speed. V8's defaults are for busy servers:
// a young generation that grows to 16 MiB per semi-space as soon as allocation is brisk, and two
// optimizing compilers (TurboFan, and Maglev on Node 22+) whose background work keeps malloc'd
// memory. Measured over a wait of 1,700 status checks (npm run bench): peak RSS 105 MiB on Node
// 20 and 104 MiB on Node 24 with the defaults; 68 and 78 MiB with these flags, at the same call
// count. The flags are read when V8 next decides (to grow the young generation, to optimize a
// function), so setting them after start-up takes effect. Set before the first request, they
// cost the start 20 to 40 ms (BENCHMARKS.md, cold start): the main step sets them once the build
// is started, before the wait; the post step, which makes few calls, at once.
import { setFlagsFromString } from 'node:v8'

/** Sets V8's flags for a long, mostly idle wait; every one of them exists in Node 20 and 24. */
export function leanRuntime(): void {
  for (const flag of [
    '--semi-space-growth-factor=1',
    '--optimize-for-size',
    '--no-turbofan',
    '--no-maglev'
  ])
    setFlagsFromString(flag)
}
