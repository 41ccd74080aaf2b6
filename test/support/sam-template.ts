/**
 * Reads an AWS SAM / CloudFormation template (YAML) into plain JSON, turning the short-form
 * intrinsic tags (`!Ref X`, `!GetAtt X.Arn`, `!Sub …`) into their long forms (`{ Ref: "X" }`,
 * `{ "Fn::GetAtt": ["X", "Arn"] }`, `{ "Fn::Sub": … }`), as CloudFormation itself does.
 */
import { readFileSync } from "node:fs";
import { parse, type Tags } from "yaml";

/** Short forms whose argument is a scalar, a sequence or a mapping, all kept as written. */
const FUNCTIONS = ["And", "Base64", "Cidr", "Equals", "FindInMap", "GetAZs", "If", "ImportValue", "Join", "Not", "Or", "Select", "Split", "Sub", "Transform"];

function intrinsicTags(): Tags {
  const tags: Tags = [
    { tag: "!Ref", resolve: (value: string) => ({ Ref: value }) },
    // `!GetAtt Resource.Attribute` splits at the first dot; the sequence form is already split.
    { tag: "!GetAtt", resolve: (value: string) => ({ "Fn::GetAtt": [value.slice(0, value.indexOf(".")), value.slice(value.indexOf(".") + 1)] }) },
    { tag: "!GetAtt", collection: "seq", resolve: (value) => ({ "Fn::GetAtt": value.toJSON() }) },
  ];
  for (const name of FUNCTIONS) {
    const key = name === "Transform" ? "Fn::Transform" : `Fn::${name}`;
    tags.push({ tag: `!${name}`, resolve: (value: string) => ({ [key]: value }) });
    tags.push({ tag: `!${name}`, collection: "seq", resolve: (value) => ({ [key]: value.toJSON() }) });
    tags.push({ tag: `!${name}`, collection: "map", resolve: (value) => ({ [key]: value.toJSON() }) });
  }
  return tags;
}

export interface SamResource {
  readonly Type: string;
  readonly Properties?: Record<string, any>;
  readonly Metadata?: Record<string, any>;
  readonly [field: string]: unknown;
}

export interface SamTemplate {
  readonly Transform?: string | string[];
  readonly Parameters?: Record<string, any>;
  readonly Globals?: Record<string, any>;
  readonly Resources: Record<string, SamResource>;
  readonly Outputs?: Record<string, any>;
  readonly [section: string]: unknown;
}

export function parseSamTemplate(text: string): SamTemplate {
  const template = parse(text, { customTags: intrinsicTags() }) as SamTemplate;
  if (!template || typeof template.Resources !== "object") throw new Error("not a SAM template: it has no Resources section");
  return template;
}

export function readSamTemplate(path: string): SamTemplate {
  return parseSamTemplate(readFileSync(path, "utf8"));
}

/** The template's resources of one type, by logical id. */
export function resourcesOfType(template: SamTemplate, type: string): [string, SamResource][] {
  return Object.entries(template.Resources).filter(([, resource]) => resource.Type === type);
}

/** The policy templates of a function or state machine: `[{ LambdaInvokePolicy: { … } }, …]` as name/argument pairs. */
export function policyTemplates(resource: SamResource): { name: string; argument: any }[] {
  const policies = resource.Properties?.Policies;
  const list: unknown[] = policies === undefined ? [] : Array.isArray(policies) ? policies : [policies];
  return list.flatMap((policy) => {
    if (typeof policy === "string") return [{ name: policy, argument: undefined }];
    if (policy && typeof policy === "object" && !("Statement" in policy)) return Object.entries(policy).map(([name, argument]) => ({ name, argument }));
    return [];
  });
}

/** The inline policy statements of a function or state machine. */
export function policyStatements(resource: SamResource): any[] {
  const policies = resource.Properties?.Policies;
  const list: any[] = policies === undefined ? [] : Array.isArray(policies) ? policies : [policies];
  return list.flatMap((policy) => (policy && typeof policy === "object" && Array.isArray(policy.Statement) ? policy.Statement : []));
}

/** The logical id a `{ Ref: X }` or `{ "Fn::GetAtt": [X, …] }` value points at (undefined otherwise). */
export function referencedResource(value: unknown): string | undefined {
  if (!value || typeof value !== "object") return undefined;
  const v = value as { Ref?: unknown; "Fn::GetAtt"?: unknown };
  if (typeof v.Ref === "string") return v.Ref;
  if (Array.isArray(v["Fn::GetAtt"]) && typeof v["Fn::GetAtt"][0] === "string") return v["Fn::GetAtt"][0];
  return undefined;
}
