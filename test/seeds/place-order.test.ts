/** Seed 000: the SAM place-order machine (CheckAvailability → Choice → PlaceOrder → NotifyCustomer). */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import { emitted } from "../support/emit.ts";
import { validatorProblems } from "../support/validators.ts";

const SqsEvent = z.object({ Records: z.array(z.object({ messageId: z.string(), body: z.string() })) });
const OrderMessage = z.object({ itemName: z.string(), customerId: z.string(), customerEmail: z.string() });
const Availability = z.object({ message: OrderMessage, available: z.boolean() });
const PlacedOrder = z.object({ message: OrderMessage, order_id: z.string(), available: z.boolean() });
const Notification = z.object({ email: z.string(), orderId: z.string().nullable(), message: z.string() });

export const placeOrder = workflow("PlaceOrder", { input: SqsEvent, comment: "Place order SM example" })
  .task("CheckAvailability", { resource: lambda.function("${CheckAvailabilityArn}"), result: Availability })
  .choice("ValidateAvailability", (c) =>
    c
      .when(c.booleanEquals("$.available", true), (b) => b.task("PlaceOrder", { resource: lambda.function("${PlaceOrderArn}"), result: PlacedOrder }))
      .when(c.booleanEquals("$.available", false), "NotifyCustomer"),
  )
  .task("NotifyCustomer", { resource: lambda.function("${NotifyCustomerArn}"), result: Notification });

const expected = {
  Comment: "Place order SM example",
  StartAt: "CheckAvailability",
  States: {
    CheckAvailability: { Type: "Task", Resource: "${CheckAvailabilityArn}", Next: "ValidateAvailability" },
    ValidateAvailability: {
      Type: "Choice",
      Choices: [
        { Variable: "$.available", BooleanEquals: true, Next: "PlaceOrder" },
        { Variable: "$.available", BooleanEquals: false, Next: "NotifyCustomer" },
      ],
    },
    PlaceOrder: { Type: "Task", Resource: "${PlaceOrderArn}", Next: "NotifyCustomer" },
    NotifyCustomer: { Type: "Task", Resource: "${NotifyCustomerArn}", End: true },
  },
};

describe("seed: place order", () => {
  it("emits the seed's definition", () => {
    expect(emitted(placeOrder)).toEqual(expected);
  });

  it("is accepted by asl-validator and statelint", () => {
    expect(validatorProblems(emitted(placeOrder))).toEqual([]);
  });

  it("converges a fall-through branch on the next state just as a named target does", () => {
    const fallThrough = workflow("PlaceOrder", { input: SqsEvent, comment: "Place order SM example" })
      .task("CheckAvailability", { resource: lambda.function("${CheckAvailabilityArn}"), result: Availability })
      .choice("ValidateAvailability", (c) =>
        c
          .when(c.booleanEquals("$.available", true), (b) => b.task("PlaceOrder", { resource: lambda.function("${PlaceOrderArn}"), result: PlacedOrder }))
          .when(c.booleanEquals("$.available", false), (b) => b),
      )
      .task("NotifyCustomer", { resource: lambda.function("${NotifyCustomerArn}"), result: Notification });
    expect(emitted(fallThrough)).toEqual(expected);
  });
});
