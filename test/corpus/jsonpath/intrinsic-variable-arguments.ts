/** Every kind of intrinsic over workflow variables: encoding, hashing, JSON, arithmetic, strings and a UUID. */
import { z } from "zod";
import { ref, States, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const intrinsicVariableArguments: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_assign_statemachines_base_reference_in_intrinsic_function.json",
  workflow: workflow("IntrinsicVariableArguments", { input: z.object({}), comment: "BASE_REFERENCE_IN_INTRINSIC_FUNCTION" })
    .pass("State0", {
      assign: {
        inputArray: [1, 2, 3, 4, 5, 6, 7, 8, 9],
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
    })
    .pass("State1", {
      parameters: {
        encodingOps: { encoded: States.Base64Encode(ref("$rawString")), decoded: States.Base64Decode(ref("$encodedString")) },
        hashOps: { hashValue: States.Hash(ref("$inputString"), "SHA-256") },
        jsonOps: { mergedJson: States.JsonMerge(ref("$json1"), ref("$json2")), parsedJson: States.StringToJson(ref("$jsonString")), stringifiedJson: States.JsonToString(ref("$jsonObject")) },
        mathOps: { sum: States.MathAdd(ref("$value1"), ref("$value2")) },
        stringOps: { splitString: States.StringSplit(ref("$csvString"), ","), formattedString: States.Format("Hello {}, welcome to {}!", ref("$name"), ref("$place")) },
        uuidOp: { uniqueId: States.UUID() },
      },
    }),
};
