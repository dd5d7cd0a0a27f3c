/**
 * Passages and context: which sentences a question shows, dangling 这/该/其/那, actors and referents
 * named from the document (railways, corridors, forums, provinces), sentences that link back.
 */
import { describe, expect, it } from "vitest";
import { date, fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import type { Corpus } from "../types";
import { generateBank } from "./bank";
import { usableAgreement } from "./builders/agreement-names";
import { dateEvent, rangeSpellings } from "./builders/date";
import { alsoAccepted, BLANK, blankedPassage, buildContext, citableTitle, citeDocument, citeOf, clippedOpening, DANGLING_INSIDE, passageOf, tidyStart, windowAround } from "./context";
import type { DateFact } from "./model";
import { UNNAMED_PAIR, withPairNamed } from "./parties";
import { answerEchoed, artefactFlags, namedBack, questionFlags, unnamedWhole, unstatedSubject } from "./selfcheck";
import { corpusOf, eventOf, figure, shown } from "./test-helpers";
import { actorsOf, forumOf, provinceOf, tidyExplanation, withForumName, withNamedActors, withPronounNamed, withQuotedSubject } from "./tidy";
import { testQuestion as q } from "@/tests/support/question";

describe("passages and events", () => {
  it("leave out a list item's number", () => {
    const d = makeDoc("doc_n", "中泰联合声明", "十二、访问期间，中泰签署了18份合作文件。");
    const f = fact(d, "figure", "18份", { number: 18, unit: "份", text: "18份" } as never);
    const p = passageOf(buildContext({ documents: [d], facts: [f] }), f);
    expect(p.text).toBe("访问期间，中泰签署了18份合作文件。");
    expect(p.text.slice(p.key!.start, p.key!.end)).toBe("18份");
  });

  it("ask no date for a clause that runs to now (以来)", () => {
    const d = makeDoc("doc_s", "中泰关系", "2001年3月中泰建交以来，双边关系持续发展。");
    const y = fact(d, "date", "2001年3月", date("2001-03", "month", "2001年3月", "中泰建交，双边关系持续发展") as never);
    expect(dateEvent(y as DateFact, buildContext({ documents: [d], facts: [y] }))).toBeUndefined();
  });
});

describe("a fact found in several documents", () => {
  const heading = makeDoc("doc_h", "海洋合作笔记", "要点：“蓝湾伙伴计划”（考点）");
  const clean = makeDoc("doc_c2", "海洋合作报告", "2031年，北陆与南川共同发起“蓝湾伙伴计划”，推动海洋科研合作。");
  const fromHeading = () => {
    const f = fact(heading, "concept", "蓝湾伙伴计划", { term: "蓝湾伙伴计划", category: "slogan" } as never);
    const at = clean.doc.raw.indexOf("蓝湾伙伴计划");
    return { ...f, alsoIn: [{ documentId: clean.doc.id, span: { start: at, end: at + "蓝湾伙伴计划".length } }] };
  };

  it("is asked in a sentence where it is also written when its first sentence asks nothing", () => {
    const f = fromHeading();
    const qs = generateBank({ documents: [heading, clean], facts: [f] }).bank.questions.filter((q) => q.factIds.includes(f.id));
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.every((q) => q.source.documentId === clean.doc.id)).toBe(true);
    expect(qs.some((q) => q.type === "cloze" && q.prompt.includes("北陆与南川共同发起“____”"))).toBe(true);
  });

  it("is not asked there when the pair is left unnamed", () => {
    const unnamed = makeDoc("doc_c3", "海洋合作报告", "在第二届峰会上，双方共同发起“蓝湾伙伴计划”，推动海洋科研合作。");
    const f = fact(heading, "concept", "蓝湾伙伴计划", { term: "蓝湾伙伴计划", category: "slogan" } as never);
    const at = unnamed.doc.raw.indexOf("蓝湾伙伴计划");
    const g = { ...f, alsoIn: [{ documentId: unnamed.doc.id, span: { start: at, end: at + "蓝湾伙伴计划".length } }] };
    const qs = generateBank({ documents: [heading, unnamed], facts: [g] }).bank.questions.filter((q) => q.source.documentId === unnamed.doc.id);
    expect(qs).toEqual([]);
  });
});

describe("a sentence that starts by linking back", () => {
  it("is asked from its first clause of its own when that clause opens with a time and names who acts", () => {
    const d = makeDoc("doc_fr", "海洋合作", "北陆提出了海洋合作理念。这一理念已写入区域组织决议，目前已有30多个国家支持蓝湾倡议。");
    const f = fact(d, "agreement", "蓝湾倡议", { name: "蓝湾倡议", category: "initiative", type: "倡议", parties: [] } as never);
    const p = passageOf(buildContext({ documents: [d], facts: [f] }), f);
    expect(p.text).toBe("目前已有30多个国家支持蓝湾倡议。");
    expect(p.text.slice(p.key!.start, p.key!.end)).toBe("蓝湾倡议");
  });

  it("keeps the sentence before when a clause before the key says something of its own", () => {
    const d = makeDoc("doc_fr2", "海洋合作", "两国关系稳步发展。此后，北陆创造了多个第一，2031年第一个同南川签署蓝湾协定。");
    const f = fact(d, "agreement", "蓝湾协定", { name: "蓝湾协定", category: "document", type: "协定", parties: [] } as never);
    expect(passageOf(buildContext({ documents: [d], facts: [f] }), f).text).not.toMatch(/^2031年/u);
  });
});

describe("a blank with too little around it", () => {
  it("takes the whole sentence before from its paragraph", () => {
    const d = makeDoc("doc_sb", "北陆合作", "北陆与南川共建的海港城走廊已全面开工。南湾港是走廊的“旗舰工程”。");
    const f = fact(d, "agreement", "南湾港", { name: "南湾港", category: "project", type: "港", parties: [] } as never);
    const bp = blankedPassage(buildContext({ documents: [d], facts: [f] }), f, "南湾港", BLANK);
    expect(bp?.text).toBe("北陆与南川共建的海港城走廊已全面开工。（    ）是走廊的“旗舰工程”。");
    expect(bp?.prepended).toBe(true);
  });

  it("takes nothing when the key is nearly the whole sentence or the pair would stay unnamed", () => {
    const d = makeDoc("doc_sb2", "北陆合作", "北陆提出了港口合作的目标。而“港通天下”。2031年两国签署《海港协定》。2033年两国关系中断。");
    const q = fact(d, "concept", "“港通天下”", { term: "港通天下", category: "slogan" } as never);
    const y = fact(d, "date", "2033年", date("2033", "year", "2033年", "两国关系中断") as never);
    const ctx = buildContext({ documents: [d], facts: [q, y] });
    expect(blankedPassage(ctx, q, "“港通天下”", BLANK)).toBeUndefined();
    expect(blankedPassage(ctx, y, "2033年", BLANK)).toBeUndefined();
  });
});

describe("a forum's meeting written with a bare 论坛", () => {
  it("is asked with the one forum the document names in full", () => {
    const text = "2031年1月，中国—智利合作论坛在圣地亚哥宣布成立。同年9月，论坛首届部长级会议在利马召开。";
    expect(eventOf(text, "同年9月", "2031-09", "论坛首届部长级会议在利马召开", true)).toBe("中国—智利合作论坛首届部长级会议在利马召开");
  });

  it("is not asked when the document names no forum, or two", () => {
    expect(eventOf("同年9月，论坛首届部长级会议在利马召开。", "同年9月", "2031-09", "论坛首届部长级会议在利马召开", true)).toBeUndefined();
    const two = "中国—智利合作论坛和中国—秘鲁合作论坛先后成立。同年9月，论坛首届部长级会议在利马召开。";
    expect(eventOf(two, "同年9月", "2031-09", "论坛首届部长级会议在利马召开", true)).toBeUndefined();
  });
});

describe("actors never named", () => {
  it("flags a local government's 我们 and a bare 成员国", () => {
    expect(unstatedSubject("过去一年，我们坚持开放，全省进出口总值达到100亿元。")).toBe(true);
    expect(unstatedSubject("在安全领域，成员国定期举行“某某”联合演习。")).toBe(true);
  });
  it("keeps a 我们 of China and a 成员国 of a named organisation", () => {
    expect(unstatedSubject("中方将主办下届峰会。我们愿同各方一道推进合作。")).toBe(false);
    expect(unstatedSubject("2001年，北海合作组织成立，成员国定期举行联合演习。")).toBe(false);
  });
  it("finds the speaker of a work report and the organisation a document is about", () => {
    const text = "北海合作组织成立以来……北海合作组织扩员……北海合作组织秘书处……国际组织……";
    expect(actorsOf("北海合作组织的二十年", text)).toEqual({ organisation: "北海合作组织" });
    expect(actorsOf("某某省人民政府工作报告（摘编）", "过去一年，我们……")).toEqual({ speaker: "某某省" });
    expect(actorsOf("甲乙关系的新阶段", text)).toEqual({});
  });
  it("names them in what is shown", () => {
    expect(withNamedActors("过去一年，我们坚持开放，全省进出口总值达到（    ）。", { speaker: "某某省" })).toBe("过去一年，某某省坚持开放，全省进出口总值达到（    ）。");
    expect(withNamedActors("在安全领域，成员国定期举行联合演习。", { organisation: "北海合作组织" })).toBe("在安全领域，北海合作组织成员国定期举行联合演习。");
    expect(withNamedActors("我们的各成员国定期会晤。", { organisation: "北海合作组织" })).toBe("我们的各成员国定期会晤。");
  });
});

describe("a subject cut with the clause before", () => {
  it("puts back the subject the quote gives after a topic", () => {
    const quote = "三、海上方面，双方回顾了2000年签署的《甲协定》，同意继续遵循《乙协议》。";
    expect(withQuotedSubject("海上方面，……同意继续遵循（    ）。", quote)).toBe("海上方面，双方……同意继续遵循（    ）。");
  });
  it("leaves the text when the quote gives no subject there", () => {
    expect(withQuotedSubject("海上方面，……同意继续遵循（    ）。", "海上方面，回顾历史，同意继续遵循《乙协议》。")).toBe("海上方面，……同意继续遵循（    ）。");
  });
});

describe("sample 3's causes", () => {
  it("names the corridor a document is about, and a 成员国 after 成为", () => {
    const text = "甲乙经济走廊启动以来……甲乙经济走廊建设……甲乙经济走廊框架下……";
    expect(actorsOf("甲乙经济走廊十年", text)).toEqual({ corridor: "甲乙经济走廊" });
    expect(withNamedActors("截至2022年底，走廊框架下累计投资（    ）。", { corridor: "甲乙经济走廊" })).toBe("截至2022年底，甲乙经济走廊框架下累计投资（    ）。");
    expect(withNamedActors("2023年，丙国成为成员国。", { organisation: "北海合作组织" })).toBe("2023年，丙国成为北海合作组织成员国。");
  });
  it("flags an agreement asked as a clause or a route", () => {
    const asked = (answer: string) => questionFlags(q({ type: "cloze", prompt: "根据原文填空：2018年5月，____，并恢复制裁。", answer, tags: ["agreement"] }));
    expect(asked("甲国单方面退出全面协议")).toContain("ambiguous-blank");
    expect(asked("经某某口岸")).toContain("ambiguous-blank");
    expect(asked("《甲乙全面合作协议》")).not.toContain("ambiguous-blank");
  });
});

describe("a work report's plan and headings", () => {
  it("gives a plan that opens on its verb the speaker as subject", () => {
    expect(withNamedActors("根据原文填空：力争全年新设外资企业____家以上。", { speaker: "某某省" })).toBe("根据原文填空：某某省力争全年新设外资企业____家以上。");
    expect(withNamedActors("用好（    ）等展会平台。", { speaker: "某某省" })).toBe("某某省用好（    ）等展会平台。");
    expect(withNamedActors("全年来访留学生（    ）人。", { speaker: "某某省" })).toBe("全年来访留学生（    ）人。");
    expect(withNamedActors("力争全年新设外资企业____家以上。", {})).toBe("力争全年新设外资企业____家以上。");
  });
  it("flags a section heading asked as an event", () => {
    expect(artefactFlags("工作回顾（对外开放部分）是在哪一年？")).toContain("artefact:glued");
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

describe("a bare railway, port or pipeline", () => {
  it("is named by the sentence before", () => {
    const d = makeDoc("doc_r1", "北陆纪行", "2030年，甲乙铁路开通。\n\n2031年12月3日，甲乙铁路迎来开通三周年。三年间，铁路累计发送旅客300万人次。");
    const f = figure(d, "300万人次");
    const p = passageOf(buildContext({ documents: [d], facts: [f] }), f);
    expect(p.text).toBe("三年间，甲乙铁路累计发送旅客300万人次。");
    expect(p.text.slice(p.key!.start, p.key!.end)).toBe("300万人次");
  });
  it("a port and its phase: the port the sentence before opens on", () => {
    const d = makeDoc(
      "doc_r2",
      "北陆港新闻公报",
      "北陆港由甲港口有限公司与乙矿业公司合资建设。港口一期工程于2031年开工建设，总投资约13亿美元。\n\n北陆港投入运营后，海运时间大为缩短。据测算，港口每年可为甲国带来约45亿美元的收入。",
    );
    const ctx = buildContext({ documents: [d], facts: [] });
    const a = figure(d, "13亿美元");
    const b = figure(d, "45亿美元");
    expect(passageOf(ctx, a).text).toBe("北陆港一期工程于2031年开工建设，总投资约13亿美元。");
    expect(passageOf(ctx, b).text).toBe("据测算，北陆港每年可为甲国带来约45亿美元的收入。");
  });
  it("a pipeline named in full before its line", () => {
    const d = makeDoc("doc_r3", "记者会", "发言人：甲国—乙国天然气管道是两国能源合作的旗舰项目。管道A线于2031年投产，年输气能力达到550亿立方米。甲国—乙国天然气管道还将延伸。");
    const f = figure(d, "550亿立方米");
    expect(passageOf(buildContext({ documents: [d], facts: [f] }), f).text).toBe("甲国—乙国天然气管道A线于2031年投产，年输气能力达到550亿立方米。");
  });
  it("这条铁路 is named as the document mostly spells it", () => {
    const d = makeDoc(
      "doc_r4",
      "北陆专题片",
      "甲乙铁路全线开通。\n\n甲乙铁路运营良好。\n\n【字幕】乙甲铁路有限公司总经理\n\n这条铁路全长1035公里，设计时速160公里。",
    );
    const f = figure(d, "1035公里");
    const p = passageOf(buildContext({ documents: [d], facts: [f] }), f);
    expect(p.text).toBe("甲乙铁路全长1035公里，设计时速160公里。");
    expect(p.dangling).toBe(false);
  });
  it("a project's phase by the one name the document gives it", () => {
    const d = makeDoc("doc_r5", "北陆高铁", "北陆高铁进展顺利。一期工程由甲城至乙城，全长约253公里。\n\n二〇三一年，北陆高铁一期工程开工。");
    const f = figure(d, "253公里");
    expect(passageOf(buildContext({ documents: [d], facts: [f] }), f).text).toBe("北陆高铁一期工程由甲城至乙城，全长约253公里。");
  });
  it("stays bare when the text before names two of a kind, or when the sentence names its own", () => {
    const two = makeDoc("doc_r6", "北陆", "甲乙铁路与丙丁铁路相接。铁路全长约300公里。\n\n甲乙铁路很长。丙丁铁路也很长。");
    const f1 = figure(two, "300公里");
    expect(passageOf(buildContext({ documents: [two], facts: [f1] }), f1).text).toBe("铁路全长约300公里。");
    const own = makeDoc("doc_r7", "北陆", "甲乙铁路开通。铁路的构想与倡议对接，丙丁铁路全长400公里。\n\n甲乙铁路很长。");
    const f2 = figure(own, "400公里");
    expect(passageOf(buildContext({ documents: [own], facts: [f2] }), f2).text).toBe("铁路的构想与倡议对接，丙丁铁路全长400公里。");
  });
  it("a clause is no name, nor a company of that name, nor a list of sectors", () => {
    const d = makeDoc(
      "doc_r8",
      "北陆",
      "甲国希望借助铁路和公路连通邻国。希望借助铁路的还有乙国。铁路累计发送旅客300万人次。\n\n港口、能源和交通三大领域成效显著，合计投资500亿美元。\n\n北陆港很繁忙。北陆港扩建。",
    );
    const ctx = buildContext({ documents: [d], facts: [] });
    const f1 = figure(d, "300万人次");
    expect(passageOf(ctx, f1).text).toBe("铁路累计发送旅客300万人次。");
    const f2 = figure(d, "500亿美元");
    expect(passageOf(ctx, f2).text).toMatch(/^港口、能源和交通/u);
    const co = makeDoc("doc_r9", "北陆", "【字幕】甲乙铁路有限公司总经理。铁路全长1035公里。\n\n甲乙铁路有限公司成立。");
    const f3 = figure(co, "1035公里");
    expect(passageOf(buildContext({ documents: [co], facts: [f3] }), f3).text).toBe("铁路全长1035公里。");
  });
  it("never names beside a blank that asks for the name", () => {
    const d = makeDoc("doc_r10", "北陆", "甲乙铁路开通。铁路的构想与倡议对接，甲乙铁路项目由此进入快车道。\n\n甲乙铁路很长。");
    const f = fact(d, "agreement", "甲乙铁路项目", { name: "甲乙铁路项目", category: "project", type: "项目", parties: [] } as never);
    const p = passageOf(buildContext({ documents: [d], facts: [f] }), f);
    expect(p.text).toBe("铁路的构想与倡议对接，甲乙铁路项目由此进入快车道。");
  });
});

describe("a bare 条约 after the treaty was named", () => {
  it("is the treaty the text before names", () => {
    const d = makeDoc("doc_t1", "访谈", "《甲乙条约》于2031年开放签署。中国于2032年加入该条约。条约确立了核裁军、核不扩散等三大支柱。");
    const f = fact(d, "concept", "核裁军", { term: "核裁军", category: "slogan" } as never);
    expect(passageOf(buildContext({ documents: [d], facts: [f] }), f).text).toBe("《甲乙条约》确立了核裁军、核不扩散等三大支柱。");
  });
  it("stays when two treaties were named before", () => {
    const d = makeDoc("doc_t2", "访谈", "《甲条约》与《乙条约》相互补充。条约确立了核裁军、核不扩散与和平利用核能三大支柱。");
    const f = fact(d, "concept", "核裁军", { term: "核裁军", category: "slogan" } as never);
    expect(passageOf(buildContext({ documents: [d], facts: [f] }), f).text).toBe("条约确立了核裁军、核不扩散与和平利用核能三大支柱。");
  });
});

describe("a phase, a corridor with a demonstrative, an alias", () => {
  it("a phase after a chronology's date is named by the project the document writes before it", () => {
    const d = makeDoc("doc_f2", "北陆高铁", "北陆高铁是泛亚铁路的一部分。一期工程由甲城至乙城，全长约253公里。\n\n二〇三一年十二月北陆高铁一期工程开工\n\n北陆高铁进展顺利。");
    expect(passageOf(buildContext({ documents: [d], facts: [] }), figure(d, "253公里")).text).toBe("北陆高铁一期工程由甲城至乙城，全长约253公里。");
  });
  it("经该走廊 is the corridor the document names, by the name it mostly uses, in its quotes", () => {
    const d = makeDoc(
      "doc_c1",
      "“甲乙走廊”的新机遇",
      "这条线路就是丙丁国际运输走廊，又称“甲乙走廊”。2031年以来，丙丁国际运输走廊的货运量快速增长。据统计，2032年经该走廊运输的货物达到276万吨。\n\n“甲乙走廊”也面临挑战。",
    );
    expect(passageOf(buildContext({ documents: [d], facts: [] }), figure(d, "276万吨")).text).toBe("据统计，2032年经“甲乙走廊”运输的货物达到276万吨。");
  });
});

describe("那次, 那边 pointing into an earlier message", () => {
  it("are dangling", () => {
    expect(DANGLING_INSIDE.test("2031年是乙总理去的那次。")).toBe(true);
    expect(DANGLING_INSIDE.test("丁公司都在那边有项目")).toBe(true);
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：哦，____是乙总理去的那次。", answer: "2031年" }))).toContain("dangling-reference");
  });
  it("a place's 那边 is a side, not a pointer", () => {
    expect(DANGLING_INSIDE.test("主要是甲国那边大旱")).toBe(false);
  });
});

describe("a part of something never named", () => {
  it("a section of a line with no line named", () => {
    expect(unnamedWhole("甲国段于2030年4月签署总承包合同，预计2033年完工。")).toBe(true);
    expect(unnamedWhole("乙城至丙城段完工是在什么时候？")).toBe(true);
    expect(unnamedWhole("甲乙铁路甲国段在乙城举行奠基仪式是在什么时候？")).toBe(false);
    expect(unnamedWhole("甲乙铁路全长300公里，其中甲国段于2030年开工。")).toBe(false);
    expect(unnamedWhole("2031年5月，乙城至丙城段已通车。")).toBe(true);
  });
  it("全省/全市 of no province or city", () => {
    expect(unnamedWhole("截至2031年底，全省共有外贸企业2万家。")).toBe(true);
    expect(unnamedWhole("截至2031年底，甲江省全省共有外贸企业2万家。")).toBe(false);
  });
  it("an abstract's 指出 opening the event", () => {
    expect(unnamedWhole("指出两国关系提升为全面战略伙伴关系是在什么时候？")).toBe(true);
    expect(unnamedWhole("2031年，指出两国关系提升为全面战略伙伴关系。")).toBe(true);
    // a blank before it is the blank's clause, not an opening
    expect(unnamedWhole("（    ），强调这四项原则是共同财富")).toBe(false);
  });
  it("drops the question", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：截至2031年底，全省共有外贸企业____万家。", answer: "2" }))).toContain("dangling-reference");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：甲国段于____签署总承包合同。", answer: "2030年4月" }))).toContain("dangling-reference");
  });
});

describe("the province a provincial body's page speaks for", () => {
  const doc = "发布机构：甲江省商务厅\n截至2031年底，全省共有外贸企业2万家。我厅将举办培训。\n主办单位：甲江省商务厅 地址：乙州市省府路1号";
  it("is found when one province is named twice and the text says 全省/我省", () => {
    expect(provinceOf(doc)).toBe("甲江省");
    expect(provinceOf(doc.replace(/全省/gu, "本地"))).toBeUndefined();
    expect(provinceOf(`${doc}丙山省代表团来访。丙山省`)).toBeUndefined();
  });
  it("names 全省/我省 and 我厅", () => {
    const actors = actorsOf("问答", doc);
    expect(withNamedActors("截至2031年底，全省共有外贸企业（    ）家，2031年全省出口增长5%。", actors)).toBe("截至2031年底，甲江省共有外贸企业（    ）家，2031年甲江省出口增长5%。");
    expect(withNamedActors("我厅将于2032年1月举办培训。", actors)).toBe("甲江省商务厅将于2032年1月举办培训。");
  });
});

describe("a section of a railway at a clause start", () => {
  it("takes the railway the document names", () => {
    const d = makeDoc("doc_r15a", "北陆铁路", "甲乙铁路全长约300公里，是两国合作的旗舰项目。\n\n甲乙铁路由两国企业共同承建。\n\n甲国段于2030年4月签署总承包合同，预计2033年完工。");
    const f = fact(d, "date", "2030年4月", { iso: "2030-04", precision: "month", text: "2030年4月", inferred: false } as never);
    const p = passageOf(buildContext({ documents: [d], facts: [f] }), f);
    expect(p.text).toBe("甲乙铁路甲国段于2030年4月签署总承包合同，预计2033年完工。");
  });
  it("leaves a 段 the sentence names alone, and words that end in 段", () => {
    const d = makeDoc("doc_r15b", "北陆铁路", "甲乙铁路全长约300公里。\n\n甲乙铁路由两国企业共同承建。\n\n现阶段于2030年开始试运行。");
    const f = fact(d, "date", "2030年", { iso: "2030", precision: "year", text: "2030年", inferred: false } as never);
    const p = passageOf(buildContext({ documents: [d], facts: [f] }), f);
    expect(p.text).not.toContain("甲乙铁路现阶段");
  });
});

describe("a traditional pointer", () => {
  it("dangles like its simplified form", () => {
    expect(DANGLING_INSIDE.test("這些演習於2031年在甲國舉行。")).toBe(true);
    expect(DANGLING_INSIDE.test("該協定於2031年生效。")).toBe(true);
    expect(DANGLING_INSIDE.test("此後，兩軍交流增多。")).toBe(true);
    expect(DANGLING_INSIDE.test("這裡是丁港。")).toBe(true);
  });
  it("leaves 應該, 該國 and a sentence that points nowhere", () => {
    expect(DANGLING_INSIDE.test("甲國應該擴大進口。")).toBe(false);
    expect(DANGLING_INSIDE.test("該國於2031年加入丁組織。")).toBe(false);
    expect(DANGLING_INSIDE.test("2031年，甲國與乙國簽署《丙協定》。")).toBe(false);
  });
});

describe("a clipped opening clause", () => {
  it("a name left alone as the first clause is detected", () => {
    expect(clippedOpening("《海港合作宣言》，北陆国关注的领域均被纳入合作重点。", { start: 0, end: 8 })).toBe(true);
    expect(clippedOpening("2031年9月，北陆国签署协定。", { start: 0, end: 8 })).toBe(false);
    expect(clippedOpening("北陆国签署《海港合作宣言》，推动合作。", { start: 5, end: 13 })).toBe(false);
  });

  it("gives no blank whose clause lost what it said of the name", () => {
    const c = corpusOf("审视本届峰会成果文件，尤其是《海港合作宣言》，北陆国关注的发展领域均被纳入合作重点。", (d) => [
      fact(d, "agreement", "海港合作宣言", { name: "海港合作宣言", category: "document", type: "宣言", parties: ["北陆国"] }),
    ]);
    const { bank } = generateBank(c);
    for (const q of bank.questions) expect(shown(q)).not.toMatch(/(?:^|：)《?(?:（\s*）|_{2,})》?，北陆国/u);
  });
});

describe("the five documents' sample", () => {
  it("a sentence opening with 在此/由此 takes the sentence before or is not asked", () => {
    const body = "北陆国大力推进互联互通。\n\n在此推动下，北陆国已经成为南川国第一大贸易伙伴，双边贸易额达到120亿元。";
    const c = corpusOf(body, (d) => [fact(d, "figure", "120亿元", { number: 120, text: "120亿元", unit: "亿元", measure: "双边贸易额" })]);
    const { bank } = generateBank(c);
    for (const q of bank.questions) expect(shown(q)).not.toMatch(/(?:^|：)在此推动下/u);
  });

  it("a last-resort card blanks the name, not a key wider than it", () => {
    const c = corpusOf("双边关系上，北陆国与南川国、东屿国和西原国皆是战略伙伴和联盟关系，与中原国是全面战略伙伴和联盟关系。", (d) => [
      fact(d, "agreement", "西原国皆是战略伙伴和联盟关系", { name: "战略伙伴和联盟关系", category: "partnership", parties: ["北陆国", "西原国"] }),
    ]);
    const { bank } = generateBank(c);
    for (const q of bank.questions) expect(q.back ?? "").not.toContain("皆是");
  });

  it("a level cut from a coordination (甲和乙关系 → 乙关系) is declined", () => {
    const c = corpusOf("北陆国与南川国、东屿国皆是战略伙伴和联盟关系。北陆国与西原国建立联盟关系。", (d) => [
      fact(d, "agreement", "联盟关系", { name: "联盟关系", category: "partnership", parties: ["北陆国", "南川国"] }),
      fact(d, "agreement", "联盟关系", { name: "联盟关系", category: "partnership", parties: ["北陆国", "西原国"] }, 1),
    ]);
    expect(usableAgreement(c.facts[0] as never)).toBe(false);
    expect(usableAgreement(c.facts[1] as never)).toBe(true);
  });

  it("a date range is accepted with any usual separator", () => {
    expect(rangeSpellings("2018~2023年")).toEqual(expect.arrayContaining(["2018~2023年", "2018—2023年", "2018-2023年", "2018年至2023年"]));
    expect(rangeSpellings("2031年")).toEqual(["2031年"]);
  });
});

describe("the second unseen sample", () => {
  it("an ordinal is dropped only as a connective (第六，), never from 第六届", () => {
    expect(tidyStart("第六届海港博览会于2031年11月在北陆国举行。").text).toBe("第六届海港博览会于2031年11月在北陆国举行。");
    expect(tidyStart("第六，北陆国加强港口建设。").text).toBe("北陆国加强港口建设。");
  });

  it("双方/两国 with no one named take the sentence before", () => {
    const body = "北陆国与南川国于2029年9月建立外交关系；2031年7月，双方宣布建立海港伙伴关系。\n\n2032年5月，两国签署了《山地保护协定》。";
    const c = corpusOf(body, (d) => [
      fact(d, "agreement", "海港伙伴关系", { name: "海港伙伴关系", category: "partnership", parties: ["北陆国", "南川国"] }),
      fact(d, "agreement", "山地保护协定", { name: "山地保护协定", category: "document", type: "协定", parties: [] }),
    ]);
    const { bank } = generateBank(c);
    for (const q of bank.questions) {
      if (/^(?:根据原文填空：|阅读原文，选择填入括号的一项：)?2031年7月，双方/u.test(shown(q))) throw new Error(`unnamed: ${q.prompt}`);
      expect(shown(q)).not.toMatch(/^(?:根据原文填空：)?2032年5月，两国签署了/u);
    }
  });

  it("a name given by its neighbour with another number, or the only option with the passage's pair, gives the answer away", () => {
    expect(answerEchoed("16+1合作", "2031年，东屿国正式加入，“（    ）”由此扩展为“17+1合作”。", [], true)).toBe(true);
    expect(answerEchoed("894亿元", "2031年贸易额突破700亿元，2032年达到（    ）。", [], false)).toBe(false);
    expect(answerEchoed("中俄伙伴共同体", "中俄论坛通过《关于构建更加紧密的（    ）的宣言》。", ["海洋伙伴共同体", "网络伙伴共同体", "人类伙伴共同体"])).toBe(true);
    expect(answerEchoed("中俄伙伴共同体", "中俄论坛通过《关于构建更加紧密的（    ）的宣言》。", ["中俄海洋共同体", "网络伙伴共同体", "人类伙伴共同体"])).toBe(false);
  });

  it("a clause is no concept for a last-resort card", () => {
    const c = corpusOf("专家指出，推动海港局势稳定需要把握好三个关键：首先，坚持对话协商。", (d) => [
      fact(d, "concept", "推动海港局势稳定需要把握好三个关键", { term: "三个关键", category: "enumeration", items: [] }),
    ]);
    const { bank } = generateBank(c);
    expect(bank.questions.some((q) => (q.back ?? "").includes("需要"))).toBe(false);
  });
});

describe("a forum's short form", () => {
  it("takes the forum's name from the document", () => {
    expect(forumOf("2001年，中国—北陆国家合作论坛成立。论坛第二届部长级会议在甲城举行。")).toBe("中国—北陆国家合作论坛");
    expect(withForumName("2031年5月，论坛甲城峰会将关系提升为（    ）。", "中国—北陆国家合作论坛")).toBe("2031年5月，中国—北陆国家合作论坛甲城峰会将关系提升为（    ）。");
  });
  it("reads 该 + a head the text has just named as resolved", () => {
    const prompt = "根据原文填空：2030年，北陆国倡议设立海港创新基地，该基地于____在甲城启动。";
    expect(questionFlags(q({ type: "cloze", prompt, answer: "2031年9月" }))).not.toContain("dangling-reference");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：该基地于____在甲城启动。", answer: "2031年9月" }))).toContain("dangling-reference");
  });
  it("drops the short form when no forum is named", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：2031年5月，论坛甲城峰会将关系提升为____。", answer: "战略伙伴关系" }))).toContain("dangling-reference");
  });
});

describe("加入合作 with no object", () => {
  it("is a dangling reference when no cooperation is named", () => {
    expect(questionFlags(q({ type: "short_answer", prompt: "某岛国正式加入合作是在什么时候？", answer: "2001年" }))).toContain("dangling-reference");
  });
  it("is fine when the sentence names it", () => {
    const x = q({ type: "cloze", prompt: "根据原文填空：____，某岛国正式加入合作，“8+1合作”由此扩展为“9+1合作”。", answer: "2001年" });
    expect(questionFlags(x)).not.toContain("dangling-reference");
  });
});

describe("a forum's meeting named by its short form", () => {
  const d = makeDoc(
    "doc_f",
    "测试文献",
    "2031年3月，中国—北陆国家合作论坛在某城宣布成立。2035年6月，论坛第三届部长级会议在某港举行，双方宣布建立全面合作关系。2036年，两国贸易额继续增长。",
  );
  const c: Corpus = {
    documents: [d],
    facts: [
      fact(d, "date", "2035年6月", { iso: "2035-06", precision: "month", text: "2035年6月", inferred: false, event: "论坛第三届部长级会议在某港举行" } as never),
      fact(d, "agreement", "论坛第三届部长级会议", { name: "论坛第三届部长级会议", category: "mechanism", type: "会议", parties: [], date: "2035-06" } as never),
    ],
  };
  it("is tested by the question on its date that spells the forum out in the blank's clause", () => {
    const { bank } = generateBank(c);
    const q = bank.questions.find((x) => x.factIds.includes(c.facts[1]!.id));
    expect(q, "a question lists the meeting").toBeDefined();
    expect(q!.factIds).toContain(c.facts[0]!.id);
    expect(`${q!.prompt}${q!.front ?? ""}`).toContain("中国—北陆国家合作论坛第三届部长级会议");
  });
});

describe("该 + a head the sentence before names once", () => {
  it("takes the sentence before into the question", () => {
    const d = makeDoc("doc_t", "测试文献", "《北陆海洋合作条约》于2030年开放签署，是地区海洋合作的基础。南川国于2034年5月正式加入该条约。");
    const c: Corpus = {
      documents: [d],
      facts: [fact(d, "date", "2034年5月", { iso: "2034-05", precision: "month", text: "2034年5月", inferred: false, event: "南川国正式加入该条约" } as never)],
    };
    const { bank } = generateBank(c);
    const shown = bank.questions.map((x) => x.front ?? x.prompt);
    expect(shown.some((t) => t.includes("《北陆海洋合作条约》") && t.includes("加入该条约"))).toBe(true);
  });
  it("does not when the sentence before names two", () => {
    const d = makeDoc("doc_u", "测试文献", "《北陆海洋合作条约》和《南川渔业条约》于2030年开放签署。南川国于2034年5月正式加入该条约。");
    const c: Corpus = {
      documents: [d],
      facts: [fact(d, "date", "2034年5月", { iso: "2034-05", precision: "month", text: "2034年5月", inferred: false, event: "南川国正式加入该条约" } as never)],
    };
    const { bank } = generateBank(c);
    expect(bank.questions.filter((x) => /该条约/u.test(x.front ?? x.prompt))).toEqual([]);
  });
});

describe("a time link before a sentence with its own year", () => {
  it("is dropped, and the sentence asked on its own", () => {
    const d = makeDoc("doc_l", "测试文献", "2040年，甲乙两国签署合作文件。此前，北陆论坛已于2031年创立，至2038年共举办五届。");
    const c: Corpus = {
      documents: [d],
      facts: [fact(d, "date", "2031年", { iso: "2031", precision: "year", text: "2031年", inferred: false, event: "北陆论坛已创立" } as never)],
    };
    const { bank } = generateBank(c);
    expect(bank.questions.some((x) => x.type === "cloze" && x.prompt === "根据原文填空：北陆论坛已于____创立，至2038年共举办五届。")).toBe(true);
  });
});

describe("这一现象被称为“某”", () => {
  it("names what its own clause has said: no dangling reference", () => {
    expect(namedBack("研究表明，某地升温速度约为别处的两倍，这一现象被称为“（    ）”。")).toBe("研究表明，某地升温速度约为别处的两倍，现象被称为“（    ）”。");
    expect(namedBack("甲乙两国宣布恢复外交关系，这一成果被国际舆论称为“（    ）”。")).not.toMatch(/这一/u);
    const x = q({ type: "cloze", prompt: "根据原文填空：研究表明，某地升温速度约为别处的两倍，这一现象被称为“____”。", answer: "某地效应" });
    expect(questionFlags(x)).not.toContain("dangling-reference");
  });
  it("still dangles at the start, after a cut, or with too little before it", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：这一现象被称为“____”。", answer: "某地效应" }))).toContain("dangling-reference");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：……升温很快，这一现象被称为“____”。", answer: "某地效应" }))).toContain("dangling-reference");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：很快，这一现象被称为“____”。", answer: "某地效应" }))).toContain("dangling-reference");
  });
});

describe("这一数字 after the date (or blank) that opens its clause", () => {
  it("names the figure its sentence has just given: no dangling reference", () => {
    const prompt = "根据原文填空：北陆统计局的数据显示，2031年赴北陆的南川游客约900万人次；受台风影响，____这一数字回落至约300万人次。";
    expect(questionFlags(q({ type: "cloze", prompt, answer: "2032年" }))).not.toContain("dangling-reference");
  });
  it("still dangles after a verb of saying or with nothing said before it", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：北陆统计局官员表示，____这一数字回落至约300万人次。", answer: "2032年" }))).toContain("dangling-reference");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：受台风影响，____这一数字回落至约300万人次。", answer: "2032年" }))).toContain("dangling-reference");
  });
});

describe("a concept in a short sentence", () => {
  it("is asked with the sentence before it", () => {
    const d = makeDoc("doc_s", "测试文献", "北陆各国在治理中重视协商与合作。治理观的核心是“同商同享”。");
    const c: Corpus = { documents: [d], facts: [fact(d, "concept", "同商同享", { term: "同商同享", category: "slogan" } as never)] };
    const { bank } = generateBank(c);
    const shown = bank.questions.map((x) => x.front ?? x.prompt);
    expect(shown.some((t) => t.includes("北陆各国在治理中重视协商与合作。治理观的核心是“"))).toBe(true);
  });
});

describe("a statistic whose sentence names no one", () => {
  const c = corpusOf("东屿国的国内经济发展也出现了良好态势。经济实现8.5%的增长，总产值达到1200亿元。", (d) => [
    fact(d, "figure", "1200亿元", { number: 1200, text: "1200亿元", unit: "亿元", measure: "总产值" }),
  ]);

  it("is shown with the sentence before it, which says whose it is", () => {
    const { bank } = generateBank(c);
    const qs = bank.questions.filter((q) => q.factIds.length === 1 && q.type !== "flashcard");
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.prompt).toContain("东屿国");
  });
});

// moved from quality-r18.test.ts (q18, round 18): the explanation's quote and title, the other forms of a typed answer
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
    expect(citeDocument(ctx, doc.doc.id)).toBe("出自原文");
    const titled = makeDoc("x_titled", "甲乙关系五十年", "1972年6月，甲乙两国签署贸易协定。");
    expect(citeDocument(buildContext({ documents: [titled], facts: [] }), titled.doc.id)).toBe("出自《甲乙关系五十年》");
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

describe("a 他/她 opening a prompt (q18b)", () => {
  const before = "甲乙关系稳步发展。\n\n2016年9月，卡隆巴总统来华出席丙峰会；";
  it("is named from the sentence before when it names exactly one person", () => {
    expect(withPronounNamed("根据原文填空：____，他又出席丁论坛。", before)).toBe("根据原文填空：____，卡隆巴总统又出席丁论坛。");
    expect(withPronounNamed("他出席丁论坛是在什么时候？", before)).toBe("卡隆巴总统出席丁论坛是在什么时候？");
    expect(withPronounNamed("判断正误：2017年2月，他出席丁论坛。", before)).toBe("判断正误：2017年2月，卡隆巴总统出席丁论坛。");
  });
  it("stays as it is when the sentence before names no one, or two, or is another paragraph", () => {
    expect(withPronounNamed("他认为，丁城可以成为两国合作的“桥梁”。", "一位研究甲国问题的学者指出，两国关系基础牢固。")).toBe("他认为，丁城可以成为两国合作的“桥梁”。");
    expect(withPronounNamed("他出席丁论坛是在什么时候？", "2016年9月，卡隆巴总统会见米勒特总理；")).toBe("他出席丁论坛是在什么时候？");
    expect(withPronounNamed("他出席丁论坛是在什么时候？", "卡隆巴总统来华。\n")).toBe("他出席丁论坛是在什么时候？");
    expect(withPronounNamed("他们出席丁论坛是在什么时候？", before)).toBe("他们出席丁论坛是在什么时候？");
    expect(withPronounNamed("他國出席丁论坛是在什么时候？", before)).toBe("他國出席丁论坛是在什么时候？");
  });
  it("is not asked while it stays unnamed", () => {
    const cloze = q({ type: "cloze", prompt: "根据原文填空：她在竞选时就说过签署备忘录是个“____”。", answer: "错误", tags: ["concept"] });
    expect(questionFlags(cloze)).toContain("dangling-reference");
    const named = q({ type: "cloze", prompt: "根据原文填空：____，卡隆巴总统又出席丁论坛。", answer: "2017年5月", tags: ["date"] });
    expect(questionFlags(named)).not.toContain("dangling-reference");
  });
});

describe("a bare 还 opening a prompt (q18b)", () => {
  it("is not asked: its subject was cut off", () => {
    const cloze = q({ type: "cloze", prompt: "根据原文填空（填数字）：还准备提供____个培训名额，帮助甲国培养专业人才。", answer: "500", tags: ["figure"] });
    expect(questionFlags(cloze)).toContain("dangling-reference");
    const tf = q({ type: "true_false", prompt: "判断正误：还承诺在重大国际议题上相互支持。", answer: "正确", tags: ["concept"] });
    expect(questionFlags(tf)).toContain("dangling-reference");
  });
  it("stands with its subject shown, or as 还是", () => {
    const cloze = q({ type: "cloze", prompt: "根据原文填空（填数字）：甲方还准备提供____个培训名额，帮助乙国培养专业人才。", answer: "500", tags: ["figure"] });
    expect(questionFlags(cloze)).not.toContain("dangling-reference");
  });
});

describe("a reference whose antecedent the same shown sentence names", () => {
  const flagsOf = (prompt: string) => questionFlags(q({ type: "cloze", prompt, answer: "9", tags: ["figure"] }));
  it("reads 此后 after the date that opens the same sentence", () => {
    expect(flagsOf("根据原文填空：2031年4月，甲乙两国宣布启动自由贸易协定谈判，谈判此后历时近十年、共进行了____轮。")).not.toContain("dangling-reference");
    expect(flagsOf("根据原文填空：谈判此后历时近十年、共进行了____轮。")).toContain("dangling-reference");
    expect(flagsOf("根据原文填空：前一天，丙国总统刚刚在同一议会发表演讲。2031年4月，甲乙两国宣布启动谈判，谈判此后共进行了____轮。")).toContain("dangling-reference");
  });
  it("reads 前者/后者 after two things the sentence has just named", () => {
    expect(flagsOf("根据原文填空：2031年7月，丙组织签署协议，成立丁银行并建立戊安排，后者初始资金规模为____亿美元。")).not.toContain("dangling-reference");
    expect(flagsOf("根据原文填空：2031年7月，丙组织签署协议，后者初始资金规模为____亿美元。")).toContain("dangling-reference");
  });
  it("reads a 这一 that opens a clause after a clause that says something of its own", () => {
    expect(flagsOf("根据原文填空：2030年起，甲国成为乙国最大贸易伙伴，这一地位此后连续保持了____年。")).not.toContain("dangling-reference");
    expect(flagsOf("根据原文填空：到2031年，这一纪录延长为连续____年。")).toContain("dangling-reference");
    expect(flagsOf("根据原文填空：如何让这一经验转化为____项规则，是需要思考的问题。")).toContain("dangling-reference");
    expect(flagsOf("根据原文填空：甲国军方人士对本报表示，这些演训“____”，目的在于提升协作能力。")).toContain("dangling-reference");
  });
  it("reads 该项目 after the name of a project", () => {
    expect(flagsOf("根据原文填空：甲集团与乙集团就丙角核电站达成协议，甲集团持有该项目____%的股份。")).not.toContain("dangling-reference");
    expect(flagsOf("根据原文填空：甲集团持有该项目____%的股份。")).toContain("dangling-reference");
  });
});
