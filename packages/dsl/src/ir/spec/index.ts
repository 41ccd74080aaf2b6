export { optionName, type FieldKind, type FieldLanguages, type FieldRange, type FieldReads, type FieldSpec, type ObjectSpec, type SpecOf } from "./field-spec.ts";
export { CATCHER, CHOICE_RULE, ITEM_BATCHER, ITEM_PROCESSOR, ITEM_READER, MAX_SECONDS, READER_CONFIG, RESULT_WRITER, RETRIER, SUB_MACHINE, WRITER_CONFIG } from "./nested.ts";
export { CHOICE, FAIL, MAP, PARALLEL, PASS, STATE_SPECS, SUCCEED, TASK, WAIT, WORKFLOW, type StateSpecs } from "./states.ts";
export { fieldsIn, fieldsOf, inLanguage, specOf, twinOf, type FieldPlace } from "./fields-of.ts";
