/**
 * Wide unions: the execution input is a discriminated union of twelve event kinds (shared fields,
 * and fields of each kind's own), and Choices route on the kind with rules whose branches write
 * different results before they converge, so the payload after each Choice is a union again.
 * Tasks write to a few rotating slots, so the union's width, not the payload's, is what is measured.
 */
import { str, workflowFile } from "./source.ts";

export const UNION_SCHEMA_NAME = "Event";
const KINDS = 12;
const CYCLE = 4;
const SLOTS = 3;

/** The union of event kinds, as a zod expression. */
export function unionSchema(): string {
  const variants = Array.from(
    { length: KINDS },
    (_, k) =>
      `  z.object({ kind: z.literal("kind${k}"), id: z.string(), amount: z.number(), detail${k}: z.object({ code: z.string(), count: z.number() }) }),`,
  );
  return `z.discriminatedUnion("kind", [\n${variants.join("\n")}\n])`;
}

function unionLink(i: number): { link: string; states: number } {
  const s = Math.floor(i / CYCLE) % SLOTS;
  switch (i % CYCLE) {
    case 0:
      return {
        link: `.task(${str(`Load${i}`)}, {
    resource: lambda.function("\${LoadFunctionArn}"),
    parameters: { "id.$": "$.id", "amount.$": "$.amount", "kind.$": "$.kind" },
    result: z.object({ ok: z.boolean(), score: z.number() }),
    resultPath: "$.slot${s}",
  })`,
        states: 1,
      };
    case 1:
      return {
        link: `.choice(${str(`Route${i}`)}, (c) =>
    c
      .when(c.stringEquals("$.kind", "kind${i % KINDS}"), (b) => b.pass(${str(`Tag${i}`)}, { result: { tag: "special" }, resultPath: "$.route" }))
      .when(c.numericGreaterThan("$.slot${s}.score", 50), (b) => b.pass(${str(`High${i}`)}, { result: { tag: "high", level: 2 }, resultPath: "$.route" }))
      .otherwise((b) => b),
  )`,
        states: 3,
      };
    case 2:
      return {
        link: `.pass(${str(`Shape${i}`)}, { parameters: { "id.$": "$.id", "kind.$": "$.kind", "score.$": "$.slot${s}.score" }, resultPath: "$.view${s}" })`,
        states: 1,
      };
    default:
      return { link: `.wait(${str(`Hold${i}`)}, { secondsPath: "$.amount" })`, states: 1 };
  }
}

/** A wide-union workflow of exactly `states` states, ending in a Succeed. */
export function wideUnionWorkflow(states: number): string {
  const links: string[] = [];
  let count = 0;
  for (let i = 0; ; i++) {
    const next = unionLink(i);
    if (count + next.states > states - 1) break;
    links.push(next.link);
    count += next.states;
  }
  for (let i = 0; count < states - 1; i++, count++) links.push(`.pass(${str(`Pad${i}`)})`);
  links.push(`.succeed("Done")`);
  return workflowFile(`WideUnion${states}`, UNION_SCHEMA_NAME, unionSchema(), links);
}

/** The union schema with no states, to subtract its fixed cost. */
export function wideUnionBaseline(): string {
  return workflowFile("WideUnionBaseline", UNION_SCHEMA_NAME, unionSchema(), []);
}
