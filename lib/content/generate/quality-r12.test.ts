/**
 * Round 12, on invented text: an unnamed pair after a time word with no comma ("近年来两国……"),
 * a fact sheet's topic label and a table's category cell in a shown line.
 */
import { describe, expect, it } from "vitest";
import { questionFlags } from "./selfcheck";
import { tidyShown } from "./tidy";
import { testQuestion as q } from "@/tests/support/question";

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
