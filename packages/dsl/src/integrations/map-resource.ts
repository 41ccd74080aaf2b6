/**
 * A Distributed Map's ItemReader or ResultWriter resource with its typed request: `s3.getObject()`,
 * `s3.listObjectsV2()` (ItemReader) and `s3.putObject()` (ResultWriter). Built from a descriptor as
 * a Task's integration is, but typed for its place only: a Task does not take one, nor an
 * ItemReader a writer.
 */
import type { IntegrationInfo } from "../ir/nodes.ts";
import type { IntegrationDescriptor } from "./descriptor.ts";
import { describedIntegration } from "./integration.ts";

/** Where a Distributed Map reads its items from or writes its results to. */
export type MapResourcePlace = "ItemReader" | "ResultWriter";

export interface MapResource<Request = unknown, Place extends MapResourcePlace = MapResourcePlace> {
  /** The Resource field as emitted (the ARN or a `${Name}` placeholder). */
  readonly resource: string;
  readonly info: IntegrationInfo;
  readonly place: Place;
  /** Type-only: what the request must look like. */
  readonly types?: { readonly request: Request };
}

export function isMapResource(value: unknown): value is MapResource {
  return typeof value === "object" && value !== null && typeof (value as MapResource).place === "string" && typeof (value as MapResource).resource === "string";
}

/** The resource for a descriptor at its place; `placeholder` is the helper's `resource` option. */
export function mapResource<Request, Place extends MapResourcePlace>(descriptor: IntegrationDescriptor, place: Place, placeholder?: string): MapResource<Request, Place> {
  const { resource, info } = describedIntegration(descriptor, "request-response", undefined, placeholder);
  return Object.freeze({ resource, info, place });
}
