/**
 * Round 11, on invented text: a reporter's "他表示，" lead-in, a script's cue ("【字幕】"), agreements
 * described with no party, events opening on their verb or on a figure, traditional-script
 * distractors against a simplified answer.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import { buildContext, passageOf } from "./context";
import { pickDistractors } from "./distractors";
import { questionFlags } from "./selfcheck";
import { tidyShown } from "./tidy";
import { testQuestion as q } from "@/tests/support/question";

const mcq = (prompt: string, options: string[], answer: string) => q({ type: "mcq", prompt, options, answer });

describe("a reporter's lead-in", () => {
  it("goes from the passage, so the sentence no longer opens on 他", () => {
    const d = makeDoc("doc_r1", "北陆港口见闻", "北陆港务局局长接受了采访。\n\n他还透露，北陆港与南川港签署了《北南港口合作协定》，合作将扩大。");
    const f = fact(d, "agreement", "北南港口合作协定", { name: "北南港口合作协定", category: "document", type: "协定", parties: [] } as never);
    const p = passageOf(buildContext({ documents: [d], facts: [f] }), f);
    expect(p.text).toMatch(/^北陆港与南川港签署了《北南港口合作协定》/u);
    expect(p.text.slice(p.key!.start, p.key!.end)).toBe("北南港口合作协定");
  });
  it("stays when 他 is the subject of what is asked", () => {
    const d = makeDoc("doc_r2", "北陆港口见闻", "北陆港务局局长接受了采访。\n\n他于2031年签署了《北南港口合作协定》。");
    const f = fact(d, "agreement", "北南港口合作协定", { name: "北南港口合作协定", category: "document", type: "协定", parties: [] } as never);
    expect(passageOf(buildContext({ documents: [d], facts: [f] }), f).text).toMatch(/^他于2031年/u);
  });
});

describe("a script's cue", () => {
  it("is no part of the line", () => {
    expect(tidyShown("【字幕】施工高峰期，两地参建人员超过（    ）。")).toBe("施工高峰期，两地参建人员超过（    ）。");
    expect(tidyShown("【解说】北陆港于2031年开港。")).toBe("北陆港于2031年开港。");
  });
  it("leaves a bracket inside the sentence", () => {
    expect(tidyShown("北陆日报刊登【北陆观察】专栏。")).toBe("北陆日报刊登【北陆观察】专栏。");
  });
});

describe("distractors in the other script", () => {
  it("are not offered against a simplified answer", () => {
    const picked = pickDistractors(["北陆合作", "戰略性合作", "南川合作", "东山合作", "西河合作"], "中泰合作", 3, "s", { window: 5 });
    expect(picked).not.toBeNull();
    expect(picked).not.toContain("戰略性合作");
  });
  it("are offered against a traditional answer", () => {
    const picked = pickDistractors(["北陸會議", "南川會議", "東山會議"], "西河會議", 3, "s");
    expect(picked).toHaveLength(3);
  });
});

describe("round 11, second group", () => {
  it("strips a narrator's label", () => {
    expect(tidyShown("旁白：2031年上半年，北陆口岸货运量增长两成。")).toBe("2031年上半年，北陆口岸货运量增长两成。");
    expect(tidyShown("解说：北陆和南川于2031年建立外交关系。")).toBe("北陆和南川于2031年建立外交关系。");
  });
  it("flags a dateline's 电 glued to the name blanked after it", () => {
    const m = mcq("阅读原文，选择填入括号的一项：某社北陆5月9日（    ）部门当天发布数据。", ["电南川铁路", "东山铁路", "西河铁路", "北陆铁路"], "电南川铁路");
    expect(questionFlags(m)).toContain("artefact:answer-edge");
    const ok = mcq("阅读原文，选择填入括号的一项：5月9日，（    ）部门发布数据。", ["南川铁路", "东山铁路", "西河铁路", "北陆铁路"], "南川铁路");
    expect(questionFlags(ok)).not.toContain("artefact:answer-edge");
  });
  it("flags a passive event with its subject cut off, not one that names it", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: "", front: "被列入世界遗产名录是在哪一年？", back: "2031年" }))).toContain("dangling-reference");
    expect(questionFlags(q({ type: "flashcard", prompt: "", front: "北陆古城被列入世界遗产名录是在哪一年？", back: "2031年" }))).not.toContain("dangling-reference");
  });
});

describe("generic names as distractors", () => {
  it("are not offered", () => {
    const picked = pickDistractors(["中国铁路", "全国铁路", "全球金融机构", "北陆铁路", "南川铁路", "东山铁路"], "西河铁路", 3, "s", { window: 6 });
    expect(picked).not.toBeNull();
    expect(picked!.filter((p) => /^(?:中国|全国|全球)/u.test(p))).toEqual([]);
  });
});

describe("distractors that are the answer in disguise or a dateline's leftover", () => {
  it("skips the pair written the other way round and 电 + a country", () => {
    const picked = pickDistractors(["泰中铁路", "电泰国铁路", "北陆铁路", "南川铁路", "东山铁路"], "中泰铁路", 3, "s", { window: 5 });
    expect(picked).not.toBeNull();
    expect(picked).not.toContain("泰中铁路");
    expect(picked).not.toContain("电泰国铁路");
  });
});
