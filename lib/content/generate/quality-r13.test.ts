/**
 * Round 13, on invented text: the railway, port or pipeline a passage speaks of with a bare word, named
 * from the text before it; a table row of a year and a title; a year that is part of a name; a count of
 * a generic noun asked with no owner; a list item that took the 为 after it; options written like the answer.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import { buildContext, passageOf } from "./context";
import { pickDistractors } from "./distractors";
import { questionFlags } from "./selfcheck";
import { actorsOf, tidyShown, withNamedActors } from "./tidy";
import { testQuestion as q } from "@/tests/support/question";

const figure = (d: ReturnType<typeof makeDoc>, text: string) => fact(d, "figure", text, { number: Number.parseFloat(text), unit: "", text } as never);

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

describe("a fact sheet's topic before a line", () => {
  it("基础设施：, 港口物流：, 数字经济： go; a topic inside a statement stays", () => {
    expect(tidyShown("根据原文填空：基础设施：甲乙高速铁路二期工程全长158公里，于____通车。")).toBe("根据原文填空：甲乙高速铁路二期工程全长158公里，于____通车。");
    expect(tidyShown("港口物流：2031年9月，甲公司收购乙码头65%的股权。")).toBe("2031年9月，甲公司收购乙码头65%的股权。");
    expect(tidyShown("双方在基础设施、数字经济等领域合作。")).toBe("双方在基础设施、数字经济等领域合作。");
    expect(tidyShown("能源合作：双方将扩大投资。")).toBe("能源合作：双方将扩大投资。");
  });
});

describe("a table row of a year and a title", () => {
  const doc = "甲组织成立于2001年。\n\n表1　甲组织安全合作主要文件\n\n2001年：《甲公约》\n\n2009年：《乙公约》\n\n在理念层面，甲组织倡导合作。";
  it("is asked with the table's caption", () => {
    const actors = actorsOf("甲组织研究", doc);
    expect(withNamedActors("根据原文填空：____：《乙公约》。", actors)).toBe("根据原文填空：表格“甲组织安全合作主要文件”中，《乙公约》对应的年份是____。");
  });
  it("a title no captioned table lists, or a row with its event, stays", () => {
    const actors = actorsOf("甲组织研究", doc);
    expect(withNamedActors("根据原文填空：____：《丙公约》。", actors)).toBe("根据原文填空：____：《丙公约》。");
    expect(withNamedActors("根据原文填空：____：《乙公约》签署。", actors)).toBe("根据原文填空：____：《乙公约》签署。");
    expect(withNamedActors("根据原文填空：____：《乙公约》。", actorsOf("甲组织研究", "2009年：《乙公约》"))).toBe("根据原文填空：____：《乙公约》。");
  });
});

describe("a list item that took the 为 after it", () => {
  const source = { documentId: "d", start: 0, end: 1, quote: "以贸易、投资、金融合作为“三大引擎”，以甲、乙为“两翼”。" };
  it("is a cut answer", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "“三大引擎”包括哪几项内容？", back: "贸易、投资、金融合作为", source }))).toContain("artefact:answer-edge");
  });
  it("a word ending in 为 is not", () => {
    const s2 = { ...source, quote: "坚持授人以渔、量力而行、尽力而为，开展合作。" };
    expect(questionFlags(q({ type: "multi", prompt: "p（    ）", options: ["授人以渔", "量力而行", "尽力而为", "甲"], answer: ["授人以渔", "量力而行", "尽力而为"], source: s2 }))).not.toContain(
      "artefact:answer-edge",
    );
  });
});

describe("options written like the answer", () => {
  it("an answer without 《》 gets options without 《》", () => {
    const ds = pickDistractors(["《关于甲的谅解备忘录》", "《关于乙的谅解备忘录》", "关于丙的谅解备忘录"], "关于丁的合作备忘录", 3, "s");
    expect(ds).not.toBeNull();
    expect(ds!.every((d) => !/[《》]/u.test(d))).toBe(true);
  });
  it("an answer in 《》 keeps its options as they are", () => {
    expect(pickDistractors(["《关于甲的谅解备忘录》", "《关于乙的谅解备忘录》", "《关于丙的谅解备忘录》"], "《关于丁的合作备忘录》", 3, "s")!.every((d) => /^《.*》$/u.test(d))).toBe(true);
  });
  it("a clause caught as a name, or the answer with other small words, is never offered", () => {
    const ds = pickDistractors(["包括共建某某谅解备忘录", "关于共建某某的谅解备忘录", "关于甲的谅解备忘录", "关于乙的谅解备忘录", "关于丙的谅解备忘录"], "共建某某合作谅解备忘录", 3, "s");
    expect(ds).not.toContain("包括共建某某谅解备忘录");
    expect(ds).not.toContain("关于共建某某的谅解备忘录");
  });
});

describe("two partnership levels that differ by 合作", () => {
  it("are both offered", () => {
    const ds = pickDistractors(["战略合作伙伴关系", "全面战略伙伴关系", "同盟关系"], "战略伙伴关系", 3, "s", { strict: false });
    expect(ds).toContain("战略合作伙伴关系");
  });
});

describe("两国/双方 named when the text names only the document's partner", () => {
  it("takes the document's pair when the sentence before names the partner alone", () => {
    const d = makeDoc("doc_p3", "中国与泰国关系", "中泰两国往来密切。\n\n截至2031年，泰国共设有4所孔子学院。两国建立了人文交流框架。目前两国已结成友好省市20对。");
    const f = fact(d, "figure", "20对", { number: 20, unit: "对", text: "20对" } as never);
    expect(passageOf(buildContext({ documents: [d], facts: [f] }), f).text).toBe("目前中泰两国已结成友好省市20对。");
  });
  it("a document whose title names no country is about the pair it writes throughout", () => {
    const d = makeDoc(
      "doc_p4",
      "拓展课教案",
      "课题：跨越山海的南南合作。\n\n中巴两国自2031年建交。\n\n中巴关系稳步发展。\n\n中巴合作领域广泛。\n\n两国发表联合声明，宣布将合作同巴西“新工业计划”对接。双方还在2032年就推动地区危机政治解决提出“六点共识”。",
    );
    const f = fact(d, "concept", "六点共识", { term: "六点共识", category: "slogan" } as never);
    expect(passageOf(buildContext({ documents: [d], facts: [f] }), f).text).toBe("中巴双方还在2032年就推动地区危机政治解决提出“六点共识”。");
  });
  it("“一个中国”原则names no party", () => {
    const d = makeDoc("doc_p5", "中国与巴西关系", "中巴关系。\n\n2031/2/7：两国举行建交65周年纪念招待会，双方重申坚持“一个中国”原则。");
    const f = fact(d, "figure", "65周年", { number: 65, unit: "周年", text: "65周年" } as never);
    expect(passageOf(buildContext({ documents: [d], facts: [f] }), f).text).toMatch(/^2031\/2\/7：中巴两国举行建交65周年/u);
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

describe("table layout in shown lines, continued", () => {
  it("a notes label 某某层面： and a glued 备注 go", () => {
    expect(tidyShown("阅读原文，选择填入括号的一项：中阿层面：中阿合作论坛（2031年成立，秘书处设在开罗____总部）。")).toBe(
      "阅读原文，选择填入括号的一项：中阿合作论坛（2031年成立，秘书处设在开罗____总部）。",
    );
    expect(tidyShown("2031年：甲国住房项目交付使用，备注共1996套住房。")).toBe("2031年：甲国住房项目交付使用，共1996套住房。");
    expect(tidyShown("双方在政治层面保持沟通。")).toBe("双方在政治层面保持沟通。");
  });
  it("a slashed or dashed day before a line is written out", () => {
    expect(tidyShown("2031/5/17：甲国大厦竣工。")).toBe("2031年5月17日：甲国大厦竣工。");
    expect(tidyShown("2031-09-17：两国元首出席开工仪式。")).toBe("2031年9月17日：两国元首出席开工仪式。");
    expect(tidyShown("增长2031/5。")).toBe("增长2031/5。");
  });
});

describe("more self-check rules of round 13", () => {
  it("a date answered in a table's digits", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：____：两国签订《甲乙海运协定》。", answer: "2031-06" }))).toContain("artefact:answer-edge");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：____，两国签订《甲乙海运协定》。", answer: "2031年6月" }))).not.toContain("artefact:answer-edge");
  });
  it("an event that opens on 同意 or 实质性完成, in either script", () => {
    expect(questionFlags(q({ type: "true_false", prompt: "判斷正誤：2031年11月，同意構建中泰命運共同體。", answer: true }))).toContain("dangling-reference");
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "实质性完成后续升级谈判是在什么时候？", back: "2031年4月" }))).toContain("dangling-reference");
    expect(questionFlags(q({ type: "true_false", prompt: "判断正误：2031年11月，双方同意构建命运共同体。", answer: true }))).not.toContain("dangling-reference");
  });
  it("a slide's line that opens on 通达全球 has no subject", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空（填数字）：通达全球____个国家和地区的473个港口。", answer: "120" }))).toContain("dangling-reference");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空（填数字）：甲乙通道通达全球____个国家和地区的473个港口。", answer: "120" }))).not.toContain("dangling-reference");
  });
  it("那一天 at the start points at a day not shown", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：那一天，车站挂出了写着“____”的横幅。", answer: "甲乙友谊万古长青" }))).toContain("dangling-reference");
  });
  it("a generic trade agreement dated with no party", () => {
    expect(questionFlags(q({ type: "true_false", prompt: "判断正误：《货物贸易协议》签署于2031年。", answer: false }))).toContain("ambiguous-blank");
    expect(questionFlags(q({ type: "true_false", prompt: "判断正误：《甲乙货物贸易协议》签署于2031年。", answer: false }))).not.toContain("ambiguous-blank");
  });
  it("a blank that leaves the tail of a name outside", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：2031年，____职业技术学院在万象挂牌。", answer: "甲乙铁路" }))).toContain("artefact:answer-edge");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：2031年，____在万象挂牌。", answer: "甲乙铁路职业技术学院" }))).not.toContain("artefact:answer-edge");
  });
  it("a country and a bank as one answer, a verb's complement in the answer", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "2031年：（    ）就债务达成协议。", back: "斯里兰卡与中国进出口银行" }))).toContain("ambiguous-blank");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：把南海建设____、友谊之海。", answer: "成为和平之海" }))).toContain("ambiguous-blank");
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "什么是“甲乙关系”？", back: "中华人民共和国与甲国之间的双边关系" }))).not.toContain("ambiguous-blank");
  });
  it("an ordering with an event that is no event of its own", () => {
    const ordering = (o: string) => q({ type: "ordering", prompt: "请将下列事件按发生时间从早到晚排序：", options: ["甲国总统访华", "乙国加入某组织", o, "丙丁两国建交"], answer: [] });
    expect(questionFlags(ordering("根据《甲宣言》在某地成立"))).toContain("dangling-reference");
    expect(questionFlags(ordering("就是，第一批女司机独立驾驶列车了"))).toContain("dangling-reference");
    expect(questionFlags(ordering("甲国独立第三天"))).toContain("dangling-reference");
    expect(questionFlags(ordering("由中方援建的某机场正式投入运营"))).not.toContain("dangling-reference");
  });
});

describe("a country as a topic, a region inside a quoted plan", () => {
  it("乌克兰危机 names no side: 双方 is named from the document", () => {
    const d = makeDoc(
      "doc_p6",
      "拓展课教案",
      "课题：跨越山海的南南合作。\n\n中巴两国自2031年建交。\n\n中巴关系稳步发展。\n\n中巴合作领域广泛。\n\n两国宣布将合作同巴西“南美一体化路线”对接。双方还在2032年就推动乌克兰危机政治解决提出“六点共识”。",
    );
    const f = fact(d, "concept", "六点共识", { term: "六点共识", category: "slogan" } as never);
    expect(passageOf(buildContext({ documents: [d], facts: [f] }), f).text).toBe("中巴双方还在2032年就推动乌克兰危机政治解决提出“六点共识”。");
  });
  it("乌克兰 as a side still keeps 双方 unnamed", () => {
    const d = makeDoc("doc_p7", "中国与巴西关系", "中巴关系。\n\n双方还同乌克兰就粮食合作提出“六点共识”，合作前景广阔。");
    const f = fact(d, "concept", "六点共识", { term: "六点共识", category: "slogan" } as never);
    expect(passageOf(buildContext({ documents: [d], facts: [f] }), f).text).toMatch(/^双方还同乌克兰/u);
  });
});

describe("a speaker's own voice", () => {
  it("我可以告诉你的是，/我认为， go; 我用…概括 dangles", () => {
    const d = makeDoc("doc_s1", "记者会", "发言人：关于甲线的进展，建议你向主管部门询问。我可以告诉你的是，中方始终秉持平等互利、合作共赢的原则，同中亚国家开展能源合作。");
    const f = fact(d, "concept", "合作共赢", { term: "合作共赢", category: "slogan" } as never);
    expect(passageOf(buildContext({ documents: [d], facts: [f] }), f).text).toBe("中方始终秉持平等互利、合作共赢的原则，同中亚国家开展能源合作。");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：我用三个词概括：____、开放、包容。", answer: "务实" }))).toContain("dangling-reference");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：我国于2031年加入____。", answer: "甲组织" }))).toContain("dangling-reference");
  });
  it("a speaker's label 受访者（…）： goes", () => {
    expect(tidyShown("根据原文填空：受访者（报关员）：现在实行“____”，最快几个小时就能通关。")).toBe("根据原文填空：现在实行“____”，最快几个小时就能通关。");
  });
});

describe("双方 of China and a group", () => {
  it("is named 中国—东盟 from the sentence before; a 两国 never is", () => {
    const d = makeDoc("doc_g1", "中国—东盟合作迈入新阶段", "2031年11月22日，中国—东盟建立对话关系30周年纪念峰会以视频方式举行。截至2031年底，双方累计双向投资超过3800亿美元。\n\n截至2031年，两国贸易额达到500亿美元。");
    const ctx = buildContext({ documents: [d], facts: [] });
    expect(passageOf(ctx, figure(d, "3800亿美元")).text).toBe("截至2031年底，中国—东盟双方累计双向投资超过3800亿美元。");
    expect(passageOf(ctx, figure(d, "500亿美元")).text).not.toMatch(/中国—东盟两国/u);
  });
  it("a text that names a member country too is no group pair", () => {
    const d = makeDoc("doc_g2", "中国—东盟合作", "中国—东盟合作与柬埔寨的发展相互促进。截至2031年底，双方累计双向投资超过3800亿美元。");
    expect(passageOf(buildContext({ documents: [d], facts: [] }), figure(d, "3800亿美元")).text).not.toMatch(/中国—东盟双方/u);
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

describe("last self-check rules of round 13", () => {
  it("上一次 at the start points at an event not shown", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空（填数字）：上一次是2031年3月，当时双方签署了总金额约____亿美元的合作协议。", answer: "400" }))).toContain("dangling-reference");
  });
  it("过去（    ） → 一年 is a trivial blank", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "过去（    ），甲省坚持以制度型开放为重点。 括号中应是什么？", back: "一年" }))).toContain("trivial-blank");
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "甲乙两国用（    ）完成谈判。 括号中应是什么？", back: "一年" }))).not.toContain("trivial-blank");
  });
  it("a count with its noun, the list right after 即, gives the answer away", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：双方重点推进“____”合作，即基础设施、能源矿产、农业和数字经济。", answer: "四个领域" }))).toContain("answer-leak");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：双方重点推进“____”合作，即基础设施、能源矿产和农业。", answer: "四个领域" }))).not.toContain("answer-leak");
  });
});

describe("sample r13-unseen-5 rules", () => {
  it("a forum whose name holds a region, and 联合国 or 国际, name no side: 双方 is named", () => {
    const d = makeDoc("doc_v1", "中华人民共和国和越南社会主义共和国联合声明", "中越关系。\n\n双方同意在联合国、亚太经合组织等多边框架内保持密切沟通，共同维护以联合国为核心的国际体系。");
    const f = fact(d, "agreement", "亚太经合组织", { name: "亚太经合组织", category: "organisation", type: "组织", parties: [] } as never);
    expect(passageOf(buildContext({ documents: [d], facts: [f] }), f).text).toMatch(/^中越双方同意在联合国、亚太经合组织/u);
  });
  it("a row of figures under a label is glued layout", () => {
    expect(questionFlags(q({ type: "true_false", prompt: "判断正误（依据原文）：面积：278平方公里，30平方公里。", answer: true }))).toContain("artefact:glued");
    expect(questionFlags(q({ type: "true_false", prompt: "判断正误（依据原文）：甲乙园区面积278平方公里，开发面积30平方公里。", answer: true }))).not.toContain("artefact:glued");
  });
  it("a time span asked as a figure at the start, a description of several documents as the answer", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "（    ），中国累计派出维和人员5万余人次。 括号中的数字是多少？", back: "30多年来" }))).toContain("ambiguous-blank");
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "2031年，甲国访华，双方签署（    ）。 括号中应是什么？", back: "关于经济技术合作和文化交流的多项协议" }))).toContain("ambiguous-blank");
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "2031年，双方签署（    ）。 括号中应是什么？", back: "关于经济技术合作的协议" }))).not.toContain("ambiguous-blank");
  });
  it("the pair in the prompt picks the one option that names its country", () => {
    const mcq = (prompt: string) =>
      q({
        type: "mcq",
        prompt,
        options: ["《中华人民共和国和秘鲁共和国联合声明》", "《中华人民共和国和土耳其共和国联合声明》", "《中华人民共和国和俄罗斯联邦联合声明》", "《中华人民共和国和塞尔维亚共和国联合声明》"],
        answer: "《中华人民共和国和俄罗斯联邦联合声明》",
      });
    expect(questionFlags(mcq("阅读原文，选择填入括号的一项：中俄两国元首签署并发表（    ）。"))).toContain("answer-leak");
    expect(questionFlags(mcq("阅读原文，选择填入括号的一项：2031年，两国元首签署并发表（    ）。"))).not.toContain("answer-leak");
  });
});

describe("sample r13-sources-1 rules", () => {
  it("the count of one-character countries listed with 、 before the blank gives it away", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "2031年，哈、乌、吉（    ）元首签署了《某条约》。 括号中应是什么？", back: "三国" }))).toContain("answer-leak");
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "2031年，哈、乌（    ）元首签署了《某条约》。 括号中应是什么？", back: "三国" }))).not.toContain("answer-leak");
  });
  it("a preposition cut into the answer", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "为双方携手推进共同现代化、（    ）方向砥砺前行提供了遵循。 括号中应是什么？", back: "朝着甲乙命运共同体" }))).toContain("artefact:answer-edge");
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "双方携手构建（    ）。 括号中应是什么？", back: "甲乙命运共同体" }))).not.toContain("artefact:answer-edge");
  });
});

describe("sample r13-unseen-6 rules", () => {
  it("a quoted count label with the list after 即, and a blank before 总领事", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "双方重点推进（    ）合作，即基础设施、能源矿产、农业和数字经济。 括号中应是什么？", back: "“四个领域”" }))).toContain("answer-leak");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：____總領事在接受本報專訪時形容兩國關係。", answer: "泰國駐港" }))).toContain("artefact:answer-edge");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：____在接受本報專訪時形容兩國關係。", answer: "泰國駐港總領事" }))).not.toContain("artefact:answer-edge");
  });
});

describe("sample r13-unseen-7 rules", () => {
  it("a speaker's self-correction reads as what he settled on; an English gloss after 就是 goes", () => {
    expect(tidyShown("然后两千零三十五年，不对，是两千零三十七年五月，甲国总统来北京。")).toBe("然后两千零三十七年五月，甲国总统来北京。");
    expect(tidyShown("特许经营期是三十年，不对，是二十七年。")).toBe("特许经营期是二十七年。");
    expect(tidyShown("运送集装箱两百七十多万个标准箱，就是TEU。")).toBe("运送集装箱两百七十多万个标准箱。");
    expect(tidyShown("坚持不结盟、不对抗、不针对第三方的原则。")).toBe("坚持不结盟、不对抗、不针对第三方的原则。");
    expect(tidyShown("截至2031年五月，就是通车七周年的时候。")).toBe("截至2031年五月，就是通车七周年的时候。");
  });
  it("an answer that alone opens on a verb gives itself away in an mcq", () => {
    const mcq = (o: string) => q({ type: "mcq", prompt: "阅读原文，选择填入括号的一项：甲国总统倡议（    ）。", options: ["甲银行", "乙银行", o, "筹建丁银行"], answer: "筹建丁银行" });
    expect(questionFlags(mcq("丙银行"))).toContain("answer-leak");
    expect(questionFlags(mcq("设立丙基金"))).not.toContain("answer-leak");
  });
  it("no clause, no pair of actors, no verb-led name among the options", () => {
    const ds = pickDistractors(["未来三年培养200名港口", "资金主要来自某银行", "甲国与乙进出口银行", "筹建丙银行", "丁港口", "戊港口", "己港口"], "庚港口", 3, "s");
    expect(ds).not.toBeNull();
    expect(ds!.some((d) => /培养|资金|与|筹建/u.test(d))).toBe(false);
  });
});

describe("sample r13-unseen-8 rules", () => {
  it("a blank that leaves 有限责任公司 outside; a notice's label", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：2031年，甲港开工，由____有限责任公司承建。", answer: "中国甲乙工程" }))).toContain("artefact:answer-edge");
    expect(tidyShown("根据原文填空：发布一条消息：应甲国政府邀请，外交部长将于____访问甲国。")).toBe("根据原文填空：应甲国政府邀请，外交部长将于____访问甲国。");
    expect(tidyShown("他在会上发布了一条重要消息。")).toBe("他在会上发布了一条重要消息。");
  });
});

describe("sample r13-unseen-9 rules", () => {
  it("a chronology's row under a date in Chinese numerals opening on 同意 has no subject", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "二〇三一年十一月同意構建（    ）。 括號中應是什麼？", back: "甲乙命運共同體" }))).toContain("dangling-reference");
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "二〇三一年十一月，甲乙兩國同意構建（    ）。 括號中應是什麼？", back: "甲乙命運共同體" }))).not.toContain("dangling-reference");
  });
  it("an anniversary of 建交 with no country named", () => {
    expect(questionFlags(q({ type: "mcq", prompt: "建交五十周年是在哪一年？", options: ["2030年", "2031年", "2032年", "2035年"], answer: "2035年" }))).toContain("dangling-reference");
    expect(questionFlags(q({ type: "mcq", prompt: "中泰建交五十周年是在哪一年？", options: ["2030年", "2031年", "2032年", "2035年"], answer: "2035年" }))).not.toContain("dangling-reference");
  });
});

describe("sample r13-unseen-10 rules", () => {
  it("a generic document type is no answer", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：中方与某委员会秘书处于2031年签署了____，双方开展联合研究。", answer: "合作谅解备忘录" }))).toContain("ambiguous-blank");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：中方与某委员会秘书处于2031年签署了____，双方开展联合研究。", answer: "甲乙水资源合作谅解备忘录" }))).not.toContain("ambiguous-blank");
  });
  it("an anniversary stated under a year with no country", () => {
    expect(questionFlags(q({ type: "true_false", prompt: "判斷正誤：2035年，建交五十周年。", answer: true }))).toContain("dangling-reference");
    expect(questionFlags(q({ type: "true_false", prompt: "判斷正誤：2035年，中泰建交五十周年。", answer: true }))).not.toContain("dangling-reference");
  });
  it("a count label after the list it counts (以甲、乙、丙为“（    ）”)", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：以能源、交通、农业为“____”。", answer: "三大领域" }))).toContain("answer-leak");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：以能源、交通为“____”。", answer: "三大领域" }))).not.toContain("answer-leak");
  });
});
