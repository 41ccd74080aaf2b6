/**
 * Error names for Retry and Catch. The predefined ones autocomplete; any other name is allowed
 * (Lambda's, a service's, or the author's own), except that custom names may not start with
 * `States.`.
 */
export const PREDEFINED_ERRORS = [
  "States.ALL",
  "States.DataLimitExceeded",
  "States.Runtime",
  "States.Timeout",
  "States.HeartbeatTimeout",
  "States.TaskFailed",
  "States.Permissions",
  "States.ResultPathMatchFailure",
  "States.ParameterPathFailure",
  "States.BranchFailed",
  "States.NoChoiceMatched",
  "States.IntrinsicFailure",
  "States.ExceedToleratedFailureThreshold",
  "States.ItemReaderFailed",
  "States.ResultWriterFailed",
  "States.QueryEvaluationError",
  "States.Http.Socket",
] as const;

export type PredefinedErrorList = typeof PREDEFINED_ERRORS;

export type PredefinedError = PredefinedErrorList[number];

/** Errors Lambda tasks commonly raise; listed so they autocomplete too. */
export type LambdaError = "Lambda.ServiceException" | "Lambda.AWSLambdaException" | "Lambda.SdkClientException" | "Lambda.TooManyRequestsException" | "Lambda.Unknown";

export type ErrorName = PredefinedError | LambdaError | (string & {});

