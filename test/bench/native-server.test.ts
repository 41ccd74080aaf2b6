/**
 * The TypeScript 7 language server client that bench:editor measures with: it must get real
 * answers (a fast empty answer would pass for a fast one), and never leave a server running.
 * Skipped where typescript-native has no binary for this platform.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { nativeExecutable, startNativeServer } from "../../bench/editor/native-server.ts";
import { COMPILER_OPTIONS } from "../../bench/workflows/compiler-options.ts";
import { tempProject } from "../support/temp-project.ts";

const executable = await nativeExecutable();
const missing = "missing" in executable ? executable.missing : undefined;

const SOURCE = `const order = { orderId: "o-1", total: 3 };
const count: number = "three";
order.
`;

/** Whether process `pid` still exists (a zombie too: it is only gone once reaped). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The language servers this process started that still exist (Linux: its children listed in /proc). */
function languageServerChildren(): number[] {
  const tasks = readdirSync("/proc/self/task");
  const children = tasks.flatMap((task) => readFileSync(join("/proc/self/task", task, "children"), "utf8").trim().split(/\s+/).filter(Boolean).map(Number));
  return children.filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").includes("--lsp");
    } catch {
      return false;
    }
  });
}

async function until(condition: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  return condition();
}

describe.skipIf(missing !== undefined)(`TypeScript 7's language server${missing ? ` (skipped: typescript-native cannot run here: ${missing})` : ""}`, () => {
  const project = tempProject({ "tsconfig.json": JSON.stringify({ compilerOptions: COMPILER_OPTIONS }), "order.ts": SOURCE }, "native-server");
  const file = join(project.dir, "order.ts");
  afterAll(() => project.remove());

  it("answers diagnostics, completions and hovers with real content, then exits on shutdown", async () => {
    const server = await startNativeServer((executable as { path: string }).path, { root: project.dir });
    try {
      server.open(file, SOURCE);
      const diagnostics = await server.diagnostics(file);
      expect(diagnostics.map((d) => d.message)).toContainEqual(expect.stringMatching(/'string' is not assignable to type 'number'/));
      const wrong = diagnostics.find((d) => /not assignable/.test(d.message))!;
      expect(wrong.range.start).toEqual({ line: 1, character: 6 });

      expect(await server.completions(file, SOURCE.indexOf("order.\n") + "order.".length)).toEqual(expect.arrayContaining(["orderId", "total"]));
      expect(await server.hover(file, SOURCE.indexOf("order"))).toMatch(/orderId: string;[\s\S]*total: number;/);

      // A new version replaces the text: the error is gone with it.
      const fixed = SOURCE.replace('"three"', "3");
      server.change(file, fixed);
      expect((await server.diagnostics(file)).filter((d) => /not assignable/.test(d.message))).toEqual([]);
    } finally {
      await server.shutdown();
    }
    expect(running(server.pid)).toBe(false);
  });

  it("fails the requests of a server that stopped, loudly, and shuts it down without a second error", async () => {
    const server = await startNativeServer((executable as { path: string }).path, { root: project.dir });
    server.open(file, SOURCE);
    process.kill(server.pid, "SIGKILL");
    await expect(server.diagnostics(file)).rejects.toThrow(/TypeScript 7's language server: textDocument\/diagnostic: /);
    await expect(server.shutdown()).resolves.toBeUndefined();
    expect(await until(() => languageServerChildren().length === 0, 5_000)).toBe(true);
  });

  it("fails a request that gets no answer in time, loudly, and leaves no server behind", async () => {
    await expect(startNativeServer((executable as { path: string }).path, { root: project.dir, timeoutMs: 1 })).rejects.toThrow(/initialize got no answer within 1 ms/);
    expect(await until(() => languageServerChildren().length === 0, 5_000)).toBe(true);
  });
});
