/**
 * `aslc build` without the type-check, for tests that run many builds in child processes (the
 * type-check does not touch the writer): `node --import tsx build-in-child.ts <folder>`.
 * Exits 0 when the build wrote, 2 on diagnostics (printed).
 */
import { compile, formatDiagnostic } from "@aslc/compiler";

const folder = process.argv[2]!;
const result = await compile({ paths: [folder], cwd: folder, typeCheck: false });
for (const d of result.diagnostics) console.error(formatDiagnostic(d, folder));
process.exit(result.diagnostics.some((d) => d.severity === "error") ? 2 : 0);
