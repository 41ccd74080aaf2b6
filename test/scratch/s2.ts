import { z } from "zod";
import type { Chain } from "../../packages/dsl/src/builder/chain-types.ts";
const Order = z.object({ orderId: z.string(), total: z.number() });
type O = z.output<typeof Order>;
declare const ch: Chain<O, {}, O>;
const r = ch.pass("P", { parameters: { "id.$": "$.orderId" } });
type R = typeof r;
declare const ch2: Chain<{ orderId: string }, {}, {}>;
const r2 = ch2.pass("P", { parameters: { "id.$": "$.orderId" } });
