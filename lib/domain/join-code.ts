/**
 * Class join codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I),
 * so that a code read off a projector or a phone is typed right the first time.
 * Pure: no database here; uniqueness is the caller's (see generateUniqueJoinCode).
 */

export const JOIN_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // 32 symbols
export const JOIN_CODE_LENGTH = 8;

/** A random join code, e.g. "K7QM2XHC". 32 symbols divide 256, so every symbol is equally likely. */
export function generateJoinCode(randomBytes: (n: number) => Uint8Array = defaultRandomBytes): string {
  const bytes = randomBytes(JOIN_CODE_LENGTH);
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[bytes[i] % JOIN_CODE_ALPHABET.length];
  return code;
}

/** What a person typed, made comparable: upper case, without spaces or dashes ("k7qm-2xhc" → "K7QM2XHC"). */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s\-_]/g, "");
}

export const isJoinCode = (value: string): boolean =>
  value.length === JOIN_CODE_LENGTH && [...value].every((c) => JOIN_CODE_ALPHABET.includes(c));

/**
 * A join code that `isTaken` says is free; retries on collisions (one in 2^40 per existing class),
 * then gives up rather than loop forever.
 */
export async function generateUniqueJoinCode(
  isTaken: (code: string) => Promise<boolean>,
  attempts = 10,
): Promise<string> {
  for (let i = 0; i < attempts; i++) {
    const code = generateJoinCode();
    if (!(await isTaken(code))) return code;
  }
  throw new Error(`No free join code after ${attempts} attempts`);
}

function defaultRandomBytes(n: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}
