/**
 * asl-validator builds a fresh Ajv instance and recompiles all of its schemas on every call,
 * which costs about 90 ms. Tests that validate thousands of definitions share one instance
 * instead: asl-validator registers the same schemas and formats on every call, so the instance
 * it configured the first time answers every later call the same way.
 *
 * This holds while asl-validator is called with its default options, as validators.ts does:
 * other options register other format checks, which a shared instance would not pick up.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

interface AjvInstance {
  addKeyword(definition: { keyword: string | string[] }): AjvInstance;
  getKeyword(keyword: string): unknown;
}

type AjvClass = (new (options: unknown) => AjvInstance) & { default: unknown };

let installed = false;

export function shareAjvAcrossAslValidatorCalls(): void {
  if (installed) return;
  // asl-validator reads `require("ajv").default` on every call, so replacing it is enough.
  const fromAslValidator = createRequire(require.resolve("asl-validator"));
  const Ajv = fromAslValidator("ajv") as AjvClass;
  let shared: AjvInstance | undefined;
  function SharedAjv(options: unknown): AjvInstance {
    if (shared) return shared;
    const instance = new Ajv(options);
    const addKeyword = instance.addKeyword.bind(instance);
    // ajv-formats adds its keywords on every call; Ajv refuses to define a keyword twice.
    instance.addKeyword = (definition) => {
      const first = Array.isArray(definition.keyword) ? definition.keyword[0]! : definition.keyword;
      return instance.getKeyword(first) ? instance : addKeyword(definition);
    };
    shared = instance;
    return instance;
  }
  Ajv.default = SharedAjv;
  installed = true;
}
