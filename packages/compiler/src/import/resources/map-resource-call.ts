/**
 * A Distributed Map's ItemReader and ResultWriter resources through the typed S3 helpers
 * (`s3.getObject()`, `s3.listObjectsV2()` read items, `s3.putObject()` writes results): the
 * helper whose Resource is the one written (or, for a `${Name}` placeholder, the one the
 * substitutions map it to), when the compiler's request check takes the request as written.
 */
import type { ItemReader, MapNode, MapResource, ResultWriter, WorkflowIR } from "@aslc/dsl";
import { z } from "zod";
import { checkRequests } from "../../validate/requests.ts";
import { Report } from "../../validate/report.ts";
import type { ResourceCall, ResourceContext } from "../resource-call.ts";
import { helperCallText, helperCallValue, type HelperCall } from "./helper-call.ts";
import { resourceTarget } from "./named-work.ts";

type MapResourcePlace = MapResource["place"];

/** The S3 helpers a Distributed Map takes; each says its place. */
const S3_METHODS = ["getObject", "listObjectsV2", "putObject"] as const;

/** The helper call whose resource is the one the entry names, at its place. */
function placedCall(place: MapResourcePlace, resource: string | undefined, context: ResourceContext): HelperCall | undefined {
  if (resource === undefined) return undefined;
  const target = resourceTarget(resource, context.substitutions);
  if (target === undefined) return undefined;
  for (const method of S3_METHODS) {
    const plain = helperCallValue({ name: "s3", method, args: [] }) as MapResource;
    if (plain.place !== place || plain.resource !== target.arn) continue;
    return { name: "s3", method, args: target.placeholder === undefined ? [] : [{ resource: target.placeholder }] };
  }
  return undefined;
}

function placedResourceCall(place: MapResourcePlace, entry: ItemReader | ResultWriter, context: ResourceContext): ResourceCall | undefined {
  const call = placedCall(place, entry.resource, context);
  if (call === undefined) return undefined;
  const typed = helperCallValue(call) as MapResource;
  // The Map the builder lowers with this resource holds the entry as written, the helper's resource and info in place.
  const key = place === "ItemReader" ? "itemReader" : "resultWriter";
  const map = { type: "Map", name: "Probe", [key]: { ...entry, resource: typed.resource, integration: typed.info }, itemProcessor: { startAt: "Probe", states: [] }, transition: { kind: "end" } } as unknown as MapNode;
  const probe: WorkflowIR = { name: "Probe", startAt: "Probe", states: [map], inputSchema: z.unknown(), queryLanguage: context.queryLanguage ?? (entry.arguments !== undefined ? "JSONata" : "JSONPath") };
  const report = new Report(probe);
  checkRequests(probe, report);
  if (report.diagnostics.length > 0) return undefined;
  return { imports: ["s3"], resource: helperCallText(call), typedResult: false };
}

/** The typed helper for an ItemReader's Resource, its request written as it is; undefined: write the Resource as text. */
export function readerCallFor(reader: ItemReader, context: ResourceContext = {}): ResourceCall | undefined {
  return placedResourceCall("ItemReader", reader, context);
}

/** The typed helper for a ResultWriter's Resource, its request written as it is; undefined: write the Resource as text. */
export function writerCallFor(writer: ResultWriter, context: ResourceContext = {}): ResourceCall | undefined {
  return placedResourceCall("ResultWriter", writer, context);
}
