/**
 * How an imported Task (or an ItemReader / ResultWriter) names its work: through the typed
 * integration helper that emits the same Resource and request, or as the Resource text.
 */
import type { Json } from "@aslc/dsl";

export interface ResourceCall {
  /** Names the expression uses, imported from "@aslc/dsl". */
  readonly imports: readonly string[];
  /** The `resource` option's source text: `sns.publish()`, `lambda.invoke({ waitForTaskToken: true })`. */
  readonly resource: string;
  /**
   * Builder options to write in place of the state's own request fields, by option name, as IR
   * JSON; a key set to `undefined` is left out because the helper fills it in itself. Absent:
   * write the state's fields as they are.
   */
  readonly options?: { readonly [option: string]: Json | undefined };
}
