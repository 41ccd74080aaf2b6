/**
 * What a definition demands of each origin's value (the workflow input, each task's result),
 * gathered as a tree of the paths read, and the zod schema that meets those demands and
 * nothing more: objects with the fields read (in the order the flow first reads them), arrays where elements are read, the operator's
 * type at the leaves, `unknown` where nothing says more or where the reads disagree.
 */
import { z, type ZodType } from "zod";
import type { Origin, Step } from "./symbolic-value.ts";

/**
 * What a read says about one value: `present` that it is read as it is (a template value, an
 * InputPath), a kind that an operator or a field needs it to be, `optional` that an IsPresent
 * rule tests whether it is there, `nullable` that an IsNull rule tests whether it is null.
 */
export type Demand = "present" | "optional" | "nullable" | "string" | "number" | "boolean" | "array" | "object";

type ValueKind = Exclude<Demand, "present" | "optional" | "nullable">;

class Need {
  readonly kinds = new Set<ValueKind>();
  optional = false;
  nullable = false;
  readonly fields = new Map<string, Need>();
  element: Need | undefined;

  child(step: Step): Need {
    if (step === "element") return (this.element ??= new Need());
    let field = this.fields.get(step.field);
    if (!field) this.fields.set(step.field, (field = new Need()));
    return field;
  }

  demand(demand: Demand): void {
    if (demand === "optional") this.optional = true;
    else if (demand === "nullable") this.nullable = true;
    else if (demand !== "present") this.kinds.add(demand);
  }

  /** The one kind every read agrees on, or undefined (nothing said, or reads that disagree). */
  kind(): ValueKind | undefined {
    const kinds = new Set(this.kinds);
    if (this.fields.size > 0) kinds.add("object");
    if (this.element) kinds.add("array");
    return kinds.size === 1 ? [...kinds][0] : undefined;
  }

  /** The schema of the value; null too where a rule tests for null (unknown holds null already). */
  schema(): ZodType {
    const schema = this.kindSchema();
    return this.nullable && this.kind() !== undefined ? schema.nullable() : schema;
  }

  private kindSchema(): ZodType {
    switch (this.kind()) {
      case "string":
        return z.string();
      case "number":
        return z.number();
      case "boolean":
        return z.boolean();
      case "array":
        return z.array(this.element?.schema() ?? z.unknown());
      case "object":
        return z.object(Object.fromEntries([...this.fields].map(([name, field]) => [name, field.optional ? field.schema().optional() : field.schema()])));
      case undefined:
        return z.unknown();
    }
  }
}

/** The demands made on every origin. */
export class Needs {
  private readonly roots = new Map<Origin, Need>();

  demand(origin: Origin, path: readonly Step[], demand: Demand): void {
    let need = this.roots.get(origin);
    if (!need) this.roots.set(origin, (need = new Need()));
    for (const step of path) need = need.child(step);
    need.demand(demand);
  }

  /** The schema an origin's value must have for every read of it to hold; unknown when nothing is read. */
  schemaOf(origin: Origin): ZodType {
    return this.roots.get(origin)?.schema() ?? z.unknown();
  }

  /** Whether a read says anything about the origin's value beyond that it is read. */
  constrains(origin: Origin): boolean {
    return this.roots.get(origin)?.kind() !== undefined;
  }
}
