/** Expected failures are values: a code for programs, a message key for people. */
export type Failure<C extends string = string> = {
  ok: false;
  code: C;
  /** An i18n key under "errors" (messages/*.json), or a plain sentence for CLI use. */
  message: string;
  fieldErrors?: Record<string, string>;
};
export type Result<T, C extends string = string> = { ok: true; value: T } | Failure<C>;

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <C extends string>(code: C, message: string, fieldErrors?: Record<string, string>): Failure<C> => ({
  ok: false,
  code,
  message,
  ...(fieldErrors ? { fieldErrors } : {}),
});

/** First message per field of a zod error, keyed by the field path. */
export function fieldErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "form";
    out[key] ??= issue.message;
  }
  return out;
}
