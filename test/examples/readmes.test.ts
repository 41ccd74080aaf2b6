/**
 * Each example's README shows its workflow source beside the diagram `aslc graph` draws of it.
 * Both blocks are compared with the real thing, so a README cannot go stale: when this fails,
 * paste the current file, or the output of the command named in the README's marker comment.
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { aslc } from "../support/cli.ts";
import { REPO } from "../support/temp-project.ts";
import { EXAMPLES, exampleFolders, filesEndingWith } from "./example-files.ts";

/** The fenced block of the given language that follows the marker comment. */
function blockAfter(readme: string, marker: string, language: string): string | undefined {
  const at = readme.indexOf(`<!-- ${marker} -->`);
  if (at < 0) return undefined;
  const fence = new RegExp(`^\\s*\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, "m");
  return fence.exec(readme.slice(at + marker.length + 9))?.[1];
}

for (const example of exampleFolders()) {
  const readme = readFileSync(join(EXAMPLES, example, "README.md"), "utf8");
  const [source] = filesEndingWith(example, ".workflow.ts");
  const [definition] = filesEndingWith(example, ".asl.json");
  const workflowName = basename(definition!, ".asl.json");
  const graphCommand = `aslc graph ${workflowName} examples/${example}`;

  describe(`${example}/README.md`, () => {
    it("shows the workflow source as it is", () => {
      expect(blockAfter(readme, `source: ${basename(source!)}`, "ts")).toBe(readFileSync(source!, "utf8"));
    });

    it(`shows the diagram ${graphCommand} draws`, () => {
      const graph = aslc(REPO, "graph", workflowName, `examples/${example}`);
      expect(graph.stderr).toBe("");
      expect(graph.status).toBe(0);
      expect(blockAfter(readme, `diagram: ${graphCommand}`, "mermaid")).toBe(graph.stdout);
    });

    it("says how to build the ASL and deploy it with SAM", () => {
      expect(readme).toContain("npx -y pnpm@10 run examples");
      expect(readme).toContain("sam build && sam deploy --guided");
    });
  });
}
