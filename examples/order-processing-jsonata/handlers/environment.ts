/** Settings the SAM template passes to a function as environment variables. */

/** The variable's value; throws naming the variable when it is missing or empty. */
export function requiredEnvironment(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set: template.yaml sets it on the function`);
  return value;
}
