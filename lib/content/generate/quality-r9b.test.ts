/**
 * Round 9b, on invented text: parties the sentence leaves open (等) or does not name are not
 * taught; a blank never takes part of a compound place word; list numbers leave shown text;
 * events and statistics that open with no subject are flagged; a partnership read with both a
 * country and a region from one line names neither; counted labels only against counted labels;
 * lines of notes or slides run together, and answers cut at punctuation, are artefacts.
 */
import { describe, expect, it } from "vitest";
import { cutsCompoundWord } from "./context";
import { pickDistractors } from "./distractors";
import { artefactFlags, questionFlags } from "./selfcheck";
import { withoutListNumber, withoutSpeakerLabel } from "./tidy";
import { testQuestion as q } from "@/tests/support/question";

describe("a blank in a compound place word", () => {
  it("is a cut when 区/园区 is left outside the blank", () => {
    const t = "双方在沿岸港口及星河产业园区开展合作。";
    const at = t.indexOf("星河产业园");
    expect(cutsCompoundWord(t, { start: at, end: at + 5 })).toBe(true);
    expect(cutsCompoundWord(t, { start: at, end: at + 4 })).toBe(true);
    expect(cutsCompoundWord(t, { start: at, end: at + 6 })).toBe(false);
    const c = "2015年，星河铁路总公司牵头签署协议。";
    expect(cutsCompoundWord(c, { start: c.indexOf("星河铁路"), end: c.indexOf("星河铁路") + 4 })).toBe(true);
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

describe("distractors of the answer's own kind", () => {
  it("offer counted labels only against a counted label", () => {
    const pool = ["三大支柱", "五点主张", "六个坚持", "星河之路", "云海倡议", "山川计划"];
    const ds = pickDistractors(pool, "一路一带", 3, "s")!;
    expect(ds.sort()).toEqual(["云海倡议", "山川计划", "星河之路"].sort());
    expect(pickDistractors(pool, "四个全面", 3, "s")!.sort()).toEqual(["三大支柱", "五点主张", "六个坚持"].sort());
  });
  it("offer no list that holds the answer", () => {
    const ds = pickDistractors(["甲联通、乙联通、丙联通", "设施联通", "丁联通", "戊联通"], "乙联通", 3, "s")!;
    expect(ds).not.toContain("甲联通、乙联通、丙联通");
  });
});

describe("lines run together", () => {
  it("are an artefact (emoji, abstract mark, date after a bracket, dotted date, numbered points, fields)", () => {
    for (const t of [
      "甲乙合作六十年🌍发表于北京",
      "从“星河”到共同体［摘要］两国友谊深厚。",
      "1999年4月建立“某关系”（某某访华）2014年12月提升为某关系",
      "位居第一某通道2017.9甲乙两地签署合作备忘录",
      "2019/08/02某部门印发《某规划》",
      "（20分）答题要点甲乙",
      "合作伙伴（2）发展战略对接",
      "中文名：甲乙关系外文名：某某建交时间：某年",
      "建交时间：某年→甲国是第一个（考点！★★）",
      "提问：为什么说这是甲乙关系史上的里程碑？",
      "易混：甲“十大行动”≠乙“八大行动”・某年贸易额",
    ])
      expect(artefactFlags(t), t).toContain("artefact:glued");
  });
  it("leave plain sentences, decimals and instructions alone", () => {
    for (const t of ["2019年，甲地增长2.5%。", "阅读原文，括号处列举的是下列哪几项？（多选）2014年11月22日，甲乙会晤。", "时间：2021年3月；事件：甲乙发表《某倡议》。", "依照第（2）项执行。"])
      expect(artefactFlags(t), t).not.toContain("artefact:glued");
  });
});

describe("an answer cut at punctuation", () => {
  it("is flagged", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "某国首个科考站（    ）建成。", back: "——星河站" }))).toContain("artefact:answer-edge");
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "某国首个科考站（    ）建成。", back: "星河站" }))).not.toContain("artefact:answer-edge");
  });
});

describe("a speaker's label or a figure number", () => {
  it("leaves the shown sentence", () => {
    expect(withoutSpeakerLabel("根据原文填空：发言人：甲组织成立20年来，始终遵循某精神。")).toBe("根据原文填空：甲组织成立20年来，始终遵循某精神。");
    expect(withoutSpeakerLabel("主席先生，各位同事：1948年5月29日，某机构通过某决议。")).toBe("1948年5月29日，某机构通过某决议。");
    expect(withoutSpeakerLabel("星河卫视记者：甲方表示，两国将举办文化年。")).toBe("甲方表示，两国将举办文化年。");
    expect(withoutSpeakerLabel("根据原文填空：图7-3 ____，某船交付使用。")).toBe("根据原文填空：____，某船交付使用。");
    expect(withoutSpeakerLabel("双方发言人表示：甲乙合作。")).toBe("双方发言人表示：甲乙合作。");
    expect(withoutSpeakerLabel("播放视频：2024年，甲乙两国会谈。")).toBe("2024年，甲乙两国会谈。");
  });
});
