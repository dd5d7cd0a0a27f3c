/**
 * Round 18 (q18), on invented text: text that is not content (an answer key's scaffolding, a lesson plan's
 * instruction, a speech's subtitle line), the title an explanation cites, the other forms of a typed answer
 * the document gives.
 */
import { describe, expect, it } from "vitest";
import { alsoAccepted, buildContext, citableTitle, citeOf, withCitableTitle } from "./context";
import { notContent, questionFlags } from "./selfcheck";
import { tidyExplanation, tidyShown, withoutKeyLabel } from "./tidy";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import { testQuestion as q } from "@/tests/support/question";

describe("an answer key's scaffolding", () => {
  it("loses its label, the content stays", () => {
    expect(withoutKeyLabel("根据原文填空：解析：____，甲乙两国正式建交。")).toBe("根据原文填空：____，甲乙两国正式建交。");
    expect(withoutKeyLabel("【解析】丙组织于____成立。")).toBe("丙组织于____成立。");
    expect(tidyShown("判断正误（依据原文）：参考答案：甲国于2001年加入丙组织。")).toBe("判断正误（依据原文）：甲国于2001年加入丙组织。");
    expect(tidyShown("根据原文填空：解析，……这条航线持续了约____年。")).toBe("根据原文填空：……这条航线持续了约____年。");
  });
  it("that points at the stem, the options or the key is not asked", () => {
    const cloze = q({ type: "cloze", prompt: "根据原文填空：截至2023年底，甲国对乙国投资存量约为____，远低于题干所述数字。", answer: "5亿美元", tags: ["figure"] });
    expect(questionFlags(cloze)).toContain("not-content");
    expect(notContent("选项C是甲乙建交日期，均为干扰项。")).toBe(true);
    expect(notContent("答案与解析在每题下方，请先作答再展开。")).toBe(true);
    expect(notContent("本题考查丙组织的成立时间。")).toBe(true);
  });
});

describe("a lesson plan's instruction", () => {
  it("is not asked", () => {
    const cloze = q({ type: "cloze", prompt: "根据原文填空：学生阅读下表，分组概括甲乙关系的____。", answer: "三个发展阶段", tags: ["concept"] });
    expect(questionFlags(cloze)).toContain("not-content");
    expect(notContent("请学生思考：我们可以为促进甲乙民心相通做些什么？")).toBe(true);
    expect(notContent("小组任务：结合丙机制，说说甲乙如何合作。")).toBe(true);
    expect(notContent("设计意图：通过时间线帮助理解。")).toBe(true);
  });
  it("leaves students as a subject of the content", () => {
    expect(notContent("2023年，在甲国学习的乙国留学生约1500人。")).toBe(false);
    expect(notContent("两国学生交流日益频繁。")).toBe(false);
  });
});

describe("a speech's subtitle line on its own", () => {
  it("is not asked", () => {
    const cloze = q({ type: "cloze", prompt: "根据原文填空（填数字）：——在丙组织成立____周年纪念活动上的讲话。", answer: "十", tags: ["figure"] });
    expect(questionFlags(cloze)).toContain("not-content");
  });
  it("leaves a sentence that names a speech", () => {
    expect(notContent("习近平在丙论坛开幕式上的讲话中指出，甲乙合作前景广阔。")).toBe(false);
    expect(notContent("标准轨距（____毫米）与宽轨铁路衔接。")).toBe(false);
  });
});

describe("an answer key's clause to the student, and an emoji a post ends on", () => {
  it("go from what is shown, the sentence stays", () => {
    expect(tidyShown("根据原文填空：截至2023年底，甲国对乙国投资存量约为____，远低于题干所述数字。")).toBe("根据原文填空：截至2023年底，甲国对乙国投资存量约为____。");
    expect(tidyShown("“甲、乙、丙”，这是丁精神的生动写照👍。")).toBe("“甲、乙、丙”，这是丁精神的生动写照。");
    expect(tidyShown("（    ）是丁精神的生动写照👍")).toBe("（    ）是丁精神的生动写照");
  });
  it("a question then stands, though its source sentence still names the stem", () => {
    const cloze = q({
      type: "cloze",
      prompt: "根据原文填空：截至2023年底，甲国对乙国投资存量约为____。",
      answer: "5亿美元",
      tags: ["figure"],
      source: { documentId: "x", start: 0, end: 1, quote: "截至2023年底，甲国对乙国投资存量约为5亿美元，远低于题干所述数字。" },
    });
    expect(questionFlags(cloze)).not.toContain("not-content");
  });
});

describe("此后 after the day its sentence names", () => {
  it("counts from that day", () => {
    const cloze = q({ type: "cloze", prompt: "根据原文填空：《甲乙自由贸易协定》生效当日，甲方第一次降税；此后每年1月1日降税一次，即____实施第二次降税。", answer: "2025年1月1日", tags: ["date"] });
    expect(questionFlags(cloze)).not.toContain("dangling-reference");
  });
  it("still dangles with no day before it", () => {
    const cloze = q({ type: "cloze", prompt: "根据原文填空：此后每年1月1日降税一次，即____实施第二次降税。", answer: "2025年1月1日", tags: ["date"] });
    expect(questionFlags(cloze)).toContain("dangling-reference");
  });
});

describe("the quote of an explanation", () => {
  it("loses a label at its start and keeps its opening quotation mark", () => {
    expect(tidyExplanation("正确答案是2023年。出自原文：“解析：2023年甲乙贸易额首次突破1000亿美元。”")).toBe("正确答案是2023年。出自原文：“2023年甲乙贸易额首次突破1000亿美元。”");
    expect(tidyExplanation("正确答案是2022年2月6日。出自原文：“加入丙倡议要写具体一点：2022年2月6日，甲乙两国签署《丁备忘录》。”")).toBe(
      "正确答案是2022年2月6日。出自原文：“2022年2月6日，甲乙两国签署《丁备忘录》。”",
    );
  });
});

describe("the title an explanation cites", () => {
  it("is cited only when the document has a real title", () => {
    for (const t of ["1950/1/6：甲国宣布承认乙国", "解说：清晨六点，车站已站满旅客", "一、半个世纪的关系", "名称：甲国与乙国关系", "文件名：甲乙关系回顾（修订稿）.docx", "From：某某<a@b.example>", "本报甲城3月8日电（记者某某）甲国表示……", "某某研究参考2024年第3期", "点击蓝字关注我们", "某某网-某频道-甲国与乙国", "微信聊天记录导出", "甲乙条约数据库"])
      expect(citableTitle(t), t).toBe(false);
    for (const t of ["甲乙关系五十年：回顾与展望", "专访：甲乙合作还能走多远", "2024年11月20日外交部发言人例行记者会", "资料：甲乙关系大事记"]) expect(citableTitle(t), t).toBe(true);
  });
  it("cites the document, not a made-up title", () => {
    const doc = makeDoc("x_csv", "1950/1/6：甲国宣布承认乙国", "1972年6月，甲乙两国签署贸易协定。");
    const ctx = buildContext({ documents: [doc], facts: [] });
    const f = fact(doc, "date", "1972年6月", { iso: "1972-06", precision: "month", text: "1972年6月", inferred: false, event: "" });
    expect(citeOf(ctx, f)).toBe("出自原文");
    expect(withCitableTitle("正确。出自《1950/1/6：甲国宣布承认乙国》：“……”", doc.title)).toBe("正确。出自原文：“……”");
    expect(withCitableTitle("正确。出自《甲乙关系五十年》：“……”", "甲乙关系五十年")).toBe("正确。出自《甲乙关系五十年》：“……”");
  });
});

describe("the other forms of a typed answer", () => {
  const doc = makeDoc(
    "x_alias",
    "甲乙合作",
    "这条线路就是甲乙国际运输走廊，又称“中部走廊”。2022年以来，甲乙走廊的货运量快速增长。丙丁国家共同体（简称“丙共体”，CDC）成立于2011年。2023年2月，戊论坛在甲城举行；11月，己论坛在乙城举办。",
  );
  const ctx = buildContext({ documents: [doc], facts: [] });
  const source = { documentId: doc.doc.id, start: 0, end: 1, quote: "" };
  it("accepts a name's full form and the form given by 又称/简称", () => {
    const corridor = fact(doc, "agreement", "甲乙走廊", { name: "甲乙走廊", category: "project" } as never);
    expect(alsoAccepted(ctx, { type: "cloze", answer: "甲乙走廊", accepted: ["甲乙走廊"], facts: [corridor], source })).toEqual(["甲乙国际运输走廊", "中部走廊"]);
    const body = fact(doc, "agreement", "丙丁国家共同体", { name: "丙丁国家共同体", category: "organisation" } as never);
    expect(alsoAccepted(ctx, { type: "cloze", answer: "丙丁国家共同体", accepted: ["丙丁国家共同体"], facts: [body], source })).toEqual(["丙共体", "CDC"]);
    // never for options, only for what is typed
    expect(alsoAccepted(ctx, { type: "mcq", answer: "甲乙走廊", facts: [corridor], source })).toEqual([]);
  });
  it("accepts a month with the year its clause before gives", () => {
    const month = fact(doc, "date", "11月", { iso: "2023-11", precision: "month", text: "11月", inferred: true, event: "" });
    expect(alsoAccepted(ctx, { type: "cloze", answer: "11月", accepted: ["11月"], facts: [month], source })).toEqual(["2023年11月"]);
  });
});
