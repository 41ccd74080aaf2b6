/**
 * A stand-in for `@aslc/dsl` in the editor benchmark's reference rows: the same functions and
 * methods the growing-payload workflows call, each generic the way the DSL's are (the state's
 * name and options inferred as written, `const N` and `const O`), and nothing else: no payload,
 * no check of a path, a name or an option. What TypeScript charges for checking the file against
 * it is what any builder whose calls are generic pays for the same chain before it types a
 * single payload, a floor under the DSL's figures measured in the same run.
 */
import type { Ended, FailOptions, PassOptions, Resource, TaskOptions } from "./options.ts";

/** A Choice rule's or Default's chain. */
export interface Branch<Reg extends string> {
  fail<const N extends string>(name: N, options?: FailOptions): Ended;
  goto<const N extends string>(target: N): Ended;
}

export interface Condition {
  readonly condition: string;
}

export interface Rules<Reg extends string> {
  stringEquals<const S extends string, const V extends string>(path: S, value: V): Condition;
  when<R>(condition: Condition, then: (branch: Branch<Reg>) => R): Rules<Reg>;
  otherwise<R>(then: (branch: Branch<Reg>) => R): ChoiceDone;
}

export interface ChoiceDone {
  readonly done: true;
}

/** The chain: it carries the names of its states (Reg), as the DSL's does, and no payload. */
export interface Chain<Reg extends string> {
  task<const N extends string, const O extends TaskOptions>(name: N, options: O): Chain<Reg | N>;
  pass<const N extends string, const O extends PassOptions = {}>(name: N, options?: O): Chain<Reg | N>;
  choice<const N extends string, C extends ChoiceDone>(name: N, rules: (c: Rules<Reg | N>) => C): Chain<Reg | N>;
  succeed<const N extends string>(name: N): Ended;
}

export declare function workflow<const N extends string, S>(name: N, options: { readonly input: S }): Chain<never>;
export declare const lambda: { function(arn: string): Resource; invoke(arn: string): Resource };
export declare function ref<const P extends string>(path: P): { readonly ref: P };
export declare const States: Readonly<Record<string, string>>;
