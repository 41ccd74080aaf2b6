/**
 * The options of each state kind except Retry, Catch and nested chains: paths, templates, Wait
 * forms, Task timeouts and heartbeats, Fail fields, Map settings inline and distributed.
 */
import fc from "fast-check";
import { States, ref } from "@aslc/dsl";
import { contextPath, generalPath, mapItemPath, referencePath } from "./paths.ts";
import { templateArbitrary, type TemplateContext } from "./templates.ts";
import { rfc3339Timestamp } from "./timestamps.ts";

const optional = { requiredKeys: [] as never[] };

const plainContext: TemplateContext = { contextPaths: contextPath };
const itemContext: TemplateContext = { contextPaths: fc.oneof({ weight: 3, arbitrary: mapItemPath }, { weight: 1, arbitrary: contextPath }), specialKeys: true };
export const plainTemplate = templateArbitrary(plainContext);
const itemTemplate = templateArbitrary(itemContext);

// The shortest comment, error and cause ASL accepts is one character (an empty one is ASLC161).
const comment = fc.constantFrom("a comment", "ünïcødé comment", " ", "with \"quotes\" and \\ backslash");
const io = { inputPath: fc.oneof(generalPath, fc.constant(null)), outputPath: fc.oneof(generalPath, fc.constant(null)), comment };
const resultPath = fc.oneof({ weight: 4, arbitrary: referencePath }, { weight: 1, arbitrary: fc.constant(null) });

/** TimeoutSeconds and HeartbeatSeconds (or their paths), the heartbeat always shorter. */
const timeouts: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.constant({}),
  fc.integer({ min: 1, max: 99_999_998 }).map((timeoutSeconds) => ({ timeoutSeconds })),
  referencePath.map((timeoutSecondsPath) => ({ timeoutSecondsPath })),
  fc.integer({ min: 2, max: 99_999_998 }).chain((timeoutSeconds) => fc.integer({ min: 1, max: timeoutSeconds - 1 }).map((heartbeatSeconds) => ({ timeoutSeconds, heartbeatSeconds }))),
  fc.integer({ min: 1, max: 99_999_998 }).map((heartbeatSeconds) => ({ heartbeatSeconds })),
  fc.tuple(referencePath, referencePath).map(([timeoutSecondsPath, heartbeatSecondsPath]) => ({ timeoutSecondsPath, heartbeatSecondsPath })),
  fc.tuple(referencePath, fc.integer({ min: 1, max: 99_999_998 })).map(([timeoutSecondsPath, heartbeatSeconds]) => ({ timeoutSecondsPath, heartbeatSeconds })),
);

const credentials = fc.oneof(
  fc.constant({ RoleArn: "arn:aws:iam::123456789012:role/Worker" }),
  fc.constant({ "RoleArn.$": "$.roleArn" }),
  referencePath.map((p) => ({ RoleArn: ref(p) })),
);

export const taskOptions: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(fc.record({ ...io, resultPath, resultSelector: plainTemplate, credentials }, optional), timeouts)
  .map(([options, limits]) => ({ ...options, ...limits }));

/** A Result with fields JavaScript objects treat specially, as JSON.parse would give it. */
const specialResult = fc.constantFrom('{"__proto__": {"polluted": true}, "constructor": 1}', '{"toString": "x", "valueOf": [1, 2]}').map((text) => JSON.parse(text) as unknown);

export const passOptions = fc.record(
  { ...io, resultPath, parameters: plainTemplate, result: fc.oneof({ weight: 9, arbitrary: fc.jsonValue({ maxDepth: 2 }) }, { weight: 1, arbitrary: specialResult }) },
  optional,
);

export const waitOptions: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.oneof(
      fc.oneof(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 99_999_999 })).map((seconds) => ({ seconds })),
      referencePath.map((secondsPath) => ({ secondsPath })),
      rfc3339Timestamp.map((timestamp) => ({ timestamp })),
      referencePath.map((timestampPath) => ({ timestampPath })),
    ),
    fc.record(io, optional),
  )
  .map(([form, rest]) => ({ ...form, ...rest }));

export const choiceOptions = fc.record(io, optional);
export const succeedOptions = fc.record(io, optional);

const failMessage = fc.oneof(
  fc.constantFrom("Order.Failed", "ünïcødé", " ").map((text) => ({ text })),
  referencePath.map((path) => ({ path })),
  fc.constant({ path: States.Format("Failed at {}", ref("$$.State.Name")).expression }),
);

export const failOptions: fc.Arbitrary<Record<string, unknown>> = fc
  .record({ error: failMessage, cause: failMessage, comment }, optional)
  .map(({ error, cause, comment: text }) => ({
    ...(error && ("text" in error ? { error: error.text } : { errorPath: error.path })),
    ...(cause && ("text" in cause ? { cause: cause.text } : { causePath: cause.path })),
    ...(text === undefined ? {} : { comment: text }),
  }));

export const parallelOptions = fc.record({ ...io, resultPath, parameters: plainTemplate, resultSelector: plainTemplate }, optional);

/** MaxConcurrencyPath only now and then: statelint skips workflows that use it. */
const concurrency = (max: number) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 0, max }).map((maxConcurrency) => ({ maxConcurrency })) },
    { weight: 1, arbitrary: referencePath.map((maxConcurrencyPath) => ({ maxConcurrencyPath })) },
    { weight: 3, arbitrary: fc.constant({}) },
  );

export const inlineMapOptions: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.record({ ...io, resultPath, itemsPath: referencePath, itemSelector: itemTemplate, resultSelector: plainTemplate, processorComment: comment, mode: fc.constant("INLINE") }, optional),
    concurrency(1000),
  )
  .map(([options, limit]) => ({ ...options, ...limit }));

const S3_BUCKET = "my-bucket";

const readerConfig = fc.oneof(
  fc.record({ inputType: fc.constantFrom("JSON" as const, "JSONL" as const) }),
  fc.oneof(
    fc.constant({ inputType: "CSV" as const, csvHeaderLocation: "FIRST_ROW" as const }),
    fc.constant({ inputType: "CSV" as const, csvHeaderLocation: "GIVEN" as const, csvHeaders: ["id", "total"] }),
    fc.constant({ inputType: "CSV" as const, csvHeaderLocation: "FIRST_ROW" as const, csvDelimiter: "SEMICOLON" as const }),
  ),
  fc.constant({ inputType: "MANIFEST" as const, manifestType: "S3_INVENTORY" as const }),
);

const maxItems = fc.oneof(fc.constant({}), fc.integer({ min: 1, max: 100_000_000 }).map((n) => ({ maxItems: n })), referencePath.map((p) => ({ maxItemsPath: p })));

const itemReader = fc.oneof(
  fc.tuple(readerConfig, maxItems, fc.boolean()).map(([config, limit, dynamicKey]) => ({
    resource: "arn:aws:states:::s3:getObject",
    parameters: dynamicKey ? { Bucket: S3_BUCKET, "Key.$": "$.key" } : { Bucket: S3_BUCKET, Key: "items/input.json" },
    readerConfig: { ...config, ...limit },
  })),
  fc.constant({ resource: "arn:aws:states:::s3:listObjectsV2", parameters: { Bucket: S3_BUCKET, Prefix: "incoming/" } }),
);

const batchLimits = fc.oneof(
  fc.integer({ min: 1, max: 1000 }).map((n) => ({ maxItemsPerBatch: n })),
  referencePath.map((p) => ({ maxItemsPerBatchPath: p })),
  fc.integer({ min: 1, max: 262_144 }).map((n) => ({ maxInputBytesPerBatch: n })),
  fc.tuple(fc.integer({ min: 1, max: 1000 }), referencePath).map(([n, p]) => ({ maxItemsPerBatch: n, maxInputBytesPerBatchPath: p })),
);

const itemBatcher = fc.tuple(batchLimits, fc.option(plainTemplate, { nil: undefined })).map(([limits, batchInput]) => ({ ...limits, ...(batchInput ? { batchInput } : {}) }));

const resultWriter = fc
  .option(fc.record({ outputType: fc.constantFrom("JSON" as const, "JSONL" as const), transformation: fc.constantFrom("NONE" as const, "COMPACT" as const, "FLATTEN" as const) }, { requiredKeys: ["outputType"] }), { nil: undefined })
  .map((writerConfig) => ({
    // asl-validator requires a Resource; Step Functions also takes a WriterConfig alone.
    resource: "arn:aws:states:::s3:putObject",
    parameters: { Bucket: S3_BUCKET, Prefix: "results/" },
    ...(writerConfig ? { writerConfig } : {}),
  }));

/** asl-validator reads ToleratedFailurePercentage as an integer; Step Functions also takes decimals. */
const tolerance = fc.oneof(
  fc.constant({}),
  fc.integer({ min: 0, max: 100 }).map((p) => ({ toleratedFailurePercentage: p })),
  referencePath.map((p) => ({ toleratedFailurePercentagePath: p })),
  fc.integer({ min: 0, max: 1_000_000 }).map((n) => ({ toleratedFailureCount: n })),
  referencePath.map((p) => ({ toleratedFailureCountPath: p })),
  fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 50 })).map(([p, n]) => ({ toleratedFailurePercentage: p, toleratedFailureCount: n })),
);

const label = fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/);

export const distributedMapOptions: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.record({ ...io, resultPath, itemSelector: itemTemplate, resultSelector: plainTemplate, processorComment: comment, itemBatcher, resultWriter, label }, optional),
    fc.constantFrom("STANDARD" as const, "EXPRESS" as const),
    fc.oneof(fc.constant({}), referencePath.map((itemsPath) => ({ itemsPath })), itemReader.map((reader) => ({ itemReader: reader }))),
    concurrency(10_000),
    tolerance,
  )
  .map(([options, executionType, items, limit, tolerated]) => ({ ...options, mode: "DISTRIBUTED", executionType, ...items, ...limit, ...tolerated }));
