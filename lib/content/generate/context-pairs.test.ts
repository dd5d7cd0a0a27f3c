/**
 * Unnamed pairs in context: 两国/双方/三国 (and their traditional forms) named from the text around or
 * the document's title, and when they stay unnamed.
 */
import { describe, expect, it } from "vitest";
import { date, fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import type { Corpus } from "../types";
import { generateBank } from "./bank";
import { framePairs } from "./builders/agreement-owners";
import { dateEvent } from "./builders/date";
import { buildContext, passageOf } from "./context";
import type { DateFact } from "./model";
import { longLabel, partnerLabel, UNNAMED_PAIR, withInnerPairNamed, withPairNamed } from "./parties";
import { questionFlags, unnamedCountries } from "./selfcheck";
import { figure } from "./test-helpers";
import { actorsOf, shortCountryOf, withNamedActors } from "./tidy";
import { testQuestion as q } from "@/tests/support/question";

describe("the pair of an unnamed 两国/双方", () => {
  it("is the one country other than China a text names", () => {
    expect(partnerLabel("中泰两国是近邻。")).toBe("中泰");
    expect(partnerLabel("中国同新西兰的关系不断发展。")).toBe("中国和新西兰");
    // a pair written 中巴 and the full name it begins are one country
    expect(partnerLabel("巴西总统访华，中巴关系迈上新台阶。")).toBe("中巴");
    expect(partnerLabel("泰国与越南签署协议。")).toBeUndefined(); // China not named
    expect(partnerLabel("中国同泰国、越南合作。")).toBeUndefined(); // two partners
    expect(partnerLabel("中方在会上发言。")).toBeUndefined(); // no partner
    // a region or group beside the country: "双方" may be China and the group
    expect(partnerLabel("中国同南亚国家携手合作，泰国外债中来自中国的贷款约占一成。")).toBeUndefined();
    expect(partnerLabel("首届中国—海合会峰会在泰国举行。")).toBeUndefined();
    expect(partnerLabel("中国同泰国建立中海伙伴关系。")).toBeUndefined();
    // the 美国 inside "拉美国家" is no second country; a forum named by its region ("亚太经合组织") is no side
    expect(partnerLabel("乌拉圭是第一个同中国签署北川协定的拉美国家。")).toBe("中国和乌拉圭");
    expect(partnerLabel("中国同乌拉圭在亚太经合组织会议期间举行会谈。")).toBe("中国和乌拉圭");
    expect(partnerLabel("中国同乌拉圭、美国合作。")).toBeUndefined();
    // the 西亚 inside a country's name ("马来西亚") is no region
    expect(partnerLabel("中国同马来西亚签署北川协定。")).toBe("中国和马来西亚");
    expect(partnerLabel("中国同马来西亚、西亚国家签署北川协定。")).toBeUndefined();
  });

  it("is taken from the sentence before, else from the document's opening", () => {
    const d = makeDoc("doc_p", "中泰关系概览", "中泰友好源远流长。2031年5月，两国签署《北陆合作协定》。\n\n2033年，双方举办友好年活动。");
    const a = fact(d, "agreement", "北陆合作协定", { name: "北陆合作协定", category: "document", type: "协定", parties: [] } as never);
    const y = fact(d, "date", "2033年", date("2033", "year", "2033年", "双方举办友好年活动") as never);
    const ctx = buildContext({ documents: [d], facts: [a, y] });
    expect(passageOf(ctx, a).text).toBe("2031年5月，中泰两国签署《北陆合作协定》。");
    expect(passageOf(ctx, a).dangling).toBe(false);
    const p = passageOf(ctx, y);
    expect(p.text).toBe("2033年，中泰双方举办友好年活动。");
    expect(p.text.slice(p.key!.start, p.key!.end)).toBe("2033年");
    expect(dateEvent(y as DateFact, ctx)).toBe("中泰双方举办友好年活动");
  });

  it("is taken from the lines of the same bulleted list before it", () => {
    const d = makeDoc("doc_l", "对外关系大事记", "本页列出多年来的大事。\n\n▶ 2031年1月，中国与泰国签署《北川协定》\n\n▶ 2033年5月，两国发表《南川宣言》");
    const a = fact(d, "agreement", "南川宣言", { name: "南川宣言", category: "document", type: "宣言", parties: [] } as never);
    expect(passageOf(buildContext({ documents: [d], facts: [a] }), a).text).toMatch(/中国和泰国两国发表《南川宣言》/u);
    // (a line with no bullet does not read on from the list)
    const e = makeDoc("doc_l2", "对外关系大事记", "本页列出多年来的大事。\n\n▶ 2031年1月，中国与泰国签署《北川协定》\n\n2033年5月，两国发表《南川宣言》");
    const b = fact(e, "agreement", "南川宣言", { name: "南川宣言", category: "document", type: "宣言", parties: [] } as never);
    expect(passageOf(buildContext({ documents: [e], facts: [b] }), b).text).not.toMatch(/中国和泰国两国/u);
  });

  it("is not guessed when the sentence before names two partners", () => {
    const d = makeDoc("doc_q", "中泰关系概览", "中泰友好源远流长。\n\n泰国和越南是邻国，中国同越南也是邻国。2031年5月，两国签署《南川合作协定》。");
    const a = fact(d, "agreement", "南川合作协定", { name: "南川合作协定", category: "document", type: "协定", parties: [] } as never);
    const ctx = buildContext({ documents: [d], facts: [a] });
    expect(passageOf(ctx, a).text).not.toMatch(/(?:中泰|中越)两国/u);
  });

  it("is named when the only party the sentence shows is inside the key to be blanked", () => {
    const d = makeDoc("doc_k2", "中泰关系概览", "中泰友好源远流长。两国在北陆合作、东盟—中国（10+1）合作等多边框架内保持密切协调。");
    const f = fact(d, "agreement", "东盟—中国（10+1）合作", { name: "东盟—中国（10+1）合作", category: "mechanism", type: "合作", parties: ["中国"] } as never);
    expect(passageOf(buildContext({ documents: [d], facts: [f] }), f).text).toMatch(/^中泰两国在北陆合作/u);
  });

  it("is not named when the key itself names the pair (the label would give the blank away)", () => {
    const d = makeDoc("doc_k3", "中泰关系概览", "中泰友好源远流长。双方可以在农业等领域挖掘合作潜力，用好“中泰自贸协定”升级成果。");
    const f = fact(d, "agreement", "中泰自贸协定", { name: "中泰自贸协定", category: "document", type: "协定", parties: ["中国", "泰国"] } as never);
    expect(passageOf(buildContext({ documents: [d], facts: [f] }), f).text).not.toMatch(/中泰双方/u);
  });

  it("is written out in full when the key names the pair by its short label and the document names the country", () => {
    const d = makeDoc("doc_k4", "中泰关系概览", "泰国总理访问北陆市。2031年5月，两国签署《中泰北川合作协定》。");
    const f = fact(d, "agreement", "中泰北川合作协定", { name: "中泰北川合作协定", category: "document", type: "协定", parties: ["中国", "泰国"] } as never);
    expect(passageOf(buildContext({ documents: [d], facts: [f] }), f).text).toBe("2031年5月，中国和泰国两国签署《中泰北川合作协定》。");
    // a trio as well
    const t = makeDoc("doc_k5", "中日韩合作概览", "日本和韩国外长访问北陆市。2031年5月，三国签署《中日韩北川合作协定》。");
    const g = fact(t, "agreement", "中日韩北川合作协定", { name: "中日韩北川合作协定", category: "document", type: "协定", parties: ["中国", "日本", "韩国"] } as never);
    expect(passageOf(buildContext({ documents: [t], facts: [g] }), g).text).toBe("2031年5月，中国、日本和韩国三国签署《中日韩北川合作协定》。");
  });

  it("is not written out when the document names two countries the short label may stand for, or a group", () => {
    const d = makeDoc("doc_k6", "中新关系概览", "新加坡和新西兰总理访问北陆市。2031年5月，两国签署《中新北川合作协定》。");
    const f = fact(d, "agreement", "中新北川合作协定", { name: "中新北川合作协定", category: "document", type: "协定", parties: ["中国"] } as never);
    expect(passageOf(buildContext({ documents: [d], facts: [f] }), f).text).not.toMatch(/中国和新/u);
    expect(longLabel("阿联酋外长访问北陆市。", "中阿")).toBeUndefined();
    expect(longLabel("阿联酋外长访问北陆市。", "中阿联")).toBeUndefined();
  });

  it("is not named when a bare 协定 is left unnamed beside it", () => {
    const d = makeDoc("doc_u", "中泰关系概览", "中泰友好源远流长。根据协定，双方的零关税税目比例为80%左右。");
    const f = fact(d, "figure", "80%", { number: 80, unit: "%", text: "80%" } as never);
    const ctx = buildContext({ documents: [d], facts: [f] });
    expect(passageOf(ctx, f).text).not.toMatch(/中泰双方/u);
  });

  it("gives the date of an unnamed pair's event a question that names the pair", () => {
    const d = makeDoc("doc_r", "中泰关系概览", "中泰友好源远流长。2031年5月，两国建立全面合作伙伴关系。");
    const y = fact(d, "date", "2031年5月", date("2031-05", "month", "2031年5月", "两国建立全面合作伙伴关系") as never);
    const other = ["2025", "2026", "2027", "2028", "2029", "2030", "2032", "2033"].map((yr) => {
      const dd = makeDoc(`doc_${yr}`, "其他", `${yr}年，甲国举办博览会。`);
      return { d: dd, f: fact(dd, "date", `${yr}年`, date(yr, "year", `${yr}年`, "甲国举办博览会") as never) };
    });
    const c: Corpus = { documents: [d, ...other.map((o) => o.d)], facts: [y, ...other.map((o) => o.f)] };
    const mcq = generateBank(c).bank.questions.find((q) => q.type === "mcq" && q.factIds.includes(y.id));
    expect(mcq?.prompt).toBe("中泰两国建立全面合作伙伴关系是在什么时候？");
  });
});

describe("an unnamed 三国", () => {
  it("is named by the trio the text writes before it, and never before a key that is the 三国 itself", () => {
    const d = makeDoc("doc_t3", "中日韩合作二十年", "中日韩合作始于东盟框架。2031年5月，三国签署《北陆投资协定》。三国卫生部长会议每年举行一次，讨论公共卫生合作议题。");
    const a = fact(d, "agreement", "北陆投资协定", { name: "北陆投资协定", category: "document", type: "协定", parties: [] } as never);
    const m = fact(d, "agreement", "三国卫生部长会议", { name: "三国卫生部长会议", category: "mechanism", type: "会议", parties: [] } as never);
    const ctx = buildContext({ documents: [d], facts: [a, m] });
    expect(passageOf(ctx, a).text).toBe("2031年5月，中日韩三国签署《北陆投资协定》。");
    expect(passageOf(ctx, m).text).not.toMatch(/中日韩三国卫生/u);
  });
});

describe("a traditional text's unnamed pair", () => {
  it("is named by the pair the text around names, in the text's own characters", () => {
    const body = "中智關係發展順利。二〇三一年四月，雙方宣佈建立全面戰略夥伴關係，為兩國合作帶來新的機遇。";
    const d = makeDoc("doc_tw13", "中國智利關係", body);
    const f = fact(d, "date", "二〇三一年四月", date("2031-04", "month", "二〇三一年四月", "雙方宣佈建立全面戰略夥伴關係") as never);
    expect(dateEvent(f as DateFact, buildContext({ documents: [d], facts: [f] }))).toBe("中智雙方宣佈建立全面戰略夥伴關係");
  });

  it("stays unasked when the text around names no pair", () => {
    const body = "兩國關係發展順利。二〇三一年四月，雙方宣佈建立全面戰略夥伴關係，為兩國合作帶來新的機遇。";
    const d = makeDoc("doc_tw13b", "關係回顧", body);
    const f = fact(d, "date", "二〇三一年四月", date("2031-04", "month", "二〇三一年四月", "雙方宣佈建立全面戰略夥伴關係") as never);
    expect(dateEvent(f as DateFact, buildContext({ documents: [d], facts: [f] }))).toBeUndefined();
  });
});

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

describe("雙方/兩國 in traditional script", () => {
  it("take the pair the text before names", () => {
    expect(UNNAMED_PAIR.test("二〇三一年八月，雙方發表聯合公報")).toBe(true);
    expect(withPairNamed("二〇三一年八月，雙方發表聯合公報", "中甲")?.text).toBe("二〇三一年八月，中甲雙方發表聯合公報");
    expect(withPairNamed("兩國關係良好", "中甲")).toBeUndefined();
  });
});

describe("a partner written by one ambiguous character", () => {
  const doc = "中斯关系源远流长。斯里兰卡是友好邻邦。中斯合作不断深化。斯里兰卡总统访华。中斯两国发表声明。";
  it("is found when the pair is written three times and the full name twice", () => {
    expect(shortCountryOf(doc)).toEqual(["斯", "斯里兰卡"]);
    expect(shortCountryOf("中斯关系。中斯合作。斯里兰卡。")).toBeUndefined();
    expect(shortCountryOf("中土关系。中土合作。中土两国。土耳其和土库曼斯坦，土耳其，土库曼斯坦。")).toBeUndefined();
  });
  it("stands for the full name where it stands alone", () => {
    const actors = actorsOf("中斯关系", doc);
    expect(withNamedActors("2031年，甲主席对斯进行国事访问，中方向斯方提供援助，赴斯游客增长。", actors)).toBe("2031年，甲主席对斯里兰卡进行国事访问，中方向斯里兰卡方提供援助，赴斯里兰卡游客增长。");
    expect(withNamedActors("俄罗斯方面表示，斯里兰卡政府欢迎。", actors)).toBe("俄罗斯方面表示，斯里兰卡政府欢迎。");
    expect(withNamedActors("截至2031年底，中国对斯直接投资约10亿美元，在斯中资企业超过百家。", actors)).toBe("截至2031年底，中国对斯里兰卡直接投资约10亿美元，在斯里兰卡中资企业超过百家。");
  });
});

describe("a 两国 subject acting in another pair's frame", () => {
  it("names the frame's pair, which the 两国 is not", () => {
    expect([...framePairs("2030年，两国宣布在中非合作论坛框架内建立战略伙伴关系。")]).toEqual(["非"]);
    expect([...framePairs("双方同意在中欧合作机制下深化交流。")]).toEqual(["欧"]);
  });
  it("finds none when the pair is the subject's own or there is no frame", () => {
    expect(framePairs("中俄两国宣布建立全面战略协作伙伴关系。").size).toBe(0);
    expect(framePairs("中非合作论坛框架内，甲国与中国建立战略伙伴关系。").size).toBe(0);
  });
});

describe("countries counted, never named", () => {
  it("flags 两国/三国 with no country in the text", () => {
    expect(unnamedCountries("两国元首签署了（    ），并见证了12项合作文件的签署。")).toBe(true);
    expect(unnamedCountries("2001年3月，三国领导人首次单独举行会议。")).toBe(true);
    expect(unnamedCountries("判断正误：2001年3月，三国领导人首次单独举行会议。")).toBe(true);
  });
  it("keeps a text that names them", () => {
    expect(unnamedCountries("中蒙两国于2001年建立全面伙伴关系。")).toBe(false);
    expect(unnamedCountries("2001年，两国元首在某城发表中美联合声明。")).toBe(false);
    expect(unnamedCountries("某某斯坦方面表示，两国将于明年举办文化年。")).toBe(false);
    expect(unnamedCountries("某主席访问甲国并出席纪念活动，两国签署联合宣言。")).toBe(false);
    expect(unnamedCountries("2001年，两国签署（    ），这是某某岛国对外签署的第一个自贸协定。")).toBe(false);
    expect(unnamedCountries("双方同意加强合作。")).toBe(false);
  });
  it("drops the question", () => {
    const flags = questionFlags(q({ type: "cloze", prompt: "根据原文填空：2001年3月，两国元首签署了____。", answer: "《甲乙友好条约》" }));
    expect(flags).toContain("dangling-reference");
  });
});

describe("a pair the text writes by its short label before 两国", () => {
  it("is not named again, though the vocabulary does not know the short form", () => {
    const d = makeDoc("doc_pair_short", "测试文献", "孟加拉国总统访华，中孟关系迈上新台阶。\n\n由中孟两国企业合资建设的北川电站于2031年全面建成投产。");
    const f = fact(d, "date", "2031年", date("2031", "year", "2031年", "全面建成投产") as never);
    const p = passageOf(buildContext({ documents: [d], facts: [f] }), f);
    expect(p.text).toContain("由中孟两国企业");
    expect(p.text).not.toContain("中孟中孟");
  });
});
