import { it } from "vitest";
import { readFileSync } from "node:fs";
import { inferSchemas } from "/work/infer/packages/compiler/src/import/infer-schemas.ts";
import { zodSource } from "/work/infer/packages/compiler/src/emit/handlers/zod-source.ts";
import { workflowIr } from "/work/infer/test/import/infer-ir.ts";
it("dbg", () => {
  const def = JSON.parse(readFileSync(process.env.DEF!, "utf8"));
  const r = inferSchemas(workflowIr(def));
  console.log(zodSource(r.input));
  for (const [k, v] of r.results) console.log(k, zodSource(v));
});
