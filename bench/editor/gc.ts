/**
 * A full garbage collection on demand, without a node flag on the command line: the benchmark
 * collects before each timed operation so that none pays for the garbage of the one before it
 * (an operation still pays for collecting its own).
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

setFlagsFromString("--expose-gc");
/** V8's `gc()`, exposed by the flag to contexts created after it is set. */
export const collectGarbage = runInNewContext("gc") as () => void;
