/**
 * `awsSdk(service, action)` typed from the AWS SDK for JavaScript v3, types only. A project that
 * has a client package installed declares the client under Step Functions' service name, once:
 *
 *   import type { S3 } from "@aws-sdk/client-s3";
 *   declare module "@aslc/dsl" {
 *     interface AwsSdkClients { s3: S3 }
 *   }
 *
 * Then `awsSdk("s3", action)` takes only the client's actions (its camelCase methods, which are
 * the actions Step Functions names), its request is the action's `…CommandInput` and its result
 * the `…CommandOutput` less `$metadata`. A service not declared keeps `Record<string, unknown>`
 * and `unknown`. Nothing of this reaches the run time, and the compiler types the result as
 * unknown unless the task gives `result`.
 */

/** SDK v3 clients by Step Functions' service name (`s3`, `dynamodb`); declare yours by module augmentation. */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface AwsSdkClients {}

/** What an undeclared service's call takes and gives. */
type Untyped = readonly [request: Record<string, unknown>, result: unknown];

/** Members of an aggregated client that are not API actions. */
type NotAction = "send" | "destroy" | `paginate${string}` | `waitFor${string}` | `waitUntil${string}`;

/** A client's API actions: its methods, less the client's own and the helpers. */
export type SdkActions<C> = { [K in keyof C]: K extends NotAction ? never : C[K] extends (...args: any[]) => any ? K : never }[keyof C] & string;

/** The request and result of one method: from its last overload, `(args, options, cb: (err, data) => void)`. */
type CallTypes<F> = F extends (args: infer I, options: any, cb: (err: any, data?: infer O) => void) => void ? readonly [request: I, result: Omit<O, "$metadata">] : Untyped;

/** The client declared for a service, or never. */
type ClientOf<S> = S extends keyof AwsSdkClients ? AwsSdkClients[S] : never;

/** The action argument: a declared client's actions (completed in the editor), any camelCase name otherwise. */
export type SdkActionArg<S, A> = [ClientOf<S>] extends [never] ? A : A extends SdkActions<ClientOf<S>> ? A : SdkActions<ClientOf<S>>;

/** The request and result of `awsSdk(S, A)`. */
export type SdkCall<S, A> = [ClientOf<S>] extends [never] ? Untyped : A extends keyof ClientOf<S> ? CallTypes<ClientOf<S>[A]> : Untyped;
