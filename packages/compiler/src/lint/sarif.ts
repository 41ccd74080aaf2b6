/**
 * A lint's findings as SARIF 2.1.0, the format GitHub code scanning uploads
 * (github/codeql-action/upload-sarif): one run of the tool `aslc`, a rule per code found (title
 * and explanation from the diagnostics registry), and a result per diagnostic with its file
 * relative to the working directory (forward slashes, as a URI reference, which code scanning
 * resolves against the repository's root: run it there) and its line and
 * column. Diagnostics with no file (a path that is not there) have no location.
 */
import { relative, sep } from "node:path";
import { DIAGNOSTICS, isDiagnosticCode } from "@aslc/dsl";
import type { Diagnostic } from "../diagnostics.ts";

const SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const INFORMATION_URI = "https://github.com/aslc/aslc";
const HELP_URI = `${INFORMATION_URI}#diagnostics`;

function ruleOf(code: string): object {
  const entry = isDiagnosticCode(code) ? DIAGNOSTICS[code] : undefined;
  const title = entry?.title ?? `TypeScript error ${code}`;
  return {
    id: code,
    name: code,
    shortDescription: { text: title },
    fullDescription: { text: entry?.explanation ?? title },
    helpUri: HELP_URI,
    help: { text: entry ? `${title}. ${entry.explanation}` : title },
  };
}

/** A path relative to the working directory, as a URI reference: forward slashes, each segment escaped. */
function uriOf(file: string, cwd: string): string {
  return relative(cwd, file).split(sep).map(encodeURIComponent).join("/");
}

export function sarifLog(diagnostics: readonly Diagnostic[], cwd: string, version: string): object {
  const codes = [...new Set(diagnostics.map((d) => d.code))].sort();
  const index = new Map(codes.map((code, i) => [code, i]));
  return {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "aslc", version, informationUri: INFORMATION_URI, rules: codes.map(ruleOf) } },
        results: diagnostics.map((d) => ({
          ruleId: d.code,
          ruleIndex: index.get(d.code),
          level: d.severity === "error" ? "error" : "warning",
          message: { text: d.message },
          ...(d.site
            ? {
                locations: [
                  {
                    physicalLocation: {
                      artifactLocation: { uri: uriOf(d.site.file, cwd) },
                      region: { startLine: d.site.line, startColumn: d.site.column },
                    },
                  },
                ],
              }
            : {}),
        })),
      },
    ],
  };
}
