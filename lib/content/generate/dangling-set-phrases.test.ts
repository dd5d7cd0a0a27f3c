/**
 * Session 12 (f2): subjects a question leaves behind (a visit named before, an ellipsis where the subject was, a
 * speaker's 我), blanks the sentence gives away (a set phrase after its verb, a count of the items listed before it, a
 * body's short form after its full name) and an answer key's marking line.
 * Texts invented for the test.
 */
import { describe, expect, it } from "vitest";
import { questionFlags, unstatedSubject, visitBefore } from "./selfcheck";
import { testQuestion as q } from "@/tests/support/question";

describe("a subject the question leaves behind", () => {
  it("a visit, talks or a summit named before what is shown, for a count, a date or a claim", () => {
    expect(visitBefore("访问期间，两国签署了农业、教育等领域12份合作文件。")).toBe(true);
    expect(visitBefore("2020年5月，会谈期间，双方发表联合声明。")).toBe(true);
    expect(visitBefore("北陆总统访问南川期间，两国签署了12份合作文件。")).toBe(false);
    const count = q({ type: "cloze", prompt: "根据原文填空（填数字）：访问期间，两国发表《北陆和南川联合声明》，并签署农业、教育等领域____份合作文件。", answer: "12", tags: ["figure"] });
    expect(questionFlags(count)).toContain("dangling-reference");
    const name = q({ type: "cloze", prompt: "根据原文填空：访问期间，两国发表《北陆和南川关于深化____的联合声明》。", answer: "全面战略伙伴关系", tags: ["agreement"] });
    expect(questionFlags(name)).not.toContain("dangling-reference");
  });

  it("an ellipsis standing where the subject was", () => {
    expect(unstatedSubject("2016年3月，……提出构建“2+5”合作框架。")).toBe(true);
    expect(unstatedSubject("……“互信、互利”，强调这两项原则是“（    ）”。")).toBe(true);
    expect(unstatedSubject("……2016年北陆总统在南川议会演讲时提出建设“绿色走廊”。")).toBe(false);
  });

  it("a speaker's own 我", () => {
    expect(unstatedSubject("面向未来，我愿提出三点建议：第一，（    ）。")).toBe(true);
    expect(unstatedSubject("我国愿同各方一道推进合作。")).toBe(false);
    // (in the sentence before the one asked, it is the context's, not the question's)
    expect(unstatedSubject("面向未来，我愿提出三点建议。第一，推动北陆“（    ）”同南川规划对接。")).toBe(false);
  });
});

describe("a blank the sentence gives away", () => {
  it("a set phrase after its verb", () => {
    const card = q({ type: "flashcard", prompt: "北陆方面重申恪守（    ），支持中国统一大业。", front: "北陆方面重申恪守（    ），支持中国统一大业。", back: "一个中国原则", tags: ["concept"] });
    expect(questionFlags(card)).toContain("answer-leak");
    const told = q({ type: "flashcard", prompt: "（    ）是中国同各国建立和发展关系的政治基础。", front: "（    ）是中国同各国建立和发展关系的政治基础。", back: "一个中国原则", tags: ["concept"] });
    expect(questionFlags(told)).not.toContain("answer-leak");
  });

  it("a count of the items listed right before it", () => {
    const listed = q({ type: "cloze", prompt: "根据原文填空（填数字）：首次组织“北极星”号、“晨光”号和“远帆”轮____艘船执行任务。", answer: "3", tags: ["figure"] });
    expect(questionFlags(listed)).toContain("answer-leak");
    const countries = q({ type: "cloze", prompt: "根据原文填空：2010年，甲国、乙国和丙国____外长举行会晤。", answer: "三国", tags: ["figure"] });
    expect(questionFlags(countries)).toContain("answer-leak");
    const notListed = q({ type: "cloze", prompt: "根据原文填空（填数字）：考察队首次组织____艘船执行任务。", answer: "3", tags: ["figure"] });
    expect(questionFlags(notListed)).not.toContain("answer-leak");
    const moreThanShown = q({ type: "cloze", prompt: "根据原文填空：2010年，甲国、乙国和丙国等____成员举行会晤。", answer: "五国", tags: ["figure"] });
    expect(questionFlags(moreThanShown)).not.toContain("answer-leak");
  });

  it("a count of the items named right after it", () => {
    const named = q({ type: "cloze", prompt: "根据原文填空（填数字）：北陆与____个国家接壤，分别是甲国、乙国、丙国和丁国。", answer: "4", tags: ["figure"] });
    expect(questionFlags(named)).toContain("answer-leak");
    const colon = q({ type: "cloze", prompt: "根据原文填空：北陆设有____个口岸：即甲港、乙港和丙港。", answer: "三个", tags: ["figure"] });
    expect(questionFlags(colon)).toContain("answer-leak");
    // some of them named, or a list of something else after it: the count is asked
    const some = q({ type: "cloze", prompt: "根据原文填空（填数字）：北陆与____个国家接壤，包括甲国、乙国和丙国等。", answer: "3", tags: ["figure"] });
    expect(questionFlags(some)).not.toContain("answer-leak");
    const other = q({ type: "cloze", prompt: "根据原文填空（填数字）：北陆有____个省，主要城市包括甲城、乙城和丙城。", answer: "3", tags: ["figure"] });
    expect(questionFlags(other)).not.toContain("answer-leak");
  });

  it("a body's short form after its full name", () => {
    const short = q({ type: "flashcard", prompt: "北陆正式成为南川航运组织成员，而（    ）的总部就设在某城。", front: "北陆正式成为南川航运组织成员，而（    ）的总部就设在某城。", back: "南航组织", tags: ["entity"] });
    expect(questionFlags(short)).toContain("answer-leak");
    const quoted = q({ type: "flashcard", prompt: "南川国家共同体（简称____）于2011年成立。", front: "南川国家共同体（简称____）于2011年成立。", back: "“南共体”", tags: ["concept"] });
    expect(questionFlags(quoted)).toContain("answer-leak");
    // a term defined by the words it is made of is recalled, not given away
    const defined = q({ type: "flashcard", prompt: "所谓“（    ）”，是指贸易双方直接使用本国货币计价和结算。", front: "所谓“（    ）”，是指贸易双方直接使用本国货币计价和结算。", back: "本币结算", tags: ["concept"] });
    expect(questionFlags(defined)).not.toContain("answer-leak");
  });
});

describe("a note's apparatus", () => {
  it("an answer key's marking line", () => {
    const marking = q({ type: "cloze", prompt: "根据原文填空：评分要点：答出发表时间得2分，答出“____”得4分。", answer: "三位一体", tags: ["concept"] });
    expect(questionFlags(marking)).toContain("not-content");
    const plain = q({ type: "flashcard", prompt: "“一带一路”倡议对接北陆“（    ）”。", front: "“一带一路”倡议对接北陆“（    ）”。", back: "2040愿景", tags: ["concept"] });
    expect(questionFlags(plain)).not.toContain("not-content");
  });
});
