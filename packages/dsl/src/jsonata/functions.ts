/**
 * The functions a JSONata expression in Step Functions can call: those JSONata 2.0 defines (the
 * version Step Functions runs) and those Step Functions adds ($partition, $range, $hash, $uuid,
 * $parse; its $random also takes a seed). `$eval` is JSONata's but Step Functions leaves it out:
 * it is listed so that a call to it gets its own message (use $parse).
 */
export const JSONATA_FUNCTIONS = [
  // JSONata 2.0
  "sum", "count", "max", "min", "average",
  "string", "substring", "substringBefore", "substringAfter", "lowercase", "uppercase", "length", "trim", "pad", "match", "contains", "replace", "split", "join",
  "formatNumber", "formatBase", "formatInteger", "parseInteger", "number", "floor", "ceil", "round", "abs", "sqrt", "power", "random",
  "boolean", "not", "map", "zip", "filter", "single", "reduce", "sift", "keys", "lookup", "append", "exists", "spread", "merge", "reverse", "each",
  "error", "assert", "type", "sort", "shuffle", "distinct",
  "base64encode", "base64decode", "encodeUrlComponent", "encodeUrl", "decodeUrlComponent", "decodeUrl", "eval",
  "toMillis", "fromMillis", "clone", "now", "millis",
  // Step Functions
  "partition", "range", "hash", "uuid", "parse",
] as const;

export type JsonataFunctionName = (typeof JSONATA_FUNCTIONS)[number];
