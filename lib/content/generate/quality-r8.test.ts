/**
 * Round 8, on invented text: tables and inline running heads tidied in what a question shows,
 * explanations tidied like prompts, "加入合作" with no object, a run of one-character country names
 * giving a count away, and a date stranded before "……此后".
 */
import { describe, expect, it } from "vitest";
import { questionFlags } from "./selfcheck";
import { tidyExplanation, tidyShown, withoutInlineHead, withoutStrandedDate, withoutTable } from "./tidy";
import { testQuestion as q } from "@/tests/support/question";

const source = { documentId: "d", start: 0, end: 1, quote: "x" };

describe("markdown tables in what a question shows", () => {
  it("shows the row holding the blank with its headings, and drops the sentence glued after the table", () => {
    const t = "根据原文填空：|年度|文书||---|---|| 1990 |《甲乙合作章程》|| ____ |《丙丁交流纲要》|继续推进……";
    expect(withoutTable(t)).toBe("根据原文填空：年度：____；文书：《丙丁交流纲要》。");
  });
  it("shows an event cut from a row as the event, and keeps the question after it", () => {
    expect(withoutTable("|日期|事项||---|---|||甲方发布《星河倡议》||是在什么时候？")).toBe("甲方发布《星河倡议》是在什么时候？");
  });
  it("leaves a table it cannot read as one row alone (the self-check drops it)", () => {
    const t = "|日期|事项||---|---|| 1990 |甲|| 1991 |乙|";
    expect(withoutTable(t)).toBe(t);
  });
  it("explanations show the rows as text", () => {
    expect(tidyExplanation("出自《某文》：“|日期|事项||---|---|| 1990 |甲方成立|| 1991 |乙方加入|后来……”")).toBe("出自《某文》：“1990：甲方成立；1991：乙方加入。后来……”");
  });
});

describe("running heads and marks", () => {
  it("leaves out a page number and running head inside a sentence", () => {
    expect(withoutInlineHead("在某国，青石大桥·12·边疆研究季刊2021年第3期于____通车。")).toBe("在某国，青石大桥于____通车。");
    expect(tidyShown("在某国，（    ）·7·某某学刊2020年第1期建成。")).toBe("在某国，（    ）建成。");
  });
  it("explanations lose emphasis marks, <sup> marks and a running head", () => {
    expect(tidyExplanation("出自《某文》：“**甲方**与乙方签署协议<sup>3</sup>。”")).toBe("出自《某文》：“甲方与乙方签署协议。”");
    expect(tidyExplanation("出自《某文》：“某某研究2022年第5期三、新方案甲方于2001年成立。”")).not.toMatch(/2022年第5期/u);
  });
});

describe("a date stranded before ……此后", () => {
  it("is left out when the quote goes on with 此后/随后", () => {
    const quote = "1999年5月1日，甲乙两国首次会晤。此后，会晤每年举行，先后通过了《一号纲要》。";
    expect(withoutStrandedDate("根据原文填空：1999年5月1日，……会晤每年举行，先后通过了《____》。", quote)).toBe("根据原文填空：……会晤每年举行，先后通过了《____》。");
    expect(withoutStrandedDate("1999年5月1日，……会晤每年举行。", "1999年5月1日，甲乙两国首次会晤，会晤每年举行。")).toBe("1999年5月1日，……会晤每年举行。");
  });
  it("the self-check drops one that is still shown", () => {
    const x = q({ type: "cloze", prompt: "根据原文填空：1999年5月1日，……会晤每年举行，先后通过了《____》。", answer: "一号纲要", source: { ...source, quote: "1999年5月1日，首次会晤。此后，会晤每年举行。" } });
    expect(questionFlags(x)).toContain("dangling-reference");
  });
});

describe("a run of one-character country names giving its count", () => {
  it("is an answer leak when the run has as many names as the answer counts", () => {
    const x = q({ type: "flashcard", prompt: "p", front: "中俄美英法（    ）常任理事国代表出席会议。\n括号中应是什么？", back: "五个" });
    expect(questionFlags(x)).toContain("answer-leak");
  });
  it("is no leak when the counts differ", () => {
    const x = q({ type: "flashcard", prompt: "p", front: "中俄（    ）国家代表出席会议。\n括号中应是什么？", back: "五个" });
    expect(questionFlags(x)).not.toContain("answer-leak");
  });
});
