/**
 * The parts of a rebuild written without static types: only in a workflow made to be refused
 * whose refusal the chain's types produce as well (a JSONPath state inside a JSONata machine),
 * so that it stays buildable and reaches the compiler, which must refuse it with its code.
 */
export type Untyped = any;
