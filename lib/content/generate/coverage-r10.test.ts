/**
 * Round 10, on invented text: "两国/双方" named from the text around them, list numbers left out of
 * passages, dates of "以来" clauses, ordinal meetings as names, prepositions taken into a name.
 */
import { describe, expect, it } from "vitest";
import { date, fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import type { Corpus } from "../types";
import { generateBank } from "./bank";
import { dateEvent } from "./builders/date";
import { BLANK, blankedPassage, buildContext, passageOf } from "./context";
import type { DateFact } from "./model";
import { partnerLabel } from "./parties";

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

describe("subjects and events", () => {
  it("take a company group as the one who acts, and a purchase as an event", () => {
    const d = makeDoc("doc_g2", "北陆经济", "2031年4月，南川钢铁集团以3000万欧元收购北陆第一钢厂。");
    const y = fact(d, "date", "2031年4月", date("2031-04", "month", "2031年4月", "南川钢铁集团以3000万欧元收购北陆第一钢厂") as never);
    const ctx = buildContext({ documents: [d], facts: [y] });
    expect(passageOf(ctx, y).dangling).toBe(false);
    expect(dateEvent(y as DateFact, ctx)).toBe("南川钢铁集团以3000万欧元收购北陆第一钢厂");
  });

  it("take a power station and a committee as ones who act", () => {
    const d = makeDoc("doc_g4", "北陆能源", "北港燃煤电站、南湾风电一体化项目相继建成发电。");
    const f = fact(d, "agreement", "南湾风电一体化项目", { name: "南湾风电一体化项目", category: "project", type: "项目", parties: [] } as never);
    expect(passageOf(buildContext({ documents: [d], facts: [f] }), f).dangling).toBe(false);
  });

  it("take a named section of a line ('甲至乙段') as the one something happens to", () => {
    const d = makeDoc("doc_g3", "北陆铁路", "北港至南港段于2031年10月完工。");
    const y = fact(d, "date", "2031年10月", date("2031-10", "month", "2031年10月", "北港至南港段完工") as never);
    expect(passageOf(buildContext({ documents: [d], facts: [y] }), y).dangling).toBe(false);
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
