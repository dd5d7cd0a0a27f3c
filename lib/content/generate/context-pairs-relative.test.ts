/**
 * The pair behind a relative date's 两国/双方 ("次年，两国建立……机制") and actors in traditional script:
 * the sentence before writes the pair out ("中甲两国") beside a description of a region, or the text is
 * traditional ("雙方", "泰國") and is read in its simplified view.
 */
import { describe, expect, it } from "vitest";
import { date, fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import { dateEvent } from "./builders/date";
import { buildContext, hasActor, namesParty, pairLabelFor, passageOf } from "./context";
import type { DateFact } from "./model";

describe("the pair of a relative date's 两国/双方", () => {
  it("is the pair the sentence before writes out as 中某两国, beside a region it only describes", () => {
    const d = makeDoc(
      "doc_rel1",
      "北陆合作综述",
      "2031年3月，中匈两国政府签署《北陆合作谅解备忘录》，匈牙利由此成为第一个签署此类文件的欧洲国家。次年，两国建立北陆工作组机制。",
    );
    const y = fact(d, "date", "次年", date("2032", "year", "次年", "两国建立北陆工作组机制") as never);
    const ctx = buildContext({ documents: [d], facts: [y] });
    expect(pairLabelFor(ctx, y)).toBe("中匈");
    expect(dateEvent(y as DateFact, ctx)).toBe("中匈两国建立北陆工作组机制");
  });

  it("is not taken from a sentence that writes two pairs out", () => {
    const d = makeDoc("doc_rel2", "北陆合作综述", "2031年3月，中匈两国和中波两国分别签署合作文件，两国都是欧洲国家。次年，两国建立北陆工作组机制。");
    const y = fact(d, "date", "次年", date("2032", "year", "次年", "两国建立北陆工作组机制") as never);
    expect(pairLabelFor(buildContext({ documents: [d], facts: [y] }), y)).toBeUndefined();
  });

  it("is not taken when the sentence before names another country besides the pair", () => {
    const d = makeDoc("doc_rel3", "北陆合作综述", "2031年3月，中匈两国同奥地利签署合作文件，三方都是欧洲国家。次年，两国建立北陆工作组机制。");
    const y = fact(d, "date", "次年", date("2032", "year", "次年", "两国建立北陆工作组机制") as never);
    expect(pairLabelFor(buildContext({ documents: [d], facts: [y] }), y)).toBeUndefined();
  });

  it("is read from a traditional sentence before (泰國 is 泰国)", () => {
    const d = makeDoc("doc_rel4", "北陸合作回顧", "二〇三一年四月，雙方宣布建立北陸夥伴關係，泰國由此成為第一個同中國建立此類關係的國家。翌年十月，兩國政府發表《北陸合作規劃》。");
    const y = fact(d, "date", "翌年十月", date("2032-10", "month", "翌年十月", "兩國政府發表《北陸合作規劃》") as never);
    const ctx = buildContext({ documents: [d], facts: [y] });
    expect(pairLabelFor(ctx, y)).toBe("中国和泰国");
  });
});

describe("a pair written 中 and one character the abbreviations do not know", () => {
  it("names the two countries already: no other name for them is put before its 两国", () => {
    const d = makeDoc("doc_pair_unknown", "山海相连——中国和岚屿国建交40周年", "2031年3月26日，中岚两国正式建立外交关系。岚屿国是较早同中国建交的岛国之一。");
    const y = fact(d, "date", "2031年3月26日", date("2031-03-26", "day", "2031年3月26日", "中岚两国正式建立外交关系") as never);
    const ctx = buildContext({ documents: [d], facts: [y] });
    expect(namesParty(ctx, "中岚两国正式建立外交关系。")).toBe(true);
    expect(passageOf(ctx, y).text).toBe("2031年3月26日，中岚两国正式建立外交关系。");
    // (其中 before 两国 is no pair)
    expect(namesParty(ctx, "其中两国签署协定。")).toBe(false);
    expect(namesParty(ctx, "其中有两国签署协定。")).toBe(false);
    expect(namesParty(ctx, "会谈中的两国领导人签署协定。")).toBe(false);
  });
});

describe("actors in traditional script", () => {
  it("are found in the simplified view of the text", () => {
    const d = makeDoc("doc_tr1", "北陸合作", "北陸鐵路全長四百公里。");
    const ctx = buildContext({ documents: [d], facts: [] });
    expect(hasActor(ctx, "北陸鐵路全長四百公里。")).toBe(true);
    expect(hasActor(ctx, "全長四百公里。")).toBe(false);
    expect(namesParty(ctx, "中泰兩國簽署協定。")).toBe(true);
    expect(namesParty(ctx, "非洲聯盟代表到訪。")).toBe(true);
    expect(namesParty(ctx, "兩國簽署協定。")).toBe(false);
  });

  it("let a traditional sentence with its own actor stand without the sentence before", () => {
    const d = makeDoc("doc_tr2", "北陸合作", "北陸合作源遠流長。二〇三二年，北陸鐵路全線通車。");
    const y = fact(d, "date", "二〇三二年", date("2032", "year", "二〇三二年", "北陸鐵路全線通車") as never);
    const p = passageOf(buildContext({ documents: [d], facts: [y] }), y);
    expect(p.text).toBe("二〇三二年，北陸鐵路全線通車。");
    expect(p.dangling).toBe(false);
    expect(p.prepended).toBe(false);
  });
});

describe("the pair of a 两国 beside 对方国家 and of a sentence naming the document's partner", () => {
  it("is found though the sentence says 对方国家 (no group)", () => {
    const d = makeDoc("doc_rel5", "中匈关系概览", "中匈友好源远流长。2031年3月，北陆协定生效。自2032年1月1日起，两国公民可免签入境对方国家。");
    const y = fact(d, "date", "2032年1月1日", date("2032-01-01", "day", "2032年1月1日", "两国公民可免签入境对方国家") as never);
    expect(pairLabelFor(buildContext({ documents: [d], facts: [y] }), y)).toBe("中匈");
  });

  it("is the document's pair when the sentence names China and that partner itself", () => {
    const d = makeDoc("doc_rel6", "中芬关系概览", "中芬友好源远流长。\n\n芬兰于2031年1月承认中国，同年10月两国建交。");
    const y = fact(d, "date", "同年10月", date("2031-10", "month", "同年10月", "两国建交") as never);
    const ctx = buildContext({ documents: [d], facts: [y] });
    expect(pairLabelFor(ctx, y)).toBe("中芬");
    expect(dateEvent(y as DateFact, ctx)).toBe("中芬两国建交");
  });

  it("is not guessed when the sentence names another partner than the document's", () => {
    const d = makeDoc("doc_rel7", "中芬关系概览", "中芬友好源远流长。\n\n瑞典于2031年1月承认中国，同年10月两国建交。");
    const y = fact(d, "date", "同年10月", date("2031-10", "month", "同年10月", "两国建交") as never);
    expect(pairLabelFor(buildContext({ documents: [d], facts: [y] }), y)).toBeUndefined();
  });
});

describe("dates that are no time of the event", () => {
  const ask = (body: string, surface: string, iso: string, event: string) => {
    const d = makeDoc("doc_ev", "中匈关系概览", body);
    const y = fact(d, "date", surface, date(iso, "year", surface, event) as never);
    return dateEvent(y as DateFact, buildContext({ documents: [d], facts: [y] }));
  };
  it("a period inside a title, a year designated, an occasion to come", () => {
    expect(ask("中匈两国签署《北陆行动计划（2031-2035）》。", "2031-2035", "2031", "中匈两国签署《北陆行动计划》")).toBeUndefined();
    expect(ask("中匈双方同意将2032年确定为“北陆友好年”。", "2032年", "2032", "中匈双方同意将确定为“北陆友好年”")).toBeUndefined();
    expect(ask("中匈双方同意以2033年北陆条约签署十周年为契机，推动合作。", "2033年", "2033", "中匈双方同意以北陆条约签署十周年为契机")).toBeUndefined();
    expect(ask("2031年，中匈双方签署《北陆协定》。", "2031年", "2031", "中匈双方签署《北陆协定》")).toBe("中匈双方签署《北陆协定》");
  });
});

