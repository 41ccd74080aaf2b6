/**
 * Every diagnostic code aslc reports, once: its title and what it means and what to do. Both
 * packages raise these codes (the DSL while lowering a chain, the compiler while loading,
 * validating and writing), so the list lives here, and each raising function takes a
 * `DiagnosticCode`: a code not listed here does not compile. `aslc explain ASLCnnn` prints an
 * entry; the README's diagnostics table is generated from this list
 * (`tsx scripts/diagnostics-table.ts`).
 */
export interface DiagnosticEntry {
  /** What is wrong, in a few words. */
  readonly title: string;
  /** What the problem means and what to do about it. */
  readonly explanation: string;
}

export const DIAGNOSTICS = {
  // Lowering a chain (the DSL).
  ASLC010: {
    title: "a machine, branch or item processor with no states",
    explanation: "The workflow, a Parallel branch or a Map's item processor has no states. Add at least one state to it.",
  },
  ASLC011: {
    title: "a branch that continues past the end of the workflow",
    explanation: "A Choice rule's, the otherwise branch's or a catch handler's chain ends without a terminal state, and nothing follows its state in the workflow for it to continue at. End the chain with succeed(), fail() or goto(), or add the state it should continue at after this one.",
  },
  ASLC012: {
    title: "payload on a task that is not lambda.invoke",
    explanation: "`payload` fills the Payload of a lambda.invoke task. On other integrations give the request with `parameters` (JSONPath) or `arguments` (JSONata).",
  },
  ASLC013: {
    title: "a field the state kind cannot hold",
    explanation: "Succeed and Fail states cannot `assign` variables, and a Fail state has no `output`: nothing runs after them. Remove the field.",
  },

  // The graph of states.
  ASLC100: {
    title: "a state name used twice",
    explanation: "State names must be unique across the whole machine, including Parallel branches and Map item processors. Rename one of the states.",
  },
  ASLC101: {
    title: "a state name over 80 characters",
    explanation: "Step Functions allows state names of at most 80 characters. Shorten the name.",
  },
  ASLC102: {
    title: "a transition to a state that does not exist in its scope",
    explanation: "A Next, Default, Choice rule or Catch names a state that is not in the same scope: transitions cannot cross into or out of a Parallel branch or Map item processor. Target a state of the same scope, or fix the name.",
  },
  ASLC103: {
    title: "an unreachable state",
    explanation: "No transition leads to the state from the scope's StartAt. Connect it (Next, a Choice rule, a Catch) or remove it.",
  },
  ASLC104: {
    title: "a state that cannot reach an end",
    explanation: "Every path from the state loops forever without reaching a Succeed, a Fail or an End. Give the loop an exit, such as a Choice rule out of it.",
  },

  // Retry and Catch.
  ASLC106: {
    title: "an empty ErrorEquals",
    explanation: "A retrier or catcher must list at least one error name in ErrorEquals.",
  },
  ASLC107: {
    title: "an unknown States. error name",
    explanation: "Error names starting with `States.` are reserved for Step Functions' own errors, and this one is not among them. Check the spelling, or give your error a name without the `States.` prefix.",
  },
  ASLC108: {
    title: "States.ALL not alone or not last",
    explanation: "States.ALL must be the only name in its ErrorEquals and its retrier or catcher must be the last one. Move the other names to an earlier entry, and the States.ALL entry to the end.",
  },
  ASLC109: {
    title: "a retrier value out of range",
    explanation: "IntervalSeconds, MaxAttempts, BackoffRate, MaxDelaySeconds or JitterStrategy of a retrier is outside what Step Functions accepts. Give a value in the range the message names.",
  },

  // State fields.
  ASLC111: {
    title: "two fields that exclude each other",
    explanation: "The state gives both fields of an exclusive pair (such as TimeoutSeconds and TimeoutSecondsPath). Give one of them.",
  },
  ASLC112: {
    title: "a timeout or number of seconds out of range",
    explanation: "TimeoutSeconds, HeartbeatSeconds or a Wait's Seconds must be a whole number in the range Step Functions accepts. Give a value in the range the message names.",
  },
  ASLC113: {
    title: "HeartbeatSeconds not below TimeoutSeconds",
    explanation: "A task's heartbeat must be shorter than its timeout. Lower HeartbeatSeconds or raise TimeoutSeconds.",
  },
  ASLC114: {
    title: "a Wait without exactly one duration",
    explanation: "A Wait state needs exactly one of Seconds, SecondsPath, Timestamp and TimestampPath. Keep one.",
  },
  ASLC115: {
    title: "a timestamp that is not RFC 3339",
    explanation: "A Wait's Timestamp or a Choice rule's timestamp operand must be an RFC 3339 timestamp, such as 2026-03-14T01:59:00Z (uppercase T and Z, or an offset like +01:00). Write it in that form.",
  },
  ASLC116: {
    title: "a Map field out of range",
    explanation: "MaxConcurrency, ToleratedFailurePercentage, ToleratedFailureCount, ItemReader, ItemBatcher or ResultWriter of a Map holds a value Step Functions refuses. Give a value in the range the message names.",
  },
  ASLC117: {
    title: "an invalid Map label",
    explanation: "A Distributed Map's Label has at most 40 characters and no whitespace or special characters. Use letters, digits, - and _.",
  },
  ASLC118: {
    title: "a Distributed Map field on an inline Map",
    explanation: "ItemReader, ItemBatcher, ResultWriter, Label, tolerated failures and executionType belong to a Distributed Map, and a Distributed Map needs an executionType. Set mode: \"DISTRIBUTED\" with an executionType, or remove the fields.",
  },
  ASLC119: {
    title: "a Choice without rules",
    explanation: "A Choice state needs at least one rule. Add one with when(condition, then).",
  },

  // Payload templates and paths.
  ASLC120: {
    title: "a .$ field whose value is not a string",
    explanation: "A field whose name ends in .$ takes a path or an intrinsic function call as a string. Drop the .$ for a literal value.",
  },
  ASLC121: {
    title: "an unknown intrinsic function",
    explanation: "The value is not a call of one of Step Functions' intrinsic functions. Write States.Name(arguments) with a name that exists; the States helpers list them.",
  },
  ASLC122: {
    title: "a .$ value that is not a path",
    explanation: "The value of a .$ field must be a path: '$.' for the payload, '$$.' for the context object or '$name' for a variable. Fix the path, or drop the .$ for a literal value.",
  },
  ASLC123: {
    title: "a field given both with and without .$",
    explanation: "The template holds both 'a' and 'a.$', which give the same field. Keep one.",
  },
  ASLC124: {
    title: "an invalid path",
    explanation: "A path field (InputPath, OutputPath, ResultPath, ItemsPath, a Catch's ResultPath, …) holds something that is not a path, or a reference path with wildcards, filters or slices. Give a path string such as '$.field'.",
  },

  // Query languages.
  ASLC130: {
    title: "a JSONPath state in a JSONata machine",
    explanation: "A workflow whose queryLanguage is JSONata cannot hold a JSONPath state. Write the state in JSONata, or make the workflow JSONPath and set queryLanguage: \"JSONata\" on its JSONata states.",
  },
  ASLC131: {
    title: "a JSONPath field in a JSONata state",
    explanation: "Paths, Parameters, ResultSelector, ResultPath and the *Path fields exist only in JSONPath states. In a JSONata state use Arguments, Output and Assign with {% %} expressions.",
  },
  ASLC132: {
    title: "a Variable rule in a JSONata Choice",
    explanation: "A Choice rule that tests a Variable with comparison operators is JSONPath. In a JSONata state give a Condition expression.",
  },
  ASLC133: {
    title: "a .$ key in a JSONata state's Assign",
    explanation: "An Assign key ending in .$ is JSONPath; in a JSONata state the key is the variable's name, which cannot hold .$. Drop the .$ and give the value as an expression, \"{% … %}\". Elsewhere in a JSONata value, as in an Output, such a key is a literal key, passed on as written.",
  },
  ASLC134: {
    title: "a JSONata field in a JSONPath state",
    explanation: "Arguments, Output, Items, Condition and $states exist only in JSONata states. In a JSONPath state use the JSONPath fields, or set queryLanguage: \"JSONata\" on the state.",
  },
  ASLC135: {
    title: "a JSONata expression where a JSONPath state takes a number or a path",
    explanation: "A JSONPath state evaluates no JSONata: a field that takes a number or a timestamp (TimeoutSeconds, Seconds, Timestamp, …) or the value of a .$ key (a path or an intrinsic call) cannot be a {% %} expression. Set queryLanguage: \"JSONata\" on the state, or write the value in JSONPath. Elsewhere in a JSONPath template a {% %} string is literal text, passed on as written.",
  },

  // JSONata expressions.
  ASLC136: {
    title: "a JSONata expression that is not a whole string",
    explanation: "An expression is the entire string, from {% at its first character to %} at its last (spaces inside the delimiters are optional). A string that opens or closes an expression but has text, spaces included, outside it is refused. Join text inside one expression, as in \"{% 'Order ' & $states.input.id %}\".",
  },
  ASLC137: {
    title: "an empty JSONata expression",
    explanation: "The expression has nothing between {% and %}. Write the expression, or give a literal value.",
  },
  ASLC138: {
    title: "a JSONata expression that does not parse",
    explanation: "jsonata could not parse the expression; the message gives its error and position. Fix the syntax there.",
  },
  ASLC139: {
    title: "$eval in a JSONata expression",
    explanation: "Step Functions does not provide $eval. Use $parse to read JSON text.",
  },
  ASLC140: {
    title: "an intrinsic function in a JSONata expression",
    explanation: "JSONata states have no intrinsic functions. Use JSONata's own functions ($string, $join, $uuid, $partition, …).",
  },
  ASLC141: {
    title: "a JSONPath root in a JSONata expression",
    explanation: "At the top of a Step Functions expression, $ and $$ read nothing. Start from $states.input, or $states.context for the context object.",
  },
  ASLC142: {
    title: "$states.result or $states.errorOutput where it does not exist",
    explanation: "$states.result exists only in the Output and Assign of a Task, Parallel or Map; $states.errorOutput only in a catcher's Output and Assign. Move the expression there, or read $states.input.",
  },
  ASLC143: {
    title: "an unknown $states field",
    explanation: "$states holds input, result, errorOutput and context, nothing else. Read one of those.",
  },

  // Variables.
  ASLC144: {
    title: "an invalid variable name",
    explanation: "A variable name starts with a letter or _, continues with letters, digits or _, has at most 80 characters and no dots. Rename it.",
  },
  ASLC145: {
    title: "the reserved variable name states",
    explanation: "$states holds the state's input, result and context. Choose another name.",
  },
  ASLC146: {
    title: "a variable read before it is assigned",
    explanation: "On some path to this state the variable has not been assigned, or it was assigned inside a Parallel branch or Map iteration, whose variables end with it. A warning: Step Functions takes the definition and fails the execution that reaches the read. Assign it on every path before the state, or return the value through the branch's output. The types refuse such a read in a \"{% … %}\" string; where it is meant (an imported definition), write it with jsonata(…).",
  },
  ASLC147: {
    title: "an inner scope assigning an outer variable",
    explanation: "A Parallel branch or Map iteration may read the variables of the scopes around it but not assign them or reuse their names. Rename the inner variable, or return the value through the branch's output.",
  },
  ASLC148: {
    title: "a Distributed Map reading an outer variable",
    explanation: "Each item of a Distributed Map runs as a child workflow, which sees no outer variable. Pass the value in through the Map's itemSelector and read it from the item's input.",
  },

  // Field references checked against the schemas.
  ASLC150: {
    title: "a JSONata reference to a field the payload lacks",
    explanation: "A $states.input, $states.result, $states.errorOutput or $states.context path reads a field the schema at that state does not have. A warning: Step Functions knows no schema and takes the definition, and the path gives nothing when the state runs. Correct the name, or change the schema.",
  },
  ASLC151: {
    title: "a JSONata reference to a field a variable lacks",
    explanation: "A $name.field path reads a field the variable's schema does not have. A warning: Step Functions takes the definition, and the path gives nothing when the state runs. Correct the name, or assign the variable a value that has this field.",
  },
  ASLC152: {
    title: "a JSONPath variable reference to a field the variable lacks",
    explanation: "A JSONPath $name.field path reads a field the variable's schema does not have. A warning: Step Functions takes the definition and fails the state when the path selects nothing. Correct the name, or assign the variable a value that has this field.",
  },

  // Payload templates, Map and intrinsic functions that Step Functions takes.
  ASLC156: {
    title: "an ItemsPath beside an ItemReader (warning)",
    explanation: "Step Functions takes ItemsPath beside an ItemReader, but the Map iterates over what the ItemReader reads: ItemsPath applies only to items from the state's input. Remove ItemsPath, or the ItemReader to iterate over the input.",
  },

  // Schemas and values.
  ASLC160: {
    title: "a schema JSON cannot carry",
    explanation: "The workflow's input, a task's result, a Map's itemSchema or a jsonata(expression, schema) describes values JSON cannot carry (a date, bigint, map, set, symbol, function, promise, undefined, void, NaN, custom or file). Schemas are read by their input side, the JSON that arrives: use the JSON form the message suggests.",
  },
  ASLC161: {
    title: "an empty Comment, Error or Cause",
    explanation: "The AWS Toolkit's ASL schema (the console's and IDE's validation) requires at least one character in a Comment and in a Fail's Error and Cause. Leave the field out, or write one.",
  },

  // Intrinsic function calls written as text.
  ASLC170: {
    title: "an intrinsic function call that does not parse",
    explanation: "A .$ value that starts with States. is an intrinsic call, and this one does not parse; the message gives the parser's reason and position. Strings go in single quotes (a backslash escapes ', {, } and \\), arguments are separated by commas, and the call ends with its closing parenthesis.",
  },
  ASLC171: {
    title: "an intrinsic function given the wrong number of arguments",
    explanation: "Each intrinsic function takes a fixed number of arguments (States.MathRandom an optional seed; States.Format one value per {} of its template; States.Array any number). Give the number the message names.",
  },
  ASLC172: {
    title: "an intrinsic argument that cannot be what its parameter holds",
    explanation: "A literal or a nested call gives a value of the wrong kind for its parameter (a string where States.ArrayLength needs an array, an algorithm States.Hash does not have, a deep merge States.JsonMerge does not do). Pass a value of the kind the message names.",
  },
  ASLC173: {
    title: "intrinsic calls nested more than 10 deep",
    explanation: "Step Functions evaluates intrinsic calls nested at most 10 deep. Compute part of the value in an earlier state, or flatten the calls.",
  },

  // Integrations: what a task sends.
  ASLC180: {
    title: "a lambda.invoke request that names its function or payload twice",
    explanation: "lambda.invoke(fn) names the function, and `payload` fills the Payload beside it. Parameters or Arguments that name another function (or choose it at run time), Arguments given as one expression, or a payload given beside Parameters or Arguments, would silently drop one of the two. Name the function once: leave FunctionName out of the request (lambda.invoke's is added), give the same name, or, for a function chosen at run time, use the Resource \"arn:aws:states:::lambda:invoke\" with FunctionName in the request.",
  },
  ASLC181: {
    title: "a request that does not fit its integration",
    explanation: "The Parameters or Arguments of a task whose integration is described (sns.publish(), dynamodb.getItem(), …), or of a Distributed Map's ItemReader or ResultWriter, lack a field the request requires, hold a field the request does not have, or give a literal value of the wrong type. Fix the field the message names. Values read at run time (`.$` paths, {% %} expressions) are not checked against the request, nor are Arguments given as one whole expression unless it is an object constructor with literal keys.",
  },
  ASLC182: {
    title: "an ItemReader or ResultWriter resource Step Functions does not offer",
    explanation: "A Distributed Map reads items with arn:aws:states:::s3:getObject or arn:aws:states:::s3:listObjectsV2 and writes results with arn:aws:states:::s3:putObject (s3.getObject(), s3.listObjectsV2(), s3.putObject()), and a Task takes none of them. Use one of these, or a ${Name} placeholder that DefinitionSubstitutions maps to one.",
  },
  ASLC185: {
    title: "a pattern the integration does not offer",
    explanation: "The Resource asks an optimized integration for .sync, .sync:2 or .waitForTaskToken, and its service does not offer that pattern for this action (AWS's table of optimized integrations lists each service's), so Step Functions refuses the definition. Use one of the patterns the message lists.",
  },

  // Mistakes the editor's types also find.
  ASLC190: {
    title: "an unknown JSONata function",
    explanation: "A JSONata expression calls a function that neither JSONata nor Step Functions defines (a misspelling such as $cuont). A warning: Step Functions takes the definition and fails the state when it runs the expression. The types refuse such a call in a \"{% … %}\" string; where it is meant (an imported definition), write it with jsonata(…). Call one of JSONata's functions or those Step Functions adds ($partition, $range, $hash, $random, $uuid, $parse); the message suggests the nearest.",
  },

  // Loading workflow modules.
  ASLC300: {
    title: "a module that cannot be bundled",
    explanation: "The workflow module, or a file it imports, cannot be bundled to run: an import that does not resolve or a syntax error. Fix the import or the syntax the message names.",
  },
  ASLC301: {
    title: "a module that throws while loading",
    explanation: "Running the module threw an exception. Fix the error, or move the code that throws out of module scope.",
  },
  ASLC302: {
    title: "a module with no workflow",
    explanation: "A workflow module must export the chain workflow(…) starts (export default workflow(…)…). Export it, or rename the file so it is not taken for a workflow module.",
  },
  ASLC303: {
    title: "two workflows with the same name",
    explanation: "Workflow names must be unique across the project: their outputs would be the same files. Rename one.",
  },
  ASLC304: {
    title: "an invalid state machine name",
    explanation: "The workflow's name is not a valid state machine name (1 to 80 characters, no whitespace, brackets, wildcards or special characters). Rename the workflow.",
  },
  ASLC305: {
    title: "an output that cannot be written",
    explanation: "A compiled file, or the files of an interrupted build, could not be written or completed (permissions, a full disk, a folder where a file should be). Fix what the message names and build again; nothing was half-written.",
  },
  ASLC306: {
    title: "two functions whose handler stubs would be one file",
    explanation: "Handler stubs are named after their Lambda function, and two different functions map to the same stub file. Rename one of the functions.",
  },
  ASLC310: {
    title: "a module that ends the process",
    explanation: "The module called process.exit (or something it started did) while loading. A workflow module must not end the process: remove the call, or move it out of module scope.",
  },
  ASLC311: {
    title: "a module that does not finish loading in time",
    explanation: "The module ran past the time limit (--module-timeout, default 5 s): an endless loop, or work that waits at module scope. Remove it, or raise the limit.",
  },
  ASLC312: {
    title: "a top-level await that never settles",
    explanation: "The module waits at top level for a promise nothing will resolve. Resolve or remove the await.",
  },
  ASLC313: {
    title: "a timer or rejection that throws after loading",
    explanation: "A timer, callback or unhandled rejection the module started threw after the module loaded. A workflow module must finish its work while it loads: remove the timer, or handle the rejection.",
  },
  ASLC314: {
    title: "a module that prints while loading",
    explanation: "The module wrote to stdout or stderr while loading (the diagnostic quotes it, --json output never does). Remove the console.log, or move it out of module scope.",
  },
  ASLC315: {
    title: "a module that writes files or starts processes",
    explanation: "Workflow modules are loaded in a process that may read files and nothing else. Move the code that writes a file or starts a process or thread out of module scope.",
  },
  ASLC316: {
    title: "a circular import read before initialisation",
    explanation: "A circular import reads a value before the module that defines it has run. Break the cycle, or read the value later.",
  },
  ASLC317: {
    title: "a value JSON cannot carry",
    explanation: "A field of a state holds BigInt, NaN, ±Infinity, undefined, a function, a Symbol, a Date, a Map or Set, a class instance, a typed array or a circular structure. Write the JSON value the message suggests at the path it names.",
  },
  ASLC318: {
    title: "data from the loading process the compiler cannot read",
    explanation: "The process that loads workflow modules sent something that is not a workflow the compiler can read. Build again; if it persists, report it.",
  },
  ASLC319: {
    title: "a definition that does not read back",
    explanation: "The rendered definition does not read back as the validated workflow, so nothing was written. Report it, with the workflow.",
  },

  // Projects and outputs.
  ASLC330: {
    title: "no workflow module in the paths",
    explanation: "`build` or `check` was given paths that hold no workflow module (*.workflow.ts). Check the paths, or name the modules *.workflow.ts.",
  },
  ASLC331: {
    title: "two tasks expecting results of one function that no value meets",
    explanation: "Tasks calling one Lambda function share its handler, whose result must meet what each task expects, and no value meets both. Make the expected results agree at the path the message names.",
  },
  ASLC350: {
    title: "a path with nothing there",
    explanation: "A path on the command line, in the config or given with --tsconfig names no file or folder. Fix the path.",
  },
  ASLC351: {
    title: "a file or folder that cannot be read",
    explanation: "A file, folder or tsconfig exists but cannot be read (permissions). Make it readable, or fix the path that names it.",
  },
  ASLC352: {
    title: "a tsconfig that is not valid JSON",
    explanation: "The tsconfig does not parse. Fix the syntax at the position given.",
  },
  ASLC353: {
    title: "a tsconfig extending a missing file",
    explanation: "The tsconfig's \"extends\" names a file that does not exist. Fix the path, or install the package that provides it.",
  },
  ASLC354: {
    title: "an invalid compiler option in the tsconfig",
    explanation: "The tsconfig holds an unknown compiler option or an invalid value. Fix or remove the option.",
  },
  ASLC356: {
    title: "an invalid aslc config",
    explanation: "The aslc config does not parse, or holds an unknown key or a wrong value. Fix it as the message says.",
  },
  ASLC357: {
    title: "aslc init: a file exists already",
    explanation: "aslc init never overwrites a file. Run it in an empty folder, or move the file away.",
  },
  ASLC358: {
    title: "aslc init: a file that cannot be written",
    explanation: "aslc init could not write one of its files. Make the folder writable, then run aslc init again.",
  },
  ASLC370: {
    title: "a zod older than aslc needs",
    explanation: "The project's zod is zod 3 (or `zod/v4` from zod 3.25); payload schemas are zod 4 schemas. Install zod 4.",
  },
  ASLC380: {
    title: "two workflow names that differ only in case",
    explanation: "In one folder, files named Orders and orders are one file on macOS and Windows, so, like exact duplicates, such names are refused anywhere in the project. Rename one.",
  },
  ASLC381: {
    title: "two outputs whose paths differ only in case",
    explanation: "Two outputs (such as handler stubs of modules in Billing/ and billing/) would be one file on macOS and Windows. Rename a folder or a function so the paths differ in more than case.",
  },
  ASLC382: {
    title: "a definition over the size limit",
    explanation: "CreateStateMachine takes definitions of at most 1,048,576 characters, counted on the file as written (${Name} substitutions add to it when deployed). The message names the largest state: split the workflow, or move large values out of it.",
  },
  ASLC399: {
    title: "an internal error",
    explanation: "An exception nobody expected. Please report it, with what you ran; --debug shows the stack trace.",
  },

  // Reading existing definitions (ASL files, templates, serverless.yml, Terraform).
  ASLC400: {
    title: "a file that cannot be read",
    explanation: "The file, or the local file a template's DefinitionUri, DefinitionS3Location, serverless's ${file(…)} or Terraform's file()/templatefile() names, does not exist or cannot be read. Check the path: a relative path is read from the folder of the file that names it.",
  },
  ASLC401: {
    title: "JSON that Step Functions cannot parse",
    explanation: "The definition (a .json file, a DefinitionString, a Terraform heredoc or a file it names) is not strict JSON: Step Functions refuses comments, trailing commas, single quotes and unquoted names. The message says what was expected where; a ${Name} placeholder must sit inside a JSON string.",
  },
  ASLC402: {
    title: "YAML that cannot be parsed",
    explanation: "The YAML file (an ASL definition, a SAM or CloudFormation template, serverless.yml) has a syntax error, a key written twice in one mapping, or an alias that never ends; a JSON template, a key written twice. Fix it where the message points.",
  },
  ASLC403: {
    title: "a file with no state machine definition",
    explanation: "aslc reads ASL definitions (JSON or YAML objects with StartAt and States), AWS::Serverless::StateMachine and AWS::StepFunctions::StateMachine resources in SAM and CloudFormation templates, stepFunctions.stateMachines in serverless.yml, and aws_sfn_state_machine resources in Terraform files. The file holds none of them, or a state machine resource gives no definition: give it one, or leave the file out.",
  },
  ASLC404: {
    title: "a definition stored remotely",
    explanation: "The template's DefinitionUri or DefinitionS3Location names an object in S3, which aslc does not download. Point it at the local file it is uploaded from (`aws cloudformation package` and `sam deploy` upload a local path for you), or read that file directly.",
  },
  ASLC405: {
    title: "a definition written in a form aslc cannot read",
    explanation: "The definition is an expression aslc cannot turn into text without deploying: a CloudFormation intrinsic other than Fn::Sub or Fn::Join (with Ref, Fn::GetAtt, Fn::Sub and text parts), or a Terraform expression other than a heredoc, jsonencode() of a literal object, file() or templatefile() of a local file. Write the definition in one of those forms, or in its own file.",
  },
  ASLC406: {
    title: "Terraform that cannot be parsed",
    explanation: "The Terraform file has a syntax error where aslc reads it (an unclosed block, string or heredoc, or a malformed value in jsonencode). Fix it where the message points; `terraform validate` says more.",
  },

  // Reading an ASL definition (aslc lint, aslc import).
  ASLC410: {
    title: "a field the definition's object does not have",
    explanation: "A state, a Retry or Catch entry, a Choice rule or the definition holds a key ASL does not define there: a misspelling (Nxt for Next), a field of another state kind (Seconds on a Task), or none at all. Step Functions refuses the definition. Correct the name (the message suggests the nearest), change the state's Type, or remove the key.",
  },
  ASLC411: {
    title: "a required field left out",
    explanation: "ASL requires this field here: StartAt and States in a machine, Resource in a Task, Next or End in a Task, Pass, Wait, Parallel or Map, Choices in a Choice, Branches in a Parallel, ErrorEquals in a retrier or catcher, Next and a test in a Choice rule, Next in a catcher, RoleArn in a Task's Credentials. Add it.",
  },
  ASLC412: {
    title: "a state that cannot be read",
    explanation: "Each entry of States must be an object whose Type is one of Task, Pass, Wait, Choice, Succeed, Fail, Parallel and Map. Write the state as such an object, or correct its Type (the message suggests the nearest).",
  },
  ASLC413: {
    title: "a field of the wrong shape",
    explanation: "A field that holds nested fields or entries is not written as one: States must be an object of states by name, Retry, Catch, Choices and Branches lists of objects, ErrorEquals a list of names, ItemReader, ItemProcessor and the other nested objects objects; a Resource, a state name (StartAt, Next, Default), a Comment or a Label text. Write it in the shape ASL gives it.",
  },
  ASLC414: {
    title: "Next and End together, or End not true",
    explanation: "A state continues at its Next state or ends the machine with End: true, never both; End is true or left out. Keep one of Next and End: true.",
  },
  ASLC415: {
    title: "a Choice rule's test that cannot be read",
    explanation: "A JSONPath rule tests one thing: a Variable with one comparison (StringEquals, NumericGreaterThan, IsPresent, …), or And, Or or Not over nested tests; a JSONata rule gives a Condition. Two comparisons in one rule, a comparison without a Variable, a Variable that is not a path, or a Variable without a comparison cannot be read: combine tests with And or Or, and give each comparison its Variable.",
  },
  ASLC416: {
    title: "a value outside the field's choices",
    explanation: "The field takes one of a few words (Mode: INLINE or DISTRIBUTED; ExecutionType: STANDARD or EXPRESS; JitterStrategy: FULL or NONE; InputType, CSVHeaderLocation, CSVDelimiter, Transformation, ManifestType, OutputType): Step Functions refuses any other. Write one of those the message lists, spelt as shown.",
  },

  // Linting existing definitions (aslc lint).
  ASLC420: {
    title: "a placeholder DefinitionSubstitutions does not give",
    explanation: "The definition uses a ${Name} placeholder that the template's DefinitionSubstitutions does not list, so it is deployed as the literal text ${Name}, which Step Functions refuses where an ARN or a value is expected. Add the name to DefinitionSubstitutions, or correct the placeholder.",
  },
  ASLC421: {
    title: "a substitution no placeholder uses",
    explanation: "DefinitionSubstitutions gives a name that the definition never uses as ${Name}: usually a misspelling of the placeholder it was meant for. Remove it, or correct the placeholder. A warning: --warnings-as-errors makes aslc lint fail on it.",
  },
  ASLC422: {
    title: "a path given to aslc lint that is not there",
    explanation: "A file or folder named on the command line does not exist (relative paths are read from the working directory). Check the path. aslc lint exits with 2: it could not check what it was asked to.",
  },
  ASLC423: {
    title: "no definition to lint",
    explanation: "No file under the paths given holds a state machine definition: aslc lint reads *.asl.json, *.asl.yaml, JSON and YAML files holding a definition, SAM and CloudFormation templates, serverless.yml and Terraform files. Name the files or their folders. aslc lint exits with 2.",
  },
  ASLC424: {
    title: "a definition aslc could not finish checking",
    explanation: "A check met a value it did not expect in a definition read from a file (usually a field holding another JSON type than ASL gives it) and stopped; the other definitions were checked. Check the types of the definition's fields, and please report it with the file: every such value should have a diagnostic of its own.",
  },

  // Importing definitions as workflows.
  ASLC430: {
    title: "a state the import cannot place",
    explanation: "`aslc import` declares each state in the chain of a state that leads to it, starting at StartAt. A state nothing leads to is not reached, and Step Functions refuses such a definition: remove it, or give it a transition from a state that runs.",
  },
  ASLC431: {
    title: "a field the DSL cannot say",
    explanation: "The definition holds a field the builder has no option for (the message names the state, the field and why). The workflow is imported without it, so the rebuilt definition differs there: add what it did by hand, or drop it from the definition.",
  },
  ASLC432: {
    title: "an imported workflow file that exists already",
    explanation: "`aslc import` never overwrites a file: move it away, choose another folder with --out, or pass --force to replace it.",
  },
  ASLC433: {
    title: "an imported workflow whose build writes over the file it came from",
    explanation: "The imported module sits beside the definition it was read from, and `aslc build` writes the workflow's definition to <Workflow>.asl.json there: the same file. Keep the original (commit it, or import with --out into another folder) and compare before you let the build replace it; once they are equal, the built file is the one to deploy.",
  },
  ASLC434: {
    title: "a CloudFormation intrinsic kept as a placeholder",
    explanation: "The definition held a CloudFormation intrinsic (`!Ref`, `!GetAtt`, `Fn::Sub` text, `!ImportValue` in Parameters) where the built `.asl.json` can hold only text, so the import wrote it as a `${Name}` placeholder. Add `Name: <the intrinsic>` to the state machine's DefinitionSubstitutions in the template, and point its DefinitionUri at the built `.asl.json`.",
  },
  ASLC437: {
    title: "a JSONPath read that selects nothing (warning)",
    explanation: "A path (InputPath, OutputPath, ItemsPath, a template's .$ value, an intrinsic's argument) reads a field the payload, the result or the context object does not have at that state, or a Map's or Wait's number path (MaxConcurrencyPath, ToleratedFailurePercentagePath, SecondsPath, …) selects a value that is not a number. A warning: Step Functions takes the definition and fails the execution that reaches the read. Correct the path; where the read is meant (an imported definition), write it with unchecked(…), which the types leave unchecked.",
  },
} as const satisfies Record<`ASLC${number}`, DiagnosticEntry>;

/** A code aslc reports. */
export type DiagnosticCode = keyof typeof DIAGNOSTICS;

/** Whether `code` is one of aslc's diagnostic codes. */
export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.hasOwn(DIAGNOSTICS, code);
}
