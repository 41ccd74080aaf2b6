/**
 * A workflow over the 200-field, 6-level schema: every state reads fields 5 or 6 levels down
 * (some through the array with [0] or [*]), Choices test deep fields, and some results are
 * written back deep into the payload, which rebuilds the objects along that path.
 */
import { DEEP_SCHEMA_NAME, deepSchema, type Leaf, type LeafKind } from "./deep-schema.ts";
import { str, workflowFile } from "./source.ts";

const CYCLE = 5;

type LeafPicker = (kind: LeafKind, n: number, inArray?: boolean) => string;

/** Picks deep leaves of one kind in turn, so consecutive states read different fields. */
function picker(leaves: readonly Leaf[]): LeafPicker {
  const deep = leaves.filter((leaf) => leaf.depth >= 5);
  return (kind, n, inArray = false) => {
    const ofKind = deep.filter((leaf) => leaf.kind === kind && (!inArray || leaf.path.includes("[0]")));
    return ofKind[n % ofKind.length]!.path;
  };
}

function deepLink(i: number, pick: LeafPicker): string {
  const k = Math.floor(i / CYCLE);
  switch (i % CYCLE) {
    case 0:
      return `.task(${str(`Assess${i}`)}, {
    resource: lambda.function("\${AssessFunctionArn}"),
    parameters: {
      "amount.$": ${str(pick("number", k))},
      "code.$": ${str(pick("string", k))},
      "allAmounts.$": ${str(pick("number", k, true).replace("[0]", "[*]"))},
      enabled: ref(${str(pick("boolean", k))}),
    },
    result: z.object({ approved: z.boolean(), limit: z.number() }),
    resultPath: "$.assessment",
  })`;
    case 1:
      return `.pass(${str(`View${i}`)}, {
    parameters: {
      "state.$": ${str(pick("enum", k))},
      note: ref(${str(pick("optional", k))}),
      label: States.Format("{} / {}", ref(${str(pick("string", k + 2))}), ref(${str(pick("number", k + 3))})),
      approved: ref("$.assessment.approved"),
    },
    resultPath: "$.view",
  })`;
    case 2:
      return `.wait(${str(`Hold${i}`)}, { secondsPath: ${str(pick("number", k + 4))} })`;
    case 3:
      return `.choice(${str(`Gate${i}`)}, (c) =>
    c
      .when(c.and(c.numericGreaterThan(${str(pick("number", k + 5))}, 1000), c.booleanEquals(${str(pick("boolean", k + 1))}, false)), (b) =>
        b.fail(${str(`Refuse${i}`)}, { error: "LimitExceeded", cause: "The amount is over the limit" }),
      )
      .otherwise((b) => b),
  )`;
    default:
      return `.task(${str(`Review${i}`)}, {
    resource: lambda.invoke("\${ReviewFunctionArn}"),
    payload: { "code.$": ${str(pick("string", k + 3))}, "limit.$": "$.assessment.limit" },
    result: z.object({ reviewer: z.string(), score: z.number() }),
    resultSelector: { "reviewer.$": "$.Payload.reviewer", "score.$": "$.Payload.score" },
    resultPath: "$.profile.settings.review",
  })`;
  }
}

/** The deep workflow of exactly `states` states (the Choices' Fails count), ending in a Succeed. */
export function deepWorkflow(states: number): string {
  const schema = deepSchema();
  const pick = picker(schema.leaves);
  const links: string[] = [];
  let count = 0;
  for (let i = 0; count < states - 1; i++) {
    const link = deepLink(i, pick);
    const size = i % CYCLE === 3 ? 2 : 1;
    if (count + size > states - 1) break;
    links.push(link);
    count += size;
  }
  while (count < states - 1) {
    links.push(`.pass(${str(`Pad${count}`)})`);
    count++;
  }
  links.push(`.succeed("Done")`);
  return workflowFile(`Deep${states}`, DEEP_SCHEMA_NAME, schema.source, links);
}

/** The deep schema with no states, to subtract its fixed cost. */
export function deepBaseline(): string {
  return workflowFile("DeepBaseline", DEEP_SCHEMA_NAME, deepSchema().source, []);
}
