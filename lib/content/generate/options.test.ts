/**
 * Options: distractors of the answer's own kind and script, options of another kind, also-true options,
 * orderings, timelines and matchings.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import { generateBank } from "./bank";
import { documentFamily, usableAgreement } from "./builders/agreement-names";
import { ownerlessTitle } from "./builders/agreement-owners";
import { arrowRow, arrowRuns } from "./builders/arrows";
import { foreignPair, pairsIn } from "./builders/common";
import { countedIn, itemDistractorPool, itemsFitForOptions, opposedTerms, sameKindHead } from "./builders/concept";
import { itemDescription, numberedItems } from "./builders/items";
import { mixedScripts } from "./builders/script";
import { bareShortTitle, nonEvent, sameEvent, unnamedOption } from "./builders/sets";
import { buildContext } from "./context";
import { pickDistractors } from "./distractors";
import { answerEchoed, questionFlags } from "./selfcheck";
import { corpusOf, doc, entity } from "./test-helpers";
import { tidyShown } from "./tidy";
import { testQuestion as q } from "@/tests/support/question";

describe("options written in two scripts", () => {
  it("are told apart from options in one", () => {
    expect(mixedScripts(["东盟", "東盟", "欧盟", "非盟"])).toBe(true);
    expect(mixedScripts(["中老鐵路", "中巴经济走廊", "匈塞铁路"])).toBe(true);
    expect(mixedScripts(["中老鐵路", "泛亞鐵路", "曼谷"])).toBe(false);
    expect(mixedScripts(["中老铁路", "泛亚铁路", "曼谷"])).toBe(false);
    // 系, 划, 于, 后 are written in both scripts
    expect(mixedScripts(["關係", "系列", "計劃", "划船", "于是", "後來", "皇后"])).toBe(false);
  });

  it("make no question: a traditional name among simplified ones gives itself away", () => {
    const tw = makeDoc("doc_tw3", "北陸南川關係", "二〇三一年，北陸與南川建立全面戰略合作夥伴關係，這是兩國關係的新階段，為雙方帶來了新的發展機會。");
    const f = fact(tw, "agreement", "全面戰略合作夥伴關係", { name: "全面戰略合作夥伴關係", category: "partnership", type: "伙伴关系", parties: [] } as never);
    const cn = makeDoc("doc_cn3", "北陆南川关系", "2031年，北陆与东川建立全面战略伙伴关系，双方关系进入新阶段。");
    const g = fact(cn, "agreement", "全面战略伙伴关系", { name: "全面战略伙伴关系", category: "partnership", type: "伙伴关系", parties: [] } as never);
    const qs = generateBank({ documents: [tw, cn], facts: [f, g] }).bank.questions;
    expect(qs.some((q) => q.factIds.includes(f.id))).toBe(true);
    for (const q of qs) expect(mixedScripts([...(q.options ?? []), ...(q.pairs ?? []).flat()]), q.id).toBe(false);
  });
});

describe("lines of notes that map one thing to another (甲→乙)", () => {
  const NOTES = ["合作机制", "2031年利马峰会→“五大行动”", "2033年圣地亚哥部长级会议→“六项工程”", "2035年利马峰会→“七大伙伴行动”", "其他"].join("\n");

  it("are read as rows in runs of three or more, distinct on both sides", () => {
    expect(arrowRow("2031年利马峰会→“五大行动”")).toEqual({ line: "2031年利马峰会→“五大行动”", left: "2031年利马峰会", right: "“五大行动”" });
    expect(arrowRow("→智利是第一个同中国建交的南美国家")).toBeUndefined();
    expect(arrowRow("中智文化年＝建交60周年→纪念活动")).toBeUndefined();
    expect(arrowRow("签约项目：12个→15个")).toBeUndefined();
    expect(arrowRuns(NOTES).map((r) => r.length)).toEqual([3]);
    expect(arrowRuns("甲国峰会→“五大行动”\n乙国峰会→“六项工程”")).toEqual([]);
    expect(arrowRuns("甲国峰会→“五大行动”\n乙国峰会→“五大行动”\n丙国峰会→“六项工程”")).toEqual([]);
  });

  it("make a matching that tests the agreements named on the rows", () => {
    const d = makeDoc("doc_ar13", "中智关系复习提纲", NOTES.replace(/\n/gu, "\n\n"));
    const f = fact(d, "agreement", "利马峰会", { name: "利马峰会", category: "mechanism", type: "峰会", parties: [], date: "2031" } as never);
    const m = generateBank({ documents: [d], facts: [f] }).bank.questions.find((q) => q.type === "matching" && q.factIds.includes(f.id));
    expect(m?.pairs).toEqual([
      ["2031年利马峰会", "“五大行动”"],
      ["2033年圣地亚哥部长级会议", "“六项工程”"],
      ["2035年利马峰会", "“七大伙伴行动”"],
    ]);
  });
});

describe("numbered items of notes with lines about each", () => {
  const NOTES = [
    "四、重点项目",
    "①智利铜业合作区（简称“铜区”）",
    "某公司运营，铜区起步区面积2平方公里",
    "截至2031年底，吸引企业80余家，实际投资额超过9亿美元",
    "②利马中央商务区",
    "中国企业承建，标志塔高300米",
    "③圣地亚哥轻轨",
    "2032年7月通车，全长约40公里，智利首条电气化轻轨",
    "④智利一号卫星",
    "⑤中智职业学院（2033年揭牌）",
    "五、经贸数据：",
  ].join("\n\n");

  it("are read in order with up to two lines each, until another part of the text", () => {
    const runs = numberedItems(NOTES);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.map((i) => i.name)).toEqual(["智利铜业合作区", "利马中央商务区", "圣地亚哥轻轨", "智利一号卫星", "中智职业学院"]);
    expect(runs[0]![0]!.details).toHaveLength(2);
    expect(runs[0]![3]!.details).toEqual([]);
    expect(numberedItems("①甲项目\n\n某公司承建\n\n③乙项目\n\n某公司运营")).toEqual([]);
  });

  it("are described by clauses that share no word with the item line", () => {
    const [run] = numberedItems(NOTES);
    // "铜区" is in the item's own bracket: the first line would give the pair away
    expect(itemDescription(run![0]!)).toBe("截至2031年底，吸引企业80余家，实际投资额超过9亿美元");
    expect(itemDescription(run![2]!)).toBe("2032年7月通车，全长约40公里");
    expect(itemDescription(run![3]!)).toBeUndefined();
  });

  it("make a matching of names to descriptions that tests the agreements the item lines name", () => {
    const d = makeDoc("doc_it13", "中智关系复习提纲", NOTES);
    const f = fact(d, "agreement", "利马中央商务区", { name: "利马中央商务区", category: "project", type: "商务区", parties: [] } as never);
    const short = fact(d, "agreement", "铜区", { name: "铜区", category: "project", type: "合作区", parties: [] } as never);
    const m = generateBank({ documents: [d], facts: [f, short] }).bank.questions.find((q) => q.type === "matching" && q.factIds.includes(f.id));
    expect(m?.pairs).toEqual([
      ["智利铜业合作区", "截至2031年底，吸引企业80余家，实际投资额超过9亿美元"],
      ["利马中央商务区", "中国企业承建，标志塔高300米"],
      ["圣地亚哥轻轨", "2032年7月通车，全长约40公里"],
    ]);
    // the short form in the bracket is not shown, so not tested
    expect(m?.factIds).not.toContain(short.id);
  });
});

describe("options of another kind", () => {
  it("documents only against their family", () => {
    expect(documentFamily("海港合作条约")).toBe(documentFamily("山地保护协定"));
    expect(documentFamily("海港合作宣言")).toBe(documentFamily("两国联合声明"));
    expect(documentFamily("北陆国工业发展战略2035")).toBe(documentFamily("南川国2020—2040年发展规划"));
    expect(documentFamily("北陆国工业发展战略（2020—2030）")).toBe("plan");
    expect(documentFamily("海港合作条约")).not.toBe(documentFamily("北陆国工业发展战略2035"));
  });

  it("a community only against communities of the same modifier", () => {
    expect(sameKindHead("北陆经济共同体", "南川经济共同体")).toBe(true);
    expect(sameKindHead("北陆经济共同体", "地区安全共同体")).toBe(false);
    expect(sameKindHead("和平原则", "地区安全共同体")).toBe(false);
    expect(sameKindHead("和平原则", "合作精神")).toBe(true);
  });

  it("no option names a country pair the passage and the answer do not", () => {
    expect([...pairsIn("中俄还举办了中俄科技年")]).toEqual(["俄"]);
    expect(pairsIn("中国与中心城市").size).toBe(0);
    expect(foreignPair("中非文化交流年", "中俄还举办了中俄科技年和（    ）。", "中俄青年交流年")).toBe(true);
    expect(foreignPair("地方合作交流年", "中俄还举办了中俄科技年和（    ）。", "中俄青年交流年")).toBe(false);
    expect(foreignPair("中俄媒体交流年", "中俄还举办了中俄科技年和（    ）。", "中俄青年交流年")).toBe(false);
  });
});

describe("a counted label whose sentence states the count", () => {
  it("takes only labels of that count as distractors", () => {
    expect(countedIn("六个坚持", "强调坚持甲、坚持乙……六项原则，即“（    ）”。")).toBe("六");
    expect(countedIn("六个坚持", "双方同意落实“（    ）”。")).toBeUndefined();
    expect(countedIn("和平原则", "六项原则")).toBeUndefined();
  });

  it("makes no mcq when the corpus has no label of that count", () => {
    const body = "北陆国提出合作倡议，强调坚持平等、坚持开放、坚持包容三项原则，即“三个坚持”。南川国提出“四个坚持”。东屿国提出“五大走廊”。西原国提出“两大支柱”。";
    const c = corpusOf(body, (d) => [
      fact(d, "concept", "三个坚持", { term: "三个坚持", category: "slogan" }),
      fact(d, "concept", "四个坚持", { term: "四个坚持", category: "slogan" }),
      fact(d, "concept", "五大走廊", { term: "五大走廊", category: "slogan" }),
      fact(d, "concept", "两大支柱", { term: "两大支柱", category: "slogan" }),
    ]);
    const { bank } = generateBank(c);
    const q = bank.questions.find((q) => q.type === "mcq" && q.prompt.includes("三项原则"));
    expect(q).toBeUndefined();
    expect(bank.questions.some((q) => q.type === "flashcard" && q.prompt.includes("三项原则"))).toBe(true);
  });
});

describe("distractors in the other script", () => {
  it("are not offered against a simplified answer", () => {
    const picked = pickDistractors(["北陆合作", "戰略性合作", "南川合作", "东山合作", "西河合作"], "中泰合作", 3, "s", { window: 5 });
    expect(picked).not.toBeNull();
    expect(picked).not.toContain("戰略性合作");
  });
  it("are offered against a traditional answer", () => {
    const picked = pickDistractors(["北陸會議", "南川會議", "東山會議"], "西河會議", 3, "s");
    expect(picked).toHaveLength(3);
  });
});

describe("generic names as distractors", () => {
  it("are not offered", () => {
    const picked = pickDistractors(["中国铁路", "全国铁路", "全球金融机构", "北陆铁路", "南川铁路", "东山铁路"], "西河铁路", 3, "s", { window: 6 });
    expect(picked).not.toBeNull();
    expect(picked!.filter((p) => /^(?:中国|全国|全球)/u.test(p))).toEqual([]);
  });
});

describe("distractors that are the answer in disguise or a dateline's leftover", () => {
  it("skips the pair written the other way round and 电 + a country", () => {
    const picked = pickDistractors(["泰中铁路", "电泰国铁路", "北陆铁路", "南川铁路", "东山铁路"], "中泰铁路", 3, "s", { window: 5 });
    expect(picked).not.toBeNull();
    expect(picked).not.toContain("泰中铁路");
    expect(picked).not.toContain("电泰国铁路");
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

describe("a title cut with its 包括, or one that names no one, is no option", () => {
  it("包括……在内", () => {
    const d = makeDoc("r15a_4", "北陆", "2031年5月，两国签署了包括海运合作谅解备忘录在内的12项合作文件。");
    expect(usableAgreement(doc(d, "包括海运合作谅解备忘录", ["甲国", "乙国"], "2031-05"))).toBe(false);
    expect(usableAgreement(doc(d, "海运合作谅解备忘录", ["甲国", "乙国"], "2031-05"))).toBe(true);
  });
  it("a title that says only what the document is about, a numbered resolution, a pair's document", () => {
    const d = makeDoc(
      "r15a_5",
      "北陆",
      "2031年4月，两国签署《关于建立战略伙伴关系的联合宣言》。2032年3月，双方签署《货物中转协定》。此前理事会已于2033年8月通过第1234号决议。2034年6月，北陆峰会在西岭举行，各国签署《西岭宣言》。2035年7月，甲国与乙国签署《甲乙海运协定》。",
    );
    const ctx = buildContext({ documents: [d], facts: [] });
    expect(ownerlessTitle(ctx, doc(d, "关于建立战略伙伴关系的联合宣言", ["乙国"], "2031-04"))).toBe(true);
    expect(ownerlessTitle(ctx, doc(d, "货物中转协定", [], "2032-03"))).toBe(true);
    expect(ownerlessTitle(ctx, doc(d, "第1234号决议", ["甲国"], "2033-08"))).toBe(true);
    expect(ownerlessTitle(ctx, doc(d, "西岭宣言", [], "2034-06"))).toBe(false);
    expect(ownerlessTitle(ctx, doc(d, "甲乙海运协定", ["甲国", "乙国"], "2035-07"))).toBe(false);
  });
});

describe("an option of a timeline drawn from many documents", () => {
  it("is refused when a bare section or a short-form pair leads it", () => {
    expect(unnamedOption("甲国段签署总承包合同")).toBe(true);
    expect(unnamedOption("丙城至丁城段完工")).toBe(true);
    expect(unnamedOption("乙国段全线开工")).toBe(true);
    expect(unnamedOption("斯中合作在甲市举行论坛")).toBe(true);
    expect(unnamedOption("甲乙铁路甲国段签署总承包合同")).toBe(false);
    expect(unnamedOption("中俄两国签署联合声明")).toBe(false);
  });
  it("is refused when it is no event", () => {
    expect(nonEvent("甲部网站发布")).toBe(true);
    expect(nonEvent("某数据研究中心发布")).toBe(true);
    expect(nonEvent("甲乙两国间旅游往来明显恢复")).toBe(true);
    expect(nonEvent("丙国宣布建立某伙伴关系就是一例")).toBe(true);
    expect(nonEvent("甲部发布《乙白皮书》")).toBe(false);
    expect(nonEvent("甲乙两国恢复外交关系")).toBe(false);
  });
});

describe("a matching row's title", () => {
  it("is refused when it is only a year and its kind", () => {
    expect(bareShortTitle("《2030年协定》")).toBe(true);
    expect(bareShortTitle("2030年的条约")).toBe(true);
    expect(bareShortTitle("《甲乙2030年文化合作计划》")).toBe(false);
    expect(bareShortTitle("《甲乙两国关于某事的2030年协定》")).toBe(false);
  });
});

describe("term distractors", () => {
  it("share a whole head word, not one character", () => {
    const body = [
      "2031年，东屿国正式加入，北陆国由此成为“海港联盟国”。",
      "南川国是全球“三大出口国”之一。",
      "旅客凭“一证通行十国”出行。",
      "西原国被列为“重点伙伴国”。",
      "北陆国是“第二大贸易国”。",
    ].join("");
    const c = corpusOf(body, (d) =>
      ["海港联盟国", "三大出口国", "一证通行十国", "重点伙伴国", "第二大贸易国"].map((t) => fact(d, "concept", t, { term: t, category: "slogan" })),
    );
    const { bank } = generateBank(c);
    const q = bank.questions.find((q) => q.type === "mcq" && q.answer === "海港联盟国");
    expect(q).toBeUndefined();
  });

  it("what the text opposes is never offered for what it upholds", () => {
    // (an upheld term of the invented prose: a generic one, "多边主义", is a formula no blank asks: builders/formulas.ts)
    const body = [
      "两国共同打击恐怖主义、分裂主义、极端主义“三股势力”。",
      "北陆国积极维护与践行“协商主义”，推动地区合作。",
      "南川国倡导“人道主义”，开展医疗援助。",
      "东屿国奉行“现实主义”，重视经济合作。",
      "西原国坚持“理想主义”，参与国际事务。",
      "中原国秉持“实用主义”，推进基础设施建设。",
    ].join("");
    const c = corpusOf(body, (d) => [
      fact(d, "concept", "恐怖主义、分裂主义、极端主义", { term: "三股势力", category: "enumeration", items: ["恐怖主义", "分裂主义", "极端主义"], count: 3 }),
      ...["协商主义", "人道主义", "现实主义", "理想主义", "实用主义"].map((t) => fact(d, "concept", t, { term: t, category: "slogan" })),
    ]);
    const opposed = opposedTerms(buildContext(c));
    expect(opposed.has("恐怖主义")).toBe(true);
    expect(opposed.has("协商主义")).toBe(false);
    const { bank } = generateBank(c);
    const q = bank.questions.find((q) => q.type === "mcq" && q.answer === "协商主义");
    expect(q).toBeDefined();
    for (const o of q!.options!) expect(["恐怖主义", "分裂主义", "极端主义"]).not.toContain(o);
  });
});

describe("distractors, second round", () => {
  it("an option naming another partner than the passage's is ruled out by the passage", () => {
    expect(foreignPair("中国—东盟伙伴共同体", "中俄双方秉持平等相待的原则，构建（    ）。", "高水平中俄伙伴共同体")).toBe(true);
    expect(foreignPair("海洋伙伴共同体", "中俄双方秉持平等相待的原则，构建（    ）。", "高水平中俄伙伴共同体")).toBe(false);
  });

  it("the only option repeating a name of the prompt gives the answer away, years in titles or not", () => {
    expect(answerEchoed("澜沧海合作机制", "北陆国提出建立（    ）的倡议，得到澜沧海五国积极响应。", ["执法安全合作机制", "维和待命机制", "“10+1”合作机制"])).toBe(true);
    expect(
      answerEchoed("《2031年北陆国—东屿合作活动计划》", "2031年2月9日，北陆国—东屿峰会举行，会议发表了（    ）。", [
        "《南川五年行动计划（2023—2027）》",
        "《绿色使者计划》",
        "《海港行动计划》",
      ]),
    ).toBe(true);
  });

  it("list items cut from their shared word, negated items, and items of lists under another head are no options", () => {
    expect(itemsFitForOptions(["发展优先", "坚持普惠包容", "坚持创新驱动", "坚持行动导向"])).toBe(false);
    const body = "北陆国坚持开放理念，践行高标准、可持续、惠民生的目标。两国互办语言年、文化年、旅游年的交流年。援助坚持不附加条件、不干涉内政、不谋取私利的原则。";
    const c = corpusOf(body, (d) => [
      fact(d, "concept", "高标准、可持续、惠民生", { term: "目标", category: "enumeration", items: ["高标准", "可持续", "惠民生"] }),
      fact(d, "concept", "语言年、文化年、旅游年", { term: "交流年", category: "enumeration", items: ["语言年", "文化年", "旅游年"] }),
      fact(d, "concept", "不附加条件、不干涉内政、不谋取私利", { term: "原则", category: "principle", items: ["不附加条件", "不干涉内政", "不谋取私利"] }),
    ]);
    const ctx = buildContext(c);
    expect(itemDistractorPool(ctx, c.facts[0] as never, body).pool).toEqual([]);
    const { bank } = generateBank(c);
    for (const q of bank.questions) for (const o of q.options ?? []) expect(["干涉内政", "谋取私利", "附加条件"]).not.toContain(o);
  });
});

describe("titled options", () => {
  it("a title in 《》 is offered only against titles", () => {
    const d = makeDoc(
      "doc_t",
      "测试文献",
      "甲国与乙国在首都签署《北陆自由贸易协定》，为地区经济一体化注入新动力。丙国与丁国在港口城市签署《南川投资协定》，推动双向投资持续增长。戊国与己国在边境口岸签署《东原海关协定》，便利了货物通关。庚国与辛国在农业博览会期间签署《西岭农业协定》，扩大了农产品贸易。壬国与癸国在会谈后签署平安合作协定，加强了执法合作。",
    );
    const names = ["北陆自由贸易协定", "南川投资协定", "东原海关协定", "西岭农业协定"];
    const facts = names.map((n) => fact(d, "agreement", `《${n}》`, { name: n, category: "document", type: "协定", parties: [] } as never));
    facts.push(fact(d, "agreement", "平安合作协定", { name: "平安合作协定", category: "document", type: "协定", parties: [] } as never));
    const { bank } = generateBank({ documents: [d], facts });
    const mcqs = bank.questions.filter((x) => x.type === "mcq" && /^《/u.test(String(x.answer)));
    expect(mcqs.length).toBeGreaterThan(0);
    for (const m of mcqs) for (const o of m.options!) expect(o, m.prompt).toMatch(/^《.*》$/u);
  });
});

describe("distractors of the answer's own kind", () => {
  it("offer counted labels only against a counted label", () => {
    const pool = ["三大支柱", "五点主张", "六个坚持", "星河之路", "云海倡议", "山川计划"];
    const ds = pickDistractors(pool, "一路一带", 3, "s")!;
    expect(ds.sort()).toEqual(["云海倡议", "山川计划", "星河之路"].sort());
    expect(pickDistractors(pool, "四个全面", 3, "s")!.sort()).toEqual(["三大支柱", "五点主张", "六个坚持"].sort());
  });
  it("offer no list that holds the answer", () => {
    const ds = pickDistractors(["甲联通、乙联通、丙联通", "设施联通", "丁联通", "戊联通"], "乙联通", 3, "s")!;
    expect(ds).not.toContain("甲联通、乙联通、丙联通");
  });
});

describe("events on a timeline", () => {
  const c = corpusOf("北陆国同南川国、东屿国保持往来。", (d) => [...["北陆国", "南川国", "东屿国"].map((n) => entity(d, n, "country"))]);
  const ctx = buildContext(c);

  it("differ when their ordinals or their named parties differ", () => {
    expect(sameEvent(ctx, "北陆国外长第二次会晤在港城举行", "北陆国外长第三次会晤在港城举行")).toBe(false);
    expect(sameEvent(ctx, "北陆国与南川国建立全面伙伴关系", "北陆国与东屿国建立全面伙伴关系")).toBe(false);
    expect(sameEvent(ctx, "北陆国外长第二次会晤在港城举行", "北陆国外长第二次会晤在港城成功举行")).toBe(true);
  });
});

describe("one count written with two measure words", () => {
  it("is offered once", () => {
    expect(pickDistractors(["三个基本原则", "三项基本原则", "五点主张"], "两个核心原则", 3, "s")).toBeNull();
    const three = pickDistractors(["三个基本原则", "三项基本原则", "五点主张", "四大支柱"], "两个核心原则", 3, "s", { window: 3 });
    expect([...three!].sort()).toEqual(["三个基本原则", "五点主张", "四大支柱"].sort());
  });
});
