/**
 * The Task states of a corpus definition, at any depth (Parallel branches, Map iterations), and
 * the optimized integration a Resource names, whatever its partition is written as
 * (`arn:aws:…`, `arn:<PARTITION>:…`, `arn:${AWS::Partition}:…`).
 */

export interface CorpusTask {
  readonly name: string;
  readonly state: Readonly<Record<string, unknown>>;
}

export function corpusTasks(definition: unknown): CorpusTask[] {
  const found: CorpusTask[] = [];
  const visitMachine = (machine: unknown): void => {
    if (typeof machine !== "object" || machine === null) return;
    const states = (machine as { States?: unknown }).States;
    if (typeof states !== "object" || states === null) return;
    for (const [name, state] of Object.entries(states as Record<string, unknown>)) {
      if (typeof state !== "object" || state === null) continue;
      const fields = state as Record<string, unknown>;
      if (fields.Type === "Task") found.push({ name, state: fields });
      for (const branch of Array.isArray(fields.Branches) ? fields.Branches : []) visitMachine(branch);
      visitMachine(fields.ItemProcessor);
      visitMachine(fields.Iterator);
    }
  };
  visitMachine(definition);
  return found;
}

export interface NamedIntegration {
  /** `service:action`, or `aws-sdk:service:action`. */
  readonly id: string;
  readonly pattern: "request-response" | "sync" | "sync:2" | "waitForTaskToken";
}

const OPTIMIZED = /^arn:(?:\$\{[^}]*\}|[^:]+):states:::((?:aws-sdk:)?[a-z0-9-]+:[A-Za-z0-9]+)(?:\.(sync:2|sync|waitForTaskToken))?$/;

export function namedIntegration(resource: unknown): NamedIntegration | undefined {
  if (typeof resource !== "string") return undefined;
  const match = OPTIMIZED.exec(resource);
  if (!match) return undefined;
  return { id: match[1]!, pattern: (match[2] ?? "request-response") as NamedIntegration["pattern"] };
}
