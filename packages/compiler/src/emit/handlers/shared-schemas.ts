/**
 * The object schemas of a contracts module's fields, each declared once as a module constant and
 * referenced wherever it recurs. A function's event repeats the payload the machine has built so
 * far, so the same field objects come back in every later event and in each option of a union.
 * Each `z.object({ … })` written out is a call the user's compiler infers on its own, with its own
 * instance of zod's object class to resolve; written once, the shape is checked once and every
 * reference shares its type. At run time a reference is the same schema: zod schemas are
 * immutable, and a use that adds to one (`.optional()`, `.describe()`) makes a new schema.
 *
 * Constants are named after the field that first holds the shape (`customer` → `customerSchema`;
 * an array's element `itemsItemSchema`, a record's value `…ValueSchema`), numbered when another
 * shape took the name (`reviewSchema2`). Declared in the order they are first met, a shape after
 * the shapes it holds, so each constant is defined before it is read. A contract's schema that is
 * the same as a constant is that constant (a function's result is often the field its task
 * writes it to).
 */
import { camelCase, pascalCase } from "./identifiers.ts";

export class SharedSchemas {
  readonly #nameBySource = new Map<string, string>();
  readonly #declarations: string[] = [];
  readonly #taken: Set<string>;

  /** @param taken the names the module declares already, which no constant may take. */
  constructor(taken: Iterable<string>) {
    this.#taken = new Set(taken);
  }

  /** The constant holding `source` (a zod expression at indentation level 0), declared on first use. */
  nameOf(source: string, field: string): string {
    const known = this.#nameBySource.get(source);
    if (known !== undefined) return known;
    const stem = `${camelCase(pascalCase(field))}Schema`;
    let name = stem;
    for (let n = 2; this.#taken.has(name); n++) name = `${stem}${n}`;
    this.#taken.add(name);
    this.#nameBySource.set(source, name);
    this.#declarations.push(`const ${name} = ${source};`);
    return name;
  }

  /** The constant already declared with `source`, if any. */
  declaredAs(source: string): string | undefined {
    return this.#nameBySource.get(source);
  }

  /** The `const` declarations, in the order the constants were first needed. */
  declarations(): readonly string[] {
    return this.#declarations;
  }
}
