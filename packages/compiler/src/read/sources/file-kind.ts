/**
 * What a file is, judged by its content first and its extension second: JSON (an ASL file or a
 * JSON template), Terraform, or YAML (an ASL file, a template, serverless.yml); and, once parsed,
 * which of those documents it is.
 */
import { extname } from "node:path";

export type FileKind = "json" | "yaml" | "terraform";

/** A Terraform block's first line: `resource "aws_sfn_state_machine" "x" {`, `terraform {`, … */
const TERRAFORM_BLOCK = /^[ \t]*(?:(?:resource|data)[ \t]+"[^"\n]*"[ \t]+"[^"\n]*"|(?:module|provider|variable|output)[ \t]+"[^"\n]*"|terraform|locals)[ \t]*\{/m;

export function fileKind(file: string, text: string): FileKind {
  const extension = extname(file).toLowerCase();
  if (extension === ".tf" || TERRAFORM_BLOCK.test(text)) return "terraform";
  if (extension === ".yaml" || extension === ".yml") return "yaml";
  return /^\s*[{[]/.test(text) || extension === ".json" ? "json" : "yaml";
}

export type DocumentKind = "asl" | "template" | "serverless" | "none";

export function documentKind(value: unknown): DocumentKind {
  if (!isObject(value)) return "none";
  if (isObject(value.stepFunctions) || (isObject(value.provider) && "service" in value)) return "serverless";
  if (isObject(value.Resources)) return "template";
  if ("States" in value || "StartAt" in value) return "asl";
  return "none";
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
