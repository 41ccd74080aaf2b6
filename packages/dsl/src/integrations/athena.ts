/**
 * Amazon Athena: https://docs.aws.amazon.com/step-functions/latest/dg/connect-athena.html
 * (request and response fields: https://docs.aws.amazon.com/athena/latest/APIReference/).
 * StartQueryExecution offers `.sync`, which returns what GetQueryExecution returns once the query
 * has finished; Athena offers no callback.
 */
import { z } from "zod";
import { describeIntegration } from "./descriptor.ts";
import { describedIntegration, type Integration } from "./integration.ts";
import { patternOf, type Sync, type SyncResult, type Placeholder } from "./pattern-options.ts";
import { timestamp } from "./timestamp.ts";

const queryExecutionId = z.object({ QueryExecutionId: z.string() });

const resultConfiguration = z.object({
  OutputLocation: z.string().optional(),
  EncryptionConfiguration: z.object({ EncryptionOption: z.enum(["SSE_S3", "SSE_KMS", "CSE_KMS"]), KmsKey: z.string().optional() }).optional(),
  ExpectedBucketOwner: z.string().optional(),
  AclConfiguration: z.object({ S3AclOption: z.literal("BUCKET_OWNER_FULL_CONTROL") }).optional(),
});

const queryExecutionContext = z.object({ Database: z.string().optional(), Catalog: z.string().optional() });

const resultReuseConfiguration = z.object({
  ResultReuseByAgeConfiguration: z.object({ Enabled: z.boolean(), MaxAgeInMinutes: z.number().optional() }).optional(),
});

/** GetQueryExecution's QueryExecution; the id and the status are always there. */
const queryExecution = z.object({
  QueryExecutionId: z.string(),
  Query: z.string().optional(),
  StatementType: z.enum(["DDL", "DML", "UTILITY"]).optional(),
  SubstatementType: z.string().optional(),
  ResultConfiguration: resultConfiguration.optional(),
  ResultReuseConfiguration: resultReuseConfiguration.optional(),
  QueryExecutionContext: queryExecutionContext.optional(),
  Status: z.object({
    State: z.enum(["QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "CANCELLED"]),
    StateChangeReason: z.string().optional(),
    SubmissionDateTime: timestamp.optional(),
    CompletionDateTime: timestamp.optional(),
    AthenaError: z
      .object({ ErrorCategory: z.number().optional(), ErrorType: z.number().optional(), Retryable: z.boolean().optional(), ErrorMessage: z.string().optional() })
      .optional(),
  }),
  Statistics: z.record(z.string(), z.unknown()).optional(),
  WorkGroup: z.string().optional(),
  EngineVersion: z.object({ SelectedEngineVersion: z.string().optional(), EffectiveEngineVersion: z.string().optional() }).optional(),
  ExecutionParameters: z.array(z.string()).optional(),
  QueryResultsS3AccessGrantsConfiguration: z.record(z.string(), z.unknown()).optional(),
});

const getQueryExecutionResult = z.object({ QueryExecution: queryExecution });

export const athenaStartQueryExecution = describeIntegration({
  service: "athena",
  action: "startQueryExecution",
  request: z.object({
    QueryString: z.string(),
    ClientRequestToken: z.string().optional(),
    QueryExecutionContext: queryExecutionContext.optional(),
    ResultConfiguration: resultConfiguration.optional(),
    WorkGroup: z.string().optional(),
    ExecutionParameters: z.array(z.string()).optional(),
    ResultReuseConfiguration: resultReuseConfiguration.optional(),
  }),
  results: { "request-response": queryExecutionId, sync: getQueryExecutionResult },
});

export const athenaGetQueryExecution = describeIntegration({
  service: "athena",
  action: "getQueryExecution",
  request: queryExecutionId,
  results: { "request-response": getQueryExecutionResult },
});

const columnInfo = z.object({
  CatalogName: z.string().optional(),
  SchemaName: z.string().optional(),
  TableName: z.string().optional(),
  Name: z.string(),
  Label: z.string().optional(),
  Type: z.string(),
  Precision: z.number().optional(),
  Scale: z.number().optional(),
  Nullable: z.enum(["NOT_NULL", "NULLABLE", "UNKNOWN"]).optional(),
  CaseSensitive: z.boolean().optional(),
});

export const athenaGetQueryResults = describeIntegration({
  service: "athena",
  action: "getQueryResults",
  request: queryExecutionId.extend({ NextToken: z.string().optional(), MaxResults: z.number().optional(), QueryResultType: z.enum(["DATA_MANIFEST", "DATA_ROWS"]).optional() }),
  results: {
    "request-response": z.object({
      UpdateCount: z.number().optional(),
      ResultSet: z.object({
        Rows: z.array(z.object({ Data: z.array(z.object({ VarCharValue: z.string().optional() })) })),
        ResultSetMetadata: z.object({ ColumnInfo: z.array(columnInfo) }),
      }),
      NextToken: z.string().optional(),
    }),
  },
});

export const athenaStopQueryExecution = describeIntegration({
  service: "athena",
  action: "stopQueryExecution",
  request: queryExecutionId,
  results: { "request-response": z.object({}) },
});

export interface AthenaStartQueryExecutionRequest extends z.input<typeof athenaStartQueryExecution.request> {}
export interface AthenaStartQueryExecutionResult extends z.input<(typeof athenaStartQueryExecution.results)["request-response"]> {}
export interface AthenaQueryExecutionRequest extends z.input<typeof athenaGetQueryExecution.request> {}
export interface AthenaGetQueryExecutionResult extends z.input<typeof getQueryExecutionResult> {}
export interface AthenaGetQueryResultsRequest extends z.input<typeof athenaGetQueryResults.request> {}
export interface AthenaGetQueryResultsResult extends z.input<(typeof athenaGetQueryResults.results)["request-response"]> {}
export interface AthenaStopQueryExecutionResult extends z.input<(typeof athenaStopQueryExecution.results)["request-response"]> {}

export const athena = {
  /** Start a query; `sync: true` waits for it to finish and returns its QueryExecution. */
  startQueryExecution<const O extends Sync & Placeholder = {}>(
    options: O = {} as O,
  ): Integration<AthenaStartQueryExecutionRequest, SyncResult<O, AthenaGetQueryExecutionResult, AthenaStartQueryExecutionResult>> {
    return describedIntegration(athenaStartQueryExecution, patternOf(options), undefined, options.resource);
  },
  getQueryExecution(options: Placeholder = {}): Integration<AthenaQueryExecutionRequest, AthenaGetQueryExecutionResult> {
    return describedIntegration(athenaGetQueryExecution, "request-response", undefined, options.resource);
  },
  getQueryResults(options: Placeholder = {}): Integration<AthenaGetQueryResultsRequest, AthenaGetQueryResultsResult> {
    return describedIntegration(athenaGetQueryResults, "request-response", undefined, options.resource);
  },
  stopQueryExecution(options: Placeholder = {}): Integration<AthenaQueryExecutionRequest, AthenaStopQueryExecutionResult> {
    return describedIntegration(athenaStopQueryExecution, "request-response", undefined, options.resource);
  },
} as const;
