/**
 * What a passage must keep for its question to stand alone: the pair a 两国 stands for when a venue is the
 * only country named, the head a 即 or 为此 points back to, no speaker's lead before the narrator's words,
 * no sentence before that offers a rival answer.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import { buildContext, namesParty, passageOf } from "./context";

describe("a 两国 whose sentence names only the venue", () => {
  it("takes no venue for a party, so the sentence before is shown", () => {
    const d = makeDoc("doc_venue", "甲乙关系", "甲国和乙国于2031年10月建交。两国建交谈判从2030年2月开始在丙丁国首都进行，前后历时约20个月。");
    const f = fact(d, "figure", "20个月", { number: 20, unit: "个月", text: "20个月", measure: "历时" } as never);
    const ctx = buildContext({ documents: [d], facts: [f] });
    expect(namesParty(ctx, "两国建交谈判从2030年2月开始在丙丁国首都进行，前后历时约20个月。")).toBe(false);
    expect(namesParty(ctx, "两国建交谈判由丙丁国斡旋，前后历时约20个月。")).toBe(true);
    const p = passageOf(ctx, f);
    expect(p.text.startsWith("甲国和乙国于2031年10月建交。两国建交谈判")).toBe(true);
    expect(p.prepended).toBe(true);
  });
});
