import type { Chain } from "../../packages/dsl/src/builder/chain-types.ts";
type O = { orderId: string; items: { sku: string }[] };
declare const ch: Chain<O, {}, O>;
const a = ch.parallel("Par", [(b) => b.pass("X")]);
const a2 = ch.parallel("Par", [(b) => b.pass("X"), (b) => b.pass("Y")], { resultPath: "$.r" });
const m = ch.map("M", { itemsPath: "$.items" }, (b) => b.pass("X"));
const m2 = ch.map("M", { itemsPath: "$.items", maxConcurrency: 2 }, (b) => b.pass("X"));
