/**
 * The packed packages install into fresh projects outside the repository with npm, pnpm and
 * yarn, under the TypeScript settings users have (tsc --init's defaults, nodenext, bundler)
 * and the oldest and newest TypeScript and zod the peer ranges allow. In each: tsc is clean on
 * a workflow module and on a handler written against its generated contract (and the DSL's
 * declarations do type the chain), `aslc build`, `check` and `graph` work, and plain Node
 * imports the API. A zod 3 project is told the zod version needed by tsc and by ASLC370. A
 * project made by `aslc init` installs, builds, checks, type-checks and passes its own tests.
 * Projects install and run concurrently.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InstalledProject, type Manager, type RunResult } from "./installed-project.ts";
import { packPackages, type Tarballs } from "./packed.ts";
import { completionsInTsServer, hoverInTsServer, startTsServer } from "../support/tsserver.ts";
import { API_SCRIPT, EDITOR_CHAIN, EDITOR_OPTION_PATH, HANDLER, TSCONFIGS, TYPE_ERRORS, WORKFLOW, type TsconfigName } from "./project-files.ts";

interface Scenario {
  readonly name: string;
  readonly manager: Manager;
  /** Installed beside the tarballs (`name@range`). */
  readonly packages: readonly string[];
  /** @default "init" */
  readonly tsconfig?: TsconfigName;
  /** What is checked once installed. @default worksAsDocumented */
  readonly verify?: (project: InstalledProject, install: RunResult, tarballs: Tarballs) => Promise<void>;
}

/** The oldest versions the peer ranges allow (typescript >=5.5, zod ^4.0.0). */
const OLDEST = ["typescript@5.5", "zod@4.0.0"];
const NEWEST = ["typescript@latest", "zod@4"];

const SCENARIOS: readonly Scenario[] = [
  { name: "npm-init-newest", manager: "npm", packages: NEWEST },
  { name: "npm-init-oldest", manager: "npm", packages: OLDEST },
  { name: "pnpm-nodenext-oldest", manager: "pnpm", packages: OLDEST, tsconfig: "nodenext" },
  { name: "yarn-bundler-newest", manager: "yarn", packages: NEWEST, tsconfig: "bundler" },
  { name: "pnpm-zod3", manager: "pnpm", packages: ["typescript@latest", "zod@3.25"], verify: refusesZod3 },
  { name: "npm-aslc-init", manager: "npm", packages: NEWEST, verify: scaffoldsWithInit },
];

function expectSuccess(result: RunResult, what: string): void {
  expect(result.status, `${what} in ${result.dir}:\n${result.output}`).toBe(0);
}

async function writeTsconfig(project: InstalledProject, name: TsconfigName): Promise<void> {
  const tsconfig = TSCONFIGS[name];
  if (tsconfig) project.write("tsconfig.json", JSON.stringify(tsconfig, null, 2));
  else expectSuccess(await project.bin("tsc", ["--init"]), "tsc --init");
}

/** The README's promises, kept in a project of the user's own. */
async function worksAsDocumented(project: InstalledProject): Promise<void> {
  project.write("src/order.workflow.ts", WORKFLOW);
  project.write("src/type-errors.ts", TYPE_ERRORS);
  const build = await project.bin("aslc", ["build", "src"]);
  expectSuccess(build, "aslc build");
  expect(build.output).toContain("OrderProcessing.asl.json");
  expect(JSON.parse(project.read("src/OrderProcessing.asl.json")).StartAt).toBe("ValidateOrder");

  project.write("src/handlers/validate-order.ts", HANDLER);
  expectSuccess(await project.bin("tsc", ["--noEmit", "-p", "."]), "tsc --noEmit");
  expectSuccess(await project.bin("aslc", ["check", "src"]), "aslc check");
  const graph = await project.bin("aslc", ["graph", "OrderProcessing", "src"]);
  expectSuccess(graph, "aslc graph");
  expect(graph.output).toContain("flowchart");

  project.write("api.mjs", API_SCRIPT);
  const api = await project.run(process.execPath, ["api.mjs"]);
  expectSuccess(api, "node api.mjs");
  expect(api.output).toContain("StartAt Done");

  await hoversInPlainTypes(project);
}

/**
 * The project's own tsserver, as an editor on its TypeScript runs it, loads the DSL's editor
 * plugin from the installed package. TypeScript 7's native language server has no tsserver.js
 * and runs no plugins: there the hover is TypeScript's own, and nothing is checked.
 */
async function hoversInPlainTypes(project: InstalledProject): Promise<void> {
  const typescriptMajor = Number(JSON.parse(project.read("node_modules/typescript/package.json")).version.split(".")[0]);
  if (typescriptMajor >= 7) return;
  const compilerOptions = { strict: true, noEmit: true, module: "esnext", moduleResolution: "bundler", target: "es2022", skipLibCheck: true, plugins: [{ name: "@aslc/dsl/editor" }] };
  project.write("editor/tsconfig.json", JSON.stringify({ compilerOptions }));
  project.write("editor/chain.ts", EDITOR_CHAIN);
  project.write("editor/option-path.ts", EDITOR_OPTION_PATH);
  const server = startTsServer(join(project.dir, "node_modules", "typescript", "lib", "tsserver.js"));
  try {
    expect(await hoverInTsServer(server, join(project.dir, "editor", "chain.ts"), EDITOR_CHAIN, "checked")).toBe("const checked: Chain<{ orderId: string; check: { ok: boolean; }; }>");
    // A path being written in a state's options is completed by the plugin with the fields there.
    expect(await completionsInTsServer(server, join(project.dir, "editor", "option-path.ts"), EDITOR_OPTION_PATH, 'inputPath: "$.check.')).toContain("$.check.ok");
  } finally {
    server.close();
  }
}

async function refusesZod3(project: InstalledProject, install: RunResult): Promise<void> {
  // The install says it first: the peer range is not met.
  expect(install.output).toMatch(/zod/);
  project.write("src/order.workflow.ts", WORKFLOW.replace('from "zod"', 'from "zod/v4"'));
  // tsc names the version needed at workflow()'s input, where zod 3 alone would say TS2740.
  const tsc = await project.bin("tsc", ["--noEmit", "-p", "."]);
  expect(tsc.output).toContain("src/order.workflow.ts(4,46): error TS2741: Property '\"aslc needs zod 4 (^4.0.0)");
  const build = await project.bin("aslc", ["build", "src"]);
  expect(build.status, build.output).toBe(2);
  expect(build.output).toContain("src/order.workflow.ts:1:1 - error ASLC370: zod 3.25.");
  expect(build.output).toContain("aslc needs zod ^4.0.0");
}

/**
 * `aslc init` from the installed packages, then the new project's own install, build, check
 * and test scripts, as its README tells a user to run them. The project's `@aslc/*` ranges
 * are not on the registry yet, so its install takes the tarballs in their place.
 */
async function scaffoldsWithInit(project: InstalledProject, _install: RunResult, tarballs: Tarballs): Promise<void> {
  const init = await project.bin("aslc", ["init", "app"]);
  expectSuccess(init, "aslc init app");
  expect(init.output).toContain("cd app && npm install && npm test");
  const app = (command: string) => project.run("sh", ["-c", `cd app && ${command}`]);
  expectSuccess(await app(`npm install --no-audit --no-fund --cache "$ASLC_NPM_CACHE" ${JSON.stringify(tarballs.dsl)} ${JSON.stringify(tarballs.compiler)}`), "npm install in the scaffold");
  const build = await app("npm run build");
  expectSuccess(build, "npm run build in the scaffold");
  expect(build.output).toMatch(/aslc build: 1 workflow, 0 written/);
  expectSuccess(await app("npx aslc check"), "aslc check in the scaffold");
  const test = await app("npm test");
  expectSuccess(test, "npm test in the scaffold");
  expect(test.output).toMatch(/Tests\s+2 passed/);
  expectSuccess(await app("npx tsc --noEmit -p ."), "tsc --noEmit in the scaffold");
  // The scaffold's tsconfig.json enables the editor plugin: its hovers show the chain's payload plainly.
  const server = startTsServer(join(project.dir, "app", "node_modules", "typescript", "lib", "tsserver.js"));
  try {
    const file = join(project.dir, "app", "src", "greeting.workflow.ts");
    expect(await hoverInTsServer(server, file, project.read("app/src/greeting.workflow.ts"), "task")).toMatch(/^\(method\) Chain\.task\(name: "Greet", options: TaskOptions\): Chain<\{ /);
  } finally {
    server.close();
  }
}

let tarballs: Tarballs;

beforeAll(() => {
  tarballs = packPackages();
}, 120_000);

afterAll(() => rmSync(tarballs.dir, { recursive: true, force: true }));

describe.concurrent("installed from the packed tarballs", () => {
  for (const scenario of SCENARIOS) {
    it(scenario.name, async () => {
      const project = new InstalledProject(scenario.manager, scenario.name);
      const install = await project.install(tarballs, scenario.packages);
      expectSuccess(install, `${scenario.manager} install`);
      await writeTsconfig(project, scenario.tsconfig ?? "init");
      await (scenario.verify ?? worksAsDocumented)(project, install, tarballs);
      // A project that failed is kept for a look (its folder is in the failing command's output).
      project.remove();
    }, 300_000);
  }
});
