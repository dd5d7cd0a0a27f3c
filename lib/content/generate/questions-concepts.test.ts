/**
 * Concept questions: terms and their definitions, lists and count-names, people and their offices,
 * last-resort cards.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import type { Corpus } from "../types";
import { generateBank } from "./bank";
import { aliasOf } from "./builders/aliases";
import { PAIR_RELATION, statedDefinition, termSpanBefore, usableTerm, verbCutIntoTerm } from "./builders/concept";
import { fallbackCard } from "./builders/fallback";
import { buildContext } from "./context";
import type { ConceptFact } from "./model";
import { questionFlags } from "./selfcheck";
import { corpusOf, entity } from "./test-helpers";
import { withCountNameOwner } from "./tidy";
import { testQuestion as q } from "@/tests/support/question";

const NATIONS = ["北陆国", "南川国", "东屿国", "西原国", "中洲国"];

describe("a name and the other name the text gives it", () => {
  it("is read after the name only, and never when one name holds the other", () => {
    expect(aliasOf("这条线路就是跨里海智利运输走廊，又称“中间通道”。", "跨里海智利运输走廊")).toBe("中间通道");
    expect(aliasOf("这条线路就是跨里海智利运输走廊，又称“中间通道”。", "智利运输")).toBeUndefined();
    expect(aliasOf("智利运输走廊，又称“智利运输走廊”。", "智利运输走廊")).toBeUndefined();
    expect(aliasOf("智利运输走廊，简称“智走”。", "智利运输走廊")).toBeUndefined();
  });

  it("asks the other name beside the name, testing both facts", () => {
    const d = makeDoc("doc_al13", "运输通道", "这条线路，就是近年来备受关注的跨里海智利运输走廊，又称“中间通道”。");
    const a = fact(d, "agreement", "跨里海智利运输走廊", { name: "跨里海智利运输走廊", category: "project", type: "走廊", parties: [] } as never);
    const b = fact(d, "agreement", "中间通道", { name: "中间通道", category: "project", type: "通道", parties: [] } as never);
    const q = generateBank({ documents: [d], facts: [a, b] }).bank.questions.find((x) => x.type === "cloze" && x.factIds.includes(a.id));
    expect(q?.prompt).toBe("根据原文填空：跨里海智利运输走廊，又称“____”。");
    expect(q?.answer).toBe("中间通道");
    expect(q?.factIds).toContain(b.id);
  });
});

describe("a statement about a term", () => {
  it("is asked as the statement; a stated meaning as a meaning", () => {
    const c = corpusOf("其中，互信是两国元首会谈的主题。海权观是指以海洋通道为核心的安全观念。", (d) => [
      fact(d, "concept", "互信", { term: "互信", category: "definition", definition: "两国元首会谈的主题" }),
      fact(d, "concept", "海权观", { term: "海权观", category: "definition", definition: "以海洋通道为核心的安全观念" }),
    ]);
    const { bank } = generateBank(c);
    const cards = bank.questions.filter((q) => q.type === "flashcard").map((q) => q.front);
    expect(cards).toContain("根据原文，“互信”是（    ）。\n括号中应是什么？");
    expect(cards).toContain("什么是“海权观”？");
  });
});

describe("a count-name with no owner", () => {
  it("takes the owner the quote gives it in the clause before", () => {
    expect(withCountNameOwner("“三个原则”包括哪些内容？", "甲乙合作坚持“三个原则”，即相互尊重、平等互利、开放包容。")).toBe("甲乙合作坚持的“三个原则”包括哪些内容？");
    expect(withCountNameOwner("根据原文，下列哪一项不属于“三大议题”？", "学界通常将海洋问题概括为“三大议题”，即甲、乙和丙。")).toBe("根据原文，下列哪一项不属于海洋问题的“三大议题”？");
    expect(withCountNameOwner("“四个坚持”包括哪些内容？", "甲方提出的“四个坚持”，即坚持甲、坚持乙、坚持丙、坚持丁。")).toBe("甲方提出的“四个坚持”包括哪些内容？");
  });
  it("leaves a name the quote gives no owner, or one the question already qualifies", () => {
    expect(withCountNameOwner("“六个更”包括哪些内容？", "双方同意，以“六个更”为总体目标。")).toBe("“六个更”包括哪些内容？");
    expect(withCountNameOwner("甲方提出的“四个坚持”包括哪些内容？", "甲方提出的“四个坚持”，即……")).toBe("甲方提出的“四个坚持”包括哪些内容？");
  });
});

describe("a count of a generic noun with no owner", () => {
  it("is ambiguous as a label", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "“八个国家”包括哪几项内容？", back: "甲、乙、丙、丁、戊、己、庚、辛" }))).toContain("ambiguous-blank");
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "“三个阶段”包括哪几项内容？", back: "甲、乙、丙" }))).toContain("ambiguous-blank");
  });
  it("a label that names its matter, or one with an owner, stays", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "“三点主张”包括哪几项内容？", back: "甲、乙、丙" }))).not.toContain("ambiguous-blank");
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "北极问题的“三大议题”包括哪几项内容？", back: "甲、乙、丙" }))).not.toContain("ambiguous-blank");
  });
});

describe("a verb cut into a term", () => {
  const term = (d: ReturnType<typeof makeDoc>, t: string) => fact(d, "concept", t, { term: t, category: "slogan" } as never) as ConceptFact;
  it("更能/助力/夯实 before a noun phrase", () => {
    expect(verbCutIntoTerm("更能夯实甲乙友好关系")).toBe(true);
    expect(verbCutIntoTerm("助力甲乙命运共同体")).toBe(true);
    expect(verbCutIntoTerm("锚定甲乙命运共同体")).toBe(true);
    expect(verbCutIntoTerm("甲乙命运共同体")).toBe(false);
    // a short verb-object term is no cut ("深化改革")
    expect(verbCutIntoTerm("深化改革")).toBe(false);
  });
  it("is no term to ask, nor a fallback card", () => {
    const d = makeDoc("r15a_7", "北陆", "通过加强交流，不仅能够带动增长，更能夯实甲乙友好关系的社会根基。");
    const f = term(d, "更能夯实甲乙友好关系");
    expect(usableTerm(f)).toBeUndefined();
    expect(fallbackCard(buildContext({ documents: [d], facts: [f] }), f)).toBeUndefined();
    const g = makeDoc("r15a_8", "北陆", "双方同意共同建设甲乙友好关系，造福两国人民。");
    const ok = term(g, "甲乙友好关系");
    expect(usableTerm(ok)).toBe("甲乙友好关系");
  });
});

describe("a bare count-name two documents use", () => {
  it("is not asked alone", () => {
    const c = corpusOf(
      [
        ["doc_a", "双方提出打造“三大支柱”，即港口、航运、旅游，共同建设海洋伙伴关系。"],
        ["doc_b", "南川国提出“三大支柱”，即农业、教育、卫生。"],
      ],
      ([a, b]) => [
        fact(a!, "concept", "三大支柱", { term: "三大支柱", items: ["港口", "航运", "旅游"], category: "slogan" } as never),
        fact(b!, "concept", "三大支柱", { term: "三大支柱", items: ["农业", "教育", "卫生"], category: "slogan" } as never),
      ],
    );
    const { bank } = generateBank(c);
    expect(bank.questions.some((x) => /^(?:根据原文，)?“三大支柱”包括/u.test(x.prompt))).toBe(false);
  });
});

describe("a gloss after a comma", () => {
  const d = makeDoc("doc_g", "测试文献", "互鉴，即各国彼此学习、取长补短。所谓“星河原则”，是指在甲地，乙方优先。");
  it("is the definition when it runs to the end of the sentence", () => {
    const f = fact(d, "concept", "互鉴", { term: "互鉴", category: "definition", definition: "各国彼此学习、取长补短" } as never) as ConceptFact;
    expect(statedDefinition(f)).toBe("各国彼此学习、取长补短");
  });
  it("is no definition when cut at its first comma", () => {
    const f = fact(d, "concept", "星河原则", { term: "星河原则", category: "definition", definition: "在甲地" } as never) as ConceptFact;
    expect(statedDefinition(f)).toBeUndefined();
  });
  it("finds a term through the quotes inside it", () => {
    expect(termSpanBefore("所谓“双轨”方案，是指……", "双轨方案", 99)).toEqual({ start: 3, end: 8 });
    expect(termSpanBefore("甲乙方案", "丙丁", 99)).toBeUndefined();
  });
});

describe("a bare count of a generic word", () => {
  it("is no term to ask by", () => {
    const d = makeDoc("doc_c", "测试文献", "甲方提出发展、安全、治理三方面的主张，并坚持“四个坚持”。");
    const t = (needle: string) => usableTerm(fact(d, "concept", needle, { term: needle, category: "enumeration", items: ["发展", "安全", "治理"] } as never) as ConceptFact);
    expect(t("三方面")).toBeUndefined();
    expect(t("四个坚持")).toBe("四个坚持");
  });
  it("is neither asked by nor blanked (not even by a last-resort card)", () => {
    const d = makeDoc("doc_k", "测试文献", "2031年，甲方发布《北陆治理倡议》，提出发展、安全、治理三方面系统阐述甲方的主张。");
    const c: Corpus = { documents: [d], facts: [fact(d, "concept", "三方面", { term: "三方面", category: "enumeration", items: ["发展", "安全", "治理"] } as never)] };
    const qs = generateBank(c).bank.questions;
    expect(qs.filter((x) => /“三方面”/u.test(x.prompt) || x.answer === "三方面" || x.back === "三方面")).toEqual([]);
  });
});

describe("a relation between two things", () => {
  it("is told from a named relationship", () => {
    expect(PAIR_RELATION.test("规模与质量的关系")).toBe(true);
    expect(PAIR_RELATION.test("发展和安全关系")).toBe(true);
    expect(PAIR_RELATION.test("蓝海伙伴关系")).toBe(false);
  });
  it("neither a pair nor a clause is offered against a named relationship", () => {
    const d = makeDoc(
      "doc_r",
      "测试文献",
      "2031年，甲乙两国宣布建立“北陆伙伴关系”，合作全面提速。丙丁两国决定建立“南川伙伴关系”，扩大双向投资。戊己两国商定建立“东原伙伴关系”，深化农业合作。" +
        "庚辛两国提出建立“西岭伙伴关系”，加强人文交流。学者认为，合作需要处理好“规模与质量的关系”。下一阶段“合作需要处理好三对关系”。",
    );
    const terms = ["北陆伙伴关系", "南川伙伴关系", "东原伙伴关系", "西岭伙伴关系", "规模与质量的关系", "合作需要处理好三对关系"];
    const c: Corpus = { documents: [d], facts: terms.map((t) => fact(d, "concept", t, { term: t, category: "slogan" } as never)) };
    const mcqs = generateBank(c).bank.questions.filter((x) => x.type === "mcq" && /伙伴关系$/u.test(String(x.answer)));
    expect(mcqs.length).toBeGreaterThan(0);
    for (const m of mcqs) for (const o of m.options!) expect(o, m.prompt).not.toMatch(/的关系$|需要/u);
  });
});

describe("a list with no name of its own", () => {
  const body =
    "各方同意推进港口互通、航线共享、口岸便利、信息联通，造福沿岸人民。北陆国倡导的“四大原则”是平等协商、开放包容、合作共赢、和平发展。南川国提出的“三个支柱”包括科技创新、人才培养、绿色转型。";
  const c = corpusOf(body, (d) => [
    fact(d, "concept", "港口互通、航线共享、口岸便利、信息联通", {
      term: "港口互通、航线共享、口岸便利、信息联通",
      category: "enumeration",
      items: ["港口互通", "航线共享", "口岸便利", "信息联通"],
    }),
    fact(d, "concept", "平等协商、开放包容、合作共赢、和平发展", {
      term: "四大原则",
      category: "enumeration",
      items: ["平等协商", "开放包容", "合作共赢", "和平发展"],
      count: 4,
    }),
    fact(d, "concept", "科技创新、人才培养、绿色转型", { term: "三个支柱", category: "enumeration", items: ["科技创新", "人才培养", "绿色转型"], count: 3 }),
  ]);

  it("is asked as a choose-all-that-apply on its sentence, with the whole list blanked", () => {
    const { bank } = generateBank(c);
    const q = bank.questions.find((q) => q.type === "multi" && q.prompt.includes("括号处列举"));
    expect(q).toBeDefined();
    expect(q!.answer).toEqual(["港口互通", "航线共享", "口岸便利", "信息联通"]);
    expect(q!.prompt).toContain("推进（    ），造福沿岸人民");
    const wrong = q!.options!.filter((o) => !(q!.answer as string[]).includes(o));
    expect(wrong).toHaveLength(2);
    for (const w of wrong) expect(["平等协商", "开放包容", "合作共赢", "和平发展", "科技创新", "人才培养", "绿色转型"]).toContain(w);
  });

  it("named lists keep their own question", () => {
    const { bank } = generateBank(c);
    expect(bank.questions.some((q) => q.type === "multi" && q.prompt.includes("“四大原则”包括下列哪几项"))).toBe(true);
  });
});

describe("people and their offices", () => {
  const body = [
    "北陆国同南川国、东屿国、西原国、中洲国保持往来。北陆国与各国关系密切。北陆国是本文的主角。",
    "南川国总统甲乙丙出席会议。东屿国总统丁戊己发表讲话。西原国总理庚辛壬会见记者。北陆国总统癸子丑主持会议。",
  ].join("\n\n");
  const c = corpusOf(body, (d) => [
    ...NATIONS.map((n) => entity(d, n, "country")),
    entity(d, "甲乙丙", "person"),
    entity(d, "丁戊己", "person"),
    entity(d, "庚辛壬", "person"),
    entity(d, "癸子丑", "person"),
  ]);

  it("asks which country a person serves, from a sentence that says so, with other countries as distractors", () => {
    const { bank } = generateBank(c);
    const q = bank.questions.find((q) => q.type === "mcq" && q.prompt === "根据原文，甲乙丙是哪国总统？");
    expect(q).toBeDefined();
    expect(q!.answer).toBe("南川国");
    expect(q!.options).toHaveLength(4);
    expect(q!.source.quote).toContain("南川国总统甲乙丙");
  });

  it("does not ask about, or offer, the country the documents speak from", () => {
    const { bank } = generateBank(c);
    const entityQs = bank.questions.filter((q) => q.tags.includes("entity"));
    expect(entityQs.length).toBeGreaterThan(0);
    for (const q of entityQs) {
      expect(q.prompt).not.toContain("癸子丑");
      expect(q.options ?? []).not.toContain("北陆国");
    }
  });

  it("matches three or more people with their offices", () => {
    const { bank } = generateBank(c);
    const m = bank.questions.find((q) => q.type === "matching" && q.tags.includes("entity"));
    expect(m).toBeDefined();
    expect(m!.pairs).toContainEqual(["庚辛壬", "西原国总理"]);
  });
});

describe("what a second read sample rejected", () => {
  it("asks no definition of a term whose sentence only says what it did", () => {
    const c = corpusOf("近年来所谓“双重标准”干扰了正常的经贸往来，但并没有影响双方的合作势头。“互鉴”是文明进步的动力。", (d) => [
      fact(d, "concept", "双重标准", { term: "双重标准", category: "definition", definition: "干扰了正常的经贸往来，但并没有影响双方的合作势头" }),
      fact(d, "concept", "互鉴", { term: "互鉴", category: "definition", definition: "文明进步的动力" }),
    ]);
    const { bank } = generateBank(c);
    // "X是……的动力" says what X is for the text, not what X means: an evaluation, asked neither as a meaning nor,
    // since session 12 (selfcheck evaluativeOnly), as the statement
    expect(bank.questions.some((q) => q.type === "flashcard" && q.front === "根据原文，“互鉴”是（    ）。\n括号中应是什么？")).toBe(false);
    expect(bank.questions.some((q) => (q.front ?? q.prompt).startsWith("什么是“互鉴”"))).toBe(false);
    expect(bank.questions.some((q) => q.prompt.includes("“双重标准”") && (q.front ?? q.prompt).startsWith("什么是"))).toBe(false);
  });

  it("asks a list that describes its term (甲、乙、丙的X) on its sentence, never as what X includes", () => {
    const c = corpusOf("各方决心构建互信深厚、成果丰硕、友谊持久的伙伴网络。北陆国倡导的“四大原则”是平等协商、开放包容、合作共赢、和平发展。", (d) => [
      fact(d, "concept", "互信深厚、成果丰硕、友谊持久", { term: "伙伴网络", category: "enumeration", items: ["互信深厚", "成果丰硕", "友谊持久"] }),
      fact(d, "concept", "平等协商、开放包容、合作共赢、和平发展", {
        term: "四大原则",
        category: "enumeration",
        items: ["平等协商", "开放包容", "合作共赢", "和平发展"],
        count: 4,
      }),
    ]);
    const { bank } = generateBank(c);
    expect(bank.questions.some((q) => q.prompt.includes("“伙伴网络”包括"))).toBe(false);
    const q = bank.questions.find((q) => q.type === "multi" && q.prompt.includes("构建（    ）的伙伴网络"));
    expect(q?.answer).toEqual(["互信深厚", "成果丰硕", "友谊持久"]);
  });

  it("offers only round numbers for an approximate count (10余所, never 6余所)", () => {
    const c = corpusOf("北陆国在南川国已开设10余所语言学院，学习人数越来越多。东屿国建成30所学校。西原国建成40所学校。", (d) => [
      fact(d, "figure", "10余所", { number: 10, text: "10余所", unit: "所", measure: "语言学院" }),
    ]);
    const { bank } = generateBank(c);
    const q = bank.questions.find((q) => q.type === "mcq" && q.answer === "10余所");
    expect(q).toBeDefined();
    for (const o of q!.options!) expect(Number(/^(\d+)/.exec(o)![1]) % 10).toBe(0);
  });

  it("takes a counted kind of agreement (22个某某协定) for no name", () => {
    const c = corpusOf("北陆国已与29个国家和地区签署22个贸易协定。", (d) => [
      fact(d, "agreement", "贸易协定", { name: "贸易协定", category: "document", type: "协定", parties: [] }),
    ]);
    const { bank, report } = generateBank(c);
    expect(bank.questions).toEqual([]);
    expect(report.declined.map((x) => x.kind)).toEqual(["agreement"]);
  });
});
