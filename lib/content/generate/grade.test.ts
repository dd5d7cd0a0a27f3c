import { describe, expect, it } from "vitest";
import type { Question } from "../../bank/format";
import { gradeAnswer, matchesShortAnswer } from "./grade";

const source = { documentId: "d", start: 0, end: 1, quote: "x" };
function q(partial: Partial<Question> & Pick<Question, "type">): Question {
  return { id: "q_1", factIds: [], prompt: "？", explanation: "", source, tags: [], quality: { score: 1, flags: [] }, ...partial };
}

describe("matchesShortAnswer", () => {
  const date = { answer: "2013年9月", accepted: ["2013年9月", "2013.9", "2013-09"] };
  it("accepts the answer with stray spaces, full-width digits and punctuation", () => {
    expect(matchesShortAnswer("2013年9月", date)).toBe(true);
    expect(matchesShortAnswer(" 2013 年 9 月 ", date)).toBe(true);
    expect(matchesShortAnswer("２０１３年９月", date)).toBe(true);
    expect(matchesShortAnswer("2013年9月。", date)).toBe(true);
    expect(matchesShortAnswer("2013.9", date)).toBe(true);
  });
  it("rejects wrong or empty answers", () => {
    expect(matchesShortAnswer("2014年9月", date)).toBe(false);
    expect(matchesShortAnswer("", date)).toBe(false);
    expect(matchesShortAnswer("  ", date)).toBe(false);
    expect(matchesShortAnswer("2013年", date)).toBe(false);
  });
  it("accepts a year without 年 and names with or without quotes", () => {
    expect(matchesShortAnswer("2013", { answer: "2013年", accepted: [] })).toBe(true);
    expect(matchesShortAnswer("“全面战略伙伴关系”", { answer: "全面战略伙伴关系" })).toBe(true);
    expect(matchesShortAnswer("全面 战略伙伴关系", { answer: "全面战略伙伴关系" })).toBe(true);
    expect(matchesShortAnswer("战略伙伴关系", { answer: "全面战略伙伴关系" })).toBe(false);
    expect(matchesShortAnswer("ＡＢＣ", { answer: "abc" })).toBe(true);
  });
  it("accepts a span of days however its dates are written, and no other days", () => {
    const span = { answer: "2021年6月7日至9日", accepted: ["2021年6月7日至9日"] };
    for (const typed of ["2021年6月7—9日", "2021.6.7-9", "2021-06-07至2021-06-09", "2021年6月7日至6月9日", "2021/6/7~9"]) expect(matchesShortAnswer(typed, span)).toBe(true);
    expect(matchesShortAnswer("2021年6月7日", span)).toBe(false);
    expect(matchesShortAnswer("2021年6月7日至10日", span)).toBe(false);
    expect(matchesShortAnswer("2021.6.7", { answer: "2021年6月7日" })).toBe(true);
    expect(matchesShortAnswer("2021年7月6日", { answer: "2021年6月7日" })).toBe(false);
  });
  it("accepts a decade however it is written, and no other decade", () => {
    const decade = { answer: "20世纪90年代", accepted: [] };
    for (const typed of ["20世纪90年代", "上世纪90年代", "1990年代", "２０世纪９０年代"]) expect(matchesShortAnswer(typed, decade)).toBe(true);
    expect(matchesShortAnswer("20世纪80年代", decade)).toBe(false);
    expect(matchesShortAnswer("1980年代", decade)).toBe(false);
    expect(matchesShortAnswer("19世纪90年代", decade)).toBe(false);
  });
});

describe("gradeAnswer", () => {
  it("grades mcq by option text or index", () => {
    const m = q({ type: "mcq", options: ["a", "b", "c", "d"], answer: "c" });
    expect(gradeAnswer(m, "c").correct).toBe(true);
    expect(gradeAnswer(m, 2).correct).toBe(true);
    expect(gradeAnswer(m, "a").correct).toBe(false);
    expect(gradeAnswer(m, null).correct).toBe(false);
  });
  it("grades multi as a set, with partial credit", () => {
    const m = q({ type: "multi", options: ["a", "b", "c", "d"], answer: ["a", "c"] });
    expect(gradeAnswer(m, ["c", "a"]).correct).toBe(true);
    const partial = gradeAnswer(m, ["a"]);
    expect(partial.correct).toBe(false);
    expect(partial.score).toBe(0.75);
    expect(gradeAnswer(m, ["a", "b", "c"]).correct).toBe(false);
  });
  it("grades true/false from booleans and words", () => {
    const t = q({ type: "true_false", answer: false });
    expect(gradeAnswer(t, false).correct).toBe(true);
    expect(gradeAnswer(t, "错").correct).toBe(true);
    expect(gradeAnswer(t, true).correct).toBe(false);
    expect(gradeAnswer(t, "maybe").correct).toBe(false);
  });
  it("grades cloze and short answers tolerantly", () => {
    const c = q({ type: "cloze", answer: "894", accepted: ["894"] });
    expect(gradeAnswer(c, "８９４").correct).toBe(true);
    expect(gradeAnswer(c, "895").correct).toBe(false);
    const s = q({ type: "short_answer", answer: "战略伙伴关系", accepted: ["战略伙伴关系", "战略伙伴"] });
    expect(gradeAnswer(s, "战略伙伴").correct).toBe(true);
    expect(gradeAnswer(s, ["战略伙伴"]).correct).toBe(false);
  });
  it("grades ordering position by position", () => {
    const o = q({ type: "ordering", options: ["c", "a", "b", "d"], answer: ["a", "b", "c", "d"] });
    expect(gradeAnswer(o, ["a", "b", "c", "d"]).correct).toBe(true);
    const r = gradeAnswer(o, ["a", "c", "b", "d"]);
    expect(r.correct).toBe(false);
    expect(r.score).toBe(0.5);
  });
  it("grades matching from pairs or a record", () => {
    const m = q({
      type: "matching",
      pairs: [
        ["x", "1"],
        ["y", "2"],
        ["z", "3"],
      ],
    });
    expect(gradeAnswer(m, [["y", "2"], ["x", "1"], ["z", "3"]]).correct).toBe(true);
    expect(gradeAnswer(m, { x: "1", y: "2", z: "3" }).correct).toBe(true);
    const r = gradeAnswer(m, { x: "2", y: "1", z: "3" });
    expect(r.correct).toBe(false);
    expect(r.score).toBeCloseTo(1 / 3);
  });
  it("takes a flashcard's self-rating", () => {
    const f = q({ type: "flashcard", front: "f", back: "b" });
    expect(gradeAnswer(f, true)).toMatchObject({ correct: true, selfRated: true, expected: "b" });
    expect(gradeAnswer(f, "again").correct).toBe(false);
    expect(gradeAnswer(f, 3).correct).toBe(true);
  });
});
