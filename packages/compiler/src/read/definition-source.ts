/**
 * A state machine definition found in a file a user already has: an ASL file (JSON or YAML), or
 * a definition inside a SAM or CloudFormation template, serverless.yml or a Terraform file. The
 * definition is kept as written (`${Name}` placeholders and CloudFormation intrinsics included),
 * and every node of it can be traced back to its line and column.
 */
import type { SourceSite } from "@aslc/dsl";

/** The keys and indexes from the definition's root to one of its nodes: `["States", "Check", "Choices", 0, "Next"]`. */
export type NodePath = readonly (string | number)[];

/** Where the definition was found. */
export type SourceFormat = "asl-json" | "asl-yaml" | "sam" | "cloudformation" | "serverless" | "terraform";

export interface DefinitionSource {
  /** The file the definition is written in (absolute). */
  readonly file: string;
  /** The state machine's name: the template's logical id, serverless's key, Terraform's resource name, or the file's base name. */
  readonly name: string;
  readonly format: SourceFormat;
  /** The definition as parsed: an object when it is one, anything else as found (the reader reports it). */
  readonly definition: unknown;
  /**
   * Where a node is written in `file`: a field's key, a list entry's value. A path that is not
   * written there (a node built from `Fn::Join` parts) gives its nearest written ancestor.
   */
  siteOf(path: NodePath): SourceSite;
  /** The template's DefinitionSubstitutions, when it gives them, as written. */
  readonly substitutions?: { readonly [name: string]: unknown };
  /** Where a substitution's name is written in the template (which may be another file than `file`), when it is written there. */
  substitutionSite?(name: string): SourceSite | undefined;
}
