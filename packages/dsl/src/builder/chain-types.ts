/**
 * The public face of the builder: a chain of states whose payload type flows from call to call.
 *
 * Type parameters are kept flat on purpose (no type grows by nesting as states are added):
 *   T       the payload at the end of the chain (plain at the root, canonical after it),
 *   Reg     the names of the states declared so far, as a union of string literals (`{}` for none),
 *   I       the execution input (what `$$.Execution.Input` holds),
 *   Targets the input of every state declared so far but the last, as a union of
 *           `readonly [name, input]` (read only where a jump names a state: goto, a Choice
 *           rule's or a Catch's target),
 *   Last    the entry of the last state, which the next state moves into Targets,
 *   V       the workflow variables this scope has assigned (see variable-types.ts), in canonical
 *           form; a union where paths that assigned different variables meet,
 *   E       where the chain runs: the machine's query language and the enclosing scopes' variables,
 *   P       the payload in the canonical form of fields.ts, derived from T,
 *   CI      the execution input in canonical form, derived from I: what the states' checks and
 *           templates read (`$$.Execution.Input`). I is zod's plain object type, which tsc
 *           cannot prove holds no type variables, so every generic type it appears in walked it
 *           again at every call; Fields hold none. I itself is only handed from chain to chain,
 *           and shown where the workflow finishes (FinishedWorkflow), as the author wrote it.
 *
 * Why names and inputs are unions rather than an object that grows by intersection: an
 * intersection `Reg & { [K in N]: T }` keeps the previous registry as an argument, so every
 * state added a level that tsc walked again at each generic call, until it stopped with
 * "Type instantiation is excessively deep". A union of literals and of tuples of canonical
 * payloads holds no type variables, so tsc passes it through a call untouched.
 *
 * Why every type parameter is marked `in out`: tsc relates two instantiations of a generic
 * interface by its parameters' variances, and measures them (by comparing the whole interface,
 * every method, under marker types) the first time it needs them. For Chain, Catchable and
 * ChoiceRules that measurement cost some 170,000 type instantiations, paid at the first branch
 * callback of every file and again after every keystroke in an editor (each edit makes a new
 * checker). Declared variances are taken as they are. Invariance is the safe declaration: two
 * chains are related only when their type arguments are the same types, which is what the
 * builder hands from call to call.
 *
 * Why parts of a method's parameters are kept from tsc while it infers the call: while the
 * options' type O is still unknown, a parameter type built from the payload and O is not free.
 * tsc infers into every type argument of a branch callback's parameter (and into both branches
 * of each conditional there), and looks an options object's properties up in its check through
 * the check's constraint, which it builds for every option a state could have. Both walked the
 * payload again, under a generic O, at every call. So a callback's parameter is NoInfer (nothing
 * is inferred from it), and a state's option check is `O extends unknown ? Check : never`, which
 * tsc leaves alone until O is known and then resolves to the check itself. (Pass and catch
 * options stay as they are: measured, the deferred form cost them more where the payload is a
 * union. A Task's, and a state's whose options are all optional, is OwnOptionsCheck, which waits
 * for O the same way and is nothing where tsc fell back to the options type itself. A callback that
 * may be a target name instead keeps its plain parameter, see HandlerArg.)
 *
 * Branching: a Choice rule, a Catch handler, a Parallel branch and a Map processor are chains of
 * their own, built by a callback. A Choice rule's or Catch handler's chain that does not end
 * (with succeed, fail or goto) continues at the state that follows in the enclosing chain, so
 * branches converge naturally; the next state then accepts the union of what arrives. Payloads
 * in canonical form are identified by their contents, so branches that arrive with the same
 * fields add one member to that union, not one each.
 */
import type { ZodType } from "zod";
import type { QueryLanguage } from "../ir/nodes.ts";
import type { Canonical } from "../path/canonical.ts";
import type { Fields, NoFields } from "../path/fields.ts";
import type { JsonOf } from "../payload/json-side.ts";
import type { JsonSchemaCheck, ReadSchemaCheck } from "../payload/not-json.ts";
import type { WithVariables } from "../path/path-types.ts";
import type { ContextObject } from "../shapes/context-object.ts";
import type { ApplyResultPath } from "../path/set-types.ts";
import type { View } from "../path/view.ts";
import type { Conditions, ChoiceCondition } from "./choice-types.ts";
import type { ErrorName } from "./error-names.ts";
import type { ErrorNamesArg } from "./language/retry-catch.ts";
import type { Problem } from "../payload/template-types.ts";
import type { ErrorOutput } from "../shapes/error-output.ts";
import type {
  ChoiceCheckFor,
  ChoiceInputFor,
  ChoiceVarsFor,
  CatchCheck,
  CatchNext,
  CatchVars,
  ConditionCheck,
  FailCheckFor,
  FilteredNextFor,
  IsDistributed,
  MapCheckFor,
  MapItemFor,
  MapNextFor,
  MapVarsFor,
  ParallelCheckFor,
  ParallelInputFor,
  ParallelNextFor,
  ParallelVarsFor,
  PassCheckFor,
  PassNextFor,
  PassVarsFor,
  RuleCheck,
  RuleNext,
  RuleVars,
  SucceedCheckFor,
  TaskCheckFor,
  TaskNextFor,
  TaskVarsFor,
  WaitCheckFor,
  WaitVarsFor,
} from "./language-types.ts";
import type { ChoiceOptions, FailOptions, MapOptions, ParallelOptions, PassOptions, RuleOptions, SucceedOptions, TaskOptions, WaitOptions, AssignValues } from "./options.ts";
import type { ResultPathProblem } from "./state-types.ts";
import type { BranchEnv, Env, EnvLanguage, IsolatedEnv, StateLanguage, Visible } from "./variable-types.ts";
import type { JsonataValue } from "../jsonata/jsonata-value.ts";
import type { ConditionArg, OptionsArg } from "./language/shared.ts";

/** Type-only keys: they carry types for inference and never exist at run time. */
declare const payloadType: unique symbol;
declare const variablesType: unique symbol;
declare const endedType: unique symbol;
declare const choiceOutType: unique symbol;
declare const choiceVarsType: unique symbol;
declare const forwardType: unique symbol;
declare const endingType: unique symbol;
declare const endedOutputType: unique symbol;
declare const targetsType: unique symbol;
declare const endingKey: unique symbol;
declare const inputType: unique symbol;
declare const namesType: unique symbol;
declare const nestedKey: unique symbol;

/** Marks values the compiler can turn into a state machine (a workflow, or an ended one). */
export const BUILDABLE = Symbol.for("aslc.buildable");
export interface Buildable {
  readonly [BUILDABLE]: true;
}

/** A chain that cannot continue: it ended in succeed, fail or goto, or every branch did. */
export interface Ended extends Buildable {
  readonly [endedType]: true;
}

/**
 * A chain that ended in a Parallel branch or Map iteration on paths whose last state's output (a
 * Succeed's, or the state end() closed) is the branch's result: Output, what those paths give,
 * as plain types (what a hover shows). The builder reads it back in canonical form.
 */
export interface EndedWith<Output> extends Ended {
  readonly [endedOutputType]: Canonical<Output>;
}

/**
 * A finished workflow (or a path of one that ends): Input is the execution input, Output what the
 * paths that succeed give (the output of a Succeed, or of the state end() closed), as plain types.
 */
export interface FinishedWorkflow<Input, Output> extends EndedWith<Output> {
  readonly [inputType]: Input;
}

/**
 * Where a chain's ending paths give X (in canonical form): in a Choice rule's or Catch handler's
 * chain, an EndedPath that hands X and the names Reg to the enclosing chain; where the chain
 * finishes a Parallel branch or Map iteration, an EndedWith; where it finishes the workflow, a
 * FinishedWorkflow over execution input I; Ended where no path gives anything (every one failed
 * or jumped).
 */
type EndOf<E, I, X, Reg, Targets> = Nested extends Targets
  ? EndedPath<X, Reg>
  : [X] extends [never] ? Ended : E extends { readonly inBranch: true } ? EndedWith<View<X>> : FinishedWorkflow<I, View<X>>;

/**
 * A Choice rule's or Catch handler's chain that ended: what its paths that ended gave (X, in
 * canonical form) and the names it knows (Names, see JumpedTo), both read by the enclosing chain.
 */
export interface EndedPath<X, Names> extends Ended {
  readonly [endedOutputType]: X;
  readonly [namesType]: Names;
}

/** The entry under which a chain's Targets carry what its ended paths give (never a state's name). */
type EndingEntry<X> = [X] extends [never] ? never : readonly [typeof endingKey, X];

/**
 * What the ended paths of a chain with these Targets gave. Most chains hold no such entry, and
 * the whole union is first compared with the states' entries: tsc caches each member's
 * comparison, so a state pays for the entries added since, where Extract instantiates its test
 * anew for every entry of the registry at every ending and branch callback.
 */
type EndingsIn<Targets> = [Targets] extends [StateEntry | Nested] ? never : Extract<Targets, EndingEntryOf<unknown>>[1];

/** A state's entry in Targets: its name and its input. */
type StateEntry = readonly [string, unknown];

/** The entry of what the ended paths gave, as EndingsIn picks it out of the Targets union (a comparison per member, which tsc caches, where matching a pattern infers anew each time). */
type EndingEntryOf<X> = readonly [typeof endingKey, X];

/**
 * What the paths of a branch callback's chain R that ended gave: those of a Succeed or end() (an
 * EndedWith), and those a Choice or Catch of a chain that went on recorded.
 */
export type EndedThrough<R> = R extends { readonly [endedOutputType]: infer X } ? X : R extends { readonly [targetsType]: infer Tg } ? EndingsIn<Tg> : never;

/** A Choice rule's ended paths, among what the Choice's branches hand on. */
interface Ending<X> {
  readonly [endingType]: X;
}

/** The names a Choice rule's chain knows, or its target's record, among what the Choice's branches hand on. */
interface Names<X> {
  readonly [namesType]: X;
}

type EndingOf<R> = EndedThrough<R> extends infer X ? ([X] extends [never] ? never : Ending<X>) : never;

/** What a branch callback's chain hands on to the state after it (never when it ended), in canonical form. */
export type FallThrough<R> = R extends { readonly [payloadType]: infer X } ? X : never;

/** The names a branch callback's chain knows (its Reg, whether it ended or not). */
type NamesThrough<R> = R extends { readonly [namesType]: infer X } ? X : never;

/** What joins the enclosing chain's names after a Catch: the names its handler's chain R knows, or the record of its target N. */
type NamesOf<R, Reg, N extends string> = NamesThrough<R> | JumpedTo<Reg, N>;

/** The variables a branch callback's chain hands on to the state after it (never when it ended). */
export type VariablesThrough<R> = R extends { readonly [variablesType]: infer X } ? X : never;

/** The payload a chain hands to its next state, as plain types. */
export type PayloadOf<C> = C extends { readonly [payloadType]: infer X } ? View<X> : never;

/**
 * The workflow variables assigned on every path to the end of a chain, with their types (those
 * of enclosing scopes not included). Where paths assigned different variables it is a union.
 */
export type VariablesOf<C> = C extends { readonly [variablesType]: infer X } ? View<X> : never;

/** Continue with payload T, or end when nothing falls through. */
export type Continue<T, Reg, I, Targets, Last, V, E> = [T] extends [never] ? Ended : Chain<T, Reg, I, Targets, Last, V, E>;

/**
 * In a Parallel branch or a Map item processor, the names of the enclosing chains' states
 * declared before it, kept in Reg beside the branch's own names under a prefix no state name
 * has. State names are unique in the whole machine, so a state in the branch may not reuse one;
 * and a branch runs as a machine of its own, so it cannot jump to one. (Strings, not an object
 * type, so that Reg stays a union of literals that NoInfer leaves as it is.)
 */
type Outer<N extends string> = `\u0000outer ${N}`;

/**
 * In a Choice rule's or Catch handler's chain, Targets holds this marker: an ending call there
 * ends one path, and the enclosing chain goes on (and may still declare the states its jumps
 * name). Without it (the workflow's chain, a Parallel branch's, a Map iteration's) an ending call
 * finishes the chain's machine, and there the jumps' targets are checked.
 */
type Nested = typeof nestedKey;

/**
 * A jump named a state that no state in view has yet: one declared later in the chain, or in
 * another Choice rule's or Catch handler's chain, or nowhere. Its record is kept in Reg (under a
 * prefix no state name has) until the chain finishes, and the names a Choice rule's or Catch
 * handler's chain knows join the enclosing chain's Reg (one namespace); so where the chain
 * finishes, the targets no state has are found in Reg alone, without walking the chain again.
 */
type Jumped<N extends string> = `\u0000jump ${N}`;

/** What a jump to N adds to Reg: N's record when no state in view has that name (a callback infers no name: never, or string). */
type JumpedTo<Reg, N extends string> = [N] extends [never]
  ? never
  : string extends N
    ? never
    : [Reg] extends [string]
      ? N extends Reg ? never : Outer<N> extends Reg ? never : Jumped<N>
      : Jumped<N>;

/**
 * The names jumps named that no state in Reg has. The records are picked out of Reg by an
 * intersection, which tsc works out without instantiating anything per name.
 */
type NeverDeclared<Reg> = JumpedNames<Reg & Jumped<string>> extends infer N extends string ? (N extends Reg ? never : N) : never;
type JumpedNames<Records> = Records extends Jumped<infer N> ? N : never;

/** Written as a conditional so that tsc prints the message rather than the alias's name. */
type NeverDeclaredMessage<N extends string, E> = N extends string
  ? E extends { readonly inBranch: true }
    ? `State '${N}' is named by a jump but never declared in this Parallel branch or Map iteration`
    : `State '${N}' is named by a jump but never declared in this workflow`
  : never;

/**
 * An argument of the call that finishes the chain's machine: Arg, unless jumps named states that
 * no state has (Undeclared), then the sentence naming each. (While the editor works out what to
 * offer, N is never or empty: Arg, so that it still offers the names.)
 */
type FinishingArg<Arg, N extends string, Undeclared extends string, E> = [N] extends [never] | [""] ? Arg : [Undeclared] extends [never] ? Arg : NeverDeclaredMessage<Undeclared, E>;

/** The name of a state that ends the chain (a Succeed, a Fail). */
type EndingNameArg<N extends string, Reg, Targets, E> = Nested extends Targets ? NameArg<N, Reg> : FinishingArg<NameArg<N, Reg>, N, Exclude<NeverDeclared<Reg>, N>, E>;

/** A goto's target: where the goto finishes the chain, N itself is one more name to find declared. */
type GotoArg<P, Reg, Targets, Last, N extends string, E> = Nested extends Targets
  ? TargetArg<P, Reg, Targets | Last, N, E>
  : FinishingArg<TargetArg<P, Reg, Targets | Last, N, E>, N, NeverDeclared<Reg> | ([JumpedTo<Reg, N>] extends [never] ? never : N), E>;

/**
 * The name of a Choice: where no branch falls through, the Choice finishes the chain, and the
 * name carries the sentence naming each target no state has. The check is the conditional's
 * check type, which tsc does not infer into (it infers N from the branches).
 */
type ChoiceNameArg<N extends string, Reg, C, Targets, E> = [ChoiceFinish<Reg, N, C, Targets, E>] extends [Problem<infer M>] ? NameArg<N, Reg> & Problem<M> : NameArg<N, Reg>;

type ChoiceFinish<Reg, N extends string, C, Targets, E> = Nested extends Targets
  ? unknown
  : [ChoiceOut<C>] extends [never]
    ? NeverDeclared<NamesAfterChoice<Reg, N, C>> extends infer U extends string
      ? ([U] extends [never] ? unknown : Problem<NeverDeclaredMessage<U, E>>)
      : unknown
    : unknown;

/** end(), or where it would finish the chain and jumps named states no state has, the sentence naming each. */
type EndCall<F, Reg, Targets, E> = Nested extends Targets ? F : [NeverDeclared<Reg>] extends [never] ? F : Problem<NeverDeclaredMessage<NeverDeclared<Reg>, E>>;

/**
 * N when no state of the chain or of an enclosing chain has that name yet, otherwise the message.
 * Whether the name is used is a type of its own: in the branch of `N extends Reg`, tsc reads N as
 * `N & Reg`, and while it works out the call (N still unknown) it compares N with every name
 * there, at every state.
 */
type NameArg<N extends string, Reg> = [Reg] extends [string] ? (N extends unknown ? (IsUsed<N, Reg> extends true ? UsedName<N> : N) : never) : N;

type IsUsed<N extends string, Reg> = N extends Reg ? true : Outer<N> extends Reg ? true : false;

type UsedName<N extends string> = `State name '${N}' is already used in this workflow`;

/** The names after state N is added. */
type AddName<Reg, N extends string> = [Reg] extends [string] ? Reg | N : N;

/** The names a Parallel branch or Map item processor starts with: those declared so far, and the Parallel's or Map's own. */
type BranchNames<Reg, N extends string> = Outer<Extract<Reg, string> extends infer Names extends string ? OwnName<Names> | N : N>;

/** A name as it was declared: an enclosing chain's, without the prefix. */
type OwnName<Names extends string> = Names extends Outer<infer Name> ? Name : Names;

/**
 * The names of the chain that follows state N. NoInfer keeps the union that holds N out of
 * inference: tsc infers from a call's contextual type to its return type (a branch callback's
 * chain is checked again against what the first pass inferred for it), and matching a union
 * against the same union plus one member compares every member with every other.
 *
 * The registry avoids the same cost differently, because NoInfer stays on object types: the
 * entry of a new state is handed on alone (Last) and joins the union (Targets | Last) only in
 * the next state's return type, where it no longer holds a type parameter of the call.
 */
type NextNames<Reg, N extends string> = NoInfer<AddName<Reg, N>>;

/** The input of every state in the registry, by name; built only where a jump names a state. */
type TargetInputs<Targets> = { [En in Targets as En extends readonly [infer N extends string, unknown] ? N : never]: En extends readonly [string, infer Input] ? Input : never };

/**
 * A target state by name: when it is declared before this point, the payload P must suit its
 * input. tsc infers N through every conditional here, with N still unknown, at every Choice rule
 * and Catch (a callback argument included), and instantiates both branches of each. So the check
 * of a declared target is kept from inference (NoInfer) and waits for N (KnownTargetArg), and the
 * test that N is declared is handed on as a type of its own: in the branch of `N extends Reg`, tsc
 * would read N as `N & Reg` and build that intersection with every name in the registry. Where a
 * callback is given, tsc infers N as string (what a callback gives it fails its constraint), and
 * any string is then taken. E is the chain's Env.
 */
export type TargetArg<P, Reg, Targets, N extends string, E> = [N] extends [never]
  ? DeclaredNames<Reg>
  : string extends N
    ? N
    : N extends unknown ? NamedTarget<P, Reg, Targets, N, E, N extends Reg ? true : false> : never;

/** TargetArg for one name N; Declared is whether the registry has it. */
type NamedTarget<P, Reg, Targets, N extends string, E, Declared> = Declared extends true
  ? NoInfer<KnownTargetArg<P, Targets, N>>
  : N extends "" ? DeclaredNames<Reg> : Outer<N> extends Reg ? OutsideTarget<N> : N | NoInfer<DeclaredNames<Reg>>;

/**
 * A branch given as a callback or as a target state's name. Once a name is written (N inferred
 * from it as a literal), only the target remains: a wrong name's message is the target's
 * sentence, without the callback's type (the whole chain at that point) beside it. Otherwise
 * both are offered: N is never while the editor lists the declared names, and string when the
 * branch is a callback (tsc takes the callback for N too, and falls back to N's constraint).
 * tsc infers N from the branch that offers both, from N itself there: the target is kept from
 * inference (NoInfer), as tsc would otherwise walk every conditional of TargetArg, with N still
 * unknown, at every Choice rule and Catch whose branch is a callback; a NoInfer of a type without
 * type parameters is that type, so the editor still offers the declared names. The target alone
 * is kept from inference by a conditional, which tsc does not infer into and which resolves to
 * the target itself.
 */
type HandlerArg<N extends string, Callback, Target> = [N] extends [never]
  ? Callback | N | NoInfer<Target>
  : string extends N
    ? Callback | N | NoInfer<Target>
    : [Target] extends [infer Written]
      ? Written
      : never;

/** Written as a conditional so that tsc prints the message rather than the alias's name. */
type OutsideTarget<N extends string> = N extends string ? Problem<`State '${N}' is outside this Parallel branch or Map iteration: a branch goes only to its own states`> : never;

/**
 * The names declared so far, offered by the editor where a target is written: N is never while
 * the editor works out what to offer (the argument being typed infers nothing), and a name not
 * declared yet is still taken (it may be declared later in the chain). The registry's records
 * that are not names (an enclosing chain's, a jump's) are left out. It is worked out at every
 * Choice rule and Catch whose branch is a callback too, so the registry is first tested for
 * records by an intersection, which tsc works out without instantiating anything per name; most
 * hold none, and Exclude, which instantiates its test for every name, runs only where one does.
 */
type DeclaredNames<Reg> = [Reg] extends [string] ? ([Reg & RegistryRecord] extends [never] ? Reg : Exclude<Reg, RegistryRecord>) : never;

/** A registry entry that is not a state's name: an enclosing chain's name or a jump's record (see Outer, Jumped). */
type RegistryRecord = `\u0000${string}`;

/**
 * A payload of unknown type (a JSONata expression's value the types do not work out) may jump to
 * any state: nothing proves it wrong here, and the compiler's schema flow, which works out most
 * expressions, checks it against what that state reads.
 */
type KnownTargetArg<P, Targets, N extends string> = N extends unknown
  ? unknown extends P
    ? N
    : TargetInputs<Targets> extends { readonly [K in N]: infer Input }
      ? Fits<P, Input> extends true
        ? N
        : `The payload here does not match the input of state '${N}'`
      : N
  : never;

/**
 * Whether payload P suits a state whose input is Input. A condition of its own, which tsc leaves
 * alone while Input is unknown: tsc infers into both branches of the conditional above with N
 * still unknown, at every Choice rule and Catch, and building P as plain types there cost every
 * such call a walk of the whole payload.
 */
type Fits<P, Input> = [Input] extends [unknown] ? (HoldsInput<P, Input> extends true ? true : [View<P>] extends [View<Input>] ? true : false) : never;

/**
 * Whether every member of payload P holds each of Input's fields as the very same entry (a jump
 * back to a state whose input the payload has only added to, as a loop's is): then P suits Input
 * without building either as plain types, which costs a walk of both payloads at every such jump.
 * An entry union that takes in Input's entries and stays the same type holds them already; a
 * record's index signature (a `string` key) also constrains P's other fields, so it is left to
 * the plain comparison.
 */
type HoldsInput<P, Input> = [Input] extends [Fields<infer EI extends readonly [string, ...unknown[]]>]
  ? string extends EI[0]
    ? false
    : P extends Fields<infer EP>
      ? SameType<EP | EI, EP>
      : false
  : false;

/** Whether A and B are one type (tsc compares the two deferred conditionals by identity). */
type SameType<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;

/** What a Choice rule hands to state N, which it names before the chain declares it: a jump forward. */
interface Forward<X, N extends string> {
  readonly [forwardType]: X;
  readonly [namesType]: Jumped<N>;
}

/** X marked as carried forward when N names no state declared yet (a callback infers no name: never, or string). */
type ForwardTo<X, Reg, N extends string> = [N] extends [never] ? never : string extends N ? never : N extends Reg ? never : Forward<X, N>;

/**
 * What a Choice hands to the state after it: what its branches let fall through. When nothing
 * does, that state is reached only by a jump, and the rules naming states declared later carry
 * what arrives there; without those either, nothing (with no Default, no match fails the
 * execution with States.NoChoiceMatched).
 */
type Handed<Out> = [Exclude<Out, Forward<unknown, string> | Ending<unknown> | Names<unknown>>] extends [never]
  ? (Out extends Forward<infer X, string> ? X : never)
  : Exclude<Out, Forward<unknown, string> | Ending<unknown> | Names<unknown>>;

/** What the Choice's branches that ended gave. */
type EndedIn<Out> = Out extends Ending<infer X> ? X : never;

/** After a Choice: the chain goes on with T, its Targets recording the branches that ended; or, with nothing handed on, it ends. */
type AfterChoice<T, Ends, Reg, I, Targets, Last, V, E> = [T] extends [never]
  ? EndOf<E, I, Ends | EndingsIn<Targets>, Reg, Targets>
  : Chain<T, Reg, I, Targets | EndingEntry<Ends>, Last, V, E>;

/**
 * The check of options O, or none when O is the options type itself (it has every option). tsc
 * falls back to that type when an object of optional options names none of them (a misspelt
 * one), or when an option's value does not fit its type; its own message then says which
 * option was meant ("Did you mean to write 'result'?") or names the option's type ("Template |
 * undefined"), and shows the parameter's type, which is Options alone rather than Options with
 * a check that has nothing to check. Like `O extends unknown ? Check : never`, it waits until O
 * is known.
 */
type OwnOptionsCheck<O, Options, Check> = [keyof Options] extends [keyof O] ? unknown : Check;

export type BranchFn<T, I, E = Env, Reg = {}> = (branch: Chain<T, Reg, I, never, never, NoFields, E>) => Buildable;

/** The options of `.catch()`. */
export interface CatchOptionsArg {
  readonly resultPath?: string | null;
  readonly output?: JsonataValue;
  readonly assign?: AssignValues;
  readonly comment?: string;
}

type CatchResultPath<CO> = CO extends { readonly resultPath: infer RP } ? RP : "$";

/**
 * A chain whose last state can catch errors: `.catch()` adds a catcher with an inline handler.
 * In is the state's input and VIn the variables when it was entered (a catcher's Assign replaces
 * the state's), L the state's language.
 */
export interface Catchable<in out In, in out T, in out Reg, in out I, in out Targets = never, in out Last = never, in out V = NoFields, in out E = Env, in out VIn = V, in out L extends QueryLanguage = "JSONPath", in out CI = Canonical<I>>
  extends ChainStates<T, Reg, I, Targets, Last, V, E> {
  /**
   * Adds a catcher to the state just added. The handler is a state name or a chain built from
   * what the catcher hands on: in JSONPath, the input with the error output at `resultPath` (`$`
   * by default); in JSONata, the catcher's `output` (by default the error output). A handler
   * that does not end continues at the next state of this chain.
   *
   * R defaults to Buildable (which falls through nothing, like Ended) so that when the options
   * are wrong, tsc reports the bad option rather than an inline handler it has not typed yet.
   */
  catch<const CO extends CatchOptionsArg = {}, R extends Buildable = Buildable, const N extends string = never, const EE extends readonly [ErrorName, ...ErrorName[]] = readonly [ErrorName]>(
    errorEquals: ErrorNamesArg<EE>,
    handler: HandlerArg<
      N,
      (handler: Chain<CatchPayload<In, CI, VIn, E, L, CO>, Reg, I, Targets | Nested, Last, CatchVars<In, CI, VIn, E, L, CO>, E>) => R,
      TargetArg<CatchPayload<In, CI, VIn, E, L, CO>, Reg, Targets | Last, N, E>
    >,
    options?: OptionsArg<CO, CatchCheck<In, CI, VIn, E, L, CO> & { readonly resultPath?: ResultPathProblem<In, CatchResultPath<CO>> }, L>,
  ): Catchable<In, T | FallThrough<R>, NoInfer<Reg | NamesOf<R, Reg, N>>, I, Targets | EndingEntry<EndedThrough<R>>, Last, V | VariablesThrough<R>, E, VIn, L>;
}

type CatchPayload<In, I, VIn, E, L, CO> = CatchNext<In, I, VIn, E, L, CO, ApplyResultPath<In, CatchResultPath<CO>, ErrorOutput>>;

/**
 * One Choice under construction: the rules so far, and the union of what falls through (its
 * payloads in Out, its variables in OutV). T is what the rules test, V the variables on entry,
 * L the Choice's language.
 */
export interface ChoiceRules<in out T, in out Reg, in out I, in out Out, in out Targets = never, in out Last = never, in out V = NoFields, in out E = Env, in out L extends QueryLanguage = "JSONPath", in out DT = T, in out DV = V, in out OutV = never, in out RT = DT, in out CI = Canonical<I>> {
  readonly [choiceOutType]: Out;
  readonly [choiceVarsType]: OutV;
  /**
   * A rule: when the condition holds, go to `then`. In a JSONata Choice the condition may also
   * be an expression (`"{% $states.input.total > 100 %}"`) or a literal `true` or `false`, and
   * the rule may give the output and assign variables.
   */
  when<const C extends ChoiceCondition | string | boolean, R extends Buildable = Ended, const N extends string = never, const RO extends RuleOptions = {}>(
    condition: ConditionArg<C, ConditionCheck<T, CI, V, E, L, C>, L>,
    then: HandlerArg<N, (branch: Chain<RuleNext<T, CI, V, E, L, RO, RT>, Reg, I, Targets, Last, RuleVars<T, CI, V, E, L, RO, DV>, E>) => R, TargetArg<RuleNext<T, CI, V, E, L, RO, RT>, Reg, Targets | Last, N, E>>,
    options?: OptionsArg<RO, RO extends unknown ? RuleCheck<T, CI, V, E, L, RO> : never, L>,
  ): ChoiceRules<
    T, Reg, I,
    Out | FallThrough<R> | EndingOf<R> | ForwardTo<Canonical<RuleNext<T, CI, V, E, L, RO, RT>>, Reg, N> | Names<NamesThrough<R>>,
    Targets, Last, V, E, L, DT, DV,
    OutV | VariablesThrough<R> | ForwardTo<RuleVars<T, CI, V, E, L, RO, DV>, Reg, N>,
    RT
  >;
  /** The Default: taken when no rule matches (with the Choice's own output). */
  otherwise<R extends Buildable = Ended, const N extends string = never>(
    then: HandlerArg<N, (branch: Chain<DT, Reg, I, Targets, Last, DV, E>) => R, TargetArg<DT, Reg, Targets | Last, N, E>>,
  ): ChoiceDone<Out | FallThrough<R> | EndingOf<R> | ForwardTo<Canonical<DT>, Reg, N> | Names<NamesThrough<R>>, OutV | VariablesThrough<R> | ForwardTo<DV, Reg, N>>;
}

/** A Choice with its Default given: no more rules. */
export interface ChoiceDone<Out, OutV = never> {
  readonly [choiceOutType]: Out;
  readonly [choiceVarsType]: OutV;
}

type ChoiceOut<C> = C extends { readonly [choiceOutType]: infer Out } ? Handed<Out> : never;
type ChoiceEnded<C> = C extends { readonly [choiceOutType]: infer Out } ? EndedIn<Out> : never;
type ChoiceVars<C> = C extends { readonly [choiceVarsType]: infer OutV } ? Handed<OutV> : never;
type ChoiceNames<C> = C extends { readonly [choiceOutType]: infer Out } ? NamesIn<Out> : never;
type NamesIn<Out> = Out extends Names<infer X> ? X : never;

/** The names after a Choice: the chain's, the Choice's, and those its rules' chains know. */
type NamesAfterChoice<Reg, N extends string, C> = NoInfer<AddName<Reg, N> | ChoiceNames<C>>;

/** What a Choice's conditions read besides the payload: the context object, and the variables VV when there are any. */
type ConditionContext<I, VV> = [VV] extends [NoFields] ? ContextObject<I> : ContextObject<I> & WithVariables<VV>;

/**
 * What a Choice's callback receives: the rules (`when`, `otherwise`) and the condition factory
 * (`c.numericGreaterThan(…)`) in one interface. An intersection of the two had tsc resolve every
 * member of both at each Choice (about half of a Choice's cost), and showed four names on hover.
 */
export interface ChoiceStart<in out T, in out Reg, in out I, in out Targets, in out Last, in out V, in out E, in out L extends QueryLanguage, in out DT, in out DV, in out RT, in out CI = Canonical<I>>
  extends ChoiceRules<T, Reg, I, never, Targets, Last, V, E, L, DT, DV, never, RT, CI>,
    Conditions<T, ConditionContext<CI, Visible<V, E>>> {}

/**
 * A chain after a state that cannot catch errors (or before the first state): `.catch()` is
 * there only to say so when it is called, instead of tsc naming the whole chain's type.
 */
export interface Chain<in out T, in out Reg, in out I, in out Targets = never, in out Last = never, in out V = NoFields, in out E = Env, in out P = Canonical<T>>
  extends ChainStates<T, Reg, I, Targets, Last, V, E, P> {
  /** Not here: only a Task, Parallel or Map state catches errors, and `.catch()` follows one of them. */
  catch(...notCatchable: NotCatchable<Last>[]): unknown;
}

/** Why the last state (a readonly [name, input] entry, or never before the first) cannot catch. */
type NotCatchable<Last> = Problem<
  [Last] extends [never]
    ? "catch follows a Task, Parallel or Map state: only those have Catch"
    : Last extends readonly [infer N extends string, unknown]
      ? `State '${N}' cannot catch errors: only a Task, Parallel or Map state has Catch`
      : never
>;

/** The states a chain adds, and what it carries: a Chain's and a Catchable's alike. */
export interface ChainStates<in out T, in out Reg, in out I, in out Targets = never, in out Last = never, in out V = NoFields, in out E = Env, in out P = Canonical<T>, in out CI = Canonical<I>> extends Buildable {
  readonly [payloadType]: P;
  readonly [variablesType]: V;
  readonly [targetsType]: Targets;
  readonly [namesType]: Reg;

  /** A Task: work done by a Lambda function, a service integration, an activity or any ARN. */
  task<const N extends string, const O extends TaskOptions>(
    name: NameArg<N, Reg>,
    options: OptionsArg<O, OwnOptionsCheck<O, TaskOptions, TaskCheckFor<P, CI, O, V, E> & ReadSchemaCheck<O, "result", "result schema">>, EnvLanguage<E>>,
  ): Catchable<P, TaskNextFor<P, CI, O, V, E>, NextNames<Reg, N>, I, Targets | Last, readonly [N, P], TaskVarsFor<P, CI, O, V, E>, E, V, StateLanguage<E, O>>;

  /** A Pass: passes its input on, optionally reshaped by Parameters/Result (JSONPath) or Output (JSONata). */
  pass<const N extends string, const O extends PassOptions = {}>(
    name: NameArg<N, Reg>,
    options?: OptionsArg<O, OwnOptionsCheck<O, PassOptions, PassCheckFor<P, CI, O, V, E>>, EnvLanguage<E>>,
  ): Chain<PassNextFor<P, CI, O, V, E>, NextNames<Reg, N>, I, Targets | Last, readonly [N, P], PassVarsFor<P, CI, O, V, E>, E>;

  /** A Wait: exactly one of seconds, secondsPath, timestamp, timestampPath (JSONata: seconds or timestamp). */
  wait<const N extends string, const O extends WaitOptions>(
    name: NameArg<N, Reg>,
    options: OptionsArg<O, OwnOptionsCheck<O, WaitOptions, WaitCheckFor<P, CI, O, V, E>>, EnvLanguage<E>>,
  ): Chain<FilteredNextFor<P, CI, O, V, E>, NextNames<Reg, N>, I, Targets | Last, readonly [N, P], WaitVarsFor<P, CI, O, V, E>, E>;

  /**
   * A Choice. The callback adds rules with `when(condition, then)` and the Default with
   * `otherwise(then)`; conditions come from the same object (`c.numericGreaterThan(…)`).
   */
  choice<const N extends string, C extends ChoiceDone<unknown, unknown>, const O extends ChoiceOptions = {}>(
    name: ChoiceNameArg<N, Reg, C, Targets, E>,
    rules: (
      c: NoInfer<ChoiceStart<
        ChoiceInputFor<P, O, E>,
        NextNames<Reg, N>,
        I,
        Targets | Last | Nested,
        readonly [N, P],
        V,
        E,
        StateLanguage<E, O>,
        FilteredNextFor<P, CI, O, V, E>,
        ChoiceVarsFor<P, CI, O, V, E>,
        FilteredNextFor<P, CI, O, V, E>,
        CI
      >>,
    ) => C,
    options?: OptionsArg<O, O extends unknown ? ChoiceCheckFor<P, CI, O, V, E> : never, EnvLanguage<E>>,
  ): AfterChoice<ChoiceOut<C>, ChoiceEnded<C>, NamesAfterChoice<Reg, N, C>, I, Targets | Last, readonly [N, P], ChoiceVars<C>, E>;

  /** A Parallel: every branch runs on the same input; the result is the tuple of their outputs. */
  parallel<
    const N extends string,
    const B extends readonly [
      BranchFn<ParallelInputFor<P, CI, O, V, E>, I, BranchEnv<E, V>, BranchNames<Reg, N>>,
      ...BranchFn<ParallelInputFor<P, CI, O, V, E>, I, BranchEnv<E, V>, BranchNames<Reg, N>>[],
    ],
    const O extends ParallelOptions = {},
  >(
    name: NameArg<N, Reg>,
    branches: B,
    options?: OptionsArg<O, OwnOptionsCheck<O, ParallelOptions, ParallelCheckFor<P, CI, O, BranchResults<B>, V, E>>, EnvLanguage<E>>,
  ): Catchable<P, ParallelNextFor<P, CI, O, BranchResults<B>, V, E>, NextNames<Reg, N>, I, Targets | Last, readonly [N, P], ParallelVarsFor<P, CI, O, BranchResults<B>, V, E>, E, V, StateLanguage<E, O>>;

  /** A Map: runs the processor chain for each item (inline, or distributed as child workflows). */
  map<const N extends string, const O extends MapOptions, R extends Buildable>(
    name: NameArg<N, Reg>,
    options: OptionsArg<O, O extends unknown ? MapCheckFor<P, CI, O, IterationResult<R>, V, E> & JsonSchemaCheck<O, "itemSchema", "itemSchema"> : never, EnvLanguage<E>>,
    processor: (item: NoInfer<Chain<MapItemFor<P, CI, O, V, E>, BranchNames<Reg, N>, I, never, never, NoFields, IsDistributed<O> extends true ? IsolatedEnv<E> : BranchEnv<E, V>>>) => R,
  ): Catchable<P, MapNextFor<P, CI, O, IterationResult<R>, V, E>, NextNames<Reg, N>, I, Targets | Last, readonly [N, P], MapVarsFor<P, CI, O, IterationResult<R>, V, E>, E, V, StateLanguage<E, O>>;

  /** A Succeed: ends the workflow, branch or iteration successfully. */
  succeed<const N extends string, const O extends SucceedOptions = {}>(
    name: EndingNameArg<N, Reg, Targets, E>,
    options?: OptionsArg<O, OwnOptionsCheck<O, SucceedOptions, SucceedCheckFor<P, CI, O, V, E>>, EnvLanguage<E>>,
  ): EndOf<E, I, Canonical<FilteredNextFor<P, CI, O, V, E>> | EndingsIn<Targets>, NextNames<Reg, N>, Targets>;

  /** A Fail: ends the execution with an error and a cause. */
  fail<const N extends string, const O extends FailOptions = {}>(
    name: EndingNameArg<N, Reg, Targets, E>,
    options?: OptionsArg<O, OwnOptionsCheck<O, FailOptions, FailCheckFor<P, CI, O, V, E>>, EnvLanguage<E>>,
  ): EndOf<E, I, EndingsIn<Targets>, NextNames<Reg, N>, Targets>;

  /**
   * Ends the workflow (or the Parallel branch or Map iteration) at the last state of this chain
   * (`End: true`), where a Choice rule's or catch handler's chain would otherwise continue at the
   * state after it. (A property, so that where a jump named a state no state has, the editor
   * shows the sentence naming it on `end`.)
   */
  readonly end: EndCall<() => EndOf<E, I, P | EndingsIn<Targets>, Reg, Targets>, Reg, Targets, E>;

  /**
   * Continues at a state declared elsewhere (a loop back, a jump to a shared state, or to a
   * state declared later in the chain or in another Choice rule's or Catch handler's chain).
   */
  goto<const N extends string>(target: GotoArg<P, Reg, Targets, Last, N, E>): EndOf<E, I, EndingsIn<Targets>, NoInfer<Reg | JumpedTo<Reg, N>>, Targets>;
}

/**
 * What one Parallel branch or Map iteration gives: the output of its last state where it runs
 * out, and of every path that ended in a Succeed or at end() (AWS: a Succeed "ends a branch of a
 * Parallel workflow state, or ends an iteration of a Map workflow state").
 */
type IterationResult<R> = FallThrough<R> | EndedThrough<R>;

type BranchResults<B> = { -readonly [K in keyof B]: B[K] extends (...args: any[]) => infer R ? IterationResult<R> : never };

/** A workflow's root chain. */
export type Workflow<S extends ZodType, T = JsonOf<S>, Q extends QueryLanguage = "JSONPath"> = Chain<T, {}, JsonOf<S>, never, never, NoFields, Env<Q>>;
