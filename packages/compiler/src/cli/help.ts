/** The `--help` text of every command. */

const OPTIONS = `Options (every command):
  --json            print diagnostics and results as JSON on stdout
  -q, --quiet       print errors only
  --verbose         print details too: files kept, tsconfigs used, type-check cache use
  --tsconfig <file> the tsconfig.json for every workflow (default: the nearest one of each file)
  --no-cache        type-check everything, without reading or writing node_modules/.cache/aslc
  --module-timeout <seconds>
                    how long one workflow module may take to load (default 5)
  --debug           show stack traces of internal errors
  -h, --help        show help
  -v, --version     print the version`;

export const HELP: Record<string, string> = {
  main: `Usage: aslc <command> [options]

Commands:
  build [paths…]            compile every *.workflow.ts module under the paths (default: .)
  check [paths…]            compile in memory and fail if the files on disk differ
  graph <workflow> [paths…] print a Mermaid diagram of a workflow
  watch [paths…]            build, then rebuild on every change
  init [dir]                create a new project: a workflow, its handler and test, a SAM template, CI
  explain <code>            what a diagnostic code (ASLCnnn) means and what to do about it
  lint [paths…]             check existing definitions (ASL JSON/YAML, SAM, CloudFormation,
                            serverless.yml, Terraform) with every check aslc makes
  import <file…>            turn existing ASL definitions into typed *.workflow.ts modules

${OPTIONS}

Import options: --out <dir> (where the modules go), --force (replace modules that exist).

Configuration: an "aslc" key in package.json, or aslc.config.json / .js / .mjs, with
  paths (folders to search), handlers (stub folder), tsconfig (one for all), cache (true/false).
Colours: on a terminal only; NO_COLOR turns them off, FORCE_COLOR on.
Exit codes: 0 success, 1 drift or usage error, 2 errors (compile, environment or internal);
  aslc lint: 0 no error, 1 errors found, 2 could not run (see aslc lint --help)`,
  build: `Usage: aslc build [paths…] [options]

Finds every *.workflow.ts module under the paths (default: the "paths" of the aslc config, else
the working directory), type-checks it with the nearest tsconfig.json, loads it and validates
each exported workflow. Writes beside each module:
  <workflow>.asl.json             the definition (formatted, deterministic)
  <workflow>.substitutions.json   the \${Name} placeholders SAM/CloudFormation must supply (if any)
  <workflow>.contracts.ts         the handler contract of each Lambda function the workflow calls
  handlers/<function>.ts          a handler stub per Lambda function, once (then it is yours)
  aslc.outputs.json               the files aslc generated in the folder, so it can remove those
                                  no workflow produces any more (handler stubs are never removed)
Type-check results are kept in node_modules/.cache/aslc: a build of unchanged sources reuses them.
Prints the files written and a summary line; --verbose also lists the stubs kept.
Nothing is written when anything fails; an interrupted build is completed or undone by the next.
Exit codes: 0 written, 2 errors (no workflow module under the paths is one).

Workflow modules run in a process of their own that may read files and nothing else; a module
that exits, prints, throws later, never finishes its top-level await or takes longer than
--module-timeout seconds (default 5) to load is reported, and the build fails.

${OPTIONS}`,
  check: `Usage: aslc check [paths…] [options]

Compiles in memory and compares with the files on disk. Prints a unified diff and a per-state
summary for each file that drifted, and lists generated files no workflow produces any more and
files an interrupted build left. Exit codes: 0 clean, 1 drift, 2 errors (no workflow module under
the paths is one).

${OPTIONS}`,
  graph: `Usage: aslc graph <workflow> [paths…] [options]

Prints a Mermaid flowchart of the named workflow: every state, Choice rule labels, Catch edges,
Parallel branches and Map processors. Exit codes: 0 printed, 1 unknown workflow, 2 errors.

${OPTIONS}`,
  watch: `Usage: aslc watch [paths…] [options]

Builds, then rebuilds whenever a .ts file under the paths changes, keeping the TypeScript
program warm between builds. Stop with Ctrl-C.

${OPTIONS}`,
  init: `Usage: aslc init [dir] [options]

Creates a project in dir (default: the working directory): package.json with build, check and
test scripts, tsconfig.json, aslc.config.json, a workflow with a Lambda task, its handler written
against the generated contract and a test of it, a SAM template (DefinitionUri and
DefinitionSubstitutions) and a GitHub Actions workflow running aslc check. Existing files are
never overwritten: if any is there, nothing is written. Exit codes: 0 created, 2 a file exists.

${OPTIONS}`,
  lint: `Usage: aslc lint [paths…] [--format text|json|sarif] [--warnings-as-errors] [options]

Checks state machine definitions you already have with every check aslc makes on its own
workflows: the graph (targets, reachability, loops), fields and ranges, query languages, JSONata
syntax and $states placement, variables and their scopes, intrinsic functions, requests of known
integrations, Step Functions' limits, and a template's DefinitionSubstitutions against the
\${Name} placeholders. Each problem is reported at the file:line:col of its JSON or YAML node.

Reads the files named (always), and in folders (any depth; node_modules and dot-folders are
skipped): *.asl.json, *.asl.yaml, JSON and YAML files holding a definition, SAM
(AWS::Serverless::StateMachine) and CloudFormation (AWS::StepFunctions::StateMachine) templates,
serverless.yml, and Terraform files with an aws_sfn_state_machine. Default path: the working
directory. Nothing is written.

Output (stdout):
  text (default)        file:line:col - error ASLCnnn: state 'X': … and a summary line
  --json, --format json { diagnostics: [{ code, title, severity, message, workflow, state,
                        file, line, column }], files, definitions, errors, warnings }
  --format sarif        SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif);
                        file paths are relative to the working directory: run it at the
                        repository's root
  --warnings-as-errors  exit with 1 on warnings too (an unused DefinitionSubstitutions entry)
  -q, --quiet           print errors only

Exit codes: 0 no error, 1 errors found, 2 could not run (a bad argument, a path that is not
there, no definition under the paths, an internal error).`,
  explain: `Usage: aslc explain <code> [options]

Prints what a diagnostic code means and what to do about it, such as aslc explain ASLC102.
With --json, prints { code, title, explanation }. Exit codes: 0 printed, 1 no code given,
2 not an aslc code.

${OPTIONS}`,
  import: `Usage: aslc import <file…> [--out dir] [--force] [options]

Reads every state machine definition in the files: ASL JSON or YAML, SAM
(AWS::Serverless::StateMachine: Definition, DefinitionUri) and CloudFormation templates
(AWS::StepFunctions::StateMachine: Definition, DefinitionString, DefinitionS3Location),
serverless.yml and Terraform (aws_sfn_state_machine). Writes one <name>.workflow.ts per state
machine, beside the file it was read from or in --out: the builder calls in chain order, the
typed integration helper where one emits the same Resource and request, conditions through the
condition factory, JSONata as written, and zod schemas of the input and task results inferred
from what the definition reads (unknown where nothing says more: review them). aslc build of the
module writes the definition back as it was (as JSON; \${Name} placeholders kept).

A \${Name} Resource that a template's DefinitionSubstitutions map to an integration's ARN is
written through its typed helper. CloudFormation intrinsics written in the definition (!Ref,
!GetAtt) become \${Name} placeholders; the names and the intrinsics they stand for are printed:
add them to DefinitionSubstitutions, and point the template's DefinitionUri at the
<Workflow>.asl.json that aslc build writes.

Never replaces a file unless --force is given; nothing is written when anything fails.
Exit codes: 0 imported, 1 no file given, 2 errors (nothing is written).

${OPTIONS}`,
};
