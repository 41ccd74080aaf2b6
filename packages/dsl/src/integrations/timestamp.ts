/**
 * A date in an integration's result. Step Functions gives the AWS APIs' timestamps as epoch
 * milliseconds in some results and as text in others (states:startExecution returns its StartDate
 * as text, its `.sync` form as a number), so a result field that holds a date takes either.
 */
import { z } from "zod";

export const timestamp = z.union([z.number(), z.string()]);
