/**
 * Who imports whom in a TypeScript program, as the program resolved it: for each file, the
 * project files (installed packages left out) that import it. TypeScript keeps a file's import
 * literals and their resolutions without listing them in its public API; where they cannot be
 * read, the answer is undefined and the caller checks every file again rather than guess.
 */
import type { ts as Typescript } from "ts-morph";

interface ResolvingProgram {
  getResolvedModuleFromModuleSpecifier?(specifier: Typescript.StringLiteralLike, source: Typescript.SourceFile): { resolvedModule?: { resolvedFileName: string } } | undefined;
}

export function importersOf(program: Typescript.Program): Map<string, string[]> | undefined {
  const resolve = (program as Typescript.Program & ResolvingProgram).getResolvedModuleFromModuleSpecifier?.bind(program);
  if (!resolve) return undefined;
  const importers = new Map<string, string[]>();
  for (const source of program.getSourceFiles()) {
    if (source.fileName.includes("/node_modules/")) continue;
    const imports = (source as Typescript.SourceFile & { imports?: readonly Typescript.StringLiteralLike[] }).imports;
    if (!imports) return undefined;
    for (const specifier of imports) {
      const target = resolve(specifier, source)?.resolvedModule?.resolvedFileName;
      if (!target) continue;
      const list = importers.get(target);
      if (list) list.push(source.fileName);
      else importers.set(target, [source.fileName]);
    }
  }
  return importers;
}
