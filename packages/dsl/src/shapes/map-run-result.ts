/**
 * What a Distributed Map state returns when a ResultWriter stores its results in Amazon S3: the
 * Map Run and where its manifest was written, instead of the results themselves.
 * https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultwriter.html
 */
import { z } from "zod";

export const mapRunResultSchema = z.object({
  MapRunArn: z.string(),
  ResultWriterDetails: z.object({ Bucket: z.string(), Key: z.string() }),
});

export interface MapRunResult extends z.input<typeof mapRunResultSchema> {}
