/**
 * What every example's template.yaml must get right, whatever it deploys: the state machine's
 * DefinitionUri is the ASL the compiler committed, its DefinitionSubstitutions are exactly the
 * placeholders that ASL holds (no more, no fewer), it may invoke every function it substitutes,
 * and every function builds from a handler module that exists and exports `handler`.
 */
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { placeholdersIn } from "@aslc/compiler";
import { policyTemplates, readSamTemplate, referencedResource, resourcesOfType } from "../support/sam-template.ts";
import { EXAMPLES, exampleFolders, exists, readJson } from "./example-files.ts";

for (const example of exampleFolders()) {
  const dir = join(EXAMPLES, example);
  const template = readSamTemplate(join(dir, "template.yaml"));
  const stateMachines = resourcesOfType(template, "AWS::Serverless::StateMachine");
  const functions = resourcesOfType(template, "AWS::Serverless::Function");

  describe(`${example}/template.yaml`, () => {
    it("is a SAM template with one state machine", () => {
      expect(template.Transform).toBe("AWS::Serverless-2016-10-31");
      expect(stateMachines).toHaveLength(1);
    });

    for (const [id, stateMachine] of stateMachines) {
      const uri: string = stateMachine.Properties!.DefinitionUri;
      const substitutions: Record<string, unknown> = stateMachine.Properties!.DefinitionSubstitutions ?? {};

      it(`${id} deploys a definition the compiler wrote`, () => {
        expect(uri).toMatch(/^[A-Za-z0-9]+\.asl\.json$/);
        expect(exists(join(dir, uri))).toBe(true);
      });

      it(`${id} substitutes every placeholder of its definition, and nothing else`, () => {
        const emitted: string[] = readJson(join(dir, uri.replace(/\.asl\.json$/, ".substitutions.json"))).substitutions;
        expect(Object.keys(substitutions).sort()).toEqual(emitted);
        expect(placeholdersIn(readJson(join(dir, uri)))).toEqual(emitted);
      });

      it(`${id} may invoke each function whose ARN it substitutes`, () => {
        const substituted = Object.values(substitutions)
          .filter((value) => Array.isArray((value as { "Fn::GetAtt"?: unknown })["Fn::GetAtt"]))
          .map(referencedResource)
          .filter((target) => template.Resources[target!]?.Type === "AWS::Serverless::Function");
        const invoked = policyTemplates(stateMachine)
          .filter((p) => p.name === "LambdaInvokePolicy")
          .map((p) => referencedResource(p.argument.FunctionName));
        expect(invoked.sort()).toEqual(substituted.sort());
      });
    }

    it.each(functions.map(([id, fn]) => [id, fn]))("%s builds from a handler module that exports handler", async (_, fn) => {
      const build = fn.Metadata?.BuildProperties;
      expect(fn.Metadata?.BuildMethod).toBe("esbuild");
      expect(build.EntryPoints).toHaveLength(1);
      const entry = join(dir, build.EntryPoints[0]);
      expect(exists(entry)).toBe(true);
      // esbuild writes the bundle beside the template under the entry point's own name.
      expect(fn.Properties!.Handler).toBe(`${basename(entry, ".ts")}.handler`);
      const module = await import(pathToFileURL(entry).href);
      expect(typeof module.handler).toBe("function");
    });
  });
}
