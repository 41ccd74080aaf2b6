/**
 * Each builder method's types in both query languages. A state is JSONata when its options say
 * `queryLanguage: "JSONata"` or the workflow's do (and its options do not say JSONPath). The
 * JSONPath types are those of state-types.ts; the files of language/ add the JSONata ones, the
 * Assign of both, and the checks that keep each language's fields to its own states.
 *
 * JSONata data flow (ASL): `$states.input` is the state's input; Arguments (Task, Parallel) are
 * what the work receives; `$states.result` is what it returns (Output and Assign only); the
 * output is Output, or by default the result (Task, Parallel, Map) or the input (the others).
 * Assign and Output both read variables as they were when the state was entered.
 */
export type * from "./language/task.ts";
export type * from "./language/plain-states.ts";
export type * from "./language/rules-and-catchers.ts";
export type * from "./language/parallel.ts";
export type * from "./language/map.ts";
