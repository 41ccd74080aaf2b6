/**
 * What API Gateway's `invoke` and EKS's `call` send and return over HTTP: header and query values
 * as lists of strings, and a response with its body, headers and status.
 */
import { z } from "zod";

/** Header and query parameter values are lists of strings. */
export const multiValued = z.record(z.string(), z.array(z.string()));

/** The response Step Functions hands back: the body as the service parsed it, and the status. */
export const httpResponse = z.object({
  ResponseBody: z.unknown(),
  Headers: multiValued.optional(),
  StatusCode: z.number(),
  StatusText: z.string(),
});
