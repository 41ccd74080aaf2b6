/**
 * The parts of a chain written without static types, where the typed chain does not take yet
 * what JSONata workflows use: a JSONata condition (`"{% … %}"`) in `when()`, `assign` and
 * `output` on a Choice rule, `assign` and `output` in `.catch()` options. The runtime builder
 * takes them all; only these callbacks and chains give up their types. Workflows made to be
 * refused are written untyped as well, so they stay buildable whatever the types come to refuse.
 */
export type Untyped = any;
