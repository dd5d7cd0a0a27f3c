/**
 * Round 12, on invented text: an unnamed pair after a time word with no comma ("近年来两国……"),
 * a fact sheet's topic label and a table's category cell in a shown line.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import { buildContext, passageOf, windowAround } from "./context";
import { UNNAMED_PAIR, withInnerPairNamed, withPairNamed } from "./parties";
import { questionFlags } from "./selfcheck";
import { tidyShown } from "./tidy";
import { testQuestion as q } from "@/tests/support/question";

describe("an unnamed pair after a time word", () => {
  it("is recognised and named where the time word has no comma", () => {
    expect(UNNAMED_PAIR.test("近年来两国之间每周约有30个定期航班往返。")).toBe(true);
    expect(withPairNamed("近年来两国之间每周约有30个定期航班往返。", "中泰")?.text).toBe("近年来中泰两国之间每周约有30个定期航班往返。");
    expect(withPairNamed("此后双方互设了领事馆。", "中泰")?.text).toBe("此后中泰双方互设了领事馆。");
  });
  it("takes the pair from the document's title", () => {
    const d = makeDoc("doc_p1", "中国与泰国关系概况", "两国往来历史悠久。\n\n近年来两国之间每周约有30个定期航班往返，旅游合作日益密切。");
    const f = fact(d, "figure", "30个", { number: 30, unit: "个", text: "30个" } as never);
    const p = passageOf(buildContext({ documents: [d], facts: [f] }), f);
    expect(p.text).toMatch(/^近年来中国和泰国两国之间每周约有/u);
    expect(p.text.slice(p.key!.start, p.key!.end)).toBe("30个");
  });
  it("is not a time word when another word follows it", () => {
    expect(UNNAMED_PAIR.test("目前所见两国资料不多。")).toBe(false);
  });
});

describe("a topic label and a category cell", () => {
  it("the topic before a fact sheet's line goes", () => {
    expect(tidyShown("根据原文，选择填入括号的数字：能源：北陆电厂总投资约（    ），2031年投入运营。")).toBe(
      "根据原文，选择填入括号的数字：北陆电厂总投资约（    ），2031年投入运营。",
    );
  });
  it("a category cell between commas goes, the sentence's own words stay", () => {
    expect(tidyShown("2031年5月：两国签订《甲乙文化合作协定》，人文，此后交流机制化")).toBe("2031年5月：两国签订《甲乙文化合作协定》，此后交流机制化");
    expect(tidyShown("根据原文填空：2031年：甲乙建交30周年，人文。")).toBe("根据原文填空：2031年：甲乙建交30周年。");
    expect(tidyShown("双方同意加强经贸、人文、安全合作。")).toBe("双方同意加强经贸、人文、安全合作。");
    expect(tidyShown("能源合作：双方将扩大投资。")).toBe("能源合作：双方将扩大投资。");
  });
});

describe("a named festival or programme as the subject", () => {
  it("stands on its own: no unrelated sentence before it is prepended", () => {
    const d = makeDoc("doc_f1", "北陆文化交流", "目前在甲国的留学生约有3万人。“北陆之春”艺术节自2031年创办以来已连续举办9届。");
    const f = fact(d, "date", "2031年", { text: "2031年", year: 2031, precision: "year", event: "“北陆之春”艺术节创办" } as never);
    const p = passageOf(buildContext({ documents: [d], facts: [f] }), f);
    expect(p.prepended).toBe(false);
    expect(p.dangling).toBe(false);
    expect(p.text).toMatch(/^“北陆之春”艺术节自2031年创办/u);
  });
});

describe("a generic head as the answer", () => {
  it("is an ambiguous blank in a cloze or a flashcard", () => {
    const card = q({ type: "flashcard", prompt: "p", front: "很长一段时间里，（    ）总里程只有30公里。 括号中应是什么？", back: "全国铁路" });
    expect(questionFlags(card)).toContain("ambiguous-blank");
    const named = q({ type: "flashcard", prompt: "p", front: "2031年，（    ）全线通车。 括号中应是什么？", back: "甲乙铁路" });
    expect(questionFlags(named)).not.toContain("ambiguous-blank");
  });
});

describe("a table's row in a shown line", () => {
  it("a category cell after a count goes", () => {
    expect(tidyShown("累计实施项目超过30个：项目，时间跨度约40年。")).toBe("累计实施项目超过30个，时间跨度约40年。");
    expect(tidyShown("2031年：北陆港开工，项目，由甲公司承建。")).toBe("2031年：北陆港开工，由甲公司承建。");
  });
  it("a month written 2031-05 before the line reads 2031年5月", () => {
    expect(tidyShown("根据原文填空：2031-05：甲国总统访华，双方签署（    ）。")).toBe("根据原文填空：2031年5月：甲国总统访华，双方签署（    ）。");
    expect(tidyShown("甲乙两国贸易额在2031-2032年间增长。")).toBe("甲乙两国贸易额在2031-2032年间增长。");
  });
  it("a topic before a line that opens on a figure goes", () => {
    expect(tidyShown("能源：2031年北陆电厂投入运营。")).toBe("2031年北陆电厂投入运营。");
  });
});

describe("两国 inside a sentence that names no country", () => {
  it("is named from the document's title", () => {
    const d = makeDoc("doc_p2", "中国与泰国关系概况", "两国往来历史悠久。\n\n农业合作被称为两国务实合作的“稳定器”。");
    const f = fact(d, "concept", "稳定器", { term: "稳定器", definition: "" } as never);
    const p = passageOf(buildContext({ documents: [d], facts: [f] }), f);
    expect(p.text).toBe("农业合作被称为中国和泰国两国务实合作的“稳定器”。");
    expect(p.text.slice(p.key!.start, p.key!.end)).toBe("稳定器");
  });
  it("names the first 两国 outside the key", () => {
    expect(withInnerPairNamed("甲乙两国论坛促进了两国交流。", "中泰", { start: 0, end: 6 })?.text).toBe("甲乙两国论坛促进了中泰两国交流。");
  });
});

describe("a notes line and a transcript's filler", () => {
  it("a blank beside ＝ is a notes line", () => {
    const card = q({ type: "cloze", prompt: "根据原文填空：____＝甲乙建交30周年", answer: "2031年" });
    expect(questionFlags(card).some((f) => f.startsWith("artefact"))).toBe(true);
  });
  it("a filler word leaves the spoken line", () => {
    expect(tidyShown("北陆铁路全长约300公里，嗯，准确地说是（    ）正线。")).toBe("北陆铁路全长约300公里，准确地说是（    ）正线。");
    expect(tidyShown("嗯，这条铁路很重要。")).toBe("这条铁路很重要。");
    expect(tidyShown("双方嗯可合作。")).toBe("双方嗯可合作。");
  });
});

describe("more unnamed referents", () => {
  it("双边关系 at the start is named like 两国", () => {
    expect(UNNAMED_PAIR.test("2031年4月，双边关系提升为全面战略伙伴关系。")).toBe(true);
    expect(withPairNamed("2031年4月，双边关系提升为全面战略伙伴关系。", "中泰")?.text).toBe("2031年4月，中泰双边关系提升为全面战略伙伴关系。");
    expect(UNNAMED_PAIR.test("双边贸易额增长一成。")).toBe(false);
  });
  it("a window that starts after a bare connective marks its cut", () => {
    const text = "首先，甲国的外债里，来自乙国的大约占两成，不到三分之一，大头其实是多边机构和商业债券，比如某某债券。其次，像某某大学的研究团队，还有一些学者，都做过研究，认为所谓“某某外交”的说法缺乏证据。";
    const at = text.indexOf("某某外交");
    const w = windowAround(text, { start: at, end: at + 4 }, 70);
    expect(w.text.startsWith("……")).toBe(true);
    expect(w.text.slice(w.key.start, w.key.end)).toBe("某某外交");
  });
});
