/**
 * A stand-in for `@aslc/dsl` in the editor benchmark's reference rows: the same functions and
 * methods the growing-payload workflows call, none of them generic, their options typed as
 * plain interfaces (the way an untyped builder types them). What TypeScript charges for checking
 * the file against it is what the chain's text costs as code, before any inference.
 */
import type { Ended, FailOptions, PassOptions, Resource, TaskOptions } from "./options.ts";

export interface Branch {
  fail(name: string, options?: FailOptions): Ended;
  goto(target: string): Ended;
}

export interface Condition {
  readonly condition: string;
}

export interface Rules {
  stringEquals(path: string, value: string): Condition;
  when(condition: Condition, then: (branch: Branch) => unknown): Rules;
  otherwise(then: (branch: Branch) => unknown): ChoiceDone;
}

export interface ChoiceDone {
  readonly done: true;
}

export interface Chain {
  task(name: string, options: TaskOptions): Chain;
  pass(name: string, options?: PassOptions): Chain;
  choice(name: string, rules: (c: Rules) => ChoiceDone): Chain;
  succeed(name: string): Ended;
}

export declare function workflow(name: string, options: { readonly input: unknown }): Chain;
export declare const lambda: { function(arn: string): Resource; invoke(arn: string): Resource };
export declare function ref(path: string): unknown;
export declare const States: Readonly<Record<string, string>>;
