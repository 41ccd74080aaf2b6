/**
 * A stand-in for `@aslc/dsl` in the editor benchmark's reference rows: the same functions and
 * methods the growing-payload workflows call, none of them generic, their options typed as
 * plain interfaces (the way an untyped builder types them). What TypeScript charges for checking
 * the file against it is what the chain's text costs as code, before any inference.
 */
export interface Resource {
  readonly resource: string;
}

export interface TaskOptions {
  readonly resource: Resource;
  readonly result?: unknown;
  readonly resultPath?: string;
  readonly payload?: Readonly<Record<string, unknown>>;
  readonly resultSelector?: Readonly<Record<string, string>>;
}

export interface PassOptions {
  readonly parameters?: Readonly<Record<string, unknown>>;
  readonly resultPath?: string;
}

export interface FailOptions {
  readonly error?: string;
  readonly cause?: string;
}

export interface Ended {
  readonly ended: true;
}

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
