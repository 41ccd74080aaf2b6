/**
 * The condition factory a Choice hands its callback. Each operator is a method whose path
 * argument must resolve, at this state, to a value the operator can compare: NumericGreaterThan
 * only on numbers, StringMatches only on strings, IsPresent only where the field is optional.
 */
import type { ComparisonOperator, Condition } from "../ir/nodes.ts";
import type { PathError, Resolve, TypedPathArg } from "../path/path-types.ts";

/** A built condition; only the factory makes them. */
export interface ChoiceCondition {
  readonly condition: Condition;
}

type Subject<Op extends string> = Op extends `String${string}` ? [string, "a string"] : Op extends `Numeric${string}` ? [number, "a number"] : Op extends `Boolean${string}` ? [boolean, "a boolean"] : [string, "a timestamp string"];

type Operand<Op extends string> = Op extends `String${string}` ? string : Op extends `Numeric${string}` ? number : Op extends `Boolean${string}` ? boolean : string;

type Arg<T, C, P extends string, Op extends string> = TypedPathArg<T, C, P, Subject<Op>[0], Op, Subject<Op>[1]>;

type LowerFirst<S extends string> = S extends `${infer F}${infer R}` ? `${Lowercase<F>}${R}` : S;

/**
 * What StringEquals compares a field with: where the field holds one of some strings (a z.enum,
 * a union of literals), one of those, so that the editor offers them and a misspelt one is an
 * error that lists them; any string otherwise.
 */
type EqualsOperand<T, C, P extends string> = Resolve<T, C, P> extends infer V ? OneOf<V extends string ? V : never> : string;

type OneOf<S> = [S] extends [never] ? string : string extends S ? string : S;

/**
 * The operator behind each method name. Worked out once: a mapped type that renames its keys
 * works the names out again for every payload it is instantiated with, and there is one at every
 * Choice.
 */
type ValueMethods = { [Op in Exclude<ComparisonOperator, "StringEquals"> as LowerFirst<Op>]: Op };
type PathMethods = { [Op in ComparisonOperator as `${LowerFirst<Op>}Path`]: Op };

type ValueComparisons<T, C> = {
  -readonly [M in keyof ValueMethods]: <const P extends string>(variable: Arg<T, C, P, ValueMethods[M]>, value: Operand<ValueMethods[M]>) => ChoiceCondition;
};

type PathComparisons<T, C> = {
  -readonly [M in keyof PathMethods]: <const P extends string, const Q extends string>(variable: Arg<T, C, P, PathMethods[M]>, otherPath: Arg<T, C, Q, PathMethods[M]>) => ChoiceCondition;
};

type AnyPathArg<T, C, P extends string> = TypedPathArg<T, C, P, unknown, "This test", "a value">;

/** Judged on the whole value (not per union member); context paths resolve like the others. */
type PresentArg<T, C, P extends string> =
  Resolve<T, C, P> extends infer V
    ? 0 extends 1 & V
      ? P
      : [V] extends [PathError<infer M>]
        ? [V] extends [never]
          ? P
          : M
        : unknown extends V
          ? P
          : undefined extends V
            ? P
            : ReadsOpenElement<T, C, P> extends true
              ? P
              : `IsPresent tests an optional field, but ${P} is always present`
    : never;

/**
 * Whether path P indexes an array whose length is not fixed (`$.list[0]`, `$.r.items[0].name`):
 * that element, and what is read through it, may be absent (an empty array has no `[0]`). A
 * tuple's element is there. Read only where IsPresent would otherwise be refused.
 */
type ReadsOpenElement<T, C, P extends string, Before extends string = ""> = P extends `${infer Head}[${infer Index}]${infer Rest}`
  ? Index extends `${number}`
    ? NonNullable<Resolve<T, C, `${Before}${Head}`>> extends infer A
      ? A extends readonly unknown[]
        ? number extends A["length"]
          ? true
          : ReadsOpenElement<T, C, Rest, `${Before}${Head}[${Index}]`>
        : false
      : false
    : ReadsOpenElement<T, C, Rest, `${Before}${Head}[${Index}]`>
  : false;

interface TypeTests<T, C> {
  isNull<const P extends string>(variable: AnyPathArg<T, C, P>, value?: boolean): ChoiceCondition;
  isPresent<const P extends string>(variable: PresentArg<T, C, P>, value?: boolean): ChoiceCondition;
  isNumeric<const P extends string>(variable: AnyPathArg<T, C, P>, value?: boolean): ChoiceCondition;
  isString<const P extends string>(variable: AnyPathArg<T, C, P>, value?: boolean): ChoiceCondition;
  isBoolean<const P extends string>(variable: AnyPathArg<T, C, P>, value?: boolean): ChoiceCondition;
  isTimestamp<const P extends string>(variable: AnyPathArg<T, C, P>, value?: boolean): ChoiceCondition;
}

/**
 * Conditions over payload T (with context C): comparisons, type tests, and their combinations.
 * An interface rather than an intersection of the groups: tsc then resolves a member only where
 * a condition names it, and a hover shows one name.
 */
export interface Conditions<T, C> extends ValueComparisons<T, C>, PathComparisons<T, C>, TypeTests<T, C> {
  stringEquals<const P extends string>(variable: Arg<T, C, P, "StringEquals">, value: EqualsOperand<T, C, P>): ChoiceCondition;
  /** `*` matches any run of characters; `\\*` is a literal asterisk. */
  stringMatches<const P extends string>(variable: Arg<T, C, P, "StringMatches">, pattern: string): ChoiceCondition;
  and(...conditions: [ChoiceCondition, ...ChoiceCondition[]]): ChoiceCondition;
  or(...conditions: [ChoiceCondition, ...ChoiceCondition[]]): ChoiceCondition;
  not(condition: ChoiceCondition): ChoiceCondition;
  /** The test with a Comment of its own, as ASL allows on a test nested in And, Or or Not (a rule's is `when(…, { comment })`). */
  commented(condition: ChoiceCondition, comment: string): ChoiceCondition;
}
