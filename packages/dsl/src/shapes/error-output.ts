/**
 * The error output a Catch hands to its handler (at its ResultPath; JSONata `$states.errorOutput`).
 * https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html
 */
import { z } from "zod";

export const errorOutputSchema = z.object({ Error: z.string(), Cause: z.string() });

export interface ErrorOutput extends z.input<typeof errorOutputSchema> {}
