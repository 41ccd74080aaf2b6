/**
 * Workflow variables (Assign) and their scopes. The top-level states share one scope; each
 * Parallel branch and each Map iteration runs in an inner scope that reads the outer variables
 * but keeps its own assignments, which end with it. A Distributed Map's iterations are child
 * executions: they see no variable of the execution that started them.
 */
import { InterpreterError } from "./interpreter-error.ts";

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export class VariableScope {
  private readonly values = new Map<string, unknown>();

  private constructor(private readonly outer?: VariableScope) {}

  /** The scope of an execution's top-level states, or of a Distributed Map's child execution. */
  static empty(): VariableScope {
    return new VariableScope();
  }

  /** The scope of a Parallel branch or an inline Map iteration. */
  inner(): VariableScope {
    return new VariableScope(this);
  }

  private holds(name: string): boolean {
    return this.values.has(name) || (this.outer?.holds(name) ?? false);
  }

  /** Every variable this scope can read, by name. */
  visible(): Record<string, unknown> {
    return { ...this.outer?.visible(), ...Object.fromEntries(this.values) };
  }

  /** The variables assigned in this scope itself. */
  own(): Record<string, unknown> {
    return Object.fromEntries(this.values);
  }

  /** Sets variables; a definition that assigns an outer scope's variable, or a bad name, is refused. */
  assign(values: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(values)) {
      if (!NAME.test(name) || name === "states") throw new InterpreterError(`'${name}' cannot be a variable name`);
      if (this.outer?.holds(name)) throw new InterpreterError(`a state inside a Parallel branch or Map iteration assigns $${name}, which belongs to an outer scope`);
      this.values.set(name, structuredClone(value));
    }
  }
}
