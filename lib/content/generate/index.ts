/** Question generation: corpus → questions → self-check → `quizbank/1` bank. */
export { generateBank, GENERATOR_VERSION, type BankReport, type GenerateOptions, type KindCoverage } from "./bank";
export { gradeAnswer, matchesShortAnswer, normaliseTyped, type GivenAnswer, type GradeResult } from "./grade";
export { selfCheck, questionFlags, artefactFlags, DROPPING_FLAGS } from "./selfcheck";
export type { Dropped } from "./model";
