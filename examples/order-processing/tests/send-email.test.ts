import { describe, expect, it } from "vitest";
import { createSendEmailHandler, type EmailSender } from "../handlers/send-email.ts";

const confirmation = { orderId: "order-1001", to: "ana@example.com", total: 125.48, transactionId: "txn-1" };

describe("SendEmail", () => {
  it("sends the confirmation from the configured address and returns SES's message id", async () => {
    const sent: Parameters<EmailSender["sendEmail"]>[0][] = [];
    const sendEmail = createSendEmailHandler({ ses: { sendEmail: async (request) => (sent.push(request), { MessageId: "ses-1" }) }, from: "shop@example.com" });

    expect(await sendEmail(confirmation)).toEqual({ messageId: "ses-1" });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.FromEmailAddress).toBe("shop@example.com");
    expect(sent[0]!.Destination).toEqual({ ToAddresses: ["ana@example.com"] });
    expect(sent[0]!.Content.Simple.Subject.Data).toBe("Order order-1001 confirmed");
    expect(sent[0]!.Content.Simple.Body.Text.Data).toContain("We have charged 125.48 (transaction txn-1)");
  });

  it("fails the task when SES gives no message id", async () => {
    const sendEmail = createSendEmailHandler({ ses: { sendEmail: async () => ({}) }, from: "shop@example.com" });
    await expect(sendEmail(confirmation)).rejects.toThrow("without a message id");
  });
});
