/**
 * readWorkflow: an ASL definition in, the IR out, each state kind and nested object read into
 * the fields the emitter writes back; what the IR cannot hold reported at the key's line and
 * column.
 */
import { describe, expect, it } from "vitest";
import type { ChoiceNode, MapNode, ParallelNode, PassNode, TaskNode, WaitNode, FailNode, WorkflowIR } from "@aslc/dsl";
import { aslDefinition } from "@aslc/compiler";
import { readWorkflow } from "@aslc/compiler/internal";
import { canonicalJson, FILE, sourceOf, sourceOfValue, withIntrinsics } from "./reader-support.ts";

/** Reads a definition that must read without a diagnostic, and checks it writes back equal. */
function read(definition: object): WorkflowIR {
  const result = readWorkflow(sourceOfValue(definition));
  expect(result.diagnostics).toEqual([]);
  expect(canonicalJson(withIntrinsics(aslDefinition(result.workflow!), result.intrinsics))).toBe(canonicalJson(definition));
  return result.workflow!;
}

function machine(states: object, extra: object = {}): object {
  return { StartAt: Object.keys(states)[0], States: states, ...extra };
}

/** The diagnostics for a definition written as JSON text, as code, line:col and message. */
function problems(text: string): string[] {
  return readWorkflow(sourceOf(text)).diagnostics.map((d) => `${d.code} ${d.site!.line}:${d.site!.column} ${d.message}`);
}

describe("readWorkflow reads each state kind", () => {
  it("reads the definition's own fields, names it after its source and gives it the root's site", () => {
    const workflow = read(machine({ Done: { Type: "Succeed" } }, { Comment: "c", Version: "1.0", TimeoutSeconds: 60, QueryLanguage: "JSONPath" }));
    expect(workflow).toMatchObject({ name: "Machine", comment: "c", version: "1.0", timeoutSeconds: 60, queryLanguage: "JSONPath", startAt: "Done", site: { file: FILE, line: 1, column: 1 } });
    expect(workflow.inputSchema.safeParse({ any: "thing" }).success).toBe(true);
  });

  it("reads a Task: its Resource's integration, paths, templates, timeouts, Retry and Catch", () => {
    const workflow = read(
      machine({
        Call: {
          Type: "Task",
          Resource: "arn:aws:states:::lambda:invoke",
          InputPath: "$.in",
          Parameters: { "Payload.$": "$", FunctionName: "fn" },
          ResultSelector: { "body.$": "$.Payload" },
          ResultPath: "$.out",
          OutputPath: null,
          TimeoutSeconds: 30,
          HeartbeatSecondsPath: "$.beat",
          Retry: [{ ErrorEquals: ["States.Timeout"], IntervalSeconds: 2, MaxAttempts: 3, BackoffRate: 1.5, MaxDelaySeconds: 10, JitterStrategy: "FULL", Comment: "r" }],
          Catch: [{ ErrorEquals: ["States.ALL"], Next: "Done", ResultPath: "$.error", Comment: "k" }],
          Next: "Done",
        },
        Done: { Type: "Succeed" },
      }),
    );
    const task = workflow.states[0] as TaskNode;
    expect(task).toMatchObject({
      type: "Task",
      name: "Call",
      resource: "arn:aws:states:::lambda:invoke",
      integration: { kind: "lambda-invoke", service: "lambda", action: "invoke", pattern: "request-response" },
      inputPath: "$.in",
      parameters: { "Payload.$": "$", FunctionName: "fn" },
      resultSelector: { "body.$": "$.Payload" },
      resultPath: "$.out",
      outputPath: null,
      timeoutSeconds: 30,
      heartbeatSecondsPath: "$.beat",
      retry: [{ errorEquals: ["States.Timeout"], intervalSeconds: 2, maxAttempts: 3, backoffRate: 1.5, maxDelaySeconds: 10, jitterStrategy: "FULL", comment: "r" }],
      catch: [{ errorEquals: ["States.ALL"], next: "Done", resultPath: "$.error", comment: "k" }],
      transition: { next: "Done" },
    });
    expect(task.site).toEqual({ file: FILE, line: 4, column: 5 });
    expect(workflow.states[1]).toMatchObject({ type: "Succeed", name: "Done" });
  });

  it("classifies a Task's Resource with the DSL's own classifier", () => {
    const workflow = read(machine({ A: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:f", End: true } }));
    expect((workflow.states[0] as TaskNode).integration).toEqual({ kind: "lambda-function", pattern: "request-response" });
  });

  it("reads a JSONata Task: Arguments, Output, Assign and expressions in number fields", () => {
    const workflow = read(
      machine(
        { A: { Type: "Task", Resource: "arn:aws:states:::sns:publish", Arguments: { Message: "{% $states.input %}" }, Output: "{% $states.result %}", Assign: { x: 1 }, TimeoutSeconds: "{% 10 %}", End: true } },
        { QueryLanguage: "JSONata" },
      ),
    );
    expect(workflow.states[0]).toMatchObject({ arguments: { Message: "{% $states.input %}" }, output: "{% $states.result %}", assign: { x: 1 }, timeoutSeconds: "{% 10 %}", transition: { end: true } });
  });

  it("reads Pass, Wait and Fail", () => {
    const workflow = read(
      machine({
        P: { Type: "Pass", Result: { a: [1, null] }, ResultPath: "$.r", Next: "W" },
        W: { Type: "Wait", TimestampPath: "$.when", Next: "F" },
        F: { Type: "Fail", Error: "Bad", CausePath: "States.Format('{}', $.why)" },
      }),
    );
    const [pass, wait, fail] = workflow.states as [PassNode, WaitNode, FailNode];
    expect(pass).toMatchObject({ result: { a: [1, null] }, resultPath: "$.r", transition: { next: "W" } });
    expect(wait).toMatchObject({ timestampPath: "$.when", transition: { next: "F" } });
    expect(fail).toMatchObject({ error: "Bad", causePath: "States.Format('{}', $.why)" });
  });

  it("reads a Choice's rules in order: comparisons, And, Or, Not, nested notes and JSONata conditions", () => {
    const workflow = read(
      machine({
        C: {
          Type: "Choice",
          Choices: [
            { Variable: "$.n", NumericGreaterThan: 1, Next: "A", Comment: "big" },
            { And: [{ Variable: "$.s", StringMatches: "a*", Comment: "nested" }, { Not: { Variable: "$.b", BooleanEqualsPath: "$.c" } }], Next: "A" },
            { Or: [{ Variable: "$.x", IsPresent: false }], Next: "A", Assign: { seen: true } },
          ],
          Default: "A",
        },
        A: { Type: "Succeed" },
      }),
    );
    const choice = workflow.states[0] as ChoiceNode;
    expect(choice.default).toBe("A");
    expect(choice.choices).toEqual([
      { condition: { kind: "compare", variable: "$.n", operator: "NumericGreaterThan", operand: 1 }, next: "A", comment: "big" },
      {
        condition: {
          kind: "and",
          conditions: [
            { kind: "compare", variable: "$.s", operator: "StringMatches", operand: "a*", comment: "nested" },
            { kind: "not", condition: { kind: "compare", variable: "$.b", operator: "BooleanEqualsPath", operand: "$.c" } },
          ],
        },
        next: "A",
      },
      { condition: { kind: "or", conditions: [{ kind: "compare", variable: "$.x", operator: "IsPresent", operand: false }] }, next: "A", assign: { seen: true } },
    ]);
    const jsonata = read(machine({ C: { Type: "Choice", QueryLanguage: "JSONata", Choices: [{ Condition: "{% $states.input.ok %}", Next: "A", Output: { a: 1 } }] }, A: { Type: "Succeed" } }));
    expect((jsonata.states[0] as ChoiceNode).choices[0]).toEqual({ condition: { kind: "jsonata", expression: "{% $states.input.ok %}" }, next: "A", output: { a: 1 } });
    expect(jsonata.states[0]!.queryLanguage).toBe("JSONata");
  });

  it("reads a Parallel's branches as machines of their own, each state with its site", () => {
    const workflow = read(
      machine({
        P: {
          Type: "Parallel",
          Branches: [
            { StartAt: "B1", States: { B1: { Type: "Pass", End: true } }, Comment: "one" },
            { StartAt: "B2", States: { B2: { Type: "Succeed" } } },
          ],
          End: true,
        },
      }),
    );
    const parallel = workflow.states[0] as ParallelNode;
    expect(parallel.branches.map((b) => [b.startAt, b.comment, b.states.map((s) => s.name)])).toEqual([
      ["B1", "one", ["B1"]],
      ["B2", undefined, ["B2"]],
    ]);
    expect(parallel.branches[0]!.states[0]!.site).toMatchObject({ line: 10, column: 13 });
  });

  it("reads a Distributed Map: ItemProcessor with its ProcessorConfig, ItemReader, ItemBatcher, ResultWriter", () => {
    const workflow = read(
      machine({
        M: {
          Type: "Map",
          ItemReader: { Resource: "arn:aws:states:::s3:getObject", Parameters: { Bucket: "b", Key: "k" }, ReaderConfig: { InputType: "CSV", CSVHeaderLocation: "FIRST_ROW", MaxItems: 10 } },
          ItemSelector: { "item.$": "$$.Map.Item.Value" },
          ItemBatcher: { MaxItemsPerBatch: 5, BatchInput: { a: 1 } },
          MaxConcurrency: 10,
          ToleratedFailurePercentage: 5,
          ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "EXPRESS" }, StartAt: "I", States: { I: { Type: "Pass", End: true } } },
          ResultWriter: { Resource: "arn:aws:states:::s3:putObject", Parameters: { Bucket: "out" }, WriterConfig: { OutputType: "JSON" } },
          Label: "items",
          End: true,
        },
      }),
    );
    const map = workflow.states[0] as MapNode;
    expect(map).toMatchObject({
      itemReader: { resource: "arn:aws:states:::s3:getObject", parameters: { Bucket: "b", Key: "k" }, readerConfig: { inputType: "CSV", csvHeaderLocation: "FIRST_ROW", maxItems: 10 } },
      itemSelector: { "item.$": "$$.Map.Item.Value" },
      itemBatcher: { maxItemsPerBatch: 5, batchInput: { a: 1 } },
      maxConcurrency: 10,
      toleratedFailurePercentage: 5,
      itemProcessor: { mode: "DISTRIBUTED", executionType: "EXPRESS", startAt: "I" },
      resultWriter: { resource: "arn:aws:states:::s3:putObject", writerConfig: { outputType: "JSON" } },
      label: "items",
    });
    // A plain reader or writer Resource is kept as written; the request check classifies it.
    expect(map.itemReader!.integration).toBeUndefined();
  });

  it("reads a Map's deprecated Iterator and Parameters under their own names", () => {
    const workflow = read(machine({ M: { Type: "Map", ItemsPath: "$.items", Parameters: { "x.$": "$$.Map.Item.Value" }, Iterator: { StartAt: "I", States: { I: { Type: "Pass", End: true } } }, End: true } }));
    const map = workflow.states[0] as MapNode;
    expect(map).toMatchObject({ itemsPath: "$.items", parameters: { "x.$": "$$.Map.Item.Value" }, iterator: { startAt: "I" } });
    expect(map.itemProcessor).toBeUndefined();
  });

  it("keeps the definition's state order, whatever the order of keys within a state", () => {
    const workflow = read(machine({ Z: { Next: "A", Type: "Pass" }, A: { End: true, Result: 1, Type: "Pass" } }));
    expect(workflow.states.map((s) => s.name)).toEqual(["Z", "A"]);
  });

  it("keeps the written order of state names a parsed object lists first (\"2\", \"10\")", () => {
    const text = `{ "StartAt": "b", "States": {
  "b": { "Type": "Pass", "Next": "10" },
  "10": { "Type": "Pass", "Next": "2" },
  "2": { "Type": "Succeed" }
} }`;
    expect(Object.keys(JSON.parse(text).States)).toEqual(["2", "10", "b"]);
    expect(readWorkflow(sourceOf(text)).workflow!.states.map((s) => s.name)).toEqual(["b", "10", "2"]);
  });

  it("carries a field of the other query language and values of the wrong JSON type for the compiler's checks", () => {
    const result = readWorkflow(sourceOfValue(machine({ A: { Type: "Task", Resource: "arn:aws:states:::sns:publish", Arguments: { a: 1 }, TimeoutSeconds: "10", InputPath: 5, End: true } })));
    expect(result.diagnostics).toEqual([]);
    expect(result.workflow!.states[0]).toMatchObject({ arguments: { a: 1 }, timeoutSeconds: "10", inputPath: 5 });
  });
});

describe("CloudFormation intrinsics in text fields", () => {
  it("reads each as a placeholder, the same intrinsic as the same one, and returns what each stands for", () => {
    const definition = machine({
      A: { Type: "Task", Resource: { "Fn::GetAtt": ["Fn", "Arn"] }, Next: "B" },
      B: { Type: "Task", Resource: { Ref: "Activity" }, Next: "C" },
      C: { Type: "Task", Resource: { "Fn::GetAtt": ["Fn", "Arn"] }, Next: "D" },
      D: { Type: "Task", Resource: { "Fn::Sub": "arn:${AWS::Partition}:lambda:${AWS::Region}:1:function:f" }, Parameters: { "Table": { "Fn::ImportValue": "T" } }, End: true },
    });
    const result = readWorkflow(sourceOfValue(definition));
    expect(result.diagnostics).toEqual([]);
    expect(result.workflow!.states.map((s) => (s as TaskNode).resource)).toEqual(["${Fn.Arn}", "${Activity}", "${Fn.Arn}", "${D.Resource}"]);
    expect(result.intrinsics).toEqual({
      "Fn.Arn": { "Fn::GetAtt": ["Fn", "Arn"] },
      Activity: { Ref: "Activity" },
      "D.Resource": { "Fn::Sub": "arn:${AWS::Partition}:lambda:${AWS::Region}:1:function:f" },
      "D.Parameters.Table": { "Fn::ImportValue": "T" },
    });
    expect((result.workflow!.states[3] as TaskNode).parameters).toEqual({ Table: "${D.Parameters.Table}" });
  });

  it("reads an Fn:: intrinsic inside a payload template or a Result as a placeholder named by where it stands, as CloudFormation resolves it before Step Functions reads the definition; Ref and Condition objects there are data", () => {
    const definition = machine({
      A: { Type: "Task", Resource: "arn:aws:states:::dynamodb:updateItem", Parameters: { TableName: { "Fn::ImportValue": "Stack:Table" }, Key: { id: { "S.$": "$.id" } }, List: [{ "Fn::Sub": "x-${AWS::Region}" }] }, Next: "B" },
      B: { Type: "Pass", Result: { kept: { Ref: "X" }, when: { Condition: "C" }, arn: { "Fn::GetAtt": ["Q", "Arn"] } }, End: true },
    });
    const result = readWorkflow(sourceOfValue(definition));
    expect(result.diagnostics).toEqual([]);
    expect((result.workflow!.states[0] as TaskNode).parameters).toEqual({ TableName: "${A.Parameters.TableName}", Key: { id: { "S.$": "$.id" } }, List: ["${A.Parameters.List.0}"] });
    expect((result.workflow!.states[1] as PassNode).result).toEqual({ kept: { Ref: "X" }, when: { Condition: "C" }, arn: "${Q.Arn}" });
    expect(result.intrinsics).toEqual({ "A.Parameters.TableName": { "Fn::ImportValue": "Stack:Table" }, "A.Parameters.List.0": { "Fn::Sub": "x-${AWS::Region}" }, "Q.Arn": { "Fn::GetAtt": ["Q", "Arn"] } });
    expect(withIntrinsics(aslDefinition(result.workflow!), result.intrinsics)).toEqual(definition);
  });

  it("gives a different intrinsic wanting a taken name a name of its own", () => {
    const result = readWorkflow(sourceOfValue(machine({ A: { Type: "Task", Resource: { Ref: "X" }, Next: "B" }, B: { Type: "Task", Resource: { "Fn::GetAtt": "X" }, End: true } })));
    expect(result.workflow!.states.map((s) => (s as TaskNode).resource)).toEqual(["${X}", "${X2}"]);
    expect(result.intrinsics).toEqual({ X: { Ref: "X" }, X2: { "Fn::GetAtt": "X" } });
  });

  it("leaves the definition's own placeholders to the template's DefinitionSubstitutions", () => {
    const result = readWorkflow(sourceOfValue(machine({ A: { Type: "Task", Resource: "${Fn}", Next: "B" }, B: { Type: "Task", Resource: { Ref: "Fn" }, End: true } })));
    expect(result.workflow!.states.map((s) => (s as TaskNode).resource)).toEqual(["${Fn}", "${Fn2}"]);
    expect(result.intrinsics).toEqual({ Fn2: { Ref: "Fn" } });
  });
});

describe("fields the reader does not know", () => {
  it("names a misspelt field, its state and the field meant, at the key's line and column", () => {
    const text = `{
  "StartAt": "A",
  "States": {
    "A": { "Type": "Pass", "Nxt": "B", "End": true },
    "B": { "Type": "Succeed" }
  }
}`;
    expect(problems(text)).toEqual(["ASLC410 4:28 state 'A': Pass state has no field 'Nxt': did you mean 'Next'?"]);
    // The rest is still read, for the other checks.
    expect(readWorkflow(sourceOf(text)).workflow!.states.map((s) => s.name)).toEqual(["A", "B"]);
  });

  it("says which state kinds have a field of another kind", () => {
    expect(problems(JSON.stringify(machine({ A: { Type: "Task", Resource: "arn:aws:states:::sns:publish", Seconds: 5, End: true } }), null, 2))).toEqual([
      "ASLC410 7:7 state 'A': Task state has no field 'Seconds': it is a field of Wait states: remove it, or change the state's Type",
    ]);
  });

  it("reports unknown fields in nested objects, groups, rules and the definition itself", () => {
    const definition = {
      StartAt: "M",
      Extra: 1,
      States: {
        M: {
          Type: "Map",
          ItemProcessor: { ProcessorConfig: { Mode: "INLINE", Moode: "x" }, StartAt: "C", States: { C: { Type: "Choice", Choices: [{ And: [{ Variable: "$.a", IsNull: true, Next: "C" }], Next: "C" }], Default: "C" } } },
          Retry: [{ ErrorEquals: ["States.ALL"], MaxAttempt: 1 }],
          End: true,
        },
      },
    };
    const found = readWorkflow(sourceOfValue(definition)).diagnostics.map((d) => [d.code, d.state, d.message]);
    expect(found).toEqual([
      ["ASLC410", undefined, "workflow 'Machine': the definition has no field 'Extra': remove it (the definition has Comment, QueryLanguage, StartAt, States, TimeoutSeconds, Version)"],
      ["ASLC410", "M", "state 'M': ProcessorConfig has no field 'Moode': did you mean 'Mode'?"],
      ["ASLC410", "C", "state 'C': Choices[0]: a test nested in And, Or or Not has no Next: give Next on the rule itself"],
      ["ASLC410", "M", "state 'M': Retry[0] has no field 'MaxAttempt': did you mean 'MaxAttempts'?"],
    ]);
  });
});

describe("a Task's Credentials", () => {
  const task = (credentials: unknown) => machine({ A: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Credentials: credentials, End: true } });
  // Step Functions answers SCHEMA_VALIDATION_FAILED "The field 'RoleArn' is required but was missing" (LocalStack's snapshot of AWS, test_invalid_credentials_field[EMPTY_CREDENTIALS]).
  for (const [what, credentials] of [
    ["empty", {}],
    ["naming its role in another field", { roleArn: "arn:aws:iam::123456789012:role/Worker" }],
  ] as const) {
    it(`refuses Credentials ${what}, as Step Functions does, and still holds the workflow`, () => {
      const result = readWorkflow(sourceOfValue(task(credentials)));
      expect(result.diagnostics.map((d) => `${d.code} ${d.site!.line}:${d.site!.column} ${d.message}`)).toEqual([
        "ASLC411 7:7 state 'A': Task state: Credentials lacks RoleArn: give the role to assume as RoleArn (or RoleArn.$ with a path)",
      ]);
      expect(result.workflow).toBeDefined();
    });
  }
  for (const credentials of [{ RoleArn: "arn:aws:iam::123456789012:role/Worker" }, { "RoleArn.$": "$.role" }, { RoleArn: "{% $states.input.role %}" }]) {
    it(`takes Credentials ${JSON.stringify(credentials)}`, () => {
      expect(readWorkflow(sourceOfValue(task(credentials))).diagnostics).toEqual([]);
    });
  }
});

describe("structural problems the IR cannot hold", () => {
  const cases: [string, object | unknown, string][] = [
    ["a definition that is not an object", [1], "ASLC413 1:1 workflow 'Machine': the definition must be an object with StartAt and States, not a list"],
    ["no States", { StartAt: "A" }, "ASLC411 1:1 workflow 'Machine': the definition lacks States: give it"],
    ["States not an object", { StartAt: "A", States: [] }, "ASLC413 3:3 workflow 'Machine': the definition: States must be an object of states by name, not a list"],
    ["a state that is not an object", machine({ A: "Pass" }), "ASLC412 4:5 state 'A': a state must be an object with a Type, not \"Pass\""],
    ["a state without Type", machine({ A: { End: true } }), "ASLC412 4:5 state 'A': the state has no Type: give one of Task, Pass, Wait, Choice, Succeed, Fail, Parallel, Map"],
    ["an unknown Type", machine({ A: { Type: "Tsak", End: true } }), "ASLC412 5:7 state 'A': Type \"Tsak\" is not a state type: did you mean 'Task'?"],
    ["Choices not a list", machine({ C: { Type: "Choice", Choices: {} } }), "ASLC413 6:7 state 'C': Choice state: Choices must be a list, not an object"],
    ["a Task without Resource", machine({ A: { Type: "Task", End: true } }), "ASLC411 4:5 state 'A': Task state lacks Resource: give it"],
    ["a Pass without Next or End", machine({ A: { Type: "Pass" } }), "ASLC411 4:5 state 'A': Pass state lacks Next or End: true: give it"],
    ["Next and End together", machine({ A: { Type: "Pass", Next: "A", End: true } }), "ASLC414 7:7 state 'A': give Next or End: true, not both"],
    ["End false", machine({ A: { Type: "Pass", End: false } }), "ASLC414 6:7 state 'A': End is false; it can only be true: write End: true, or give Next instead"],
    ["ErrorEquals not a list", machine({ A: { Type: "Task", Resource: "arn:aws:states:::sns:publish", Retry: [{ ErrorEquals: "States.ALL" }], End: true } }), "ASLC413 9:11 state 'A': Retry[0]: ErrorEquals must be a list of names, not string \"States.ALL\""],
    ["a Next that is not a name", machine({ A: { Type: "Pass", Next: 5 } }), "ASLC413 6:7 state 'A': Pass state: Next must be a state's name, not number 5"],
    ["a Resource that is not text", machine({ A: { Type: "Task", Resource: 5, End: true } }), "ASLC413 6:7 state 'A': Task state: Resource must be text, not number 5"],
    ["a value outside an enum field's choices", machine({ A: { Type: "Task", Resource: "arn:aws:states:::sns:publish", Retry: [{ ErrorEquals: ["States.ALL"], JitterStrategy: "PARTIAL" }], End: true } }), "ASLC416 12:11 state 'A': Retry[0]: JitterStrategy is \"PARTIAL\"; it must be one of FULL, NONE"],
    ["a Variable that is not a path", machine({ C: { Type: "Choice", Choices: [{ Variable: 5, IsNull: true, Next: "C" }] } }), "ASLC415 8:11 state 'C': Choices[0]: Variable must be a path such as '$.field', not 5"],
    ["a Map without its machine", machine({ M: { Type: "Map", End: true } }), "ASLC411 4:5 state 'M': Map state lacks ItemProcessor or Iterator: give it"],
    ["two comparisons in one rule", machine({ C: { Type: "Choice", Choices: [{ Variable: "$.a", IsNull: true, IsPresent: true, Next: "C" }] } }), "ASLC415 10:11 state 'C': Choices[0]: one rule holds one test, but IsNull and IsPresent are given: combine them with And or Or"],
    ["a comparison without Variable", machine({ C: { Type: "Choice", Choices: [{ IsNull: true, Next: "C" }] } }), "ASLC415 8:11 state 'C': Choices[0]: IsNull compares a Variable, but none is given: add Variable (a path such as '$.field')"],
    ["a rule without a test", machine({ C: { Type: "Choice", Choices: [{ Next: "C" }] } }), "ASLC411 7:9 state 'C': Choices[0] lacks a test (Variable with a comparison, And, Or or Not; or a JSONata Condition): give it"],
  ];
  for (const [what, definition, expected] of cases) {
    it(`reports ${what}, and gives no workflow`, () => {
      const result = readWorkflow(sourceOfValue(definition));
      expect(result.diagnostics.map((d) => `${d.code} ${d.site!.line}:${d.site!.column} ${d.message}`)).toEqual([expected]);
      expect(result.workflow).toBeUndefined();
    });
  }
});
