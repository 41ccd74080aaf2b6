/** Every kind of intrinsic in a Pass's Assign, reading the Pass's own Result (Assign reads the state's result). */
import { z } from "zod";
import { ref, States, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const intrinsicAssignFromResult: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_assign_statemachines_base_assign_from_intrinsic_function.json",
  workflow: workflow("IntrinsicAssignFromResult", { input: z.object({}), comment: "BASE_ASSIGN_FROM_INTRINSIC_FUNCTION" }).pass("State0", {
    result: {
      inputArray: [1, 2, 3, 4, 5, 6],
      duplicateArray: [1, 2, 2, 3, 3, 4],
      rawString: "Hello World",
      encodedString: "SGVsbG8gV29ybGQ=",
      inputString: "Hash this string",
      json1: { a: 1, b: 2 },
      json2: { c: 3, d: 4 },
      jsonString: '{"key":"value"}',
      jsonObject: { test: "object" },
      value1: 5,
      value2: 3,
      csvString: "a,b,c,d,e",
      name: "John",
      place: "LocalStack",
      additionalInfo: { age: 30, role: "developer" },
    },
    assign: {
      arrayOps: {
        simpleArray: States.Array("a", "b", "c"),
        partitionedArray: States.ArrayPartition(ref("$.inputArray"), 2),
        containsElement: States.ArrayContains(ref("$.inputArray"), 5),
        numberRange: States.ArrayRange(1, 10, 2),
        thirdElement: States.ArrayGetItem(ref("$.inputArray"), 2),
        arraySize: States.ArrayLength(ref("$.inputArray")),
        uniqueValues: States.ArrayUnique(ref("$.duplicateArray")),
      },
      encodingOps: { encoded: States.Base64Encode(ref("$.rawString")), decoded: States.Base64Decode(ref("$.encodedString")) },
      hashOps: { hashValue: States.Hash(ref("$.inputString"), "SHA-256") },
      jsonOps: { mergedJson: States.JsonMerge(ref("$.json1"), ref("$.json2")), parsedJson: States.StringToJson(ref("$.jsonString")), stringifiedJson: States.JsonToString(ref("$.jsonObject")) },
      mathOps: { sum: States.MathAdd(ref("$.value1"), ref("$.value2")) },
      stringOps: { splitString: States.StringSplit(ref("$.csvString"), ","), formattedString: States.Format("Hello {}, welcome to {}!", ref("$.name"), ref("$.place")) },
      uuidOp: { uniqueId: States.UUID() },
    },
  }),
};
