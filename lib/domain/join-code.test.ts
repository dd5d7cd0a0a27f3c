import { describe, expect, it } from "vitest";
import { generateJoinCode, generateUniqueJoinCode, isJoinCode, JOIN_CODE_ALPHABET, normalizeJoinCode } from "./join-code";

describe("join codes", () => {
  it("are 8 characters without look-alikes (0/O, 1/I)", () => {
    for (let i = 0; i < 500; i++) {
      const code = generateJoinCode();
      expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
      expect(isJoinCode(code)).toBe(true);
    }
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01IO]/);
  });

  it("use every symbol of the alphabet", () => {
    const seen = new Set(Array.from({ length: 400 }, () => generateJoinCode()).join(""));
    expect(seen.size).toBe(JOIN_CODE_ALPHABET.length);
  });

  it("are read back from what a person types", () => {
    expect(normalizeJoinCode(" k7qm-2xhc ")).toBe("K7QM2XHC");
    expect(isJoinCode("K7QM2XHO")).toBe(false);
    expect(isJoinCode("K7QM2XH")).toBe(false);
  });

  it("skip codes that are taken, and give up rather than loop forever", async () => {
    const taken = new Set<string>();
    const first = await generateUniqueJoinCode(async (c) => taken.has(c));
    taken.add(first);
    let calls = 0;
    const second = await generateUniqueJoinCode(async (c) => ++calls === 1 || taken.has(c));
    expect(second).not.toBe(first);
    expect(calls).toBeGreaterThanOrEqual(2);
    await expect(generateUniqueJoinCode(async () => true, 3)).rejects.toThrow(/3 attempts/);
  });
});
