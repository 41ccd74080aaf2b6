/**
 * A constant shape with one generic field: the fields of Fixed, in Fixed's order, with field K's
 * value replaced by V. The schema holds a placeholder there (`z.unknown()`), and the types that
 * fill it in (the workflow's input, a Map's item) come from the builder.
 */
export type Substitute<Fixed, K extends keyof Fixed, V> = { [F in keyof Fixed]: F extends K ? V : Fixed[F] };
