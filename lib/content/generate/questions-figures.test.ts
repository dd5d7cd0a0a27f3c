/**
 * Figure questions: figures of one unit, bounds and round figures, conversions, spans counted to now,
 * numerals written in Chinese.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import type { ExtractedFact } from "../types";
import { generateBank } from "./bank";
import { fallbackCard } from "./builders/fallback";
import { boundSide, buildFigureQuestions, chineseWritten, conversionNote } from "./builders/figure";
import { buildContext } from "./context";
import type { FigureFact } from "./model";
import { answerEchoed, questionFlags } from "./selfcheck";
import { corpusOf } from "./test-helpers";
import { testQuestion as q } from "@/tests/support/question";

describe("a span of time counted to now (某某年来)", () => {
  it("has its number asked in a cloze or a statement, never as the number standing for the whole phrase", () => {
    const d = makeDoc("doc_sp13", "中智关系", "建交30多年来，中国同智利签署了多项合作协议。");
    const f = fact(d, "figure", "30多年来", { number: 30, unit: "年", text: "30多年来", measure: "建交" } as never);
    const others = [20, 40, 50, 60, 25].map((n, i) => {
      const o = makeDoc(`doc_sp13o${i}`, "其他", `建交${n}多年来，两国交往密切。`);
      return { d: o, f: fact(o, "figure", `${n}多年来`, { number: n, unit: "年", text: `${n}多年来`, measure: "建交" } as never) };
    });
    const qs = generateBank({ documents: [d, ...others.map((o) => o.d)], facts: [f, ...others.map((o) => o.f)] }).bank.questions.filter((q) => q.factIds.includes(f.id));
    expect(qs.some((q) => q.type === "cloze")).toBe(true);
    expect(qs.filter((q) => q.type === "mcq" || q.type === "flashcard")).toEqual([]);
  });
});

describe("chineseWritten: the numeral of a figure written in Chinese", () => {
  it("finds the numeral that reads as the fact's number", () => {
    expect(chineseWritten("全长三百六十公里", 360)).toBe("三百六十");
    expect(chineseWritten("有效期两年", 2)).toBe("两");
    expect(chineseWritten("三十多年来", 30)).toBe("三十");
    expect(chineseWritten("十二点五公里", 12.5)).toBe("十二点五");
    expect(chineseWritten("百分之六十", 60)).toBe("六十");
    expect(chineseWritten("三年半", 3.5)).toBe("三");
    expect(chineseWritten("五十二亿美元", 52)).toBe("五十二");
  });
  it("declines a numeral that is not the fact's number, a fraction of 万, 十几, a percentage", () => {
    expect(chineseWritten("全长三百六十公里", 36)).toBeUndefined();
    expect(chineseWritten("五万三千个", 5.3)).toBeUndefined();
    expect(chineseWritten("十几个", 10)).toBeUndefined();
    expect(chineseWritten("三年半", 3)).toBeUndefined();
    expect(chineseWritten("四分之一", 1)).toBeUndefined();
    expect(chineseWritten("五亿三千万", 5)).toBeUndefined();
    expect(chineseWritten("120公里", 120)).toBeUndefined();
  });
});

describe("figures of the same unit in one sentence", () => {
  const c = corpusOf("北陆国与南川国的贸易额在2031年突破320亿元，2032年创纪录地达到380亿元。东屿国的投资存量为305亿元。", (d) => [
    fact(d, "figure", "320亿元", { number: 320, text: "320亿元", unit: "亿元", measure: "贸易额" }),
    fact(d, "figure", "380亿元", { number: 380, text: "380亿元", unit: "亿元", measure: "贸易额" }),
    fact(d, "figure", "305亿元", { number: 305, text: "305亿元", unit: "亿元", measure: "投资存量" }),
  ]);

  it("keep their order in every option, and no option is the answer rounded or also true below the bound", () => {
    const { bank } = generateBank(c);
    // (session 8: under 突破 every smaller number is also true, so an option lies between the bound and 380 — here none can)
    const options = bank.questions.filter((q) => q.type === "mcq" && q.prompt.includes("突破（    ）")).flatMap((q) => q.options ?? []);
    for (const o of options) {
      expect(Number.parseFloat(o)).toBeLessThan(380);
      expect(Number.parseFloat(o)).toBeGreaterThanOrEqual(320);
      if (o !== "320亿元") expect(Math.abs(Number.parseFloat(o) - 320)).toBeGreaterThanOrEqual(16);
    }
    expect(bank.questions.some((q) => q.type === "cloze" && /突破_+亿元/u.test(q.prompt))).toBe(true);
    const tf = bank.questions.find((q) => q.type === "true_false" && q.prompt.includes("创纪录地达到380亿元") && q.answer === false);
    if (tf) expect(tf.prompt).not.toMatch(/突破(?:3[89]\d|[4-9]\d\d)亿元/u);
  });
});

describe("an anniversary's count", () => {
  it("is offered wrong only within half of it", () => {
    const c = corpusOf("2031年是北陆国独立80周年，也是南川组织成立40周年。北陆港开港已有200周年，东屿条约签署满150周年，西岭大学建校满120周年。", (d) => [
      fact(d, "figure", "80周年", { number: 80, text: "80周年", unit: "周年", measure: "北陆国独立" }),
      fact(d, "figure", "40周年", { number: 40, text: "40周年", unit: "周年", measure: "南川组织成立" }),
      fact(d, "figure", "200周年", { number: 200, text: "200周年", unit: "周年", measure: "北陆港开港" }),
      fact(d, "figure", "150周年", { number: 150, text: "150周年", unit: "周年", measure: "东屿条约签署" }),
      fact(d, "figure", "120周年", { number: 120, text: "120周年", unit: "周年", measure: "西岭大学建校" }),
    ]);
    const { bank } = generateBank(c);
    const eighty = c.facts.find((f) => f.kind === "figure" && f.value.number === 80)!;
    const mcq = bank.questions.find((q) => q.type === "mcq" && q.factIds.includes(eighty.id));
    expect(mcq?.options).toContain("80周年");
    for (const o of mcq!.options!) expect(Math.abs(Number.parseFloat(o) - 80)).toBeLessThanOrEqual(40);
  });
});

describe("a figure in a bracketed conversion", () => {
  const figure = (d: ReturnType<typeof makeDoc>, text: string, unit: string) =>
    fact(d, "figure", text, { number: Number.parseFloat(text), unit, text, measure: "GDP" } as never) as FigureFact;
  it("（约合……）, （折合……）", () => {
    expect(conversionNote("产值达到900亿北元（约合80.5亿美元）。", "80.5亿美元")).toBe(true);
    expect(conversionNote("产值达到900亿北元（折合80.5亿美元）。", "80.5亿美元")).toBe(true);
    expect(conversionNote("产值达到900亿北元（约合80.5亿美元）。", "900亿北元")).toBe(false);
    expect(conversionNote("产值达到80.5亿美元（同比增长5%）。", "80.5亿美元")).toBe(false);
  });
  it("no question on the converted figure; the figure itself is asked", () => {
    const d = makeDoc("r15a_9", "北陆经济", "甲国经济实现6.2%的增长，产值达到900亿北元（约合80.5亿美元）。乙国产值达到300亿美元。丙国产值达到120亿美元。丁国产值达到75亿美元。");
    const conv = figure(d, "80.5亿美元", "亿美元");
    const own = figure(d, "900亿北元", "亿北元");
    const others: ExtractedFact[] = [figure(d, "300亿美元", "亿美元"), figure(d, "120亿美元", "亿美元"), figure(d, "75亿美元", "亿美元")];
    const ctx = buildContext({ documents: [d], facts: [conv, own, ...others] });
    expect(buildFigureQuestions(ctx, conv)).toEqual([]);
    expect(fallbackCard(ctx, conv)).toBeUndefined();
    expect(buildFigureQuestions(ctx, own).length).toBeGreaterThan(0);
  });
});

describe("session 8: a figure said as a bound", () => {
  it("knows which side of a bound is also true", () => {
    expect(boundSide("2022年突破700亿美元，2023年达到894亿美元。", "700亿美元")).toBe("lower");
    expect(boundSide("贸易额增长超过了200倍。", "200倍")).toBe("lower");
    expect(boundSide("参会者3000人以上。", "3000人")).toBe("lower");
    expect(boundSide("失业率不足5%。", "5%")).toBe("upper");
    expect(boundSide("投资控制在10亿元以内。", "10亿元")).toBe("upper");
    expect(boundSide("双边贸易额达到894亿美元。", "894亿美元")).toBeUndefined();
    expect(boundSide("三类产品进口同比增长均超50%。", "50%")).toBe("lower");
  });

  it("states a bound only as the text gives it: no false true-or-false statement of it", () => {
    const figure = (d: ReturnType<typeof makeDoc>, text: string) =>
      fact(d, "figure", text, { number: Number.parseFloat(text), unit: "%", text, measure: `第${text}项指标`, year: "2022" } as never) as FigureFact;
    const statements = ["s13_1", "s13_2", "s13_3", "s13_4", "s13_5", "s13_6"].flatMap((id) => {
      const d = makeDoc(
        id,
        "北陆贸易",
        "2022年，中国自北陆国家进口三类产品同比增长均超50%。2020年，南陆出口增长30%。2019年，西陆出口增长45%。2018年，东陆出口增长62%。2017年，中陆出口增长80%。",
      );
      const bound = figure(d, "50%");
      const ctx = buildContext({ documents: [d], facts: [bound, ...["30%", "45%", "62%", "80%"].map((t) => figure(d, t))] });
      const questions = buildFigureQuestions(ctx, bound);
      expect(questions.some((q) => q.type === "cloze")).toBe(true);
      return questions.filter((x) => x.type === "true_false");
    });
    for (const q of statements) expect(q.answer).toBe(true);
  });

  it("offers no number below a lower bound as a wrong option", () => {
    const figure = (d: ReturnType<typeof makeDoc>, text: string) =>
      fact(d, "figure", text, { number: Number.parseFloat(text), unit: "亿美元", text, measure: `第${text}项指标`, year: "2022" } as never) as FigureFact;
    const d = makeDoc(
      "s8_1",
      "北陆贸易",
      "2022年，中国与北陆国家的贸易额首次突破700亿美元。2020年，中国对南陆投资为300亿美元。2019年，中国对西陆投资为450亿美元。2018年，东陆对中国出口为1200亿美元。2017年，中陆的基建投资为980亿美元。",
    );
    const bound = figure(d, "700亿美元");
    const ctx = buildContext({ documents: [d], facts: [bound, ...["300亿美元", "450亿美元", "1200亿美元", "980亿美元"].map((t) => figure(d, t))] });
    const mcq = buildFigureQuestions(ctx, bound).find((q) => q.type === "mcq");
    expect(mcq?.options).toHaveLength(4);
    for (const o of mcq!.options!) expect(Number.parseFloat(o)).toBeGreaterThanOrEqual(700);
  });
});

describe("a figure in numerals beside another figure of its unit", () => {
  it("is no leak when the number differs", () => {
    expect(answerEchoed("百分之六十", "甲方持股____，乙方持股百分之四十。")).toBe(false);
    expect(answerEchoed("十年", "本协定有效期____，期满后可再延长五年。")).toBe(false);
    const cloze = q({ type: "cloze", prompt: "根据原文填空：甲方持股____，乙方持股百分之四十。", answer: "百分之六十", tags: ["figure"] });
    expect(questionFlags(cloze)).not.toContain("answer-leak");
  });
  it("is a leak when the prompt gives the same number", () => {
    const cloze = q({ type: "cloze", prompt: "根据原文填空：本协定有效期____，期满后自动延期五年。", answer: "五年", tags: ["figure"] });
    expect(questionFlags(cloze)).toContain("answer-leak");
  });
  it("leaves a name with another count a leak", () => {
    expect(answerEchoed("二十国集团", "____由此扩大为三十国集团。")).toBe(true);
    // a bare numeral word with no unit is a name ("“十百千”"), not a figure
    expect(answerEchoed("十百千", "实施“____”工程，共三百二十个项目。")).toBe(true);
  });
});

describe("a round figure beside the exact one", () => {
  it("is ambiguous asked", () => {
    const cloze = q({ type: "cloze", prompt: "根据原文填空：丁运河全长____左右，准确地说是三百一十二公里。", answer: "三百公里", tags: ["figure"] });
    expect(questionFlags(cloze)).toContain("ambiguous-blank");
  });
  it("leaves a figure with no correction beside it", () => {
    const cloze = q({ type: "cloze", prompt: "根据原文填空：丁运河全长____左右，途经四个省份。", answer: "三百公里", tags: ["figure"] });
    expect(questionFlags(cloze)).not.toContain("ambiguous-blank");
  });
});
