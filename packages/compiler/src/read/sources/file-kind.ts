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
  const yaml = extension === ".yaml" || extension === ".yml";
  if (extension === ".tf") return "terraform";
  if ((/^\s*[{[]/.test(text) && !yaml) || extension === ".json") return "json";
  // A YAML block scalar may hold a line that looks like Terraform: the extension decides there.
  return !yaml && TERRAFORM_BLOCK.test(text) ? "terraform" : "yaml";
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
