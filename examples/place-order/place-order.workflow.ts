/**
 * Places a customer's order when the item is in stock, then tells the customer either way.
 * Each message on the order queue starts one execution (handlers/trigger-state-machine.ts);
 * the execution input is the message body.
 */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";

/** What a customer puts on the order queue. */
const OrderMessage = z.object({
  itemName: z.string(),
  customerId: z.string(),
  customerEmail: z.string(),
});

/**
 * Strict, so the two payloads that meet at NotifyCustomer stay distinguishable: its event
 * schema is a union of this and PlacedOrder, and a plain object would also accept a placed
 * order (dropping its order_id on the way).
 */
const Availability = z.strictObject({ message: OrderMessage, available: z.boolean() });
const PlacedOrder = z.object({ message: OrderMessage, order_id: z.string(), available: z.boolean() });
const Notification = z.object({ email: z.string(), orderId: z.string().nullable(), message: z.string() });

export default workflow("PlaceOrder", { input: OrderMessage, comment: "Places an order when the item is available, then notifies the customer" })
  .task("CheckAvailability", { resource: lambda.function("${CheckAvailabilityArn}"), result: Availability })
  .choice("ValidateAvailability", (c) =>
    c
      .when(c.booleanEquals("$.available", true), (b) => b.task("PlaceOrder", { resource: lambda.function("${PlaceOrderArn}"), result: PlacedOrder }))
      .when(c.booleanEquals("$.available", false), "NotifyCustomer"),
  )
  .task("NotifyCustomer", { resource: lambda.function("${NotifyCustomerArn}"), result: Notification });
