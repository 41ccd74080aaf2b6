/**
 * Workflow names become file names and state machine names, so they follow Step Functions'
 * rules for state machine names: 1 to 80 characters, no whitespace, none of
 * < > { } [ ] ? * " # % \ ^ | ~ ` $ & , ; : / and no control characters. Such a name can
 * never leave the output directory.
 */
const FORBIDDEN = /[\s<>{}[\]?*"#%\\^|~`$&,;:/\u0000-\u001f\u007f-\u009f]/;

export function workflowNameProblem(name: string): string | undefined {
  if (name.length === 0 || [...name].length > 80) return `workflow name '${name}' must have 1 to 80 characters`;
  if (FORBIDDEN.test(name)) return `workflow name '${name}' holds whitespace or a character Step Functions forbids in state machine names (< > { } [ ] ? * " # % \\ ^ | ~ \` $ & , ; : /): use letters, digits, '-' and '_'`;
  if (name === "." || name === "..") return `workflow name '${name}' is not a usable file name`;
  return undefined;
}
