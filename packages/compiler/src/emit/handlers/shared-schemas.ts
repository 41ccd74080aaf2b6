/**
 * The object schemas of a contracts module's fields, each declared once as a module constant and
 * referenced wherever it recurs. A function's event repeats the payload the machine has built so
 * far, so the same field objects come back in every later event and in each option of a union.
 * Each `z.object({ … })` written out is a call the user's compiler infers on its own, with its own
 * instance of zod's object class to resolve; written once, the shape is checked once and every
 * reference shares its type. At run time a reference is the same schema: zod schemas are
 * immutable, and a use that adds to one (`.optional()`, `.describe()`) makes a new schema.
 *
 * Constants are named after the fields that hold the shape (`customer` → `customerSchema`; an
 * array's element `itemsItemSchema`, a record's value `…ValueSchema`; a shape two or three fields
 * hold, `motherOrFatherSchema`), numbered when another shape took the name (`reviewSchema2`).
 * A name is known only once every use is met, so sources hold a placeholder for each constant
 * until `resolve` writes the names in. Declared in the order they are first met, a shape after
 * the shapes it holds, so each constant is defined before it is read. A contract's schema that
 * is the same as a constant is that constant (a function's result is often the field its task
 * writes it to).
 */
import { camelCase, pascalCase } from "./identifiers.ts";

/** More fields than this holding one shape: it is named after the first. */
const MOST_FIELDS_IN_A_NAME = 3;

interface Constant {
  readonly placeholder: string;
  readonly source: string;
  /** The fields that hold the shape, in the order they were met. */
  readonly fields: Set<string>;
}

export class SharedSchemas {
  readonly #bySource = new Map<string, Constant>();
  readonly #taken: ReadonlySet<string>;

  /** @param taken the names the module declares already, which no constant may take. */
  constructor(taken: Iterable<string>) {
    this.#taken = new Set(taken);
  }

  /** A placeholder for the constant holding `source` (a zod expression at indentation level 0), declared on first use. */
  nameOf(source: string, field: string): string {
    let constant = this.#bySource.get(source);
    if (constant === undefined) {
      // NUL never appears in printed source: string literals are printed JSON-escaped.
      constant = { placeholder: `\u0000${this.#bySource.size}\u0000`, source, fields: new Set() };
      this.#bySource.set(source, constant);
    }
    constant.fields.add(field);
    return constant.placeholder;
  }

  /** The placeholder of the constant already declared with `source`, if any. */
  declaredAs(source: string): string | undefined {
    return this.#bySource.get(source)?.placeholder;
  }

  /** The `const` declarations, in the order the constants were first needed (with placeholders). */
  declarations(): readonly string[] {
    return [...this.#bySource.values()].map(({ placeholder, source }) => `const ${placeholder} = ${source};`);
  }

  /** `text` with every placeholder replaced by its constant's name. */
  resolve(text: string): string {
    const names = this.#names();
    return text.replace(/\u0000(\d+)\u0000/g, (placeholder) => names.get(placeholder)!);
  }

  #names(): Map<string, string> {
    const taken = new Set(this.#taken);
    const names = new Map<string, string>();
    for (const { placeholder, fields } of this.#bySource.values()) {
      const held = [...fields];
      const words = held.length <= MOST_FIELDS_IN_A_NAME ? held : held.slice(0, 1);
      const stem = `${camelCase(words.map((word) => pascalCase(word)).join("Or"))}Schema`;
      let name = stem;
      for (let n = 2; taken.has(name); n++) name = `${stem}${n}`;
      taken.add(name);
      names.set(placeholder, name);
    }
    return names;
  }
}
