// Diagnostic codes come from the registry: raising one that is not registered does not compile.
import { describe, expectTypeOf, test } from "vitest";
import { DslError, type DiagnosticCode } from "@aslc/dsl";
import type { Diagnostic } from "@aslc/compiler";

describe("diagnostic codes", () => {
  test("registered codes are accepted", () => {
    expectTypeOf<"ASLC102">().toExtend<DiagnosticCode>();
    expectTypeOf(new DslError("ASLC010", "no states", undefined).code).toEqualTypeOf<DiagnosticCode>();
    expectTypeOf<Diagnostic["code"]>().toEqualTypeOf<DiagnosticCode | `TS${number}`>();
  });

  test("a code not in the registry is refused", () => {
    // @ts-expect-error Argument of type '"ASLC999"' is not assignable to parameter of type
    new DslError("ASLC999", "no such code", undefined);
    // @ts-expect-error Type '"ASLC999"' is not assignable to type
    const diagnostic: Diagnostic = { code: "ASLC999", severity: "error", message: "no such code" };
    expectTypeOf(diagnostic).toEqualTypeOf<Diagnostic>();
  });
});
