/**
 * A workflow's IR as plain data, both ways. In the loading process, `irToWire` resolves each
 * state's call site, replaces schemas by rows of a schema table, and finds every value JSON
 * cannot carry; in the compiler, `irFromWire` checks the data is shaped as an IR before
 * anything reads it (it comes from the author's process, so nothing about it is trusted) and
 * rebuilds the schemas.
 */
import type { SourceSite, WorkflowIR } from "@aslc/dsl";
import { STATE_SPECS, WORKFLOW, type ObjectSpec } from "@aslc/dsl/internal";
import { SITE_STACK, stackFrames } from "@aslc/dsl/internal";
import { SiteMapper } from "./site-mapper.ts";
import { aslField, nonJsonValues, type NonJsonValue } from "./json-values.ts";
import { SchemaDecoder, SchemaEncoder, type SchemaTable } from "./schema-wire.ts";

/** A workflow on the wire: the IR with schemas as `{ $schema: row }`. */
export interface WireWorkflow {
  readonly exportName: string;
  readonly ir: Record<string, unknown>;
  readonly schemas: SchemaTable;
}

/** A value JSON cannot carry, in a state's field (or the workflow's own, without a state). */
export interface WireNonJson extends NonJsonValue {
  readonly state?: string;
  /** Where the state was written: resolved, or the frames to resolve it from. */
  readonly site?: SourceSite;
  readonly frames?: readonly SourceSite[];
}

/** Where a node was written, as the encoder knows it. */
interface At {
  readonly site?: SourceSite;
  readonly frames?: readonly SourceSite[];
}

/**
 * IR keys that hold one zod schema: the field spec's `schema` fields (`expressionSchemas`, a
 * table of them by expression, is sent on its own).
 */
export const SCHEMA_KEYS: ReadonlySet<string> = new Set(
  [WORKFLOW, ...Object.values(STATE_SPECS)].flatMap((spec: ObjectSpec) => Object.keys(spec).filter((key) => spec[key]!.kind === "schema" && key !== "expressionSchemas")),
);

class Encoder {
  readonly schemas = new SchemaEncoder();
  readonly problems: WireNonJson[] = [];

  workflow(ir: WorkflowIR): Record<string, unknown> {
    const frames = siteFrames(ir);
    const site = frames ? undefined : plainSite(ir.site);
    const at: At = { site, frames };
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(ir)) {
      if (key === "site") {
        // In the place of `site`, so the rebuilt IR keeps the key order.
        if (frames) out.siteFrames = frames;
        else if (site) out.site = site;
        continue;
      }
      const value = (ir as unknown as Record<string, unknown>)[key];
      if (value === undefined) continue;
      if (key === "states") out.states = this.states(value as readonly object[]);
      else if (SCHEMA_KEYS.has(key)) out[key] = { $schema: this.schemas.encode(value) };
      else if (key === "expressionSchemas") {
        out.expressionSchemas = Object.fromEntries(Object.entries(value as object).map(([text, schema]) => [text, { $schema: this.schemas.encode(schema) }]));
      } else out[key] = this.data(value, aslField(key), undefined, at);
    }
    return out;
  }

  private states(states: readonly object[]): Record<string, unknown>[] {
    return states.map((state) => this.state(state as Record<string, unknown>));
  }

  private state(node: Record<string, unknown>): Record<string, unknown> {
    const frames = siteFrames(node);
    // Without the raw frames, `site` resolves the captured stack here.
    const site = frames ? undefined : plainSite(node.site);
    const at: At = { site, frames };
    const name = typeof node.name === "string" ? node.name : undefined;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(node)) {
      if (key === "site") {
        if (frames) out.siteFrames = frames;
        else if (site) out.site = site;
        continue;
      }
      const value = node[key];
      if (value === undefined) continue;
      if (SCHEMA_KEYS.has(key)) out[key] = { $schema: this.schemas.encode(value) };
      else if (key === "branches") out.branches = (value as Record<string, unknown>[]).map((branch) => this.subMachine(branch, name, at));
      else if (key === "itemProcessor" || key === "iterator") out[key] = this.subMachine(value as Record<string, unknown>, name, at);
      else out[key] = this.data(value, aslField(key), name, at);
    }
    return out;
  }

  private subMachine(machine: Record<string, unknown>, state: string | undefined, at: At): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(machine)) {
      const value = machine[key];
      if (value === undefined) continue;
      out[key] = key === "states" ? this.states(value as readonly object[]) : this.data(value, aslField(key), state, at);
    }
    return out;
  }

  private data(value: unknown, field: string, state: string | undefined, at: At): unknown {
    const found = nonJsonValues(value, field);
    for (const problem of found) this.problems.push({ ...problem, state, ...at });
    return found.length > 0 ? null : value;
  }
}

/** Enough frames to get past the DSL's own to the author's call. */
const MAX_FRAMES = 12;

/** The frames of a node's captured stack, as the stack is formatted now (see site-mapper.ts). */
function siteFrames(node: object): SourceSite[] | undefined {
  const stack = (node as { [SITE_STACK]?: unknown })[SITE_STACK];
  if (typeof stack !== "function") return undefined;
  const frames = stackFrames(stack() as string | undefined).slice(0, MAX_FRAMES);
  return frames.length > 0 ? frames : undefined;
}

function plainSite(value: unknown): SourceSite | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { file, line, column } = value as SourceSite;
  return typeof file === "string" && typeof line === "number" && typeof column === "number" ? { file, line, column } : undefined;
}

/** The IR as plain data with its schema table, and the values in it JSON cannot carry. */
export function irToWire(ir: WorkflowIR, exportName: string): { workflow: WireWorkflow; problems: WireNonJson[] } {
  const encoder = new Encoder();
  const plain = encoder.workflow(ir);
  return { workflow: { exportName, ir: plain, schemas: encoder.schemas.table }, problems: encoder.problems };
}

/** Data that arrived in a shape the compiler does not accept. */
export class WireError extends Error {
  override name = "WireError";
}

const STATE_TYPES = new Set(["Task", "Pass", "Wait", "Choice", "Succeed", "Fail", "Parallel", "Map"]);

function fail(where: string, what: string): never {
  throw new WireError(`${where}: ${what}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/** Only JSON data may arrive: structured clone could also bring Dates, Maps, typed arrays… */
function assertJson(value: unknown, where: string): void {
  if (value === null || typeof value === "string" || typeof value === "boolean") return;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) fail(where, `${value} is not JSON`);
    return;
  }
  if (Array.isArray(value)) return value.forEach((item, i) => assertJson(item, `${where}[${i}]`));
  if (!isRecord(value)) fail(where, "not JSON data");
  for (const [key, item] of Object.entries(value)) assertJson(item, `${where}.${key}`);
}

function checkSite(value: unknown, where: string): void {
  if (value === undefined) return;
  if (!isRecord(value) || typeof value.file !== "string" || !Number.isInteger(value.line) || !Number.isInteger(value.column)) fail(`${where}.site`, "not a source position");
}

/** `site` read from the frames when first asked for (mapping them costs; few sites are read). */
function lazySite(out: Record<string, unknown>, frames: unknown, where: string, sites: SiteMapper): void {
  if (!Array.isArray(frames)) fail(`${where}.siteFrames`, "not a list of frames");
  frames.forEach((frame, i) => checkSite(frame, `${where}.siteFrames[${i}]`));
  let site: SourceSite | undefined | null = null;
  Object.defineProperty(out, "site", {
    enumerable: true,
    get: () => {
      if (site === null) site = sites.site(frames as SourceSite[]);
      return site;
    },
  });
}

class Decoder {
  constructor(
    private readonly schemas: SchemaDecoder,
    readonly sites: SiteMapper,
  ) {}

  schema(value: unknown, where: string): unknown {
    if (!isRecord(value) || !Number.isInteger(value.$schema)) fail(where, "not a schema reference");
    return this.schemas.schema(value.$schema as number);
  }

  states(value: unknown, where: string): unknown[] {
    if (!Array.isArray(value)) fail(where, "not a list of states");
    return value.map((state, i) => this.state(state, `${where}[${i}]`));
  }

  state(value: unknown, where: string): Record<string, unknown> {
    if (!isRecord(value) || typeof value.name !== "string" || typeof value.type !== "string" || !STATE_TYPES.has(value.type)) fail(where, "not a state");
    checkSite(value.site, where);
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (key === "siteFrames") lazySite(out, item, where, this.sites);
      else if (SCHEMA_KEYS.has(key)) out[key] = this.schema(item, `${where}.${key}`);
      else if (key === "branches") {
        if (!Array.isArray(item)) fail(`${where}.branches`, "not a list");
        out.branches = item.map((branch, i) => this.subMachine(branch, `${where}.branches[${i}]`));
      } else if (key === "itemProcessor" || key === "iterator") out[key] = this.subMachine(item, `${where}.${key}`);
      else {
        assertJson(item, `${where}.${key}`);
        out[key] = item;
      }
    }
    return out;
  }

  subMachine(value: unknown, where: string): Record<string, unknown> {
    if (!isRecord(value) || typeof value.startAt !== "string") fail(where, "not a state machine");
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (key === "states") out.states = this.states(item, `${where}.states`);
      else {
        assertJson(item, `${where}.${key}`);
        out[key] = item;
      }
    }
    return out;
  }
}

/** The IR from the wire, checked and with real schemas; throws a WireError when it is not an IR. */
export function irFromWire(wire: unknown, sites = new SiteMapper()): { exportName: string; ir: WorkflowIR } {
  if (!isRecord(wire) || typeof wire.exportName !== "string" || !isRecord(wire.ir) || !Array.isArray(wire.schemas)) fail("workflow", "not a workflow");
  assertJson(wire.schemas, "schemas");
  const decoder = new Decoder(new SchemaDecoder(wire.schemas as SchemaTable), sites);
  const { ir } = wire;
  if (typeof ir.name !== "string" || typeof ir.startAt !== "string") fail("workflow", "has no name or start");
  checkSite(ir.site, "workflow");
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(ir)) {
    if (key === "siteFrames") lazySite(out, item, "workflow", sites);
    else if (key === "states") out.states = decoder.states(item, "states");
    else if (SCHEMA_KEYS.has(key)) out[key] = decoder.schema(item, key);
    else if (key === "expressionSchemas") {
      if (!isRecord(item)) fail(key, "not an object");
      out[key] = Object.fromEntries(Object.entries(item).map(([text, ref]) => [text, decoder.schema(ref, `${key}[${JSON.stringify(text)}]`)]));
    } else {
      assertJson(item, key);
      out[key] = item;
    }
  }
  if (!("inputSchema" in out)) fail("workflow", "has no input schema");
  return { exportName: wire.exportName, ir: out as unknown as WorkflowIR };
}
