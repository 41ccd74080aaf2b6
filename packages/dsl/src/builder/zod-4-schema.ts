/**
 * The schemas the DSL takes are zod 4 schemas: `zod` is a peer dependency, so `import("zod")`
 * is the project's own zod. On zod 3 (also when modules import `zod/v4` from zod 3.25, whose
 * package is still zod 3) a schema would fail with TS2740, listing zod 3's internals and
 * saying nothing of versions. `workflow()` takes its input as this type instead: zod 4's
 * ZodType, or, when the project's zod has no `core` (zod 3), a type whose only key says what
 * to do, so tsc's message names the version needed.
 */
import type { ZodType } from "zod";

export interface Zod4Needed {
  readonly "aslc needs zod 4 (^4.0.0), the project has zod 3 (its zod/v4 entry is not enough): npm install zod@^4": true;
}

export type Zod4Schema = typeof import("zod") extends { readonly core: unknown } ? ZodType : Zod4Needed;
