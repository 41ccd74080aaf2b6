/**
 * How an imported Task (or an ItemReader / ResultWriter) names its work: through the typed
 * integration helper that emits the same Resource and request, or as the Resource text.
 */
import type { Json, WorkflowIR } from "@aslc/dsl";

export interface ResourceCall {
  /** Names the expression uses, imported from "@aslc/dsl". */
  readonly imports: readonly string[];
  /** The `resource` option's source text: `sns.publish()`, `lambda.invoke({ waitForTaskToken: true })`. */
  readonly resource: string;
  /**
   * Builder options to write in place of the state's own request fields, by option name, as IR
   * JSON; a key set to `undefined` is left out because the helper fills it in itself, and a key
   * ending in `.$` gives its option a path, as in a Parameters template (`"payload.$": "$.order"`
   * is `payload: ref("$.order")`). Absent: write the state's fields as they are.
   */
  readonly options?: { readonly [option: string]: Json | undefined };
  /**
   * Whether the helper types the work's result itself (a described integration's result for its
   * pattern, with every field `demanded` in it): then no `result` schema is needed. False where
   * the result is whatever the work returns (a Lambda handler, a callback, an SDK call): declare it
   * with `result`. @default false
   */
  readonly typedResult?: boolean;
}

/**
 * What the importer knows beyond the state itself. Each field is optional: without it, a
 * placeholder Resource stays text, and the language is the state's own or what its request says.
 */
export interface ResourceContext {
  /** The state's effective query language. @default the state's own, else JSONata where it has Arguments */
  readonly queryLanguage?: "JSONPath" | "JSONata";
  /**
   * The template's DefinitionSubstitutions: what each `${Name}` placeholder stands for. A
   * placeholder that maps to an integration's ARN (text) is written through that integration's
   * helper with its `resource: "${Name}"` option. @default none
   */
  readonly substitutions?: { readonly [name: string]: unknown };
  /**
   * The workflow the state is in. A described integration's result is what its typed helper
   * gives, and the DSL's types then check each read of it: given the workflow, a helper is chosen
   * only where its result holds what the workflow reads from it. @default none: only `demanded`
   * is checked
   */
  readonly workflow?: WorkflowIR;
}
