/**
 * Requests checked against their integration's descriptor: a Task's Parameters (JSONPath) or
 * Arguments (JSONata), and a Distributed Map's ItemReader and ResultWriter requests. Where the
 * request is an object, every required field must be given (as `Key` or `Key.$`), every field
 * must be one the request has (unless it takes any), and a literal value must be one the field
 * takes. What is read at run time (`.$` values, `{% %}` expressions, objects holding them) is
 * not checked here, and Arguments given as one whole expression only when it is an object
 * constructor with literal keys. An ItemReader or ResultWriter
 * Resource must be one Step Functions offers there, or a `${Name}` placeholder.
 */
import { allStates, integrationDescriptor, type IntegrationDescriptor, type Json, type MapNode, type StateNode, type WorkflowIR } from "@aslc/dsl";
import type { ZodType } from "zod";
import { isExpressionText } from "@aslc/dsl/internal";
import { parseExpression, type ExpressionNode } from "../jsonata/expression-tree.ts";
import { looksLikeExpression } from "./jsonata-fields.ts";
import { effectiveLanguage } from "./query-language.ts";
import type { Report } from "./report.ts";

/** What each place of a Distributed Map takes, by descriptor id. */
const MAP_PLACES = {
  ItemReader: ["s3:getObject", "s3:listObjectsV2"],
  ResultWriter: ["s3:putObject"],
} as const;

const PLACEHOLDER = /^\$\{[^}]+\}$/;

interface ObjectRequest {
  readonly shape: Readonly<Record<string, ZodType>>;
  /** Whether fields beyond the shape are allowed (a catchall other than never). */
  readonly open: boolean;
}

/** The request as an object schema, if it is one. */
function objectRequest(schema: ZodType): ObjectRequest | undefined {
  const def = schema._zod.def as { type: string; shape?: Record<string, ZodType>; catchall?: ZodType };
  if (def.type !== "object" || def.shape === undefined) return undefined;
  return { shape: def.shape, open: def.catchall !== undefined && def.catchall._zod.def.type !== "never" };
}

/** Whether a value is read at run time anywhere inside it. */
function isDynamic(value: Json): boolean {
  if (typeof value === "string") return looksLikeExpression(value);
  if (value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some(isDynamic);
  return Object.entries(value).some(([key, item]) => key.endsWith(".$") || isDynamic(item));
}

function describe(value: Json): string {
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** Checks one request object; `where` names it ("Parameters", "ItemReader.Arguments"). */
function checkRequest(state: StateNode, where: string, descriptor: IntegrationDescriptor, request: Json | undefined, jsonPath: boolean, report: Report): void {
  if (request === undefined || request === null || typeof request !== "object" || Array.isArray(request)) return;
  const schema = objectRequest(descriptor.request);
  if (schema === undefined) return;
  const given = new Map<string, string>();
  for (const key of Object.keys(request)) {
    // A `.$` key in a JSONata state is reported as such (ASLC133).
    if (key.endsWith(".$") && !jsonPath) continue;
    given.set(key.endsWith(".$") ? key.slice(0, -2) : key, key);
  }
  for (const [name, field] of Object.entries(schema.shape)) {
    if (!given.has(name) && !field.safeParse(undefined).success) {
      report.error("ASLC181", state, `${where} lack the field ${name}, which the ${descriptor.id} request requires: give ${name}${jsonPath ? ` (or ${name}.$)` : ""}`, where);
    }
  }
  for (const [name, key] of given) {
    const field = schema.shape[name];
    if (field === undefined) {
      if (!schema.open) {
        const known = Object.keys(schema.shape).join(", ");
        report.error("ASLC181", state, `${where}.${key} is not a field of the ${descriptor.id} request, which takes ${known}: correct the name, or remove it`, where);
      }
      continue;
    }
    const value = (request as { readonly [key: string]: Json })[key]!;
    if (key !== name || isDynamic(value)) continue;
    if (!field.safeParse(value).success) report.error("ASLC181", state, `${where}.${key} is ${describe(value)}, which the ${descriptor.id} request's ${name} does not take: ${field.safeParse(value).error?.issues[0]?.message ?? "give a value of its type"}`, where);
  }
}

/**
 * The request an Arguments expression builds, when its shape tells: an object constructor with
 * literal keys (`{% { 'TableName': 'orders', 'Key': $key } %}`) is that object, its values read at
 * run time; any other expression is not checked.
 */
function requestOf(argumentsValue: Json | undefined): Json | undefined {
  if (typeof argumentsValue !== "string" || !isExpressionText(argumentsValue)) return argumentsValue;
  const parsed = parseExpression(argumentsValue.slice(2, -2));
  if (!parsed.ok || parsed.ast.type !== "unary" || parsed.ast.value !== "{") return undefined;
  const pairs = parsed.ast.lhs as readonly (readonly [ExpressionNode, ExpressionNode])[];
  if (!pairs.every(([key]) => key.type === "string")) return undefined;
  return Object.fromEntries(pairs.map(([key, value]) => [key.value as string, value.type === "string" || value.type === "number" || value.type === "value" ? (value.value as Json) : "{% … %}"]));
}

/** The descriptor a Map's reader or writer names: its typed resource's, or the one its ARN names. */
function placedDescriptor(state: MapNode, place: keyof typeof MAP_PLACES, report: Report): IntegrationDescriptor | undefined {
  const entry = place === "ItemReader" ? state.itemReader : state.resultWriter;
  if (entry === undefined) return undefined;
  if (entry.integration !== undefined) return integrationDescriptor(entry.integration.descriptor);
  const resource = entry.resource;
  if (resource === undefined || PLACEHOLDER.test(resource)) return undefined;
  const id = /^arn:aws:states:::(s3:[A-Za-z0-9]+)$/.exec(resource)?.[1];
  const allowed: readonly string[] = MAP_PLACES[place];
  if (id === undefined || !allowed.includes(id)) {
    const arns = allowed.map((a) => `arn:aws:states:::${a}`).join(" or ");
    report.error("ASLC182", state, `${place}.Resource '${resource}' is not one Step Functions offers there: use ${arns} (${allowed.map((a) => `s3.${a.slice(3)}()`).join(", ")}), or a \${Name} placeholder`, `${place}.Resource`);
    return undefined;
  }
  return integrationDescriptor(id);
}

export function checkRequests(workflow: WorkflowIR, report: Report): void {
  for (const state of allStates(workflow)) {
    const jsonPath = effectiveLanguage(workflow, state) === "JSONPath";
    if (state.type === "Task") {
      const descriptor = integrationDescriptor(state.integration.descriptor);
      // lambda:invoke's FunctionName comes from lambda.invoke(fn) when the request leaves it out.
      if (descriptor === undefined || descriptor.kind === "lambda-invoke") continue;
      checkRequest(state, jsonPath ? "Parameters" : "Arguments", descriptor, jsonPath ? state.parameters : requestOf(state.arguments), jsonPath, report);
    } else if (state.type === "Map") {
      for (const place of ["ItemReader", "ResultWriter"] as const) {
        const descriptor = placedDescriptor(state, place, report);
        const entry = place === "ItemReader" ? state.itemReader : state.resultWriter;
        if (descriptor === undefined || entry === undefined) continue;
        checkRequest(state, `${place}.${jsonPath ? "Parameters" : "Arguments"}`, descriptor, jsonPath ? entry.parameters : requestOf(entry.arguments), jsonPath, report);
      }
    }
  }
}
