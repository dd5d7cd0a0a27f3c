export type BankImportErrorCode = "bank_file" | "invalid_bank" | "inconsistent_bank" | "raw_text" | "document_taken";

/** An expected failure: nothing was written. `problems` lists each one with where it is. */
export class BankImportError extends Error {
  constructor(
    readonly code: BankImportErrorCode,
    readonly problems: string[],
  ) {
    const heading = {
      bank_file: "The bank file cannot be read",
      invalid_bank: "The bank file is not a valid quizbank/1 bank",
      inconsistent_bank: "The bank does not hold together",
      raw_text: "The bank's document texts are not available",
      document_taken: "The bank would overwrite documents that are not yours (give them other ids)",
    }[code];
    super(`${heading}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "BankImportError";
  }
}
