/**
 * The DSL README's field reference, written from the field spec: one table per state kind and
 * nested object, between the markers below. `tsx scripts/field-tables.ts` rewrites the README;
 * test/dsl/field-tables.test.ts fails when the README and the spec disagree.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  CATCHER,
  CHOICE_RULE,
  ITEM_BATCHER,
  ITEM_PROCESSOR,
  ITEM_READER,
  optionName,
  READER_CONFIG,
  RESULT_WRITER,
  RETRIER,
  STATE_SPECS,
  WORKFLOW,
  WRITER_CONFIG,
  type FieldLanguages,
  type FieldSpec,
  type ObjectSpec,
} from "../packages/dsl/src/ir/spec/index.ts";

export const README = fileURLToPath(new URL("../packages/dsl/README.md", import.meta.url));
export const BEGIN = "<!-- field-tables:begin (generated from the field spec by scripts/field-tables.ts) -->";
export const END = "<!-- field-tables:end -->";

const TABLES: readonly (readonly [string, ObjectSpec])[] = [
  ["`workflow(name, options)`", WORKFLOW],
  ...Object.entries(STATE_SPECS).map(([type, spec]) => [`${type}`, spec] as const),
  ["Map item processor (`map` options)", ITEM_PROCESSOR],
  ["Retry entry (`retry: [...]`)", RETRIER],
  ["Catch entry (`catch: [...]`)", CATCHER],
  ["Choice rule (`when(condition, then, options)`)", CHOICE_RULE],
  ["`itemReader`", ITEM_READER],
  ["`itemReader.readerConfig`", READER_CONFIG],
  ["`itemBatcher`", ITEM_BATCHER],
  ["`resultWriter`", RESULT_WRITER],
  ["`resultWriter.writerConfig`", WRITER_CONFIG],
];

const HOLDS: { readonly [kind: string]: string } = {
  text: "text",
  number: "number",
  strings: "list of strings",
  path: "path",
  "reference-path": "reference path",
  json: "JSON",
  target: "state name",
  list: "list",
  object: "object",
  language: "`JSONPath` | `JSONata`",
  schema: "zod schema",
};

const PAYLOADS: { readonly [language in FieldLanguages]: string } = {
  JSONPath: "payload template",
  JSONata: "JSONata value",
  both: "payload template (JSONPath) or JSONata value",
};

function holds(spec: FieldSpec): string {
  if (spec.kind === "payload") return PAYLOADS[spec.languages ?? "both"];
  if (spec.kind === "scalar") return withRange(`${spec.value ?? "literal"} (JSONata: or an expression)`, spec);
  if (spec.kind === "enum") return (spec.values ?? []).map((v) => `\`${v}\``).join(" | ");
  return withRange(HOLDS[spec.kind] ?? spec.kind, spec);
}

function withRange(base: string, spec: FieldSpec): string {
  const range = spec.range;
  if (!range) return base;
  const whole = range.integer ? "whole " : "";
  return `${base}: ${whole}${range.max === undefined ? `≥ ${range.min}` : `${range.min}–${range.max}`}`;
}

/** A literal default in code style; a described one ("the workflow's") as text. */
function defaultText(value: FieldSpec["default"]): string {
  if (value === undefined) return "";
  return typeof value === "string" && / /.test(value) && !value.startsWith("{%") ? value : `\`${String(value)}\``;
}

function row(key: string, spec: FieldSpec): string | undefined {
  const option = optionName(key, spec);
  if (option === undefined) return undefined;
  const language = spec.languages === undefined || spec.languages === "both" ? "both" : spec.languages;
  const notes = [spec.doc, spec.twin ? `Not with \`${spec.twin}\`.` : "", spec.languages && spec.languages !== "both" && spec.instead ? `In ${spec.languages === "JSONPath" ? "JSONata" : "JSONPath"}: ${spec.instead}.` : ""];
  const cells = [`\`${option}\``, spec.asl ? `\`${spec.asl}\`` : "—", language, holds(spec), defaultText(spec.default), notes.filter(Boolean).join(" ")];
  // A table cell cannot hold a bare `|`.
  return `| ${cells.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`;
}

/** The generated section, markers included. */
export function fieldTables(): string {
  const parts = [BEGIN, ""];
  for (const [title, spec] of TABLES) {
    const rows = Object.entries(spec).flatMap(([key, field]) => row(key, field) ?? []);
    if (rows.length === 0) continue;
    parts.push(`#### ${title}`, "", "| option | ASL | language | holds | default | notes |", "|---|---|---|---|---|---|", ...rows, "");
  }
  parts.push(END);
  return parts.join("\n");
}

/** The README with its generated section replaced. */
export function withFieldTables(readme: string): string {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${README}: the markers ${BEGIN} … ${END} are missing`);
  return `${readme.slice(0, start)}${fieldTables()}${readme.slice(end + END.length)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(README, withFieldTables(readFileSync(README, "utf8")));
}
