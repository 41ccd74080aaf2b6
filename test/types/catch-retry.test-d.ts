// Catch handlers are chains built from the error output placed at the catcher's ResultPath; a
// handler that does not end joins the next state. Retry is data, with typed error names.
import { describe, expectTypeOf, test } from "vitest";
import { z } from "zod";
import { workflow, lambda, type PayloadOf, type ErrorName, type ErrorOutput, type PredefinedError } from "@aslc/dsl";

const Input = z.object({ orderId: z.string(), total: z.number(), cards: z.array(z.string()) });
type Input = z.output<typeof Input>;
const Charged = z.object({ chargeId: z.string() });
type Charged = z.output<typeof Charged>;

const start = workflow("Payments", { input: Input });
const charge = () => start.task("Charge", { resource: lambda.function("${Charge}"), result: Charged });

describe("handler input", () => {
  test("by default the handler receives the error output itself", () => {
    charge().catch(["States.ALL"], (h) => {
      expectTypeOf<PayloadOf<typeof h>>().toEqualTypeOf<ErrorOutput>();
      expectTypeOf<ErrorOutput>().toEqualTypeOf<{ Error: string; Cause: string }>();
      return h.fail("Failed");
    });
  });

  test("with a ResultPath the error output is placed in the state's input", () => {
    charge().catch(
      ["States.TaskFailed"],
      (h) => {
        expectTypeOf<PayloadOf<typeof h>>().toEqualTypeOf<{ orderId: string; total: number; cards: string[]; error: ErrorOutput }>();
        return h.fail("Failed");
      },
      { resultPath: "$.error" },
    );
  });

  test("with ResultPath null the handler receives the state's input", () => {
    charge().catch(
      ["States.Timeout"],
      (h) => {
        expectTypeOf<PayloadOf<typeof h>>().toEqualTypeOf<Input>();
        return h.fail("TimedOut");
      },
      { resultPath: null },
    );
  });

  test("a handler path the error output lacks", () => {
    charge().catch(["States.ALL"], (h) =>
      h.pass("Log", {
        // @ts-expect-error $ has no field 'orderId'
        inputPath: "$.orderId",
      }),
    );
  });

  test("a catcher ResultPath that does not start with $.", () => {
    charge().catch(["States.ALL"], (h) => h.fail("Failed"), {
      // @ts-expect-error ResultPath 'error' must be '$' or start with '$.'
      resultPath: "error",
    });
  });

  test("a catcher ResultPath that writes into a string", () => {
    charge().catch(["States.ALL"], (h) => h.fail("Failed"), {
      // @ts-expect-error ResultPath writes field 'error' into $.orderId, which is a string
      resultPath: "$.orderId.error",
    });
  });
});

describe("fall-through", () => {
  test("a handler that does not end joins the next state: the union", () => {
    const wf = charge()
      .catch(["States.ALL"], (h) => h.pass("Fallback", { result: { chargeId: null } }), { resultPath: "$.error" })
      .pass("Next");
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<Charged | { chargeId: null }>();
  });

  test("a handler that goes straight on contributes the error placed at its ResultPath", () => {
    const wf = charge().catch(["States.ALL"], (h) => h, { resultPath: "$.error" });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<Charged | { orderId: string; total: number; cards: string[]; error: ErrorOutput }>();
  });

  test("handlers that end, or jump to a named state, add nothing", () => {
    const wf = charge()
      .catch(["States.Timeout"], "Elsewhere")
      .catch(["States.ALL"], (h) => h.fail("Failed"));
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<Charged>();
  });

  test("several catchers accumulate their fall-through payloads", () => {
    const wf = charge()
      .catch(["Payment.Declined"], (h) => h.pass("Declined", { result: "declined" }))
      .catch(["States.ALL"], (h) => h.pass("Broken", { result: "broken" }));
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<Charged | "declined" | "broken">();
  });

  test("Parallel and Map can catch too", () => {
    const parallel = start.parallel("Both", [(b) => b.pass("A", { result: 1 })]).catch(["States.BranchFailed"], (h) => h.pass("P", { result: "p" }));
    const map = start.map("Each", { itemsPath: "$.cards" }, (card) => card).catch(["States.ALL"], (h) => h.pass("M", { result: "m" }));
    expectTypeOf<PayloadOf<typeof parallel>>().toEqualTypeOf<[1] | "p">();
    expectTypeOf<PayloadOf<typeof map>>().toEqualTypeOf<string[] | "m">();
  });

  test("catch follows only a state that can fail, and says so after any other", () => {
    start
      .pass("Plain")
      // @ts-expect-error State 'Plain' cannot catch errors: only a Task, Parallel or Map state has Catch
      .catch(["States.ALL"], "Elsewhere");
    // @ts-expect-error catch follows a Task, Parallel or Map state: only those have Catch
    start.catch(["States.ALL"], "Elsewhere");
  });
});

describe("error names", () => {
  test("predefined names autocomplete and custom names are accepted", () => {
    expectTypeOf<"States.ALL">().toExtend<PredefinedError>();
    expectTypeOf<"States.TaskFailed">().toExtend<ErrorName>();
    expectTypeOf<"Lambda.ServiceException">().toExtend<ErrorName>();
    expectTypeOf<"Payment.Declined">().toExtend<ErrorName>();
    expectTypeOf<"Payment.Declined">().not.toExtend<PredefinedError>();
  });

  test("Retry and Catch options take any error name", () => {
    const wf = start.task("Charge", {
      resource: lambda.invoke("${Charge}"),
      result: Charged,
      retry: [
        { errorEquals: ["Lambda.TooManyRequestsException", "Payment.Busy"], intervalSeconds: 2, maxAttempts: 3, backoffRate: 2, jitterStrategy: "FULL" },
      ],
      catch: [{ errorEquals: ["Payment.Declined"], next: "Declined", resultPath: "$.error" }],
    });
    expectTypeOf<PayloadOf<typeof wf>["Payload"]>().toEqualTypeOf<Charged>();
  });

  test("a catcher needs at least one error name", () => {
    charge().catch(
      // @ts-expect-error Argument of type '[]' is not assignable to parameter of type 'readonly [ErrorName, ...ErrorName[]]'. Source has 0 element(s) but target requires 1
      [],
      "Elsewhere",
    );
  });

  test("an unknown jitter strategy", () => {
    start.task("Charge", {
      resource: lambda.function("${Charge}"),
      retry: [
        {
          errorEquals: ["States.ALL"],
          // @ts-expect-error Type '"SOME"' is not assignable to type '"FULL" | "NONE" | undefined'
          jitterStrategy: "SOME",
        },
      ],
    });
  });

  test("error names are strings", () => {
    start.task("Charge", {
      resource: lambda.function("${Charge}"),
      retry: [
        {
          // @ts-expect-error Type 'number' is not assignable to type 'ErrorName'
          errorEquals: [500],
        },
      ],
    });
  });

  test("a misspelt States.* name in a catcher is an error that suggests the name meant", () => {
    charge().catch(
      // @ts-expect-error 'States.Timout' is not a Step Functions error (names starting with 'States.' are reserved): did you mean States.Timeout?
      ["States.Timout"],
      "Elsewhere",
    );
  });

  test("a States.* name like no predefined one lists the predefined names", () => {
    start.task("Charge", {
      resource: lambda.function("${Charge}"),
      retry: [
        {
          // @ts-expect-error 'States.Xyz' is not a Step Functions error (names starting with 'States.' are reserved): use one of States.ALL, States.DataLimitExceeded
          errorEquals: ["States.ALL", "States.Xyz"],
        },
      ],
    });
  });

  test("a misspelt States.* name in a catch option names the one meant", () => {
    start.task("Charge", {
      resource: lambda.function("${Charge}"),
      // @ts-expect-error did you mean States.TaskFailed?
      catch: [{ errorEquals: ["States.TaskFaild"], next: "Elsewhere" }],
    });
  });

  test("custom names and predefined ones stay free", () => {
    charge().catch(["States.Timeout", "Payment.Declined", "states.lowercase"], "Elsewhere");
  });
});

describe("retrier ranges, read from the field spec", () => {
  test("values in range", () => {
    start.task("Charge", {
      resource: lambda.function("${Charge}"),
      retry: [{ errorEquals: ["States.ALL"], intervalSeconds: 1, maxAttempts: 0, backoffRate: 1.5, maxDelaySeconds: 31622400, jitterStrategy: "NONE" }],
    });
  });

  test("BackoffRate below 1", () => {
    start.task("Charge", {
      resource: lambda.function("${Charge}"),
      // @ts-expect-error BackoffRate is 0.5; it must be at least 1
      retry: [{ errorEquals: ["States.ALL"], backoffRate: 0.5 }],
    });
  });

  test("IntervalSeconds 0, and not whole", () => {
    start.task("Charge", {
      resource: lambda.function("${Charge}"),
      // @ts-expect-error IntervalSeconds is 0; it must be a whole number from 1 to 99999999
      retry: [{ errorEquals: ["States.ALL"], intervalSeconds: 0 }],
    });
    start.task("Charge", {
      resource: lambda.function("${Charge}"),
      // @ts-expect-error IntervalSeconds is 2.5; it must be a whole number from 1 to 99999999
      retry: [{ errorEquals: ["States.ALL"], intervalSeconds: 2.5 }],
    });
  });

  test("MaxAttempts negative", () => {
    start.parallel("Both", [(b) => b.pass("A")], {
      // @ts-expect-error MaxAttempts is -1; it must be a whole number from 0 to 99999999
      retry: [{ errorEquals: ["States.ALL"], maxAttempts: -1 }],
    });
  });

  test("MaxDelaySeconds above a year", () => {
    start.map("Each", { itemsPath: "$.cards" }, (card) => card.pass("Card"));
    start.map(
      "Each",
      {
        itemsPath: "$.cards",
        // @ts-expect-error MaxDelaySeconds is 40000000; it must be a whole number from 1 to 31622400
        retry: [{ errorEquals: ["States.ALL"], maxDelaySeconds: 40000000 }],
      },
      (card) => card.pass("Card"),
    );
  });

  test("a computed number is left to the compiler", () => {
    const rate: number = 0.5;
    start.task("Charge", { resource: lambda.function("${Charge}"), retry: [{ errorEquals: ["States.ALL"], backoffRate: rate }] });
  });
});
