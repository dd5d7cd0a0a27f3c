/**
 * Round 9b, on invented text: parties the sentence leaves open (等) or does not name are not
 * taught; a blank never takes part of a compound place word; list numbers leave shown text;
 * events and statistics that open with no subject are flagged; a partnership read with both a
 * country and a region from one line names neither.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../bank/format";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import type { Corpus } from "../types";
import { generateBank } from "./bank";
import { isGroupParty, partyPhrase } from "./builders/common";
import { cutsCompoundWord } from "./context";
import { questionFlags } from "./selfcheck";
import { withoutListNumber } from "./tidy";

const source = { documentId: "d", start: 0, end: 1, quote: "x" };
function q(partial: Partial<Question> & Pick<Question, "type" | "prompt">): Question {
  return { id: "q_1", factIds: [], explanation: "e", source, tags: [], quality: { score: 1, flags: [] }, ...partial };
}

describe("parties of an agreement", () => {
  it("are joined when the sentence names them all", () => {
    expect(partyPhrase(["中国", "甲国", "乙国"], "中国与甲国、乙国签署《某某协定》。")).toBe("中国与甲国、乙国");
  });
  it("are none when the sentence leaves the list open with 等", () => {
    expect(partyPhrase(["中国", "甲国", "乙国"], "中国与甲国、乙国等12国共同核准《某某原则》。")).toBeUndefined();
  });
  it("are none when a group of parties is not named in the sentence (recovered from elsewhere)", () => {
    expect(partyPhrase(["中国", "某洲国家"], "1999年，建立战略合作关系。")).toBeUndefined();
    expect(partyPhrase(["中国", "某洲国家"], "1999年，中国与某洲国家建立战略合作关系。")).toBe("中国与某洲国家");
    expect(partyPhrase(["中国", "甲国"], "1999年，两国建立战略合作关系。")).toBe("中国与甲国");
  });
});

describe("a blank in a compound place word", () => {
  it("is a cut when 区/园区 is left outside the blank", () => {
    const t = "双方在沿岸港口及星河产业园区开展合作。";
    const at = t.indexOf("星河产业园");
    expect(cutsCompoundWord(t, { start: at, end: at + 5 })).toBe(true);
    expect(cutsCompoundWord(t, { start: at, end: at + 4 })).toBe(true);
    expect(cutsCompoundWord(t, { start: at, end: at + 6 })).toBe(false);
  });
  it("is no cut before a word of its own (区域)", () => {
    const t = "甲组织促进了星河区域合作。";
    const at = t.indexOf("星河");
    expect(cutsCompoundWord(t, { start: at, end: at + 2 })).toBe(false);
  });
});

describe("list numbers in shown text", () => {
  it("are dropped after a dateline or at the start", () => {
    expect(withoutListNumber("2023年，2.甲国与乙国将合作年确定为友好年。")).toBe("2023年，甲国与乙国将合作年确定为友好年。");
    expect(withoutListNumber("（二）甲国提出倡议。")).toBe("甲国提出倡议。");
    expect(withoutListNumber("其一，①甲国提出倡议。")).toBe("其一，甲国提出倡议。");
  });
  it("keep decimals and references", () => {
    expect(withoutListNumber("增长，2.5%来自甲地。")).toBe("增长，2.5%来自甲地。");
    expect(withoutListNumber("依照第（二）项规定。")).toBe("依照第（二）项规定。");
  });
});

describe("events and statistics with no subject", () => {
  it("are flagged as dangling", () => {
    expect(questionFlags(q({ type: "true_false", prompt: "判断正误：截至2023年底，吸引企业230余家入驻。", answer: true }))).toContain("dangling-reference");
    expect(
      questionFlags(q({ type: "ordering", prompt: "请排序：", options: ["第一个同甲国签署《某某自由贸易协定》", "甲国加入乙组织"], answer: ["a", "b"] } as never)),
    ).toContain("dangling-reference");
  });
  it("are not flagged with their subject", () => {
    expect(questionFlags(q({ type: "true_false", prompt: "判断正误：截至2023年底，星河园区吸引企业230余家入驻。", answer: true }))).not.toContain("dangling-reference");
  });
});

describe("a partnership read with a country and a region from one line", () => {
  const d = makeDoc("doc_p", "甲国复习提纲", "甲国是第一个同新中国建交的某洲国家。1999年4月建立“战略合作关系”。");
  const partnership = (parties: string[]) =>
    fact(d, "agreement", "战略合作关系", { name: "战略合作关系", category: "partnership", date: "1999-04", parties } as never);
  it("names no party in its questions", () => {
    const c: Corpus = { documents: [d], facts: [partnership(["中国", "甲国"]), partnership(["中国", "某洲国家"])] };
    const shown = generateBank(c).bank.questions.map((x) => `${x.prompt}${x.front ?? ""}`);
    expect(shown.some((t) => t.includes("中国与某洲国家") || t.includes("中国与甲国"))).toBe(false);
    expect(isGroupParty("某洲国家")).toBe(true);
    expect(isGroupParty("甲国")).toBe(false);
  });
  it("still names countries named side by side", () => {
    const e = makeDoc("doc_q", "测试文献", "2013年，中国与甲国、乙国建立战略伙伴关系。");
    const p2 = (parties: string[]) => fact(e, "agreement", "战略伙伴关系", { name: "战略伙伴关系", category: "partnership", date: "2013", parties } as never);
    const c: Corpus = { documents: [e], facts: [p2(["中国", "甲国"]), p2(["中国", "乙国"])] };
    const shown = generateBank(c).bank.questions.map((x) => `${x.prompt}${x.front ?? ""}`);
    expect(shown.some((t) => t.includes("中国与甲国"))).toBe(true);
  });
});
