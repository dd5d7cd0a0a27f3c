import { describe, expect, it } from "vitest";
import { questionFlags, selfCheck, spokenDayOnly } from "./selfcheck";
import { testQuestion as q } from "@/tests/support/question";

const mcq = (prompt: string, options: string[], answer: string) => q({ type: "mcq", prompt, options, answer });

describe("self-check", () => {
  it("passes a clean question with score 1", () => {
    const good = mcq("中国与某国正式建交是在哪一年？", ["1991年", "1992年", "1993年", "1994年"], "1992年");
    expect(questionFlags(good)).toEqual([]);
    const { kept } = selfCheck([good]);
    expect(kept[0]!.quality).toEqual({ score: 1, flags: [] });
  });

  it("drops an answer leaked into the prompt", () => {
    const leak = mcq("1992年，中国与某国正式建交是在哪一年？", ["1991年", "1992年", "1993年", "1994年"], "1992年");
    expect(questionFlags(leak)).toContain("answer-leak");
    const cloze = q({ type: "cloze", prompt: "根据原文填空：中俄双方建立____，战略伙伴关系不断深化。", answer: "战略伙伴关系" });
    expect(questionFlags(cloze)).toContain("answer-leak");
    const { kept, dropped } = selfCheck([leak, cloze]);
    expect(kept).toHaveLength(0);
    expect(dropped.map((d) => d.reasons)).toEqual([["answer-leak"], ["answer-leak"]]);
  });

  it("drops duplicate and near-duplicate options", () => {
    expect(questionFlags(mcq("哪一项？", ["甲乙丙", "甲乙丙", "丁", "戊"], "丁"))).toContain("duplicate-options");
    expect(questionFlags(mcq("哪一项？", ["甲乙丙", "甲 乙丙。", "丁", "戊"], "丁"))).toContain("duplicate-options");
    expect(
      questionFlags(mcq("哪一项？", ["关于某某问题的长期合作协定文本", "关于某某问题的长期合作协定文本草", "丁戊己", "庚辛壬"], "丁戊己")),
    ).toContain("similar-options");
  });

  it("drops leftover artefacts", () => {
    expect(questionFlags(mcq("始 终 秉 持哪一项原则？", ["甲", "乙", "丙", "丁"], "甲"))).toContain("artefact:cjk-space");
    expect(questionFlags(mcq("## 哪一项？", ["甲", "乙", "丙", "丁"], "甲"))).toContain("artefact:markdown");
    expect(questionFlags(mcq("**哪一项**？", ["甲", "乙", "丙", "丁"], "甲"))).toContain("artefact:markdown");
    expect(questionFlags(mcq("<b>哪一项</b>？", ["甲", "乙", "丙", "丁"], "甲"))).toContain("artefact:html");
    expect(questionFlags(mcq("哪一项①？", ["甲", "乙", "丙", "丁"], "甲"))).toContain("artefact:footnote");
    expect(questionFlags(mcq("贸易额达1 201亿美元的是哪一年？", ["甲", "乙", "丙", "丁"], "甲"))).toContain("artefact:broken-number");
    expect(questionFlags(mcq("中国—\n中亚合作始于哪一年？", ["甲", "乙", "丙", "丁"], "甲"))).toContain("artefact:linebreak");
    expect(questionFlags(mcq("《某条约是哪一年签署的？", ["甲", "乙", "丙", "丁"], "甲"))).toContain("artefact:unbalanced");
  });

  it("drops trivial blanks", () => {
    const one = q({ type: "cloze", prompt: "根据原文填空：双方____持友好。", answer: "坚", blanked: "坚" });
    expect(questionFlags(one)).toContain("trivial-blank");
    const common = q({ type: "cloze", prompt: "根据原文填空：____与邻国建交。", answer: "中国", blanked: "中国" });
    expect(questionFlags(common)).toContain("trivial-blank");
    const year = q({ type: "cloze", prompt: "根据原文填空：____，双方建交。", answer: "1992年", blanked: "1992年" });
    expect(questionFlags(year)).not.toContain("trivial-blank");
  });

  it("drops prompts that dangle without context", () => {
    expect(questionFlags(mcq("这一倡议是在哪一年提出的？", ["1991年", "1992年", "1993年", "1994年"], "1992年"))).toContain(
      "dangling-reference",
    );
    const cloze = q({ type: "cloze", prompt: "根据原文填空：该机制于____成立。", answer: "2020年" });
    expect(questionFlags(cloze)).toContain("dangling-reference");
    expect(questionFlags(mcq("其他国家的立场是什么？", ["甲乙", "丙丁", "戊己", "庚辛"], "甲乙"))).not.toContain("dangling-reference");
  });

  it("drops mcq without four options", () => {
    expect(questionFlags(mcq("哪一年？", ["1991年", "1992年"], "1992年"))).toContain("too-few-options");
  });

  it("keeps one of two near-duplicate questions", () => {
    const a = mcq("中国与某国正式建交是在哪一年？", ["1991年", "1992年", "1993年", "1994年"], "1992年");
    const b = mcq("中国与某国正式建交是在哪一年?", ["1990年", "1992年", "1993年", "1995年"], "1992年");
    const { kept, dropped } = selfCheck([a, b]);
    expect(kept).toHaveLength(1);
    expect(dropped[0]!.reasons).toEqual(["near-duplicate-question"]);
  });

  it("lets the question kept test the facts of the near duplicate it replaces", () => {
    const a = mcq("中国与某国正式建交是在哪一年？", ["1991年", "1992年", "1993年", "1994年"], "1992年");
    a.factIds = ["f_a"];
    const b = mcq("中国与某国正式建交是在哪一年？", ["1990年", "1992年", "1993年", "1995年"], "1992年");
    b.factIds = ["f_b"];
    const { kept } = selfCheck([a, b]);
    expect(kept).toHaveLength(1);
    expect([...kept[0]!.factIds].sort()).toEqual(["f_a", "f_b"]);
  });

  it("lowers the score of inferred dates without dropping them", () => {
    const inferred = mcq("两国总统相继访华是在哪一年？", ["2012年", "2013年", "2014年", "2015年"], "2013年");
    inferred.quality = { score: 1, flags: ["inferred-date"] };
    const { kept } = selfCheck([inferred]);
    expect(kept[0]!.quality.score).toBeLessThan(1);
    expect(kept[0]!.quality.flags).toEqual(["inferred-date"]);
  });
});

describe("a statement to judge of an unnamed 双方 (session 11)", () => {
  it("is dangling when it names neither side", () => {
    const tf = q({ type: "true_false", prompt: "判断正误（依据原文）：近五年来，双方合力构建全面伙伴关系，成为区域合作的典范。", answer: true });
    expect(questionFlags(tf)).toContain("dangling-reference");
  });
  it("stands when a side is named", () => {
    const tf = q({ type: "true_false", prompt: "判断正误（依据原文）：近五年来，中国与巴西双方合力构建全面伙伴关系，成为区域合作的典范。", answer: true });
    expect(questionFlags(tf)).not.toContain("dangling-reference");
  });
});

describe("a statement of 双方 whose sides are written another way (session 11)", () => {
  it("stands when a pair's short label names them, or they are a treaty's 缔约双方", () => {
    const labelled = q({ type: "true_false", prompt: "判断正误：2031年5月，中斯双方同意尽早完成自由贸易协定谈判。", answer: true });
    const treaty = q({ type: "true_false", prompt: "判断正误（依据原文）：缔约双方应当努力将班列的平均停留时间缩短至24小时以内。", answer: true });
    expect(questionFlags(labelled)).not.toContain("dangling-reference");
    expect(questionFlags(treaty)).not.toContain("dangling-reference");
  });
});

describe("a sentence opening on the day it was said", () => {
  it("is dangling: the question does not show which day 今天 or 明天 is", () => {
    expect(spokenDayOnly("今天是甲国和乙国建交（    ）。")).toBe(true);
    expect(spokenDayOnly("明天，5月8日，是甲乙两国建交____周年的日子。")).toBe(true);
    expect(spokenDayOnly("2031年5月8日是甲乙两国建交80周年的日子。")).toBe(false);
    expect(spokenDayOnly("今天的甲乙关系已经提升为全面战略伙伴关系。")).toBe(false);
    // (session 13: the day said beside it tells which, for what the day is; a speaker's "今天（……），" still opens talk of the day)
    expect(spokenDayOnly("今天（2031年5月9日）是甲国和乙国建交（    ）。")).toBe(false);
    expect(spokenDayOnly("今天（2031年5月9日），小甲带大家用（    ）读懂甲乙关系。")).toBe(true);
    const flags = questionFlags(q({ type: "cloze", prompt: "根据原文填空（填数字）：今天是甲国和乙国建交____周年。", answer: "80" }));
    expect(flags).toContain("dangling-reference");
  });
});

describe("a date asked of a signing that names no agreement (session 13)", () => {
  it("is dangling when the event ends on a bare 签署协议", () => {
    const asked = q({ type: "mcq", prompt: "甲组织在乙城签署协议是在什么时候？", options: ["2031年7月", "2030年7月", "2032年7月", "2031年4月"], answer: "2031年7月", tags: ["date"] });
    expect(questionFlags(asked)).toContain("dangling-reference");
    const tf = q({ type: "true_false", prompt: "判断正误：2031年4月，甲组织在乙城签署协议。", answer: false, tags: ["date"] });
    expect(questionFlags(tf)).toContain("dangling-reference");
  });
  it("stands when the text says what the agreement does, or names it", () => {
    const cloze = q({ type: "cloze", prompt: "根据原文填空：____，甲组织在乙城签署协议，成立丙银行。", answer: "2031年7月", tags: ["date"] });
    expect(questionFlags(cloze)).not.toContain("dangling-reference");
    const named = q({ type: "mcq", prompt: "甲组织在乙城签署《丙协议》是在什么时候？", options: ["2031年7月", "2030年7月", "2032年7月", "2031年4月"], answer: "2031年7月", tags: ["date"] });
    expect(questionFlags(named)).not.toContain("dangling-reference");
  });
});
