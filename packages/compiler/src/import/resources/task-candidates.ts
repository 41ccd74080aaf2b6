/**
 * The ways a Task's work may be written through a typed helper, the most idiomatic first: a
 * helper call, and the options that replace the state's request. Which of them emits the state
 * exactly is for the probe to say (probe-task.ts).
 */
import { integrationDescriptor, type Json, type TaskNode } from "@aslc/dsl";
import { isExpressionText, offersPattern } from "@aslc/dsl/internal";
import { hasHelper, type HelperCall } from "./helper-call.ts";
import type { NamedWork } from "./named-work.ts";

export type QueryLanguage = "JSONPath" | "JSONata";

export interface Candidate {
  readonly call: HelperCall;
  /** As `ResourceCall.options`: absent when the state's request is written as it is. */
  readonly options?: { readonly [option: string]: Json | undefined };
  /** Whether the helper's result types the work (a described integration's result for its pattern). */
  readonly typedResult: boolean;
}

/** The helper options that choose each pattern. */
const PATTERN_OPTIONS = {
  "request-response": {},
  sync: { sync: true },
  "sync:2": { sync2: true },
  waitForTaskToken: { waitForTaskToken: true },
} as const;

export function taskCandidates(task: TaskNode, work: NamedWork, language: QueryLanguage): Candidate[] {
  const { info, placeholder } = work;
  const options = { ...PATTERN_OPTIONS[info.pattern], ...(placeholder === undefined ? {} : { resource: placeholder }) };
  switch (info.kind) {
    case "lambda-invoke":
      return lambdaInvokeCandidates(task, language, options);
    case "lambda-function":
      return [{ call: { name: "lambda", method: "function", args: [task.resource] }, typedResult: false }];
    case "aws-sdk":
      // awsSdk offers the callback only; Step Functions has no `.sync` for SDK calls.
      if (info.pattern !== "request-response" && info.pattern !== "waitForTaskToken") return [];
      return [{ call: { name: "awsSdk", args: [info.service!, info.action!, options] }, typedResult: false }];
    case "service": {
      const descriptor = integrationDescriptor(info.descriptor);
      if (descriptor === undefined) return [{ call: { name: "service", args: [info.service!, info.action!, options] }, typedResult: false }];
      // A pattern the descriptor does not offer is one its helper's options do not take.
      if (!offersPattern(descriptor, info.pattern) || !hasHelper(descriptor.service, descriptor.action)) return [];
      return [{ call: { name: descriptor.service, method: descriptor.action, args: [options] }, typedResult: info.pattern !== "waitForTaskToken" }];
    }
    default:
      return [];
  }
}

function isObject(value: Json | undefined): value is { readonly [key: string]: Json } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * `lambda.invoke(fn)` needs the function named as literal text. Then, in this order: its own
 * request (Payload the whole input), the `payload` option (a request of FunctionName and Payload
 * alone), the request without FunctionName (which the helper adds), or the request as written.
 */
function lambdaInvokeCandidates(task: TaskNode, language: QueryLanguage, options: { readonly [option: string]: string | boolean }): Candidate[] {
  const field = language === "JSONata" ? "arguments" : "parameters";
  const request = language === "JSONata" ? task.arguments : task.parameters;
  if (!isObject(request)) return [];
  const functionName = request.FunctionName;
  if (typeof functionName !== "string" || isExpressionText(functionName)) return [];
  const call: HelperCall = { name: "lambda", method: "invoke", args: [functionName, options] };
  const candidates: Candidate[] = [{ call, options: { [field]: undefined }, typedResult: false }];
  const { FunctionName: _named, ...rest } = request;
  const keys = Object.keys(rest);
  if (keys.length === 1 && keys[0] === "Payload") candidates.push({ call, options: { [field]: undefined, payload: rest.Payload }, typedResult: false });
  // `ref(…)` takes a path; intrinsic text stays in the request.
  const read = rest["Payload.$"];
  if (keys.length === 1 && typeof read === "string" && read.startsWith("$")) candidates.push({ call, options: { [field]: undefined, "payload.$": read }, typedResult: false });
  // The function named once, by the helper.
  if (keys.length > 0) candidates.push({ call, options: { [field]: rest }, typedResult: false });
  candidates.push({ call, typedResult: false });
  return candidates;
}
