/**
 * What a type-check read from the file system: every file it read (by a hash of the content),
 * every file and folder it asked about (whether it was there), every folder it listed and
 * every path it resolved through links. The check's result holds for as long as each of these
 * answers stays the same, which `stillHolds` tests with plain reads, without TypeScript.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";

/** An answer the file system gave, by kind: `file` content, `exists` file, `dir` exists, `list` names, `real` path. */
export type Question = "file" | "exists" | "dir" | "list" | "real";

/** Answers by `${question}:${path}`, each as a short digest. */
export type FileRecordEntries = Record<string, string>;

const MISSING = "-";

function digest(text: string): string {
  return createHash("sha256").update(text).digest("base64url");
}

function attempt(ask: () => string): string {
  try {
    return ask();
  } catch {
    return MISSING;
  }
}

/** Asks the file system the question again, as TypeScript's host would have. */
function answer(question: Question, path: string): string {
  switch (question) {
    case "file":
      return attempt(() => digest(readFileSync(path, "utf8")));
    case "exists":
      return String(statSync(path, { throwIfNoEntry: false })?.isFile() ?? false);
    case "dir":
      return String(statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false);
    case "list":
      return attempt(() => digest(readdirSync(path).sort().join("\0")));
    case "real":
      return attempt(() => realpathSync(path));
    default: {
      const never: never = question;
      return never;
    }
  }
}

export class FileRecord {
  readonly entries: FileRecordEntries = {};

  note(question: Question, path: string, result: unknown): void {
    this.entries[`${question}:${path}`] = result === undefined ? MISSING : summary(question, result);
  }

  /** Notes that asking failed (a file that could not be read): any change of that is a change. */
  noteMissing(question: Question, path: string): void {
    this.entries[`${question}:${path}`] = MISSING;
  }
}

function summary(question: Question, result: unknown): string {
  switch (question) {
    case "file":
      return digest(String(result));
    case "exists":
    case "dir":
      return String(Boolean(result));
    case "list":
      return digest((result as readonly (string | { name: string })[]).map((e) => (typeof e === "string" ? e : e.name)).sort().join("\0"));
    case "real":
      return String(result);
    default: {
      const never: never = question;
      return never;
    }
  }
}

/** True when the file system still answers every recorded question the same way. */
export function stillHolds(entries: FileRecordEntries): boolean {
  for (const [key, recorded] of Object.entries(entries)) {
    const colon = key.indexOf(":");
    if (answer(key.slice(0, colon) as Question, key.slice(colon + 1)) !== recorded) return false;
  }
  return true;
}

/** The host methods TypeScript (through ts-morph) asks the file system with, and what each asks. */
const RECORDED: Record<string, Question> = {
  readFileSync: "file",
  readFile: "file",
  fileExistsSync: "exists",
  fileExists: "exists",
  directoryExistsSync: "dir",
  directoryExists: "dir",
  readDirSync: "list",
  realpathSync: "real",
};

/**
 * Wraps a file system host so that every question asked through it is noted in the record.
 * A Proxy keeps the host's own behaviour (and any method not listed) exactly as it was.
 */
export function recordingHost<T extends object>(host: T, record: FileRecord): T {
  return new Proxy(host, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      const question = typeof property === "string" ? RECORDED[property] : undefined;
      if (!question || typeof value !== "function") return typeof value === "function" ? value.bind(target) : value;
      return (path: string, ...rest: unknown[]) => {
        let result: unknown;
        try {
          result = value.call(target, path, ...rest);
        } catch (error) {
          record.noteMissing(question, path);
          throw error;
        }
        if (result instanceof Promise) {
          return result.then(
            (resolved) => (record.note(question, path, resolved), resolved),
            (error) => (record.noteMissing(question, path), Promise.reject(error)),
          );
        }
        record.note(question, path, result);
        return result;
      };
    },
  });
}
