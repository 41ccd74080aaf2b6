/**
 * The order workflow of order-processing written in JSONata mode. What later states need (the
 * order id, the customer, the total, the approval, the payment) is kept in workflow variables
 * the moment it is known, instead of being carried along in the payload: every Lambda receives
 * exactly the Payload its Arguments build, and the execution ends with an Output that says what
 * happened to the order.
 */
import { z } from "zod";
import { dynamodb, ecs, lambda, sns, sqs, workflow } from "@aslc/dsl";

const LineItem = z.object({ sku: z.string(), quantity: z.number(), price: z.number() });
const Customer = z.object({ id: z.string(), email: z.string() });

/** The order as the shop front submits it. */
const SubmittedOrder = z.object({ order: z.object({ id: z.string(), customer: Customer, items: z.array(LineItem) }) });

const Validation = z.object({ valid: z.boolean(), total: z.number(), problems: z.array(z.string()) });
/** What a reviewer sends back with SendTaskSuccess. */
const Approval = z.object({ approved: z.boolean(), reviewer: z.string() });
const Payment = z.object({ transactionId: z.string(), amount: z.number() });
const Reservation = z.object({ sku: z.string(), reserved: z.number() });
const Refund = z.object({ refundId: z.string() });

/** Retries for calls to the payment gateway: it may be briefly unavailable. */
const GATEWAY_RETRY = { errorEquals: ["States.TaskFailed"], intervalSeconds: 3, maxAttempts: 3, backoffRate: 2 } as const;

export default workflow("OrderProcessingJsonata", { input: SubmittedOrder, queryLanguage: "JSONata", comment: "Order processing workflow, JSONata and variables" })
  .pass("ReceiveOrder", {
    assign: {
      orderId: "{% $states.input.order.id %}",
      customer: "{% $states.input.order.customer %}",
      items: "{% $states.input.order.items %}",
      receivedAt: "{% $states.context.State.EnteredTime %}",
    },
  })
  .task("ValidateOrder", {
    resource: lambda.invoke("${ValidateOrderFunctionArn}"),
    payload: "{% $states.input.order %}",
    result: Validation,
    output: "{% $states.result.Payload %}",
  })
  .choice("CheckValid", (c) =>
    c
      // The total is only worth keeping for an order that will be charged.
      .when(c.booleanEquals("$.valid", true), (b) => b, { assign: { total: "{% $states.input.total %}" } })
      .otherwise((b) => b.fail("OrderFailed", { error: "OrderInvalid", cause: "{% $join($states.input.problems, '; ') %}" })),
  )
  .choice("NeedsApproval", (c) =>
    c
      .when("{% $total > 1000 %}", (b) =>
        b
          .task("WaitForApproval", {
            resource: sqs.sendMessage({ waitForTaskToken: true }),
            arguments: {
              QueueUrl: "${ApprovalQueueUrl}",
              MessageBody: { taskToken: "{% $states.context.Task.Token %}", orderId: "{% $orderId %}", total: "{% $total %}", customer: "{% $customer %}" },
            },
            result: Approval,
            assign: { approval: "{% $states.result %}" },
            timeoutSeconds: 86400,
          })
          .catch(["States.Timeout"], (h) => h.fail("ApprovalTimedOut", { error: "ApprovalTimedOut", cause: "Nobody approved the order within a day" })),
      )
      .otherwise((b) => b.pass("ApproveAutomatically", { assign: { approval: { approved: true, reviewer: "automatic" } } })),
  )
  .choice("CheckApproval", (c) =>
    c
      .when("{% $approval.approved %}", (b) => b)
      .otherwise((b) => b.fail("OrderRejected", { error: "OrderRejected", cause: "{% 'Rejected by ' & $approval.reviewer %}" })),
  )
  .task("ProcessPayment", {
    resource: lambda.invoke("${ProcessPaymentFunctionArn}"),
    payload: { orderId: "{% $orderId %}", customerId: "{% $customer.id %}", amount: "{% $total %}" },
    result: Payment,
    assign: { payment: "{% $states.result.Payload %}" },
    retry: [
      // A declined card stays declined: fail at once rather than ask three more times.
      { errorEquals: ["PaymentDeclined"], maxAttempts: 0 },
      GATEWAY_RETRY,
    ],
  })
  .catch(["States.ALL"], (h) => h.fail("PaymentFailed", { error: "PaymentFailed", cause: "{% $paymentError.Cause %}" }), {
    assign: { paymentError: "{% $states.errorOutput %}" },
  })
  .map(
    "ProcessItems",
    {
      items: "{% $items %}",
      // A child execution cannot read this execution's variables: the Map hands them over here.
      itemSelector: { orderId: "{% $orderId %}", item: "{% $states.context.Map.Item.Value %}" },
      mode: "DISTRIBUTED",
      executionType: "STANDARD",
      maxConcurrency: 10,
      assign: { reservations: "{% $states.result %}" },
    },
    (item) =>
      item.task("ProcessItem", {
        resource: lambda.invoke("${ProcessItemFunctionArn}"),
        payload: "{% $states.input %}",
        result: Reservation,
        output: "{% $states.result.Payload %}",
      }),
  )
  // The customer has paid by now: an order that cannot be fulfilled is refunded before it fails.
  .catch(
    ["States.ALL"],
    (h) =>
      h
        .task("RefundPayment", {
          resource: lambda.invoke("${RefundPaymentFunctionArn}"),
          payload: { orderId: "{% $orderId %}", transactionId: "{% $payment.transactionId %}", amount: "{% $payment.amount %}" },
          result: Refund,
          assign: { refund: "{% $states.result.Payload %}" },
          // The error goes on to FulfilmentFailed, which names it as the cause.
          output: "{% $states.input %}",
          retry: [GATEWAY_RETRY],
        })
        .fail("FulfilmentFailed", { error: "FulfilmentFailed", cause: "{% $states.input.Cause %}" }),
    { output: "{% $states.errorOutput %}" },
  )
  .task("GenerateInvoice", {
    resource: ecs.runTask({ sync: true }),
    arguments: {
      LaunchType: "FARGATE",
      Cluster: "${InvoiceClusterArn}",
      TaskDefinition: "${InvoiceTaskDefinitionArn}",
      NetworkConfiguration: { AwsvpcConfiguration: { Subnets: ["${InvoiceSubnetId}"], AssignPublicIp: "ENABLED" } },
      Overrides: { ContainerOverrides: [{ Name: "invoice", Environment: [{ Name: "ORDER_ID", Value: "{% $orderId %}" }] }] },
    },
  })
  .parallel(
    "NotifyAndRecord",
    [
      (b) =>
        b.task("SendEmail", {
          resource: lambda.invoke("${SendEmailFunctionArn}"),
          payload: { orderId: "{% $orderId %}", to: "{% $customer.email %}", total: "{% $total %}", transactionId: "{% $payment.transactionId %}" },
          result: z.object({ messageId: z.string() }),
          // A variable of this branch alone: it ends with the branch, so the Output carries the id out.
          assign: { messageId: "{% $states.result.Payload.messageId %}" },
          output: { messageId: "{% $states.result.Payload.messageId %}" },
        }),
      (b) =>
        b.task("UpdateDB", {
          resource: dynamodb.putItem(),
          arguments: {
            TableName: "${OrdersTableName}",
            Item: {
              orderId: { S: "{% $orderId %}" },
              status: { S: "completed" },
              transactionId: { S: "{% $payment.transactionId %}" },
              total: { N: "{% $string($total) %}" },
              receivedAt: { S: "{% $receivedAt %}" },
            },
          },
          output: {},
        }),
    ],
    { assign: { confirmationId: "{% $states.result[0].messageId %}" } },
  )
  .task("PublishOrderCompleted", {
    resource: sns.publish(),
    arguments: {
      TopicArn: "${OrderEventsTopicArn}",
      Subject: "{% 'Order ' & $orderId & ' completed' %}",
      Message: { orderId: "{% $orderId %}", status: "completed", total: "{% $total %}", transactionId: "{% $payment.transactionId %}" },
    },
  })
  .succeed("OrderComplete", {
    output: {
      orderId: "{% $orderId %}",
      status: "completed",
      total: "{% $total %}",
      approvedBy: "{% $approval.reviewer %}",
      transactionId: "{% $payment.transactionId %}",
      reserved: "{% $reservations %}",
      confirmationId: "{% $confirmationId %}",
    },
  });
