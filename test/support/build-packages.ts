/**
 * Tests use the packages as their users do, built (the CLI runs from dist/, imports resolve to
 * dist/ through the packages' exports): build them once before any test starts. tsc -b and
 * esbuild skip or redo the work in a second or two when nothing changed.
 */
import { execFileSync } from "node:child_process";
import { REPO } from "./temp-project.ts";

export default function setup(): void {
  execFileSync("npm", ["run", "--silent", "build"], { cwd: REPO, stdio: "inherit" });
}
