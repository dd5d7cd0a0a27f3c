/**
 * "Label → bearer" questions (issue #4, session 15): a quoted label the sentence gives to a subject is asked by its
 * subject, not blanked as a formula a student fills without the document. Invented texts only.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import { generateBank } from "./bank";
import { buildConceptQuestions } from "./builders/concept";
import { cleanBearer, echoesLabel, labelBearer, predicateAt, stanceBearer, trimTrail, withLabelBlanksLast } from "./builders/label-bearer";
import { LAST_RESORT } from "./builders/last-resort";
import { buildContext } from "./context";
import type { AgreementFact, ConceptFact, Draft } from "./model";
import { entity } from "./test-helpers";

/** The bearer and cue for the quoted `label` of `sentence`. */
function read(sentence: string, label: string, known: string[] = []) {
  const at = sentence.indexOf(label);
  return labelBearer(sentence, { start: at, end: at + label.length }, (n) => known.includes(n));
}

describe("the subject a sentence gives a quoted label to", () => {
  it("is the clause's subject before 被……称为/誉为, the agent kept", () => {
    expect(read("青石桥被当地渔民誉为“彩虹之路”。", "彩虹之路")).toEqual({ bearer: "青石桥", cue: "什么被当地渔民誉为“彩虹之路”" });
    expect(read("北陆港湾一直被称为东海航运的“明灯”。", "明灯")).toEqual({ bearer: "北陆港湾", cue: "什么被称为东海航运的“明灯”" });
  });
  it("is the sentence's first subject when the labelling clause has none, up to its predicate", () => {
    expect(read("金沙渡口始于清代，如今每天摆渡四百余人次，被沿江百姓誉为“江上便道”。", "江上便道")).toEqual({ bearer: "金沙渡口", cue: "什么被沿江百姓誉为“江上便道”" });
    expect(read("此外，北陆水库自1990年投入使用，被称为“山城水缸”。", "山城水缸")?.bearer).toBe("北陆水库");
    // (a first clause with no predicate word to end its subject at names nothing sure)
    expect(read("北陆矿藏丰富，被称为“石头之乡”。", "石头之乡")).toBeUndefined();
  });
  it("is the object of 把/将……称为, with who labels it", () => {
    expect(read("渔民们亲切地把这座灯塔称为“老船长”。", "老船长")).toBeUndefined();
    expect(read("渔民们亲切地把青石灯塔称为“老船长”。", "老船长")).toEqual({ bearer: "青石灯塔", cue: "渔民们亲切地把什么称为“老船长”" });
    // (an adverb alone leaves who labels it in another clause)
    expect(read("北陆自古以来，长期把南川视为自己的“粮仓”。", "粮仓")).toBeUndefined();
  });
  it("is the subject of a copula whose label closes the clause", () => {
    expect(read("茶叶贸易是两地往来的“纽带”。", "纽带")).toEqual({ bearer: "茶叶贸易", cue: "什么是两地往来的“纽带”" });
    expect(read("茶叶贸易是“纽带”的一部分。", "纽带")).toBeUndefined();
    expect(read("茶叶贸易是一个“纽带”。", "纽带")).toBeUndefined();
    // (with no field before the label, "甲是“乙框架下的平衡”" characterises 甲: asked only of a name the corpus knows)
    expect(read("北向开放是“在旧框架内的调整”。", "在旧框架内的调整")).toBeUndefined();
    expect(read("北陆是“千湖之国”。", "千湖之国", ["北陆"])).toEqual({ bearer: "北陆", cue: "什么是“千湖之国”" });
  });
  it("is none when another subject bears the label too, or the subject is a pronoun, an aspect or an unnamed pair", () => {
    expect(read("渔业合作同样是两地往来的“纽带”。", "纽带")).toBeUndefined();
    expect(read("茶叶贸易也被称为“纽带”。", "纽带")).toBeUndefined();
    expect(read("这座索道被山里的孩子们誉为“云上校车”。", "云上校车")).toBeUndefined();
    expect(read("两国是“好邻居”。", "好邻居")).toBeUndefined();
    expect(read("北陆外交的核心是“和而不同”。", "和而不同")).toBeUndefined();
  });
  it("drops an agent with no name of its own, and asks a two-character subject only when the corpus knows it as a name", () => {
    expect(read("青石港被两国领导人称为合作的“旗帜”。", "旗帜")?.cue).toBe("什么被称为合作的“旗帜”");
    expect(read("北陆被称为“千湖之国”。", "千湖之国")).toBeUndefined();
    expect(read("北陆被称为“千湖之国”。", "千湖之国", ["北陆"])?.bearer).toBe("北陆");
  });
  it("cleans lead words and adverbs off the subject, and refuses one holding its label", () => {
    expect(cleanBearer("此外青石桥也", "彩虹之路")).toBe("青石桥");
    expect(cleanBearer("彩虹之路工程", "彩虹之路")).toBeUndefined();
  });
});

describe("the subject's phrase, cut where it ends and no further", () => {
  it("strips adverbs after a name but never the end of a word (准则, 京都)", () => {
    expect(trimTrail("青石桥则")).toBe("青石桥");
    expect(trimTrail("北陆港也就")).toBe("北陆港");
    expect(trimTrail("东京都")).toBe("东京都");
    expect(read("北陆准则被誉为行业的“尺子”。", "尺子")?.bearer).toBe("北陆准则");
  });
  it("does not cut inside 自由 or before a name's head, and cuts a preposition only before a date, a number or a place", () => {
    expect(read("北湖自由港区于1999年设立，被称为“海上客厅”。", "海上客厅")?.bearer).toBe("北湖自由港区");
    expect(predicateAt("青石将军桥于1990年建成")).toBe(5);
    expect(predicateAt("青石桥由北陆建工集团承建")).toBe(3);
    expect(predicateAt("青石客运站在南川镇投入使用")).toBe(5);
  });
  it("takes no subject from a first clause that goes on to a verb with an object", () => {
    expect(read("北陆港务局自2009年起运营白沙码头，每年吞吐百万吨货物，被渔民称为“海上粮仓”。", "海上粮仓")).toBeUndefined();
  });
  it("refuses an aspect of a thing (its other name, its strength) as the bearer", () => {
    expect(read("白石渡的旧称是渔民口中的“鱼米码头”。", "鱼米码头")).toBeUndefined();
    expect(cleanBearer("北陆港的特色", "深水良港")).toBeUndefined();
  });
  it("reads a pronoun only at a subject's start, so a country ending in 其 can bear a label", () => {
    expect(read("土耳其被称为“横跨两洲之国”。", "横跨两洲之国", ["土耳其"])?.bearer).toBe("土耳其");
  });
  it("asks a person with 谁", () => {
    const d = makeDoc("doc_lbp", "北陆渔村", "陈阿福被乡亲们称为“海上活地图”。村里还有一座灯塔。");
    const f = fact(d, "concept", "海上活地图", { term: "海上活地图", category: "slogan" }) as ConceptFact;
    const drafts = buildConceptQuestions(buildContext({ documents: [d], facts: [f, entity(d, "陈阿福", "person")] }), f);
    expect(drafts.find((x) => x.variant === "label-bearer-card")?.front).toBe("原文中，谁被乡亲们称为“海上活地图”？");
  });
});

describe("a label that echoes its answer among the options", () => {
  it("shares a character with the answer that one distractor at most shares", () => {
    expect(echoesLabel("星空之家", "北陆星站", ["南川水电站", "东屿港", "西原桥"])).toBe(true);
    expect(echoesLabel("心愿之桥", "松林大桥", ["青石桥", "白沙大桥", "东屿港"])).toBe(false);
    expect(echoesLabel("山城水缸", "北陆水库", ["南川水电站", "东屿水厂", "西原港"])).toBe(false);
  });
});

describe("a concept's label asked by its bearer", () => {
  const body = "山里的孩子们把白石索道称为“云上校车”。青岭索道只在夏季开放。红崖索道正在检修。金沙索道票价较高。";
  const d = makeDoc("doc_lb", "北陆索道", body);
  const label = fact(d, "concept", "云上校车", { term: "云上校车", category: "slogan" }) as ConceptFact;
  const bridges = ["白石索道", "青岭索道", "红崖索道", "金沙索道"].map((n) => fact(d, "agreement", n, { name: n, category: "project", type: "索道", parties: [] } as never));
  const corpus = { documents: [d], facts: [label, ...bridges] };

  it("gets a flashcard and, with others of the subject's kind in the corpus, an mcq on them", () => {
    const drafts = buildConceptQuestions(buildContext(corpus), label);
    const card = drafts.find((x) => x.variant === "label-bearer-card");
    expect(card?.front).toBe("原文中，山里的孩子们把什么称为“云上校车”？");
    expect(card?.back).toBe("白石索道");
    const mcq = drafts.find((x) => x.variant === "label-bearer-mcq");
    expect(mcq?.prompt).toBe("根据原文，山里的孩子们把下列哪一项称为“云上校车”？");
    expect(mcq?.answer).toBe("白石索道");
    expect([...(mcq?.options ?? [])].sort()).toEqual(["白石索道", "青岭索道", "红崖索道", "金沙索道"].sort());
  });
  it("keeps the label's own blank only as the fact's last resort, so the bank asks the bearer", () => {
    const drafts = buildConceptQuestions(buildContext(corpus), label);
    const blanks = drafts.filter((y) => y.variant.startsWith("term-"));
    expect(blanks.length).toBeGreaterThan(0);
    for (const x of blanks) expect(x.flags).toContain(LAST_RESORT);
    const bank = generateBank(corpus).bank;
    const asked = bank.questions.filter((q) => q.factIds.includes(label.id));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((q) => q.tags.includes("label-bearer"))).toBe(true);
  });
  it("tests the agreement the label is also read as, whose own blank of the label goes as well", () => {
    const d3 = makeDoc("doc_lb3", "北陆索道", `北陆与南川两国签署协议。${body}`);
    const label3 = fact(d3, "concept", "云上校车", { term: "云上校车", category: "slogan" });
    const named = fact(d3, "agreement", "云上校车", { name: "云上校车", category: "initiative", type: "校车", parties: ["北陆"] } as never);
    const others = ["白石索道", "青岭索道", "红崖索道", "金沙索道"].map((n) => fact(d3, "agreement", n, { name: n, category: "project", type: "索道", parties: [] } as never));
    const bank = generateBank({ documents: [d3], facts: [label3, named, ...others] }).bank;
    const asked = bank.questions.filter((q) => q.factIds.includes(named.id));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((q) => q.tags.includes("label-bearer"))).toBe(true);
  });
  it("keeps the label's own blank (and an agreement's) in quizzes when the bearer gets a flashcard only", () => {
    const lone = fact(d, "concept", "云上校车", { term: "云上校车", category: "slogan" }) as ConceptFact;
    const drafts = buildConceptQuestions(buildContext({ documents: [d], facts: [lone] }), lone);
    expect(drafts.some((x) => x.variant === "label-bearer-card")).toBe(true);
    expect(drafts.some((x) => x.type === "mcq" && x.variant.startsWith("label-bearer"))).toBe(false);
    const blanks = drafts.filter((y) => y.variant.startsWith("term-"));
    expect(blanks.length).toBeGreaterThan(0);
    for (const x of blanks) expect(x.flags).not.toContain(LAST_RESORT);
    const named = fact(d, "agreement", "云上校车", { name: "云上校车", category: "initiative", type: "校车", parties: ["北陆"] } as never);
    const blank = { type: "cloze", variant: "agreement-name", answer: "云上校车", flags: [] } as unknown as Draft;
    const ctx = buildContext({ documents: [d], facts: [lone, named] });
    expect(withLabelBlanksLast(ctx, named as AgreementFact, [blank])[0]!.flags).not.toContain(LAST_RESORT);
    // (with others of its kind to ask an mcq on, the blank goes last)
    const full = buildContext({ documents: [d], facts: [lone, named, ...bridges] });
    expect(withLabelBlanksLast(full, named as AgreementFact, [blank])[0]!.flags).toContain(LAST_RESORT);
  });
  it("is not asked when the document gives the label in another sentence too", () => {
    const d2 = makeDoc("doc_lb2", "北陆索道", `${body}青岭索道也常被称为“云上校车”。`);
    const f2 = fact(d2, "concept", "云上校车", { term: "云上校车", category: "slogan" }) as ConceptFact;
    const drafts = buildConceptQuestions(buildContext({ documents: [d2], facts: [f2] }), f2);
    expect(drafts.some((x) => x.variant.startsWith("label-bearer"))).toBe(false);
  });
});

describe("the country or organisation a sentence says holds a quoted policy", () => {
  const read2 = (sentence: string, label: string, orgs: string[] = []) => {
    const at = sentence.indexOf(label);
    return stanceBearer(sentence, { start: at, end: at + label.length }, orgs);
  };
  it("is the subject before 奉行/提出/坚持 …, a country's name or its 某方, with the policy's head word", () => {
    expect(read2("会谈中，泰方奉行“向海发展”政策，愿同各方合作。", "向海发展")).toEqual({ name: "泰国", kind: "country", cue: "奉行“向海发展”政策" });
    expect(read2("去年，秘鲁正式提出“雨林课堂”的教育计划。", "雨林课堂")).toEqual({ name: "秘鲁", kind: "country", cue: "提出“雨林课堂”的教育计划" });
    expect(read2("北湖组织始终坚持“轮流主持”原则。", "轮流主持", ["北湖组织"])).toEqual({ name: "北湖组织", kind: "organisation", cue: "坚持“轮流主持”原则" });
  });
  it("is none for China, a pronoun or a pair, a subject naming two parties, or a label holding the holder's name", () => {
    expect(read2("中方奉行“向海发展”政策。", "向海发展")).toBeUndefined();
    expect(read2("双方坚持“轮流主持”原则。", "轮流主持")).toBeUndefined();
    expect(read2("智利与秘鲁提出“山海联通”。", "山海联通")).toBeUndefined();
    expect(read2("智利提出“智利2040”愿景。", "智利2040")).toBeUndefined();
    // (the label does not close its clause: "奉行“甲”的国家")
    expect(read2("泰方奉行“向海发展”的国家战略很多。", "向海发展")).toBeUndefined();
    // (a longer name opening with a country's is no holder of it; the country's government is)
    expect(read2("尼日尔河流域管理局奉行“水源共享”原则。", "水源共享")).toBeUndefined();
    expect(read2("秘鲁政府推行“雨林课堂”计划。", "雨林课堂")?.name).toBe("秘鲁");
    expect(read2("秘鲁总统某某在年度讲话中提出“雨林课堂”计划。", "雨林课堂")?.name).toBe("秘鲁");
  });
});

describe("a quoted policy asked by the country that holds it", () => {
  it("offers the countries its document names first, and no union read as a country", () => {
    const d = makeDoc("doc_st", "北方外交", "泰方奉行“向海发展”政策。泰国、越南、柬埔寨和老挝也参加了会议。");
    const f = fact(d, "concept", "向海发展", { term: "向海发展", category: "slogan" }) as ConceptFact;
    const far = makeDoc("doc_st2", "西方外交", "法国、德国、智利和欧盟的代表出席。");
    const countries = [...["泰国", "越南", "柬埔寨", "老挝"].map((n) => entity(d, n, "country")), ...["欧盟", "法国", "德国", "智利"].map((n) => entity(far, n, "country"))];
    const drafts = buildConceptQuestions(buildContext({ documents: [d, far], facts: [f, ...countries] }), f);
    const mcq = drafts.find((x) => x.variant === "stance-mcq");
    expect(mcq?.prompt).toBe("根据原文，奉行“向海发展”政策的是哪个国家？");
    expect(mcq?.answer).toBe("泰国");
    expect([...(mcq?.options ?? [])].sort()).toEqual(["柬埔寨", "泰国", "老挝", "越南"].sort());
    expect(drafts.find((x) => x.variant === "stance-card")?.back).toBe("泰国");
  });
});
