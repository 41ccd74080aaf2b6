/**
 * The schema of what an intrinsic function returns, as the DSL's types compute it: the fixed
 * kinds of the DSL's table of intrinsic functions (a string for Format, a number for
 * ArrayLength, …), and for Array, ArrayPartition, ArrayGetItem, ArrayUnique and JsonMerge what
 * follows from the arguments.
 */
import { z, type ZodType } from "zod";
import { INTRINSIC_FUNCTIONS, isIntrinsicName } from "@aslc/dsl/internal";
import type { IntrinsicName } from "@aslc/dsl";
import { parseIntrinsic, type IntrinsicExpression } from "./intrinsic-parser.ts";
import { resolveReference, type ReferenceScope } from "./references.ts";
import type { Derived } from "./resolution.ts";
import { classic, known, peel, required } from "./schema-kinds.ts";
import { unionOf } from "./union.ts";

/** The result schema of an intrinsic expression such as `States.ArrayLength($.items)`. */
export function intrinsicSchema(expression: string, scope: ReferenceScope): Derived {
  const parsed = parseIntrinsic(expression);
  if (!parsed.ok) return { schema: z.unknown(), problems: [parsed.reason] };
  const problems: string[] = [];
  return { schema: evaluate(parsed.expression, scope, problems), problems };
}

function evaluate(expression: IntrinsicExpression, scope: ReferenceScope, problems: string[]): ZodType {
  switch (expression.kind) {
    case "string":
      return z.string();
    case "number":
      return z.number();
    case "boolean":
      return z.boolean();
    case "null":
      return z.null();
    case "path": {
      const found = resolveReference(expression.path, scope);
      if (found.ok) return found.schema;
      problems.push(found.reason);
      return z.unknown();
    }
    case "call":
      if (expression.name === "States.StringToJson" && scope.declared?.[expression.text]) return scope.declared[expression.text]!;
      return call(expression.name, expression.args.map((arg) => evaluate(arg, scope, problems)), problems);
  }
}

function call(name: string, args: readonly ZodType[], problems: string[]): ZodType {
  if (!isIntrinsicName(name)) {
    problems.push(`${name} is not an intrinsic function`);
    return z.unknown();
  }
  switch (INTRINSIC_FUNCTIONS[name].result) {
    case "string":
      return z.string();
    case "number":
      return z.number();
    case "boolean":
      return z.boolean();
    case "number[]":
      return z.array(z.number());
    case "string[]":
      return z.array(z.string());
    case "json":
      // What the text holds is unknown unless the author declared it (see evaluate).
      return z.unknown();
    case "arguments":
      return fromArguments(name, args);
  }
}

/** The result of a function whose result follows from its arguments. */
function fromArguments(name: IntrinsicName, args: readonly ZodType[]): ZodType {
  switch (name) {
    case "States.Array":
      return z.array(unionOf(args.map(required)));
    case "States.ArrayPartition":
      return z.array(z.array(elementOf(args[0])));
    case "States.ArrayGetItem":
      return elementOf(args[0]);
    case "States.ArrayUnique":
      return z.array(elementOf(args[0]));
    case "States.JsonMerge":
      return merged(args[0], args[1]);
    default:
      return z.unknown();
  }
}

function elementOf(array: ZodType | undefined): ZodType {
  if (!array) return z.unknown();
  const def = known(peel(array).schema)._zod.def;
  if (def.type === "array") return classic(def.element);
  if (def.type === "tuple") return unionOf([...def.items.map(classic), ...(def.rest ? [classic(def.rest)] : [])].map(required));
  if (def.type === "any") return z.any();
  return z.unknown();
}

/** A shallow merge: the second object's fields win, the first's others stay. */
function merged(first: ZodType | undefined, second: ZodType | undefined): ZodType {
  if (!first || !second) return z.unknown();
  const a = known(peel(first).schema)._zod.def;
  const b = known(peel(second).schema)._zod.def;
  if (a.type !== "object" || b.type !== "object") return z.unknown();
  const left = a.shape as Record<string, ZodType>;
  const right = b.shape as Record<string, ZodType>;
  const shape: Record<string, ZodType> = {};
  for (const [key, value] of Object.entries(left)) if (!Object.hasOwn(right, key)) shape[key] = value;
  Object.assign(shape, right);
  return z.object(shape);
}
