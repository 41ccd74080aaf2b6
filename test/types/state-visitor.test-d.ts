// A state visitor names a handler for every state kind, each receiving its kind's node: a visitor
// that misses a kind does not compile, so a new kind of state is handled everywhere or nowhere.
import { expectTypeOf, test } from "vitest";
import type { ChoiceNode, MapNode, StateVisitor, TaskNode } from "@aslc/dsl";

test("each handler receives the node of its kind", () => {
  expectTypeOf<Parameters<StateVisitor<number>["Map"]>[0]>().toEqualTypeOf<MapNode>();
  expectTypeOf<Parameters<StateVisitor<number>["Choice"]>[0]>().toEqualTypeOf<ChoiceNode>();
  expectTypeOf<Parameters<StateVisitor<number>["Task"]>[0]>().toEqualTypeOf<TaskNode>();
});

test("a visitor missing a kind does not compile", () => {
  const one = () => 1;
  // @ts-expect-error Property 'Map' is missing in type
  const missing: StateVisitor<number> = { Task: one, Pass: one, Wait: one, Choice: one, Succeed: one, Fail: one, Parallel: one };
  expectTypeOf(missing).toEqualTypeOf<StateVisitor<number>>();
});
