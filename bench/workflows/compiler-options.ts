/**
 * The options every measured workflow is checked with, as a tsconfig.json's "compilerOptions"
 * writes them: bench:types writes them into its tsconfig files, bench:editor
 * hands them to TypeScript 6's language service (converted) and to TypeScript 7's language
 * server (in a tsconfig.json). The files live inside the repository so that node resolution finds
 * "@aslc/dsl" and "zod" in its node_modules, as an author's would.
 */
export const COMPILER_OPTIONS = {
  strict: true,
  noEmit: true,
  target: "es2022",
  module: "esnext",
  moduleResolution: "bundler",
  lib: ["es2023"],
  // The DSL's own sources read node:url, so its types must resolve; skipLibCheck keeps the
  // declaration files themselves out of the measurement.
  types: ["node"],
  skipLibCheck: true,
  allowImportingTsExtensions: true,
} as const;
