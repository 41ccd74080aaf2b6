/**
 * `ref(path)`: a typed reference to a value of the payload (`$.…`), the context object (`$$.…`)
 * or a workflow variable (`$name…`), used as a value in payload templates and as an argument of
 * intrinsic functions. The path is kept in the type so the state that uses the template can check
 * it against the payload type at that point.
 */
export const REF = Symbol.for("aslc.ref");

export interface Ref<P extends string = string> {
  readonly [REF]: P;
  readonly path: P;
}

export function ref<const P extends string>(path: P): Ref<P> {
  if (typeof path !== "string" || !path.startsWith("$")) {
    throw new TypeError(`ref(${JSON.stringify(path)}): a path starts with '$' ('$.field', '$$.Execution.Id', '$variable')`);
  }
  return Object.freeze({ [REF]: path, path });
}

export function isRef(value: unknown): value is Ref {
  return typeof value === "object" && value !== null && REF in value;
}
