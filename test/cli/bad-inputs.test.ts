/**
 * The catalogue of bad inputs: each case is a small project the compiler must refuse with a
 * stable code, a message that names the problem, the file, line and column (marked in the
 * source with a marker comment), and without writing anything.
 */
import { chmodSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { internalEncodingsIn } from "../support/internal-encoding.ts";
import { compileCases, expectRefused, type CaseResult } from "../support/run-cases.ts";
import { tempProject, type TempProject } from "../support/temp-project.ts";

const HEADER = `import { z } from "zod";
import { workflow, lambda, sns, sqs, States, ref, jsonata } from "@aslc/dsl";
const Input = z.object({ name: z.string(), n: z.number(), flag: z.boolean(), items: z.array(z.object({ sku: z.string() })), tags: z.array(z.string()), when: z.string(), note: z.string().optional() });
const fn = lambda.function("arn:aws:lambda:us-east-1:123456789012:function:f");
`;

/** A workflow module: the header, then `export default workflow(name)…chain`. */
const module = (chain: string, name = "W") => `${HEADER}export default workflow("${name}", { input: Input })\n${chain};\n`;
/** A workflow module whose machine is JSONata. */
const jsonataModule = (chain: string, name = "W") => `${HEADER}export default workflow("${name}", { input: Input, queryLanguage: "JSONata" })\n${chain};\n`;
/** The same, with the types bypassed, as a JavaScript author could write it. */
const untyped = (chain: string, name = "W") => `${HEADER}export default (workflow("${name}", { input: Input }) as any)\n${chain};\n`;

interface Case {
  readonly title: string;
  readonly files: Record<string, string>;
  readonly code: string;
  readonly message: RegExp;
  readonly state?: string;
  /** Prepare the folder after it is written (e.g. block an output path). */
  readonly prepare?: (project: TempProject) => void;
}

const cases: Case[] = [
  // Type errors: reported by tsc through ts-morph, on the offending argument.
  { title: "a path to a field that does not exist", files: { "a.workflow.ts": module(`  .pass("P", { parameters: { /*@*/"x.$": "$.nope" } })`) }, code: "TS2322", message: /\$ has no field 'nope'/ },
  { title: "a nested path through a string", files: { "a.workflow.ts": module(`  .pass("P", { parameters: { /*@*/"x.$": "$.name.first" } })`) }, code: "TS2322", message: /\$\.name is a string, so it has no field 'first'/ },
  { title: "NumericGreaterThan on a string", files: { "a.workflow.ts": module(`  .choice("C", (c) => c.when(c.numericGreaterThan(/*@*/"$.name", 3), (b) => b.succeed("S")).otherwise((b) => b.succeed("T")))`) }, code: "TS2345", message: /NumericGreaterThan needs a number, but \$\.name is a string/ },
  { title: "BooleanEquals on a number", files: { "a.workflow.ts": module(`  .choice("C", (c) => c.when(c.booleanEquals(/*@*/"$.n", true), (b) => b.succeed("S")).otherwise((b) => b.succeed("T")))`) }, code: "TS2345", message: /BooleanEquals needs a boolean, but \$\.n is a number/ },
  { title: "StringMatches on an array", files: { "a.workflow.ts": module(`  .choice("C", (c) => c.when(c.stringMatches(/*@*/"$.tags", "a*"), (b) => b.succeed("S")).otherwise((b) => b.succeed("T")))`) }, code: "TS2345", message: /StringMatches needs a string, but \$\.tags is an array/ },
  { title: "IsPresent on a required field", files: { "a.workflow.ts": module(`  .choice("C", (c) => c.when(c.isPresent(/*@*/"$.name"), (b) => b.succeed("S")).otherwise((b) => b.succeed("T")))`) }, code: "TS2345", message: /IsPresent tests an optional field, but \$\.name is always present/ },
  { title: "a duplicate state name", files: { "a.workflow.ts": module(`  .pass("A")\n  .pass(/*@*/"A")`) }, code: "TS2345", message: /State name 'A' is already used in this workflow/ },
  { title: "a goto whose payload does not fit the target", files: { "a.workflow.ts": module(`  .pass("Start")\n  .pass("Reshape", { result: { other: 1 } })\n  .goto(/*@*/"Start")`) }, code: "TS2345", message: /does not match the input of state 'Start'/ },
  { title: "ItemsPath to a non-array", files: { "a.workflow.ts": module(`  .map("M", { /*@*/itemsPath: "$.name" }, (i) => i.pass("P"))`) }, code: "TS2322", message: /ItemsPath needs an array, but \$\.name is a string/ },
  { title: "a Wait with two kinds of wait", files: { "a.workflow.ts": module(`  .wait("W", { /*@*/seconds: 5, secondsPath: "$.n" })`) }, code: "TS2322", message: /exactly one of seconds, secondsPath, timestamp and timestampPath/ },
  { title: "SecondsPath to a string", files: { "a.workflow.ts": module(`  .wait("W", { /*@*/secondsPath: "$.name" })`) }, code: "TS2322", message: /SecondsPath needs a number, but \$\.name is a string/ },
  { title: "ErrorPath to a number", files: { "a.workflow.ts": module(`  .fail("F", { /*@*/errorPath: "$.n" })`) }, code: "TS2322", message: /ErrorPath needs a string, but \$\.n is a number/ },
  { title: "an intrinsic on the wrong kind of value", files: { "a.workflow.ts": module(`  .pass("P", { parameters: { /*@*/count: States.ArrayLength(ref("$.name")) } })`) }, code: "TS2322", message: /States\.ArrayLength needs an array, but \$\.name is a string/ },
  { title: "a ResultPath into a string", files: { "a.workflow.ts": module(`  .pass("P", { result: 1, /*@*/resultPath: "$.name.inner" })`) }, code: "TS2322", message: /ResultPath writes field 'inner' into \$\.name, which is a string/ },
  { title: "sns:publish without a Message", files: { "a.workflow.ts": module(`  .task("Notify", { resource: sns.publish(), /*@*/parameters: { TopicArn: "arn:aws:sns:us-east-1:123456789012:t" } })`) }, code: "TS2322", message: /lack the request field Message/ },
  { title: "JSONata Arguments lacking a request field", files: { "a.workflow.ts": jsonataModule(`  .task("Notify", { resource: sns.publish(), /*@*/arguments: { TopicArn: "arn:aws:sns:us-east-1:123456789012:t" } })`) }, code: "TS2322", message: /the Arguments lack the request field Message/ },
  { title: "a lambda.invoke request naming another function", files: { "a.workflow.ts": module(`  ./*@*/task("Charge", { resource: lambda.invoke("charge"), parameters: { FunctionName: "refund", "Payload.$": "$" } })`) }, code: "ASLC180", message: /lambda\.invoke names the function 'charge', but Parameters\.FunctionName is "refund"/ },
  { title: "a request field the integration lacks, written without the types", files: { "a.workflow.ts": untyped(`  ./*@*/task("Notify", { resource: sns.publish(), parameters: { Message: "hi", Subjekt: "s" } })`) }, code: "ASLC181", message: /Parameters\.Subjekt is not a field of the sns:publish request/, state: "Notify" },
  { title: "an ItemReader resource Step Functions does not offer", files: { "a.workflow.ts": untyped(`  ./*@*/map("Each", { mode: "DISTRIBUTED", executionType: "STANDARD", itemReader: { resource: "arn:aws:states:::s3:listObjectV2", parameters: { Bucket: "b" } } }, (i: any) => i.pass("P"))`) }, code: "ASLC182", message: /ItemReader\.Resource 'arn:aws:states:::s3:listObjectV2' is not one Step Functions offers there/, state: "Each" },
  { title: "payload on a task that is not lambda:invoke", files: { "a.workflow.ts": module(`  .task("T", { resource: fn, /*@*/payload: { a: 1 } })`) }, code: "TS2322", message: /payload is for lambda\.invoke tasks/ },
  { title: "a choice operand of the wrong type", files: { "a.workflow.ts": module(`  .choice("C", (c) => c.when(c.numericEquals("$.n", /*@*/"5"), (b) => b.succeed("S")).otherwise((b) => b.succeed("T")))`) }, code: "TS2345", message: /not assignable to parameter of type 'number'/ },
  { title: "a context path that does not exist", files: { "a.workflow.ts": module(`  .pass("P", { parameters: { /*@*/"x.$": "$$.Execution.Nope" } })`) }, code: "TS2322", message: /has no field 'Nope'/ },
  { title: "a syntax error in the workflow file", files: { "a.workflow.ts": module(`  .pass("P", { result: 1 /*@*/;`) }, code: "TS1005", message: /expected/ },
  { title: "an import that does not resolve", files: { "a.workflow.ts": `import { z } from "zod";\nimport { helper } from /*@*/"./missing.ts";\n${module(`  .pass("P")`).split("\n").slice(1).join("\n")}` }, code: "TS2307", message: /Cannot find module '\.\/missing\.ts'/ },
  { title: "a type error in a module the workflow imports", files: { "shapes.ts": `export const /*@*/size: number = "big";\n`, "a.workflow.ts": `import "./shapes.ts";\n${module(`  .pass("P")`)}` }, code: "TS2322", message: /Type 'string' is not assignable to type 'number'/ },
  { title: "an unknown state option", files: { "a.workflow.ts": module(`  .pass("P", { /*@*/resultPaht: "$.x" })`) }, code: "TS2561", message: /'resultPaht' does not exist .*Did you mean to write 'resultPath'\?/ },

  // Loading: what only running the module shows.
  { title: "a module that throws when loaded", files: { "a.workflow.ts": `${HEADER}const config = JSON.parse("{}");\nif (!config.region) throw /*@*/new Error("region is not configured");\nexport default workflow("W", { input: Input }).pass("P");\n` }, code: "ASLC301", message: /the module threw while loading: region is not configured/ },
  { title: "a file with no workflow", files: { "a.workflow.ts": `/*@*/export const notAWorkflow = 1;\n` }, code: "ASLC302", message: /exports no workflow/ },
  { title: "two workflows with the same name", files: { "a.workflow.ts": module(`  .pass("P")`, "Same"), "b.workflow.ts": `${HEADER}export default /*@*/workflow("Same", { input: Input }).pass("P");\n` }, code: "ASLC303", message: /workflow name 'Same' is also used in .*a\.workflow\.ts/ },
  { title: "a workflow name that would leave the output folder", files: { "a.workflow.ts": `${HEADER}export default /*@*/workflow("../escape", { input: Input }).pass("P");\n` }, code: "ASLC304", message: /forbids in state machine names/ },
  { title: "a workflow name with whitespace", files: { "a.workflow.ts": `${HEADER}export default /*@*/workflow("My Flow", { input: Input }).pass("P");\n` }, code: "ASLC304", message: /holds whitespace/ },
  { title: "an empty Parallel branch", files: { "a.workflow.ts": untyped(`  .parallel("Fan", [(b: any) => b])`) }, code: "ASLC010", message: /branch 1 of Parallel 'Fan' has no states/ },
  { title: "an empty branch at the end of the workflow", files: { "a.workflow.ts": untyped(`  ./*@*/choice("C", (c: any) => c.when(c.isNull("$.note"), (b: any) => b).otherwise((b: any) => b.succeed("S")))`) }, code: "ASLC011", message: /rule 1 of Choice 'C' continues past the end of the workflow/ },

  { title: "a path field that holds a number, written without the types", files: { "a.workflow.ts": untyped(`  ./*@*/task("T", { resource: fn, resultPath: 42 })`) }, code: "ASLC124", message: /state 'T': ResultPath is number 42, not a path: give a path string/, state: "T" },
  { title: "a Catch ResultPath that holds an object, written without the types", files: { "a.workflow.ts": untyped(`  ./*@*/task("T", { resource: fn })\n  .catch(["States.ALL"], (h: any) => h.succeed("Failed"), { resultPath: {} })\n  .succeed("Done")`) }, code: "ASLC124", message: /state 'T': Catch\[0\]\.ResultPath is an object, not a path/, state: "T" },

  // Graph and field checks on the built machine.
  { title: "a dangling goto", files: { "a.workflow.ts": module(`  ./*@*/pass("P")\n  .goto("Nowhere")`) }, code: "ASLC102", message: /Next names 'Nowhere', but workflow 'W' has no such state/, state: "P" },
  { title: "a catch to a state that does not exist", files: { "a.workflow.ts": module(`  ./*@*/task("T", { resource: fn })\n  .catch(["States.ALL"], "Recover")\n  .succeed("Done")`) }, code: "ASLC102", message: /Catch\[0\]\.Next names 'Recover'/, state: "T" },
  { title: "a dangling goto, in the editor", files: { "a.workflow.ts": module(`  .pass("P")\n  .goto(/*@*/"Nowhere")`) }, code: "TS2345", message: /State 'Nowhere' is named by a jump but never declared in this workflow/ },
  { title: "a catch to a state that does not exist, in the editor", files: { "a.workflow.ts": module(`  .task("T", { resource: fn })\n  .catch(["States.ALL"], "Recover")\n  .succeed(/*@*/"Done")`) }, code: "TS2345", message: /State 'Recover' is named by a jump but never declared in this workflow/ },
  { title: "a loop with no exit", files: { "a.workflow.ts": module(`  ./*@*/pass("Again")\n  .goto("Again")`) }, code: "ASLC104", message: /loops forever/, state: "Again" },
  { title: "a duplicate name inside a Parallel branch, written without the types", files: { "a.workflow.ts": untyped(`  .pass("Shared")\n  .parallel("Fan", [(b: any) => b./*@*/pass("Shared")])`) }, code: "ASLC100", message: /the name is used twice/, state: "Shared" },
  { title: "a duplicate name inside a Parallel branch, in the editor", files: { "a.workflow.ts": module(`  .pass("Shared")\n  .parallel("Fan", [(b) => b.pass(/*@*/"Shared")])`) }, code: "TS2345", message: /State name 'Shared' is already used in this workflow/ },
  { title: "a goto out of a Map iteration, in the editor", files: { "a.workflow.ts": module(`  .pass("Before")\n  .map("Each", { itemsPath: "$.items" }, (item) => item.pass("Inner").goto(/*@*/"Before"))`) }, code: "TS2345", message: /State 'Before' is outside this Parallel branch or Map iteration/ },
  { title: "a state name over 80 characters", files: { "a.workflow.ts": module(`  ./*@*/pass("${"x".repeat(81)}")`) }, code: "ASLC101", message: /81 characters/ },
  { title: "States.ALL before another retrier", files: { "a.workflow.ts": module(`  ./*@*/task("T", { resource: fn, retry: [{ errorEquals: ["States.ALL"] }, { errorEquals: ["Custom"] }] })`) }, code: "ASLC108", message: /States\.ALL must be the last/, state: "T" },
  { title: "States.ALL beside other names", files: { "a.workflow.ts": module(`  ./*@*/task("T", { resource: fn, retry: [{ errorEquals: ["States.ALL", "Custom"] }] })`) }, code: "ASLC108", message: /must stand alone/, state: "T" },
  { title: "a BackoffRate below 1, written without the types", files: { "a.workflow.ts": untyped(`  ./*@*/task("T", { resource: fn, retry: [{ errorEquals: ["States.TaskFailed"], backoffRate: 0.5 }] })`) }, code: "ASLC109", message: /BackoffRate is 0\.5; it must be at least 1$/, state: "T" },
  { title: "MaxAttempts below 0, written without the types", files: { "a.workflow.ts": untyped(`  ./*@*/task("T", { resource: fn, retry: [{ errorEquals: ["States.TaskFailed"], maxAttempts: -1 }] })`) }, code: "ASLC109", message: /MaxAttempts is -1/, state: "T" },
  { title: "a misspelt States.* error, written without the types", files: { "a.workflow.ts": untyped(`  ./*@*/task("T", { resource: fn, retry: [{ errorEquals: ["States.Timeouts"] }] })`) }, code: "ASLC107", message: /'States\.Timeouts', which is not a Step Functions error/, state: "T" },
  { title: "a BackoffRate below 1, in the editor", files: { "a.workflow.ts": module(`  .task("T", { resource: fn, retry: [{ errorEquals: ["States.TaskFailed"], /*@*/backoffRate: 0.5 }] })`) }, code: "TS2322", message: /BackoffRate is 0\.5; it must be at least 1/ },
  { title: "MaxAttempts below 0, in the editor", files: { "a.workflow.ts": module(`  .task("T", { resource: fn, retry: [{ errorEquals: ["States.TaskFailed"], /*@*/maxAttempts: -1 }] })`) }, code: "TS2322", message: /MaxAttempts is -1; it must be a whole number from 0 to 99999999/ },
  { title: "a misspelt States.* error, in the editor", files: { "a.workflow.ts": module(`  .task("T", { resource: fn, retry: [{ errorEquals: [/*@*/"States.Timeouts"] }] })`) }, code: "TS2322", message: /'States\.Timeouts' is not a Step Functions error .*did you mean States\.Timeout\?/ },
  { title: "HeartbeatSeconds not below TimeoutSeconds", files: { "a.workflow.ts": module(`  ./*@*/task("T", { resource: fn, timeoutSeconds: 30, heartbeatSeconds: 60 })`) }, code: "ASLC113", message: /HeartbeatSeconds \(60\) must be smaller than TimeoutSeconds \(30\)/, state: "T" },
  { title: "a zero TimeoutSeconds", files: { "a.workflow.ts": module(`  ./*@*/task("T", { resource: fn, timeoutSeconds: 0 })`) }, code: "ASLC112", message: /TimeoutSeconds is 0/, state: "T" },
  { title: "a Wait timestamp with a lowercase t", files: { "a.workflow.ts": module(`  ./*@*/wait("W", { timestamp: "2026-03-14t01:59:00Z" })`) }, code: "ASLC115", message: /not an RFC 3339 timestamp/, state: "W" },
  { title: "a Choice timestamp that is not a date", files: { "a.workflow.ts": module(`  ./*@*/choice("C", (c) => c.when(c.timestampLessThan("$.when", "2026-02-30T00:00:00Z"), (b) => b.succeed("S")).otherwise((b) => b.succeed("T")))`) }, code: "ASLC115", message: /TimestampLessThan compares with '2026-02-30T00:00:00Z'/, state: "C" },
  { title: "a Map label over 40 characters", files: { "a.workflow.ts": module(`  ./*@*/map("M", { itemsPath: "$.items", mode: "DISTRIBUTED", executionType: "STANDARD", label: "${"L".repeat(41)}" }, (i) => i.pass("P"))`) }, code: "ASLC117", message: /Label has 41 characters/, state: "M" },
  { title: "a tolerated failure percentage over 100", files: { "a.workflow.ts": module(`  ./*@*/map("M", { itemsPath: "$.items", mode: "DISTRIBUTED", executionType: "STANDARD", toleratedFailurePercentage: 150 }, (i) => i.pass("P"))`) }, code: "ASLC116", message: /ToleratedFailurePercentage is 150/, state: "M" },
  { title: "a Distributed-only field on an inline Map", files: { "a.workflow.ts": module(`  ./*@*/map("M", { itemsPath: "$.items", toleratedFailureCount: 2 }, (i) => i.pass("P"))`) }, code: "ASLC118", message: /belong to a Distributed Map/, state: "M" },
  { title: "a Distributed Map without an execution type", files: { "a.workflow.ts": module(`  ./*@*/map("M", { itemsPath: "$.items", mode: "DISTRIBUTED" }, (i) => i.pass("P"))`) }, code: "ASLC118", message: /set executionType/, state: "M" },
  { title: "a negative MaxConcurrency", files: { "a.workflow.ts": module(`  ./*@*/map("M", { itemsPath: "$.items", maxConcurrency: -1 }, (i) => i.pass("P"))`) }, code: "ASLC116", message: /MaxConcurrency is -1/, state: "M" },
  { title: "a workflow TimeoutSeconds that is not a whole number", files: { "a.workflow.ts": `${HEADER}export default /*@*/workflow("W", { input: Input, timeoutSeconds: 2.5 }).pass("P");\n` }, code: "ASLC112", message: /workflow 'W': TimeoutSeconds is 2\.5/ },
  { title: "a .$ field whose value is not a path", files: { "a.workflow.ts": untyped(`  ./*@*/pass("P", { parameters: { "x.$": "name" } })`) }, code: "ASLC122", message: /'name' is not a path/, state: "P" },
  { title: "a field given both plain and with .$", files: { "a.workflow.ts": untyped(`  ./*@*/pass("P", { parameters: { x: 1, "x.$": "$.n" } })`) }, code: "ASLC123", message: /has both 'x' and 'x\.\$'/, state: "P" },
  { title: "an intrinsic that does not exist", files: { "a.workflow.ts": untyped(`  ./*@*/pass("P", { parameters: { "x.$": "States.Concat($.name)" } })`) }, code: "ASLC121", message: /States\.Concat is not an intrinsic function/, state: "P" },
  { title: "a ResultPath with a wildcard", files: { "a.workflow.ts": untyped(`  ./*@*/pass("P", { resultPath: "$.items[*]" })`) }, code: "ASLC124", message: /ResultPath '\$\.items\[\*\]' is not a reference path/, state: "P" },
  { title: "a Wait with no time", files: { "a.workflow.ts": untyped(`  ./*@*/wait("W", {})`) }, code: "ASLC114", message: /given: none/, state: "W" },
  // JSONata and workflow variables: what the types see is reported by tsc on the argument…
  { title: "a JSONata reference to a field that does not exist", files: { "a.workflow.ts": jsonataModule(`  .pass("P", { output: { /*@*/x: "{% $states.input.nmae %}" } })`) }, code: "TS2322", message: /\$states\.input has no field 'nmae'/ },
  { title: "a variable read before any state assigns it", files: { "a.workflow.ts": jsonataModule(`  .pass("P", { /*@*/output: "{% $total %}" })`) }, code: "TS2322", message: /\$total is not assigned on every path to this state/ },
  { title: "a variable only one branch assigns, read where they meet", files: { "a.workflow.ts": jsonataModule(`  .choice("C", (c) => c.when("{% $states.input.flag %}", (b) => b.pass("Set", { assign: { x: 1 } })).otherwise((b) => b))\n  .pass("P", { /*@*/output: "{% $x %}" })`) }, code: "TS2322", message: /\$x is not assigned on every path to this state/ },
  { title: "a JSONPath field in a JSONata state", files: { "a.workflow.ts": jsonataModule(`  .task("T", { resource: fn, /*@*/resultPath: "$.r" })`) }, code: "TS2322", message: /resultPath is a JSONPath field and this state is JSONata/ },
  { title: "a JSONPath state in a JSONata machine", files: { "a.workflow.ts": jsonataModule(`  .pass("P", { /*@*/queryLanguage: "JSONPath" })`) }, code: "TS2322", message: /a JSONata workflow holds only JSONata states/ },
  { title: "$states.result in Arguments", files: { "a.workflow.ts": jsonataModule(`  .task("T", { resource: lambda.invoke("f"), /*@*/payload: "{% $states.result %}" })`) }, code: "TS2322", message: /\$states\.result is available only in the output and assign of a Task, Parallel or Map/ },
  { title: "a Parallel branch that assigns a variable of the enclosing scope", files: { "a.workflow.ts": jsonataModule(`  .pass("A", { assign: { x: 1 } })\n  .parallel("F", [(b) => b.pass("B", { assign: { /*@*/x: 2 } })])`) }, code: "TS2322", message: /\$x belongs to the enclosing scope/ },
  // …and what only the compiler sees, at the builder call of the state.
  { title: "a JSONata expression that does not parse", files: { "a.workflow.ts": jsonataModule(`  ./*@*/pass("P", { output: "{% $states.input.n + %}" })`) }, code: "ASLC138", message: /is not valid JSONata/, state: "P" },
  { title: "an expression opened with {% but not closed", files: { "a.workflow.ts": jsonataModule(`  ./*@*/pass("P", { output: "{% $states.input.n" })`) }, code: "ASLC136", message: /not a whole expression/, state: "P" },
  { title: "$eval in an expression", files: { "a.workflow.ts": jsonataModule(`  ./*@*/pass("P", { output: jsonata("$eval('1 + 1')") })`) }, code: "ASLC139", message: /\$parse/, state: "P" },
  { title: "a Distributed Map that reads a variable of the parent", files: { "a.workflow.ts": jsonataModule(`  .pass("A", { assign: { x: 1 } })\n  .map("M", { items: "{% $states.input.items %}", mode: "DISTRIBUTED", executionType: "EXPRESS" }, (m) => m./*@*/pass("I", { output: jsonata("$x + 1") }))`) }, code: "ASLC148", message: /Distributed Map/, state: "I" },
  { title: "a variable name that is not an identifier", files: { "a.workflow.ts": jsonataModule(`  ./*@*/pass("P", { assign: { "my-var": 1 } })`) }, code: "ASLC144", message: /my-var/, state: "P" },
  { title: "an output path that cannot be written", files: { "a.workflow.ts": module(`  .pass("P")`, "Blocked") }, code: "ASLC305", message: /cannot write .*Blocked\.asl\.json/, prepare: (p) => mkdirSync(join(p.dir, "Blocked.asl.json")) },
  // The project's own zod (here zod 3.25, whose zod/v4 entry is not enough) is what workflow modules import.
  { title: "a project on zod 3", files: { "a.workflow.ts": `/*@*/${module(`  .pass("P")`).replace('from "zod"', 'from "zod/v4"')}`, "node_modules/zod/package.json": `{ "name": "zod", "version": "3.25.76" }` }, code: "ASLC370", message: /zod 3\.25\.76 is installed \(.*node_modules\/zod\/package\.json\), but aslc needs zod \^4\.0\.0: install it/ },
];

describe("bad inputs", () => {
  const projects = cases.map((c, i) => tempProject(c.files, `bad-${i}`));
  let results: Record<string, CaseResult>;
  const before = new Map<string, string[]>();

  beforeAll(() => {
    cases.forEach((c, i) => c.prepare?.(projects[i]!));
    projects.forEach((p) => before.set(p.dir, p.listing()));
    results = compileCases(projects.map((p) => p.dir));
  }, 240_000);

  afterAll(() => {
    for (const p of projects) {
      chmodSync(p.dir, 0o755);
      p.remove();
    }
  });

  it("has at least 40 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  // None shows an encoding: a wrong argument reads as its sentence, beside the value as written.
  it("reports wrong arguments in the author's terms, never through an internal encoding (Fields<…>, Problem<…>, Intrinsic<…>, NoInfer<…>)", () => {
    const leaks = cases.flatMap((c, i) =>
      results[projects[i]!.dir]!.diagnostics.flatMap((d) => internalEncodingsIn(d.message).map((encoding) => `${c.title}: ${encoding}`)),
    );
    expect(leaks).toEqual([]);
  });

  cases.forEach((c, i) => {
    it(`${c.code}: ${c.title}`, () => {
      const project = projects[i]!;
      const where = project.marked ?? { file: join(project.dir, "a.workflow.ts"), line: 1, column: 1 };
      expectRefused(c, results[project.dir]!, project, before.get(project.dir), where);
    });
  });
});
