/**
 * @aslc/dsl/internal: the DSL's plumbing, for the compiler (@aslc/compiler) and aslc's own
 * tests: the field spec of every state kind, call-site capture, the JSONata forms of Choice
 * conditions, the intrinsic and not-JSON tables, ARN parsing. Not for workflow authors: it may
 * change in any release.
 */
export { stackFrames, SITE_STACK } from "./builder/site.ts";
export { isExpressionText } from "./jsonata/jsonata-value.ts";
export { JSONATA_FUNCTIONS } from "./jsonata/functions.ts";
export { conditionToJsonata, pathToJsonata } from "./jsonata/condition-to-jsonata.ts";
export { INTRINSIC_FUNCTIONS, INTRINSIC_NAMES, HASH_ALGORITHMS, PARAM_WORDS, RESULT_PARAMS, arityProblem, resultFits, countPlaceholders, isIntrinsicName, MAX_INTRINSIC_DEPTH, type IntrinsicFunction, type IntrinsicParam, type IntrinsicResultKind } from "./payload/intrinsic-functions.ts";
export { NOT_JSON_KINDS, NOT_JSON_LITERAL, type NotJsonKind } from "./payload/not-json.ts";
export { CHOICE_OPERATORS } from "./builder/conditions.ts";
export { integrationFromArn } from "./integrations/any-service.ts";
export { offeredPatterns, offersPattern } from "./integrations/offered-patterns.ts";
export * from "./ir/spec/index.ts";
