/**
 * The packages as they would be published: built, then packed with `pnpm pack` (which turns
 * `workspace:` ranges into versions), into a folder outside the repository.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO } from "../support/temp-project.ts";

export interface Tarballs {
  /** The folder that holds them. */
  readonly dir: string;
  readonly dsl: string;
  readonly compiler: string;
}

export function packPackages(): Tarballs {
  const out = mkdtempSync(join(tmpdir(), "aslc-tarballs-"));
  for (const name of ["dsl", "compiler"]) {
    execFileSync("npx", ["-y", "pnpm@10", "pack", "--pack-destination", out], { cwd: join(REPO, "packages", name), stdio: "pipe" });
  }
  const find = (prefix: string) => join(out, readdirSync(out).find((file) => file.startsWith(prefix))!);
  return { dir: out, dsl: find("aslc-dsl-"), compiler: find("aslc-compiler-") };
}
