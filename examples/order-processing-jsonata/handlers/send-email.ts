/**
 * The Lambda handler of task "SendEmail" in workflow "OrderProcessingJsonata": the customer's
 * order confirmation, sent with Amazon SES. Its event is the Payload the task builds from the
 * workflow's variables: the order id, the address, the total and the transaction.
 */
import { SESv2 } from "@aws-sdk/client-sesv2";
import { sendEmailEventSchema, type SendEmailEvent, type SendEmailHandler } from "../OrderProcessingJsonata.contracts.js";
import { requiredEnvironment } from "./environment.js";

/** The one SES call the handler makes; the SDK's SESv2 client has it. */
export interface EmailSender {
  sendEmail(request: {
    FromEmailAddress: string;
    Destination: { ToAddresses: string[] };
    Content: { Simple: { Subject: { Data: string }; Body: { Text: { Data: string } } } };
  }): Promise<{ MessageId?: string }>;
}

export interface SendEmailDependencies {
  readonly ses: EmailSender;
  /** A sender address verified in SES. */
  readonly from: string;
}

export function confirmationText({ orderId, total, transactionId }: SendEmailEvent): string {
  return [
    `Thank you for your order ${orderId}.`,
    "",
    `We have charged ${total.toFixed(2)} (transaction ${transactionId}) and reserved your items.`,
    "We will let you know when they are on their way.",
  ].join("\n");
}

export function createSendEmailHandler({ ses, from }: SendEmailDependencies): SendEmailHandler {
  return async (event) => {
    const confirmation = sendEmailEventSchema.parse(event);
    const { MessageId } = await ses.sendEmail({
      FromEmailAddress: from,
      Destination: { ToAddresses: [confirmation.to] },
      Content: { Simple: { Subject: { Data: `Order ${confirmation.orderId} confirmed` }, Body: { Text: { Data: confirmationText(confirmation) } } } },
    });
    if (!MessageId) throw new Error(`SES accepted the confirmation for order ${confirmation.orderId} without a message id`);
    return { messageId: MessageId };
  };
}

let sendEmail: SendEmailHandler | undefined;

/** Built on first use, so importing the module (as the tests do) needs no AWS configuration. */
export const handler: SendEmailHandler = (event) => {
  sendEmail ??= createSendEmailHandler({ ses: new SESv2({}), from: requiredEnvironment("SENDER_EMAIL") });
  return sendEmail(event);
};
