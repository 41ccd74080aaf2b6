/**
 * The loading process's script. The compiler's bundle ships it beside itself
 * (`load-runner.mjs`); run from its TypeScript sources (tests, tools), the compiler bundles it
 * once per process into a temporary folder.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { BANNER, installedPackagesExternal } from "../bundle-modules.ts";

let built: Promise<string> | undefined;

export function runnerScript(): Promise<string> {
  const shipped = new URL("./load-runner.mjs", import.meta.url);
  if (shipped.protocol === "file:" && existsSync(fileURLToPath(shipped))) return Promise.resolve(fileURLToPath(shipped));
  built ??= (async () => {
    const { build } = await import("esbuild");
    const dir = mkdtempSync(join(tmpdir(), "aslc-runner-"));
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
    const outfile = join(dir, "load-runner.mjs");
    await build({
      entryPoints: [fileURLToPath(new URL("./runner.ts", import.meta.url))],
      outfile,
      bundle: true,
      format: "esm",
      platform: "node",
      target: "node20",
      sourcemap: "inline",
      banner: { js: BANNER },
      plugins: [installedPackagesExternal],
      logLevel: "silent",
    });
    return outfile;
  })();
  return built;
}
