/**
 * A Task's Credentials: the role Step Functions assumes for the work. Step Functions refuses a
 * Credentials object without RoleArn when the machine is created (SCHEMA_VALIDATION_FAILED "The
 * field 'RoleArn' is required but was missing"), so the reader does too; what RoleArn holds (an
 * ARN, a path, a JSONata expression) the compiler's template checks read.
 */
import type { NodePath } from "./definition-source.ts";
import type { ReadScope } from "./read-fields.ts";

/** RoleArn as written, or as a JSONPath template key. */
const ROLE_KEYS = ["RoleArn", "RoleArn.$"];

export function checkCredentials(value: unknown, path: NodePath, scope: ReadScope): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return;
  if (ROLE_KEYS.some((key) => Object.hasOwn(value, key))) return;
  scope.ctx.report("ASLC411", path, scope.state, `${scope.label}: Credentials lacks RoleArn: give the role to assume as RoleArn (or RoleArn.$ with a path)`, { holdable: true });
}
