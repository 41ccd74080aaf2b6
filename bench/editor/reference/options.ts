/**
 * What both stand-in builders of the editor benchmark's reference rows take and give, typed as
 * plainly as an untyped builder types them: the options the growing-payload workflows write and
 * what an ending call returns.
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
