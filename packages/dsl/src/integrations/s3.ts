/**
 * Amazon S3 as a Distributed Map's data source and results destination:
 * https://docs.aws.amazon.com/step-functions/latest/dg/input-output-itemreader.html and
 * https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultwriter.html
 * These `arn:aws:states:::s3:…` resources exist for ItemReader and ResultWriter only; a Task calls
 * S3 through `awsSdk("s3", …)`.
 */
import { z } from "zod";
import { describeIntegration } from "./descriptor.ts";
import { mapResource, type MapResource } from "./map-resource.ts";
import type { Placeholder } from "./pattern-options.ts";

/** ItemReader: one object (a JSON, JSONL, CSV or Parquet file, a manifest) whose contents are the items. */
export const s3GetObject = describeIntegration({
  service: "s3",
  action: "getObject",
  request: z.object({ Bucket: z.string(), Key: z.string(), VersionId: z.string().optional() }),
  results: {},
});

/** ItemReader: the objects under a prefix, one item each. */
export const s3ListObjectsV2 = describeIntegration({
  service: "s3",
  action: "listObjectsV2",
  request: z.object({ Bucket: z.string(), Prefix: z.string().optional() }),
  results: {},
});

/** ResultWriter: where the child executions' results are written. */
export const s3PutObject = describeIntegration({
  service: "s3",
  action: "putObject",
  request: z.object({ Bucket: z.string(), Prefix: z.string().optional() }),
  results: {},
});

export interface S3GetObjectReaderRequest extends z.input<typeof s3GetObject.request> {}
export interface S3ListObjectsV2ReaderRequest extends z.input<typeof s3ListObjectsV2.request> {}
export interface S3PutObjectWriterRequest extends z.input<typeof s3PutObject.request> {}

export const s3 = {
  /** ItemReader `arn:aws:states:::s3:getObject`: the items are the contents of one object (give `readerConfig.inputType`). */
  getObject(options: Placeholder = {}): MapResource<S3GetObjectReaderRequest, "ItemReader"> {
    return mapResource(s3GetObject, "ItemReader", options.resource);
  },
  /** ItemReader `arn:aws:states:::s3:listObjectsV2`: one item per object under the prefix. */
  listObjectsV2(options: Placeholder = {}): MapResource<S3ListObjectsV2ReaderRequest, "ItemReader"> {
    return mapResource(s3ListObjectsV2, "ItemReader", options.resource);
  },
  /** ResultWriter `arn:aws:states:::s3:putObject`: the results go to the bucket, under the prefix. */
  putObject(options: Placeholder = {}): MapResource<S3PutObjectWriterRequest, "ResultWriter"> {
    return mapResource(s3PutObject, "ResultWriter", options.resource);
  },
} as const;
