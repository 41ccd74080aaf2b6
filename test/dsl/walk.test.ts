/** The one IR walk: scopes nested at any depth, each state's place, and every transition by kind. */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  allScopes,
  allStates,
  edgeField,
  isTerminal,
  ownersOf,
  processorOf,
  scopeLabel,
  scopeTitle,
  statesInOrder,
  successors,
  visitState,
  type StateNode,
  type StateVisitor,
  type WorkflowIR,
} from "@aslc/dsl";

const end = { end: true } as const;
const to = (next: string) => ({ next });
const task = (name: string, transition: { next: string } | typeof end): StateNode => ({
  type: "Task",
  name,
  resource: "arn:aws:states:::lambda:invoke",
  integration: { kind: "lambda-invoke", pattern: "request-response" },
  transition,
});

/** Parallel 'Outer' → branch 1: Map 'Each' → item processor: Parallel 'Inner' (a state named `__proto__` in its second branch). */
const nested: WorkflowIR = {
  name: "Nested",
  startAt: "Outer",
  inputSchema: z.object({}),
  states: [
    {
      type: "Parallel",
      name: "Outer",
      branches: [
        {
          startAt: "Each",
          states: [
            {
              type: "Map",
              name: "Each",
              itemProcessor: {
                mode: "INLINE",
                startAt: "Inner",
                states: [
                  {
                    type: "Parallel",
                    name: "Inner",
                    branches: [
                      { startAt: "Leaf", states: [task("Leaf", end)] },
                      {
                        startAt: "__proto__",
                        states: [
                          { type: "Pass", name: "__proto__", transition: to("constructor") },
                          { type: "Succeed", name: "constructor" },
                        ],
                      },
                    ],
                    transition: end,
                  },
                ],
              },
              catch: [{ errorEquals: ["States.ALL"], next: "Recover" }],
              transition: to("After each"),
            },
            { type: "Succeed", name: "After each" },
            { type: "Fail", name: "Recover" },
          ],
        },
        { startAt: "Solo", states: [{ type: "Pass", name: "Solo", transition: end }] },
      ],
      catch: [
        { errorEquals: ["States.TaskFailed"], next: "Failed" },
        { errorEquals: ["States.ALL"], next: "Done" },
      ],
      transition: to("Decide"),
    },
    {
      type: "Choice",
      name: "Decide",
      choices: [
        { condition: { kind: "compare", variable: "$.ok", operator: "BooleanEquals", operand: true }, next: "Done" },
        { condition: { kind: "compare", variable: "$.retry", operator: "BooleanEquals", operand: true }, next: "Outer" },
      ],
      default: "Failed",
    },
    { type: "Succeed", name: "Done" },
    { type: "Fail", name: "Failed" },
  ],
};

const byName = (name: string): StateNode => [...allStates(nested)].find((s) => s.name === name)!;

describe("scopes", () => {
  it("lists every scope, each before the scopes nested in it, with both label styles", () => {
    const scopes = allScopes(nested);
    expect(scopes.map((s) => scopeLabel(s, "the workflow"))).toEqual([
      "the workflow",
      "branch 1 of Parallel 'Outer'",
      "the item processor of Map 'Each'",
      "branch 1 of Parallel 'Inner'",
      "branch 2 of Parallel 'Inner'",
      "branch 2 of Parallel 'Outer'",
    ]);
    expect(scopes.map(scopeTitle)).toEqual([
      "workflow",
      'branch 1 of Parallel "Outer"',
      'the item processor of Map "Each"',
      'branch 1 of Parallel "Inner"',
      'branch 2 of Parallel "Inner"',
      'branch 2 of Parallel "Outer"',
    ]);
  });

  it("gives each scope its owner and its path of owners, outermost first", () => {
    const deepest = allScopes(nested)[4]!;
    expect(deepest.owner?.state.name).toBe("Inner");
    expect(deepest.owner?.branch).toBe(1);
    expect(ownersOf(deepest).map((s) => s.name)).toEqual(["Outer", "Each", "Inner"]);
    expect(deepest.parent?.parent?.owner?.state.name).toBe("Outer");
    expect(ownersOf(allScopes(nested)[0]!)).toEqual([]);
    expect(allScopes(nested)[2]!.owner?.branch).toBeUndefined();
  });

  it("lists every state at any depth, scope by scope, a state named __proto__ included", () => {
    expect([...allStates(nested)].map((s) => s.name)).toEqual([
      "Outer", "Decide", "Done", "Failed",
      "Each", "After each", "Recover",
      "Inner",
      "Leaf",
      "__proto__", "constructor",
      "Solo",
    ]);
    expect(byName("__proto__").type).toBe("Pass");
  });

  it("lists every state in document order with the scope it belongs to", () => {
    expect([...statesInOrder(nested)].map(({ state, scope }) => `${state.name} in ${scopeTitle(scope)}`)).toEqual([
      "Outer in workflow",
      'Each in branch 1 of Parallel "Outer"',
      'Inner in the item processor of Map "Each"',
      'Leaf in branch 1 of Parallel "Inner"',
      '__proto__ in branch 2 of Parallel "Inner"',
      'constructor in branch 2 of Parallel "Inner"',
      'After each in branch 1 of Parallel "Outer"',
      'Recover in branch 1 of Parallel "Outer"',
      'Solo in branch 2 of Parallel "Outer"',
      "Decide in workflow",
      "Done in workflow",
      "Failed in workflow",
    ]);
  });
});

describe("successors", () => {
  const edges = (name: string) => successors(byName(name)).map((edge) => `${edge.kind} ${edgeField(edge)} → ${edge.target}`);

  it("gives Next, then each catcher's Next, with the catcher", () => {
    expect(edges("Outer")).toEqual(["next Next → Decide", "catch Catch[0].Next → Failed", "catch Catch[1].Next → Done"]);
    const [, first] = successors(byName("Outer"));
    expect(first?.kind === "catch" && first.catcher.errorEquals).toEqual(["States.TaskFailed"]);
    expect(edges("Each")).toEqual(["next Next → After each", "catch Catch[0].Next → Recover"]);
  });

  it("gives each Choice rule with its rule, then Default", () => {
    expect(edges("Decide")).toEqual(["choice Choices[0].Next → Done", "choice Choices[1].Next → Outer", "default Default → Failed"]);
    const [, second] = successors(byName("Decide"));
    expect(second?.kind === "choice" && second.index).toBe(1);
  });

  it("gives nothing for End, Succeed and Fail, which end their scope", () => {
    expect(edges("Inner")).toEqual([]);
    expect(edges("Done")).toEqual([]);
    expect(edges("Recover")).toEqual([]);
    expect(edges("__proto__")).toEqual(["next Next → constructor"]);
    expect(["Inner", "Done", "Recover", "Leaf", "Outer", "Decide", "__proto__"].map((n) => isTerminal(byName(n)))).toEqual([true, true, true, true, false, false, false]);
  });
});

describe("visitState", () => {
  it("calls the handler of the state's kind with the node", () => {
    const visitor: StateVisitor<string> = {
      Task: (s) => `task ${s.resource}`,
      Pass: (s) => `pass ${s.name}`,
      Wait: () => "wait",
      Choice: (s) => `choice of ${s.choices.length}`,
      Succeed: () => "succeed",
      Fail: () => "fail",
      Parallel: (s) => `parallel of ${s.branches.length}`,
      Map: (s) => `map ${processorOf(s).mode}`,
    };
    expect([...allStates(nested)].map((s) => visitState(s, visitor))).toEqual([
      "parallel of 2", "choice of 2", "succeed", "fail",
      "map INLINE", "succeed", "fail",
      "parallel of 2",
      "task arn:aws:states:::lambda:invoke",
      "pass __proto__", "succeed",
      "pass Solo",
    ]);
  });
});
