/** `aslc explain`: a diagnostic code's title and explanation from the registry. */
import { DIAGNOSTICS } from "@aslc/dsl";
import { describe, expect, it } from "vitest";
import { aslc } from "../support/cli.ts";
import { REPO } from "../support/temp-project.ts";

describe("aslc explain", () => {
  it("prints the code's title and explanation", () => {
    const result = aslc(REPO, "explain", "ASLC102");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`ASLC102: ${DIAGNOSTICS.ASLC102.title}\n\n${DIAGNOSTICS.ASLC102.explanation}\n`);
    expect(result.stdout).toMatch(/transition to a state that does not exist/);
  });

  it("takes the code in any case", () => {
    const result = aslc(REPO, "explain", "aslc399");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^ASLC399: an internal error\n/);
  });

  it("prints JSON with --json", () => {
    const result = aslc(REPO, "explain", "ASLC146", "--json");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ code: "ASLC146", ...DIAGNOSTICS.ASLC146 });
  });

  it("refuses a code aslc does not have with exit 2 and says what codes look like", () => {
    const result = aslc(REPO, "explain", "ASLC999");
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("aslc explain: 'ASLC999' is not an aslc diagnostic code: codes look like ASLC102 (the README's Diagnostics table lists them all)\n");
  });

  it("says a TypeScript code is TypeScript's", () => {
    const result = aslc(REPO, "explain", "TS2322");
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/TS2322 is TypeScript's own error code, not aslc's/);
  });

  it("asks for a code when given none, with its usage", () => {
    const result = aslc(REPO, "explain");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/aslc explain: give one diagnostic code\n\nUsage: aslc explain <code>/);
  });

  it("is listed in --help and has its own", () => {
    expect(aslc(REPO, "--help").stdout).toMatch(/explain <code> +what a diagnostic code \(ASLCnnn\) means/);
    const help = aslc(REPO, "explain", "--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: aslc explain <code>/);
  });
});
