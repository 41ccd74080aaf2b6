/** Realistic workflows whose Lambda handler contracts the tests generate and compile. */
import { z } from "zod";
import { lambda, ref, sns, sqs, States, workflow } from "@aslc/dsl";

const Person = z.object({ firstName: z.string(), lastName: z.string(), email: z.string(), phone: z.string() });
export const Registration = z.object({
  registration_info: z.object({
    child: z.object({ firstName: z.string(), lastName: z.string(), dateOfBirth: z.string() }),
    parents: z.object({ mother: Person, father: Person }),
    daysOfWeek: z.array(z.string()),
    specialInstructions: z.string().optional(),
  }),
});
/** Every check answers with an HTTP-like status and a JSON body. */
export const CheckResponse = z.object({ statusCode: z.number(), body: z.string() });

const check = (arnName: string) => ({
  resource: lambda.invoke(`\${${arnName}}`),
  result: CheckResponse,
  outputPath: "$.Payload" as const,
});

/** lambda.invoke tasks whose OutputPath keeps only the handler's return value. */
export const daycare = workflow("DaycareRegistration", { input: Registration })
  .task("checkInformation", check("CheckInformationFunctionArn"))
  .choice("Information complete?", (c) =>
    c.when(c.numericEquals("$.statusCode", 200), (b) => b).otherwise((b) => b.fail("Information incomplete", { error: "InformationIncomplete", causePath: "$.body" })),
  )
  .task("checkAgeRange", check("CheckAgeRangeFunctionArn"))
  .choice("Age in range?", (c) =>
    c.when(c.numericEquals("$.statusCode", 200), (b) => b).otherwise((b) => b.fail("Age out of range", { error: "AgeOutOfRange", causePath: "$.body" })),
  )
  .succeed("Registration checked");

const fn = (name: string) => lambda.function(`arn:aws:lambda:us-west-1:111122223333:function:${name}`);
const Trade = z.object({ qty: z.number() });

/** lambda.function tasks, a callback through SQS, and a Choice whose branches converge. */
export const stockTrading = workflow("StockTrading", { input: z.object({}) })
  .task("Check Stock Price", { resource: fn("CheckStockPrice"), result: z.object({ stock_price: z.number() }) })
  .task("Generate Buy/Sell recommendation", {
    resource: fn("GenerateBuySellRecommendation"),
    result: z.enum(["buy", "sell"]),
    resultPath: "$.recommended_type",
  })
  .task("Request Human Approval", {
    resource: sqs.sendMessage({ waitForTaskToken: true }),
    parameters: { QueueUrl: "https://sqs.us-west-1.amazonaws.com/111122223333/approvals", MessageBody: { "Input.$": "$", "TaskToken.$": "$$.Task.Token" } },
    resultPath: null,
  })
  .choice("Buy or Sell?", (c) =>
    c
      .when(c.stringEquals("$.recommended_type", "buy"), (b) => b.task("Buy Stock", { resource: fn("BuyStock"), result: Trade }))
      .when(c.stringEquals("$.recommended_type", "sell"), (b) => b.task("Sell Stock", { resource: fn("SellStock"), result: Trade })),
  )
  .task("Report Result", {
    resource: sns.publish(),
    parameters: { TopicArn: "arn:aws:sns:us-west-1:111122223333:ReportResult", Message: { "Input.$": "$" } },
  });

const Order = z.object({
  orderId: z.string(),
  customer: z.object({ id: z.string(), email: z.string().nullable() }),
  items: z.array(z.object({ sku: z.string(), quantity: z.number(), price: z.number() })),
  coupon: z.string().optional(),
});

/**
 * Payload templates, context paths, intrinsics, a Map over items, a Parallel, a Catch and a
 * callback Lambda: everything a contract's event can be built from.
 */
export const fulfilment = workflow("OrderFulfilment", { input: Order })
  .task("Reserve stock", {
    resource: lambda.invoke("${ReserveStockArn}"),
    payload: {
      "orderId.$": "$.orderId",
      skus: ref("$.items[*].sku"),
      count: States.ArrayLength(ref("$.items")),
      requestedAt: ref("$$.State.EnteredTime"),
      executionId: ref("$$.Execution.Id"),
      source: "fulfilment",
    },
    result: z.object({ reservationId: z.string(), expiresAt: z.string() }),
    resultSelector: { "reservationId.$": "$.Payload.reservationId" },
    resultPath: "$.reservation",
  })
  .catch(["States.ALL"], (h) => h.task("Report failure", { resource: fn("ReportFailure"), inputPath: "$.failure" }).fail("Reservation failed"), {
    resultPath: "$.failure",
  })
  .map(
    "Price items",
    {
      itemsPath: "$.items",
      itemSelector: { "line.$": "$$.Map.Item.Value", "index.$": "$$.Map.Item.Index", "orderId.$": "$.orderId" },
      resultPath: "$.priced",
    },
    (item) => item.task("Price item", { resource: fn("PriceItem"), result: z.object({ sku: z.string(), total: z.number() }) }),
  )
  .parallel(
    "Notify",
    [
      (b) =>
        b.task("Email customer", {
          resource: lambda.invoke("${EmailCustomerArn}", { waitForTaskToken: true }),
          payload: { "to.$": "$.customer.email", "token.$": "$$.Task.Token", "subject.$": "States.Format('Order {} is on its way', $.orderId)" },
          result: z.object({ delivered: z.boolean() }),
        }),
      (b) => b.pass("Audit", { parameters: { "orderId.$": "$.orderId" } }),
    ],
    { resultPath: "$.notified" },
  )
  .succeed("Done");
