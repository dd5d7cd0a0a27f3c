/**
 * What a passage must keep for its question to stand alone: the pair a 两国 stands for when a venue is the
 * only country named, the head a 即 or 为此 points back to, no speaker's lead before the narrator's words,
 * no sentence before that offers a rival answer.
 */
import { describe, expect, it } from "vitest";
import { date, fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import { dateEvent } from "./builders/date-event";
import type { DateFact } from "./model";
import type { BlockLabel, CleanDocument } from "../types";
import { buildContext, DANGLING_INSIDE, namesParty, passageOf, rivalBefore, showsHeading, windowAround, withoutLabel } from "./context";
import { clean } from "../normalise/test-helpers";
import { genericTypePhrase } from "../extract/names";

describe("a 两国 whose sentence names only the venue", () => {
  it("takes no venue for a party, so the sentence before is shown", () => {
    const d = makeDoc("doc_venue", "甲乙关系", "甲国和乙国于2031年10月建交。两国建交谈判从2030年2月开始在丙丁国首都进行，前后历时约20个月。");
    const f = fact(d, "figure", "20个月", { number: 20, unit: "个月", text: "20个月", measure: "历时" } as never);
    const ctx = buildContext({ documents: [d], facts: [f] });
    expect(namesParty(ctx, "两国建交谈判从2030年2月开始在丙丁国首都进行，前后历时约20个月。")).toBe(false);
    expect(namesParty(ctx, "两国建交谈判由丙丁国斡旋，前后历时约20个月。")).toBe(true);
    const p = passageOf(ctx, f);
    expect(p.text.startsWith("甲国和乙国于2031年10月建交。两国建交谈判")).toBe(true);
    expect(p.prepended).toBe(true);
  });
});

const span = (text: string, needle: string) => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length });

describe("a window cut in front of the key", () => {
  it("keeps the clause a 即 explains, or shows the first clause when 即 and 为此 would point at nothing", () => {
    const list = "甲项、乙项、丙项、丁项、戊项、己项、庚项、辛项、壬项、癸项、子项、丑项、寅项、卯项、辰项、巳项、午项、未项、申项、酉项";
    const long = `某方欢迎甲国领导人在某城峰会上宣布的未来三年携手推进现代化发展的“十大行动”，即${list}合作行动，以及甲国政府为此提供900亿元额度的资金支持。`;
    const w = windowAround(long, span(long, "900亿元"), 60);
    expect(w.text).toBe("某方欢迎甲国领导人在某城峰会上宣布的未来三年携手推进现代化发展的“十大行动”，……以及甲国政府为此提供900亿元额度的资金支持。");
    expect(w.text.slice(w.key.start, w.key.end)).toBe("900亿元");
    const short = `2031年5月，甲国领导人出席某城会晤，提出构建“一二三”合作新框架，即以某规划为“一个规划”，以贸易、投资、金融为“三大引擎”，以能源、农业、制造、科技、信息为“六大领域”。`;
    expect(windowAround(short, span(short, "投资"), 80).text).toContain("提出构建“一二三”合作新框架，即以某规划");
  });

  it("never keeps a speaker's lead before the narrator's words", () => {
    const t = "甲国总理表示，甲方愿同乙方深化经贸、投资、能源、基础设施、农业、科技、人文等领域合作。会谈后，双方发表《甲乙关于建立全面战略伙伴关系的联合声明》，并签署了涵盖基础设施、新能源等领域的18份合作文件。";
    const w = windowAround(t, span(t, "18份"), 60);
    expect(w.text).toBe("……双方发表《甲乙关于建立全面战略伙伴关系的联合声明》，并签署了涵盖基础设施、新能源等领域的18份合作文件。");
    expect(w.text.startsWith("……")).toBe(true);
  });
});

describe("a sentence put before a short one", () => {
  it("offers a rival answer when it tells of the year the blank's sentence gives", () => {
    const t = "2031年4月，甲乙合作机制在某城启动。甲乙城镇伙伴关系于2031年建立。";
    expect(rivalBefore(t, span(t, "甲乙城镇伙伴关系"))).toBe(true);
    // another year, or a sentence that says enough of its own: no rival
    const other = "2030年4月，甲乙合作机制在某城启动。甲乙城镇伙伴关系于2031年建立。";
    expect(rivalBefore(other, span(other, "甲乙城镇伙伴关系"))).toBe(false);
    const long = "某港连接线于2031年10月开通。某河隧道是本地区首条水下隧道，于2031年10月28日建成通车。";
    expect(rivalBefore(long, span(long, "某河隧道"))).toBe(false);
  });
});

describe("a 类似 that compares with something not shown", () => {
  it("points outside the text", () => {
    expect(DANGLING_INSIDE.test("丙国同甲国建交时即采用了类似表述是在什么时候？")).toBe(true);
    expect(DANGLING_INSIDE.test("丙国也作出类似的安排。")).toBe(true);
    // (similar to a thing the text names right there: no reference outside it)
    expect(DANGLING_INSIDE.test("丙国采取与甲国类似的做法。")).toBe(false);
    expect(DANGLING_INSIDE.test("两国气候类似，均适宜种植水稻。")).toBe(false);
  });
});

/** A document of lines, some of them headings, with its blocks as the normaliser gives them. */
function slides(id: string, lines: [BlockLabel, string][]): CleanDocument {
  const d = makeDoc(id, "甲乙关系讲义", lines.map(([, t]) => t).join("\n\n"));
  let at = d.title.length + 2;
  d.blocks = lines.map(([label, text]) => {
    const b = { label, text, clean: { start: at, end: at + text.length } };
    at += text.length + 2;
    return b;
  });
  return d;
}

describe("the headline a text stands under", () => {
  it("is shown before an entry's second sentence, unless it opens on its verb", () => {
    const d = makeDoc("doc_entry", "甲国极地事业大事记", "2031年11月1日—2032年4月：第9次极地考察。考察队300余人，首次组织2艘船执行任务，历时约5个月。\n\n2033年：加入某公约。甲国考察队200余人随船出发。");
    const f = fact(d, "figure", "300余人", { number: 300, unit: "人", text: "300余人", measure: "考察队" } as never);
    const g = fact(d, "figure", "200余人", { number: 200, unit: "人", text: "200余人", measure: "考察队" } as never);
    const ctx = buildContext({ documents: [d], facts: [f, g] });
    const p = passageOf(ctx, f);
    // (as an exam sentence: the headline that only names the expedition is where the rest happened)
    expect(p.text).toBe("在2031年11月1日—2032年4月的第9次极地考察中，考察队300余人，首次组织2艘船执行任务，历时约5个月。");
    expect(p.text.slice(p.key!.start, p.key!.end)).toBe("300余人");
    expect(passageOf(ctx, g).text).toBe("甲国考察队200余人随船出发。");
  });

  it("is shown before an entry's later sentence whose bare 会议 is the meeting the headline names", () => {
    const body = "2031年5月22日—2031年6月1日：甲城主办第9届某某协商会议。这是甲城第一次承办某某协商会议。会议期间，双方发布联合报告。来自35个国家的约260名代表参加会议。\n\n2032年：乙城主办第3届丙论坛。这是乙城首次主办。甲乙部长会议同期举行。来自30个国家的代表参加会议。";
    const d = makeDoc("doc_meet", "甲国极地事业大事记", body);
    const f = fact(d, "figure", "260名", { number: 260, unit: "名", text: "260名", measure: "代表" } as never);
    const g = fact(d, "figure", "30个", { number: 30, unit: "个", text: "30个", measure: "国家" } as never);
    const ctx = buildContext({ documents: [d], facts: [f, g] });
    expect(passageOf(ctx, f).text).toBe("2031年5月22日—2031年6月1日，甲城主办第9届某某协商会议。来自35个国家的约260名代表参加会议。");
    // (a sentence between that names another meeting: which one the 会议 is, the text no longer says)
    expect(passageOf(ctx, g).text).toBe("来自30个国家的代表参加会议。");
  });

  it("is a slide's heading over its bullets, when it names something", () => {
    const d = slides("doc_slides", [
      ["heading", "甲乙陆海通道"],
      ["body", "2031年签署合作备忘录"],
      ["body", "2033年班列开行900列同比增长6%"],
      ["heading", "经贸合作"],
      ["body", "2033年双边贸易额800亿美元"],
    ]);
    const f = fact(d, "figure", "900列", { number: 900, unit: "列", text: "900列", measure: "开行" } as never);
    const g = fact(d, "figure", "800亿美元", { number: 800, unit: "亿美元", text: "800亿美元", measure: "双边贸易额" } as never);
    const ctx = buildContext({ documents: [d], facts: [f, g] });
    // (in one sentence, the heading the subject: no "甲乙陆海通道：" label before the bullet)
    expect(passageOf(ctx, f).text).toBe("2033年，甲乙陆海通道班列开行900列同比增长6%");
    // (a heading of generic words names nothing)
    expect(passageOf(ctx, g).text).toBe("2033年双边贸易额800亿美元");
  });

  it("is a slide's heading without its label word (某某数据一览), and none when the label is all of it", () => {
    const d = slides("doc_slides_label", [
      ["body", "甲乙产业园 数据一览"],
      ["body", "2033年地区生产总值900亿元"],
      ["body", "累计引进项目300余个"],
      ["heading", "主要数据"],
      ["body", "2033年双边贸易额800亿美元"],
    ]);
    const f = fact(d, "figure", "900亿元", { number: 900, unit: "亿元", text: "900亿元", measure: "地区生产总值" } as never);
    const g = fact(d, "figure", "800亿美元", { number: 800, unit: "亿美元", text: "800亿美元", measure: "双边贸易额" } as never);
    d.blocks[0]!.text = "甲乙产业园数据一览";
    const ctx = buildContext({ documents: [d], facts: [f, g] });
    expect(passageOf(ctx, f).text).toBe("2033年，甲乙产业园地区生产总值900亿元");
    expect(withoutLabel("甲乙合作要点")).toBe("甲乙合作");
    expect(withoutLabel("主要数据")).toBe("");
    // (a label word before the subject too: "数说甲乙合作" is "甲乙合作")
    expect(withoutLabel("数说甲乙合作")).toBe("甲乙合作");
    expect(passageOf(ctx, g).text).toBe("2033年双边贸易额800亿美元");
  });
});

describe("a slide's bullet under a heading that names what it is about", () => {
  it("is one sentence with the heading its subject, a bullet naming its own subject asked about the heading", () => {
    const d = slides("doc_slides_name", [
      ["heading", "丁湾码头"],
      ["body", "年吞吐能力800万吨，本地区最大的集装箱码头"],
      ["body", "甲市与丙国签署运营协议"],
      ["heading", "甲乙合作三次提升"],
      ["body", "2033年5月全面合作伙伴关系"],
    ]);
    const f = fact(d, "figure", "800万吨", { number: 800, unit: "万吨", text: "800万吨", measure: "年吞吐能力" } as never);
    const g = fact(d, "entity", "丙国", { name: "丙国", aliases: [] } as never);
    const h = fact(d, "date", "2033年5月", { iso: "2033-05", text: "2033年5月", event: "全面合作伙伴关系", precision: "month" } as never);
    const ctx = buildContext({ documents: [d], facts: [f, g, h] });
    const p = passageOf(ctx, f);
    expect(p.text).toBe("丁湾码头年吞吐能力800万吨，是本地区最大的集装箱码头");
    expect(p.text.slice(p.key!.start, p.key!.end)).toBe("800万吨");
    // (a heading that names no thing, "……三次提升", is left as it was)
    expect(passageOf(ctx, h).text).toBe("甲乙合作三次提升：2033年5月全面合作伙伴关系");
  });
});

describe("a date's event whose subject the text leaves to a heading or a lead", () => {
  it("takes the slide's heading that names a thing, not a bullet's own subject", () => {
    const d = slides("doc_slides_event", [
      ["heading", "甲城港区铁路"],
      ["body", "2031年9月通车，全长约55公里"],
      ["body", "2032年甲市与丙国签署运营协议"],
    ]);
    const f = fact(d, "date", "2031年9月", date("2031-09", "month", "2031年9月", "通车，全长约55公里") as never);
    const g = fact(d, "date", "2032年", date("2032", "year", "2032年", "甲市与丙国签署运营协议") as never);
    const h = fact(d, "entity", "丙国", { name: "丙国", aliases: [] } as never);
    const ctx = buildContext({ documents: [d], facts: [f, g, h] });
    expect(dateEvent(f as DateFact, ctx)).toBe("甲城港区铁路通车");
    expect(dateEvent(g as DateFact, ctx)).toBe("甲市与丙国签署运营协议");
  });

  it("takes the railway the sentences before name for a bare 铁路", () => {
    const d = makeDoc("doc_rail_event", "戊己铁路见闻", "戊己铁路穿越三座山脉，由丁国公司设计。铁路于2034年8月完成电气化改造。");
    const f = fact(d, "date", "2034年8月", date("2034-08", "month", "2034年8月", "铁路完成电气化改造") as never);
    const ctx = buildContext({ documents: [d], facts: [f] });
    expect(dateEvent(f as DateFact, ctx)).toBe("戊己铁路完成电气化改造");
  });

  it("takes none for a bare 协定 whose own sentence names another agreement", () => {
    const d = makeDoc("doc_treaty_event", "甲乙关系", "2031年，甲国签署《丙丁银行协定》。2032年，两国同其他国家签署《戊己伙伴关系协定》，协定于2033年1月1日对甲国生效。");
    const f = fact(d, "date", "2033年1月1日", date("2033-01-01", "day", "2033年1月1日", "协定对甲国生效") as never);
    const ctx = buildContext({ documents: [d], facts: [f] });
    expect(dateEvent(f as DateFact, ctx)).toBeUndefined();
  });

  it("takes none for a day counted from an event (协定实施当天)", () => {
    const d = makeDoc("doc_treaty_day", "丙丁海运", "丙丁两国于2032年3月缔结《丙丁海运协定》。为落实协定，双方港口在协定实施当天互派联络员。");
    const f = fact(d, "date", "当天", date("2032-03", "month", "当天", "协定实施，双方港口互派联络员", true) as never);
    const ctx = buildContext({ documents: [d], facts: [f] });
    expect(dateEvent(f as DateFact, ctx)).toBeUndefined();
  });

  it("takes the name that leads the sentence's list item for a bare generic subject", () => {
    const d = makeDoc("doc_lead", "丙丁合作练习", "3. 丁河水电项目：丙国公司负责机电安装，工期四年。首批机组已于2034年投产。");
    const f = fact(d, "date", "2034年", date("2034", "year", "2034年", "首批机组已投产") as never);
    const ctx = buildContext({ documents: [d], facts: [f] });
    expect(dateEvent(f as DateFact, ctx)).toBe("丁河水电项目的首批机组投产");
  });
});

describe("a slide's heading taken as its bullet's subject", () => {
  it("is taken only when the bullet's first clause leaves its subject out", () => {
    const d = slides("doc_slides_own_subject", [
      ["heading", "丁戊物流园"],
      ["body", "2034年6月戊部长为200家企业授牌"],
      ["body", "2035年3月揭牌"],
      ["body", "2035年5月戊部长出席授牌仪式"],
      ["body", "在丙省园区评比中连续3年排名第一"],
      ["body", "实质性完成二期扩建"],
    ]);
    const f = fact(d, "figure", "200家", { number: 200, unit: "家", text: "200家", measure: "企业" } as never);
    const g = fact(d, "date", "2035年5月", date("2035-05", "month", "2035年5月", "戊部长出席授牌仪式") as never);
    const h = fact(d, "date", "2035年3月", date("2035-03", "month", "2035年3月", "揭牌") as never);
    const ctx = buildContext({ documents: [d], facts: [f, g, h] });
    expect(passageOf(ctx, f).text).toBe("关于丁戊物流园，2034年6月，戊部长为200家企业授牌");
    expect(dateEvent(g as DateFact, ctx)).toBe("戊部长出席授牌仪式");
    expect(dateEvent(h as DateFact, ctx)).toBe("丁戊物流园揭牌");
    // (a preposition or an adverb opens a clause that leaves its subject out)
    const k = fact(d, "figure", "3年", { number: 3, unit: "年", text: "3年", measure: "连续" } as never);
    const c2 = buildContext({ documents: [d], facts: [k] });
    expect(passageOf(c2, k).text).toBe("丁戊物流园在丙省园区评比中连续3年排名第一");
  });

  it("is never a kind of thing (a generic modifier and a type word)", () => {
    const d = slides("doc_slides_kind", [
      ["heading", "标志性工程"],
      ["body", "2034年4月丁港码头扩建开工"],
      ["heading", "在建项目"],
      ["body", "2035年完工，投资6亿美元"],
    ]);
    const g = fact(d, "date", "2034年4月", date("2034-04", "month", "2034年4月", "丁港码头扩建开工") as never);
    const f = fact(d, "figure", "6亿美元", { number: 6, unit: "亿美元", text: "6亿美元", measure: "投资" } as never);
    const ctx = buildContext({ documents: [d], facts: [f, g] });
    expect(dateEvent(g as DateFact, ctx)).toBe("丁港码头扩建开工");
    expect(passageOf(ctx, f).text).toBe("在建项目：2035年完工，投资6亿美元");
    for (const h of ["重点合作项目", "标志性工程", "在建项目", "新建港口"]) expect(genericTypePhrase(h)).toBe(true);
    for (const h of ["丁戊物流园", "甲城港区铁路", "丙丁经济走廊"]) expect(genericTypePhrase(h)).toBe(false);
  });
});

describe("a section heading shown as the sentence", () => {
  it("is found when the prompt shows the heading with its key blanked, not when a question is only built on it", () => {
    const d = clean("甲乙关系讲义\n\n三、理解甲乙关系的一个视角：中等国家外交\n\n所谓中等国家，是指实力介于大国和小国之间的国家。甲国长期以此自居。\n");
    const at = d.doc.raw.indexOf("三、");
    expect(d.blocks.some((b) => b.label === "heading" && b.text.includes("一个视角"))).toBe(true);
    expect(showsHeading(d, at, "根据原文填空：理解甲乙关系的一个视角：____外交。", "中等国家")).toBe(true);
    expect(showsHeading(d, at, "理解甲乙关系的一个视角：（    ）外交。", "中等国家")).toBe(true);
    expect(showsHeading(d, at, "根据原文，“理解甲乙关系”一节讲的是哪种外交？", "中等国家")).toBe(false);
    expect(showsHeading(d, d.doc.raw.indexOf("所谓"), "根据原文填空：所谓____，是指实力介于大国和小国之间的国家。", "中等国家")).toBe(false);
  });
});
