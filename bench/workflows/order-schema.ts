/**
 * The execution input of the linear and Choice workflows: a plain order message, the size of a
 * typical real one, so the payload is wide enough for paths to mean something but stays fixed.
 */
export const ORDER_SCHEMA_NAME = "Order";

export const ORDER_SCHEMA = `z.object({
  orderId: z.string(),
  customer: z.object({ id: z.string(), email: z.string(), tier: z.enum(["gold", "silver", "basic"]) }),
  items: z.array(z.object({ sku: z.string(), quantity: z.number(), price: z.number() })),
  total: z.number(),
  currency: z.string(),
  delaySeconds: z.number(),
  flagged: z.boolean(),
  notes: z.string().optional(),
})`;
