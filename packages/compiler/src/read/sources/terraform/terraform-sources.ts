/**
 * State machines in a Terraform file: `resource "aws_sfn_state_machine" "<name>" { definition = … }`
 * where the definition is a heredoc holding JSON, `jsonencode({ … })` of a literal object,
 * `file("path")` or `templatefile("path", { … })` of a local file, or a quoted JSON string.
 * Terraform's `${…}` interpolations stay in the text; a reference in jsonencode (`var.x`,
 * `aws_lambda_function.x.arn`) becomes the `${var.x}` text Terraform would interpolate there.
 */
import { dirname, resolve } from "node:path";
import type { NodePath } from "../../definition-source.ts";
import { readDefinitionFile } from "../definition-file.ts";
import type { Found } from "../found.ts";
import { jsonDefinition } from "../json-definition.ts";
import { sourceDiagnostic } from "../source-diagnostic.ts";
import type { SiteAt } from "../text-sites.ts";
import { HclCursor, HclSyntaxError, type HclValue } from "./hcl-cursor.ts";

export function terraformSources(file: string, text: string, siteAt: SiteAt, found: Found): void {
  const cursor = new HclCursor(text);
  try {
    readBody(cursor, true, (labels, attribute) => {
      if (labels[0] === "resource" && labels[1] === "aws_sfn_state_machine" && attribute === "definition") {
        definition(cursor, file, labels[2] ?? "", siteAt, found);
        return true;
      }
      return false;
    });
  } catch (error) {
    if (!(error instanceof HclSyntaxError)) throw error;
    // Terraform refuses the whole file, and so does aslc: nothing found before the error is kept.
    found.sources.length = 0;
    found.diagnostics.push(sourceDiagnostic("ASLC406", `The Terraform file cannot be read here: ${error.message}.`, siteAt(error.offset)));
  }
}

/**
 * Reads the attributes and blocks of a body (the file's, or a block's after its `{`), calling
 * `onAttribute` with the enclosing block's labels at each attribute; it returns whether it read
 * the attribute's expression, else the expression is stepped over.
 */
function readBody(cursor: HclCursor, topLevel: boolean, onAttribute: (labels: readonly string[], attribute: string) => boolean, labels: readonly string[] = []): void {
  for (;;) {
    cursor.skipSpace(true);
    if (cursor.atEnd) {
      if (!topLevel) cursor.fail("a block that is not closed: expected }");
      return;
    }
    if (cursor.peek() === "}" && !topLevel) {
      cursor.pos += 1;
      return;
    }
    const start = cursor.pos;
    const name = cursor.identifier();
    if (name === undefined) cursor.fail("expected an attribute or a block");
    cursor.skipSpace(false);
    if (cursor.peek() === "=" && cursor.peek(2) !== "==") {
      cursor.pos += 1;
      cursor.skipSpace(false);
      if (!onAttribute(labels, name)) cursor.expressionText();
      continue;
    }
    const blockLabels = [name];
    for (;;) {
      cursor.skipSpace(false);
      if (cursor.peek() === '"') blockLabels.push(cursor.quoted().text);
      else {
        const label = cursor.identifier();
        if (label === undefined) break;
        blockLabels.push(label);
      }
    }
    if (cursor.peek() !== "{") cursor.fail(`expected = or { after ${name}`, start);
    cursor.pos += 1;
    readBody(cursor, false, onAttribute, blockLabels);
  }
}

function definition(cursor: HclCursor, file: string, name: string, siteAt: SiteAt, found: Found): void {
  const start = cursor.pos;
  if (cursor.peek(2) === "<<") {
    push(found, jsonDefinition(cursor.heredoc(), siteAt, "The heredoc", name), file, name);
    return;
  }
  if (cursor.peek() === '"') {
    push(found, jsonDefinition(cursor.quoted(), siteAt, "The definition string", name), file, name);
    return;
  }
  const call = cursor.identifier();
  cursor.skipSpace(false);
  if (call !== undefined && cursor.peek() === "(" && ["jsonencode", "file", "templatefile"].includes(call)) {
    cursor.pos += 1;
    const argument = cursor.value();
    const rest = call === "templatefile" && (cursor.skipSpace(true), cursor.peek() === ",") ? (cursor.pos++, cursor.value()) : undefined;
    cursor.expect(")", `) to close ${call}(`);
    if (call === "jsonencode") {
      if (argument.kind === "object") found.sources.push({ file, name, format: "terraform", definition: hclJson(argument), siteOf: (path) => siteAt(locateHcl(argument, path)) });
      else unreadable(found, `jsonencode(${describe(cursor, argument)})`, "jsonencode() of a literal object", siteAt(start), name);
      return;
    }
    const path = argument.kind === "literal" && typeof argument.value === "string" ? localPath(argument.value, file) : undefined;
    if (path === undefined) {
      unreadable(found, `${call}(${describe(cursor, argument)})`, `${call}() of a local path`, siteAt(start), name);
      return;
    }
    const read = readDefinitionFile(path, siteAt(argument.offset), name);
    if (!read.ok) {
      found.diagnostics.push(read.diagnostic);
      return;
    }
    const variables = rest ? hclJson(rest) : undefined;
    found.sources.push({
      file: path,
      name,
      format: "terraform",
      definition: read.definition,
      siteOf: read.siteOf,
      ...(variables && typeof variables === "object" && !Array.isArray(variables) && Object.keys(variables).length > 0 ? { substitutions: variables as Record<string, unknown> } : {}),
    });
    return;
  }
  cursor.pos = start;
  const expression = cursor.expressionText();
  unreadable(found, expression.text, "a heredoc, jsonencode() of a literal object, file() or templatefile() of a local file", siteAt(start), name);
}

function push(found: Found, read: ReturnType<typeof jsonDefinition>, file: string, name: string): void {
  if (read.ok) found.sources.push({ file, name, format: "terraform", definition: read.definition, siteOf: read.siteOf });
  else found.diagnostics.push(read.diagnostic);
}

function unreadable(found: Found, written: string, readable: string, site: ReturnType<SiteAt>, name: string): void {
  const shown = written.length > 80 ? `${written.slice(0, 77)}…` : written;
  found.diagnostics.push(
    sourceDiagnostic("ASLC405", `State machine '${name}': definition is ${shown}, which aslc cannot read without running Terraform; it reads ${readable}.`, site, name),
  );
}

function describe(cursor: HclCursor, value: HclValue): string {
  return value.kind === "expression" ? value.text : cursor.text.slice(value.offset, Math.min(cursor.pos, value.offset + 60)).replace(/\)\s*$/, "").trim();
}

/** A file path as Terraform writes it: `${path.module}` (and path.root, path.cwd) is the file's folder. */
function localPath(written: string, file: string): string | undefined {
  const path = written.replace(/\$\{path\.(?:module|root|cwd)\}/g, ".");
  return path.includes("${") ? undefined : resolve(dirname(file), path);
}

/** The JSON value jsonencode makes of a literal; an expression is the `${…}` text Terraform interpolates. */
function hclJson(value: HclValue): unknown {
  switch (value.kind) {
    case "object": {
      const object: Record<string, unknown> = {};
      for (const entry of value.entries) Object.defineProperty(object, entry.key, { value: hclJson(entry.value), enumerable: true, writable: true, configurable: true });
      return object;
    }
    case "tuple":
      return value.items.map(hclJson);
    case "literal":
      return value.value;
    case "expression":
      return `\${${value.text}}`;
  }
}

function locateHcl(root: HclValue, path: NodePath): number {
  let node = root;
  let site = root.offset;
  for (const segment of path) {
    if (node.kind === "object") {
      const entry = node.entries.findLast((candidate) => candidate.key === String(segment));
      if (!entry) break;
      [node, site] = [entry.value, entry.keyOffset];
    } else if (node.kind === "tuple" && typeof segment === "number" && segment < node.items.length) {
      node = node.items[segment]!;
      site = node.offset;
    } else break;
  }
  return site;
}
