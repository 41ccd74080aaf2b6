/**
 * A type as an author reads it: the DSL's chains as `Chain<payload>`, and every payload, which
 * the builder keeps in canonical form (`Fields<…>`, see path/fields.ts), as the object type it
 * stands for. Everything else is printed by TypeScript as it would be.
 *
 * Why this exists: a chain's type carries what the next calls need (the names declared so far,
 * each state's input, the variables, the payload in canonical form), and TypeScript prints every
 * type argument of it in a hover. Printing them plainly inside the types would cost every call
 * a walk of the payload; the editor pays for it only when it shows one.
 */
import type * as ts from "typescript";
import { declaredByDsl, withoutNoInfer } from "./source-nodes.ts";

type TypeScript = typeof ts;

/** The DSL's interfaces that hold a chain under construction, and the name a hover gives each. */
const CHAIN_NAMES: Readonly<Record<string, string>> = {
  Chain: "Chain",
  ChainStates: "Chain",
  Catchable: "Chain",
  ChoiceStart: "Choice",
  ChoiceRules: "Choice",
};

/** The DSL's interfaces whose type arguments are internal: a hover shows the name alone. */
const OPAQUE_NAMES = new Set(["ChoiceDone", "Buildable", "Ended", "EndedPath"]);

/**
 * The spellings of the DSL's internal type encodings: the canonical payload and the wrappers of a
 * check. A message or hover that shows one has leaked the machinery instead of saying what is
 * wrong in the author's terms (the tests hold every message to that).
 */
export const INTERNAL_ENCODINGS = ["Fields<", "Problem<", "Intrinsic<", "NoInfer<"] as const;

/** The DSL's generic interfaces a hover rewrites: a chain's, and what its branches give. */
const CHAIN_INTERFACES = ["Chain", "ChainStates", "Catchable", "ChoiceStart", "ChoiceRules", "ChoiceDone", "EndedWith", "EndedPath"];

/** The names that TypeScript's printing shows with their type arguments (`Name<…>`) only where it shows the DSL's internals. */
const INTERNAL_NAMES = new Set<string>([...INTERNAL_ENCODINGS.map((encoding) => encoding.slice(0, -1)), ...CHAIN_INTERFACES]);

/** The registry's records: string literals under prefixes no state name has. */
const INTERNAL_LITERAL = /^\0(?:outer|jump)/;

/** What TypeScript's printing shows of the DSL's internals: the encodings, a chain's type arguments, the registry's records (printed `"\0outer …"`). */
const INTERNAL_TYPE = new RegExp(`\\b(?:${[...INTERNAL_NAMES].join("|")})<|\\\\0(?:outer|jump)`);

/** The DSL interface a type refers to (Chain, Fields, …), if it is one. */
function dslInterfaceName(type: ts.Type): string | undefined {
  const symbol = type.aliasSymbol ?? type.getSymbol();
  return symbol && declaredByDsl(symbol) ? symbol.getName() : undefined;
}

/** Prints types in the author's terms; one per checker. */
export class PlainTypePrinter {
  constructor(
    private readonly ts: TypeScript,
    private readonly checker: ts.TypeChecker,
  ) {}

  /** Per type: whether its printing shows the DSL's internals (see `showsInternals`). */
  private readonly shown = new Map<ts.Type, boolean>();

  /** Whether TypeScript's own printing of `type` would show the DSL's internals. */
  isEncoded(type: ts.Type): boolean {
    return this.chainKind(this.unwrapped(type)) !== undefined || this.showsInternals(type);
  }

  /**
   * Whether TypeScript's printing of `type` shows the DSL's internals, decided from the names
   * and literals it would print, walking the type as the printing would, each type once: printing
   * every nested type to read it would print the inner ones again at each level of a payload.
   */
  private showsInternals(type: ts.Type): boolean {
    const known = this.shown.get(type);
    if (known !== undefined) return known;
    // Where a type recurs inside itself, TypeScript prints it by name: what it shows is decided where it starts.
    this.shown.set(type, false);
    const shows = this.walk(type);
    this.shown.set(type, shows);
    return shows;
  }

  private walk(type: ts.Type): boolean {
    const { TypeFlags, ObjectFlags, SymbolFlags } = this.ts;
    // An alias is printed as its name and type arguments, never its structure.
    if (type.aliasSymbol !== undefined) {
      const args = type.aliasTypeArguments ?? [];
      return (args.length > 0 && INTERNAL_NAMES.has(type.aliasSymbol.getName())) || args.some((arg) => this.showsInternals(arg));
    }
    if (type.flags & TypeFlags.StringLiteral) return INTERNAL_LITERAL.test((type as ts.StringLiteralType).value);
    if (type.flags & TypeFlags.TemplateLiteral) return this.printedInternals(type);
    // Printed by name or as a literal: primitives, other literals, enums, type parameters.
    if (type.flags & (TypeFlags.Any | TypeFlags.Unknown | TypeFlags.Never | TypeFlags.VoidLike | TypeFlags.Null | TypeFlags.String | TypeFlags.NumberLike | TypeFlags.BigIntLike | TypeFlags.BooleanLike | TypeFlags.ESSymbolLike | TypeFlags.EnumLike | TypeFlags.NonPrimitive | TypeFlags.TypeParameter)) return false;
    if (type.isUnionOrIntersection()) return type.types.some((member) => this.showsInternals(member));
    if (!(type.flags & TypeFlags.Object)) return this.printedInternals(type);
    const objectFlags = (type as ts.ObjectType).objectFlags;
    // An interface, class, array or tuple: its name (if any) and its type arguments.
    if (objectFlags & ObjectFlags.Reference) {
      const reference = type as ts.TypeReference;
      const args = this.checker.getTypeArguments(reference);
      const name = reference.target.getSymbol()?.getName();
      return (args.length > 0 && name !== undefined && INTERNAL_NAMES.has(name)) || args.some((arg) => this.showsInternals(arg));
    }
    if (objectFlags & (ObjectFlags.Class | ObjectFlags.Interface)) return false;
    // An object literal type is printed member by member. A function's or class's type may print as
    // `typeof f`, and a signature as its declaration is written (`A extends Intrinsic`): read their printing.
    const symbolFlags = type.getSymbol()?.flags ?? 0;
    const printedAsWritten = symbolFlags & (SymbolFlags.Function | SymbolFlags.Method | SymbolFlags.Class | SymbolFlags.ValueModule | SymbolFlags.Enum);
    if (!(objectFlags & ObjectFlags.Anonymous) || printedAsWritten || type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0) {
      return this.printedInternals(type);
    }
    return (
      type.getProperties().some((property) => INTERNAL_LITERAL.test(property.getName()) || this.showsInternals(this.checker.getTypeOfSymbol(property))) ||
      this.checker.getIndexInfosOfType(type).some((info) => this.showsInternals(info.keyType) || this.showsInternals(info.type))
    );
  }

  /** For the kinds of type not walked (conditional, indexed, mapped, template…): their printing read. */
  private printedInternals(type: ts.Type): boolean {
    return INTERNAL_TYPE.test(this.checker.typeToString(type));
  }

  /** `Chain` or `Choice` when `type` is a chain under construction (NoInfer seen through). */
  chainKind(type: ts.Type): string | undefined {
    const name = dslInterfaceName(this.unwrapped(type));
    return name === undefined ? undefined : CHAIN_NAMES[name];
  }

  /** The type as an author reads it. */
  text(type: ts.Type): string {
    const ts = this.ts;
    const checker = this.checker;
    type = this.unwrapped(type);
    const name = dslInterfaceName(type);
    if (name !== undefined && CHAIN_NAMES[name] !== undefined) return `${CHAIN_NAMES[name]}<${this.payloadText(type)}>`;
    if (name === "Fields") return this.objectText(type);
    if (name !== undefined && OPAQUE_NAMES.has(name)) return name;
    if (!this.isEncoded(type)) return checker.typeToString(type);
    if (type.isUnion()) return this.unionText(type.types);
    if (type.isIntersection()) {
      const parts = type.types.filter((part) => !(part.flags & ts.TypeFlags.Substitution)).map((part) => this.text(part));
      return parts.join(" & ");
    }
    if (checker.isTupleType(type)) {
      const elements = checker.getTypeArguments(type as ts.TypeReference).map((element) => this.text(element));
      return `${this.isReadonlyTuple(type) ? "readonly " : ""}[${elements.join(", ")}]`;
    }
    if (checker.isArrayType(type)) {
      const [element] = checker.getTypeArguments(type as ts.TypeReference);
      return element === undefined ? checker.typeToString(type) : `${this.grouped(element)}[]`;
    }
    const [signature] = type.getCallSignatures();
    if (signature !== undefined && type.getProperties().length === 0) return this.functionText(signature);
    return checker.typeToString(type);
  }

  /** A signature as `(name: type, …) => result`. */
  functionText(signature: ts.Signature): string {
    const parameters = signature.getParameters().map((parameter) => `${parameter.getName()}: ${this.text(this.checker.getTypeOfSymbol(parameter))}`);
    return `(${parameters.join(", ")}) => ${this.text(signature.getReturnType())}`;
  }

  /** NoInfer<X> is X to an author. */
  private unwrapped(type: ts.Type): ts.Type {
    return withoutNoInfer(this.ts, type);
  }

  /** The payload a chain hands on (what its type-only payload key holds), or a Choice tests. */
  private payloadText(chain: ts.Type): string {
    const payload = chain.getProperties().find((property) => property.getName().startsWith("__@payloadType"));
    if (payload !== undefined) return this.text(this.checker.getTypeOfSymbol(payload));
    const [tested] = this.checker.getTypeArguments(chain as ts.TypeReference);
    return tested === undefined ? "unknown" : this.text(tested);
  }

  /** An object in canonical form: `Fields<E>`, E a union of `readonly [key, value]` entries (`…, true]` when optional). */
  private objectText(fields: ts.Type): string {
    const entriesKey = fields.getProperties()[0];
    if (entriesKey === undefined) return "{}";
    const entries = this.checker.getTypeOfSymbol(entriesKey);
    const members = entries.flags & this.ts.TypeFlags.Never ? [] : entries.isUnion() ? entries.types : [entries];
    const properties = members.map((entry) => this.propertyText(entry));
    return properties.length === 0 ? "{}" : `{ ${properties.join(" ")} }`;
  }

  private propertyText(entry: ts.Type): string {
    const [key, value, optional] = this.checker.getTypeArguments(entry as ts.TypeReference);
    const valueText = value === undefined ? "unknown" : this.text(value);
    if (key === undefined || !key.isStringLiteral()) return `[key: string]: ${valueText};`;
    const name = /^[A-Za-z_$][\w$]*$/.test(key.value) ? key.value : JSON.stringify(key.value);
    const isOptional = optional !== undefined && this.checker.typeToString(optional) === "true";
    return `${name}${isOptional ? "?" : ""}: ${valueText};`;
  }

  /** A union, its members printed one by one: `true | false` reads `boolean`, as TypeScript prints it. */
  private unionText(members: readonly ts.Type[]): string {
    const texts = members.map((member) => this.grouped(member));
    const hasTrue = texts.includes("true");
    const hasFalse = texts.includes("false");
    const merged = hasTrue && hasFalse ? texts.filter((text) => text !== "true" && text !== "false").concat("boolean") : texts;
    return [...new Set(merged)].join(" | ");
  }

  /** A union or function in parentheses, where it is an array's element or a union's member. */
  private grouped(type: ts.Type): string {
    const text = this.text(type);
    return text.includes("=>") || (type.isUnion() && text.includes(" | ")) ? `(${text})` : text;
  }

  private isReadonlyTuple(type: ts.Type): boolean {
    const target = (type as ts.TypeReference).target as ts.TupleType | undefined;
    return target?.readonly ?? false;
  }
}
