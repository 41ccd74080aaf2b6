import { z } from "zod";
import { workflow, lambda, sns, sqs, ref, States, buildWorkflow } from "../../packages/dsl/src/index.ts";

const Order = z.object({ orderId: z.string(), items: z.array(z.object({ sku: z.string(), price: z.number() })), total: z.number(), note: z.string().optional() });

const wf = workflow("OrderProcessing", { input: Order, comment: "Order processing workflow" })
  .task("ValidateOrder", { resource: "arn:aws:lambda:us-east-1:123456789012:function:validate", result: z.object({ valid: z.boolean() }), resultPath: "$.validation" })
  .choice("CheckValid", (c) =>
    c
      .when(c.booleanEquals("$.validation.valid", true), (b) =>
        b
          .task("ProcessPayment", { resource: lambda.function("arn:aws:lambda:us-east-1:123456789012:function:payment"), result: z.object({ paid: z.boolean() }), resultPath: "$.payment", retry: [{ errorEquals: ["States.TaskFailed"], intervalSeconds: 3, maxAttempts: 3, backoffRate: 2 }] })
          .catch(["States.ALL"], (h) => h.fail("PaymentFailed", { cause: "Payment processing failed" }), { resultPath: "$.error" })
          .succeed("OrderComplete"),
      )
      .otherwise((b) => b.fail("OrderFailed", { cause: "Order validation failed" })),
  );

const ir = buildWorkflow(wf);
console.log(JSON.stringify(ir.states.map((s) => s.name)));

const w2 = workflow("T", { input: Order })
  .pass("P", { parameters: { "id.$": "$.orderId", count: States.ArrayLength(ref("$.items")), when: ref("$$.State.EnteredTime"), fixed: "x" }, resultPath: "$.p" })
  .task("Notify", { resource: sns.publish(), parameters: { TopicArn: "arn:aws:sns:us-east-1:1:t", "Message.$": "$.p.id" } })
  .task("Bad", { resource: sns.publish(), parameters: { TopicArn: "x", "Message.$": "$.p.nope" } })
  .task("Invoke", { resource: lambda.invoke("${Fn}"), result: z.object({ n: z.number() }), resultSelector: { "n.$": "$.Payload.n" } })
  .choice("C", (c) => c.when(c.numericGreaterThan("$.n", 3), "P").when(c.stringEquals("$.n", "x"), (b) => b).otherwise((b) => b.pass("Q")))
  .succeed("Done");

type P = typeof w2;
const w3 = workflow("T3", { input: Order }).pass("A", { parameters: { "c.$": "$.nope" } });
const w4 = workflow("T3", { input: Order }).wait("W", { seconds: 3, secondsPath: "$.total" });
const w5 = workflow("T3", { input: Order }).pass("A").pass("A");
const w6 = workflow("T3", { input: Order }).map("M", { itemsPath: "$.items", maxConcurrency: 2 }, (b) => b.pass("X", { parameters: { "s.$": "$.sku" } })).pass("After", { parameters: { "first.$": "$[0].s" } });
const w7 = workflow("T3", { input: Order }).parallel("Par", [(b) => b.pass("X", { result: { a: 1 } }), (b) => b.pass("Y", { result: "s" })], { resultPath: "$.par" }).pass("Z", { parameters: { "a.$": "$.par[0].a", "b.$": "$.par[1].zz" } });
