/**
 * Round 13, on invented text: dated events the date builder had left unasked ("甲乙两国于某日建交",
 * a statement's date, a news item's "当天" after its dateline, a traditional text's "兩國"), the events
 * it must still refuse (a subject left in the clause before, a plan, an unnamed work), and a date a
 * table writes in figures answered in words.
 */
import { describe, expect, it } from "vitest";
import { date, fact, makeDoc, withOtherDates } from "../../../tests/fixtures/generate/corpus";
import { generateBank } from "./bank";
import { namesItsParties, usableAgreement } from "./builders/agreement";
import { aliasOf } from "./builders/aliases";
import { arrowRow, arrowRuns } from "./builders/arrows";
import { itemDescription, numberedItems } from "./builders/items";
import { fieldEvent, pairOfTitle } from "./builders/records";
import { rowAsSentence } from "./builders/rows";
import { bracketedMeeting, dateEvent, isFigureDate, periodHeading, unsaidEvent, withAntecedentNamed, withSentenceSubject, withStatement } from "./builders/date";
import { buildContext } from "./context";
import type { DateFact } from "./model";

/** The event of the date `needle` in a one-paragraph document. */
function eventOf(text: string, needle: string, iso: string, event: string, inferred = false): string | undefined {
  const d = makeDoc("doc_ev13", "大事记", text);
  const precision = /^\d{4}-\d{2}-\d{2}$/u.test(iso) ? "day" : /^\d{4}-\d{2}$/u.test(iso) ? "month" : "year";
  const f = fact(d, "date", needle, date(iso, precision, needle, event, inferred) as never);
  return dateEvent(f as DateFact, buildContext({ documents: [d], facts: [f] }));
}

describe("a date brought in by 于", () => {
  it("is cut from a clause whose verb follows it, and the clause is the event", () => {
    expect(eventOf("智利与秘鲁两国于2031年4月9日正式建交。", "2031年4月9日", "2031-04-09", "智利与秘鲁两国正式建交")).toBe("智利与秘鲁两国正式建交");
    expect(eventOf("智利和秘鲁于2031年4月在利马签署《海洋合作协定》。", "2031年4月", "2031-04", "智利和秘鲁在利马签署《海洋合作协定》")).toBe(
      "智利和秘鲁在利马签署《海洋合作协定》",
    );
  });

  it("is no event when 于 ends a word of its own or no verb follows the date", () => {
    expect(eventOf("这一构想源于2031年4月在利马举行的会议。", "2031年4月", "2031-04", "这一构想源在利马举行的会议")).toBeUndefined();
    expect(eventOf("智利港位于2031年4月新建的港区之中。", "2031年4月", "2031-04", "智利港位新建的港区之中")).toBeUndefined();
    expect(eventOf("智利外长于2031年4月的讲话中提出合作倡议。", "2031年4月", "2031-04", "智利外长的讲话中提出合作倡议")).toBeUndefined();
  });
});

describe("an event that says less than it seems", () => {
  it("is told by its subject left before it, a plan, a bare generic object, an unnamed work or a day counted from another event", () => {
    expect(unsaidEvent("同秘鲁恢复外交关系")).toBe(true);
    expect(unsaidEvent("与智利建立全面战略伙伴关系")).toBe(true);
    expect(unsaidEvent("支持论坛部长级会议在利马举行")).toBe(true);
    expect(unsaidEvent("外交部长将访问智利")).toBe(true);
    expect(unsaidEvent("秘鲁国会通过法律")).toBe(true);
    expect(unsaidEvent("管道A线投产")).toBe(true);
    expect(unsaidEvent("港口一期工程开工建设")).toBe(true);
    expect(unsaidEvent("智利独立第三天")).toBe(true);
  });

  it("is not told when the phrase names who acts and what", () => {
    expect(unsaidEvent("中国同秘鲁恢复外交关系")).toBe(false);
    expect(unsaidEvent("智利与秘鲁签署协议")).toBe(false);
    expect(unsaidEvent("秘鲁国会通过《经济特区法》")).toBe(false);
    expect(unsaidEvent("港口城首批投资者签约入驻")).toBe(false);
    expect(unsaidEvent("中智合作的利马大桥通车")).toBe(false);
    expect(unsaidEvent("智利将中智关系提升为全面战略伙伴关系")).toBe(false);
  });

  it("keeps no such phrase as a date's event", () => {
    expect(eventOf("中国同智利于2031年4月恢复外交关系，同秘鲁于2032年5月恢复外交关系。", "2032年5月", "2032-05", "同秘鲁恢复外交关系")).toBeUndefined();
    expect(eventOf("秘鲁国会已于2031年通过法律，在利马设立经济特区。", "2031年", "2031", "秘鲁国会已通过法律")).toBeUndefined();
  });

  it("drops the 已 of a clause whose date is asked", () => {
    expect(eventOf("智利境内利马至北港段已于2031年4月9日开通运营。", "2031年4月9日", "2031-04-09", "智利境内利马至北港段已开通运营")).toBe("智利境内利马至北港段开通运营");
  });

  it("is no event in a sentence that opens on 其中 and names no party of its own", () => {
    expect(eventOf("其中，海洋合作中心于2031年4月在青岛启用。", "2031年4月", "2031-04", "海洋合作中心在青岛启用")).toBeUndefined();
    expect(eventOf("其中，中智海洋合作中心于2031年4月在青岛启用。", "2031年4月", "2031-04", "中智海洋合作中心在青岛启用")).toBe("中智海洋合作中心在青岛启用");
  });
});

describe("the date of a statement", () => {
  it("asks what was said: one clause to the end of the sentence", () => {
    expect(withStatement("智利外长也表示", "也表示，智方愿同中方深化港口合作。")).toBe("智利外长表示，智方愿同中方深化港口合作");
    expect(eventOf("智利外长2031年4月9日表示，智方愿同中方深化港口合作。", "2031年4月9日", "2031-04-09", "智利外长表示")).toBe("智利外长表示，智方愿同中方深化港口合作");
  });

  it("is no event when the statement runs over clauses, points back or is cut", () => {
    expect(withStatement("智利外长表示", "表示，智方愿同中方深化合作，扩大贸易。")).toBe("智利外长表示");
    expect(withStatement("智利外长表示", "表示，这一项目意义重大。")).toBe("智利外长表示");
    expect(withStatement("智利外长表示", "表示，我们愿同中方深化合作。")).toBe("智利外长表示");
    expect(withStatement("智利外长表示", "表示，双方应加强港口合作。")).toBe("智利外长表示");
    expect(eventOf("智利外长2031年4月9日表示，智方愿同中方深化合作，扩大贸易。", "2031年4月9日", "2031-04-09", "智利外长表示")).toBeUndefined();
  });
});

describe("a news item's 当天 after its dateline", () => {
  const d = makeDoc(
    "doc_dl13",
    "一周要闻",
    "【一】智利港口合作\n\n新华社圣地亚哥5月9日电（记者李明）记者从港务局获悉，智利港口吞吐量创新高。\n\n智利交通部长当天表示，智方欢迎更多中国企业参与港口建设。",
  );
  const line = fact(d, "date", "5月9日", date("2031-05-09", "day", "5月9日", "记者从港务局获悉", true) as never);
  const sameDay = fact(d, "date", "当天", date("2031-05-09", "day", "当天", "智利交通部长表示", true) as never);

  it("is asked by what was said, and the question tests the dateline too", () => {
    const qs = generateBank(withOtherDates([d], [line, sameDay])).bank.questions;
    const mcq = qs.find((q) => q.type === "mcq" && q.factIds.includes(sameDay.id));
    expect(mcq?.prompt).toBe("智利交通部长表示，智方欢迎更多中国企业参与港口建设。这是在什么时候？");
    expect(mcq?.answer).toBe("2031年5月9日");
    expect(qs.some((q) => q.factIds.includes(sameDay.id) && q.factIds.includes(line.id))).toBe(true);
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

describe("a date a table writes in figures", () => {
  it("is told from a range or another date", () => {
    expect(isFigureDate("1986-08", { iso: "1986-08", precision: "month" })).toBe(true);
    expect(isFigureDate("2017.9", { iso: "2017-09", precision: "month" })).toBe(true);
    expect(isFigureDate("2004/12/26", { iso: "2004-12-26", precision: "day" })).toBe(true);
    expect(isFigureDate("2019-2023", { iso: "2019", precision: "year", endIso: "2023" })).toBe(false);
    expect(isFigureDate("2004/12/26", { iso: "2004-12-25", precision: "day" })).toBe(false);
    expect(isFigureDate("2004年12月", { iso: "2004-12", precision: "month" })).toBe(false);
  });

  it("is answered in words in a cloze, its figures accepted", () => {
    const d = makeDoc("doc_csv13", "中智关系大事记", "2031-04：智利总统访华，中智签署《海洋合作协定》。");
    const f = fact(d, "date", "2031-04", date("2031-04", "month", "2031-04", "智利总统访华") as never);
    const cloze = generateBank(withOtherDates([d], [f])).bank.questions.find((q) => q.type === "cloze" && q.factIds.includes(f.id));
    expect(cloze?.answer).toBe("2031年4月");
    expect(cloze?.accepted).toContain("2031-04");
  });
});

describe("a partnership level", () => {
  const partnership = (text: string, name: string, parties: string[], extra: Record<string, unknown> = {}) => {
    const d = makeDoc("doc_pl13", "中国智利关系", text);
    return { d, f: fact(d, "agreement", name, { name, category: "partnership", type: "伙伴关系", parties, ...extra } as never) };
  };

  it("is a name beside an ordinal (第一个) and with a 的 of its own", () => {
    expect(usableAgreement(partnership("2031年4月，两国建立战略伙伴关系，这是智利同中国建立的第一个战略伙伴关系。", "战略伙伴关系", ["中国", "智利"]).f as never)).toBe(true);
    expect(usableAgreement(partnership("两国宣布建立面向未来的世代友好的战略合作伙伴关系。", "面向未来的世代友好的战略合作伙伴关系", ["中国", "智利"]).f as never)).toBe(true);
  });

  it("is no name when counted, or when 的 opens a description", () => {
    expect(usableAgreement(partnership("智利已同12个战略伙伴关系国家开展合作。", "战略伙伴关系", ["智利"]).f as never)).toBe(false);
    expect(usableAgreement(partnership("两国是真正的伙伴关系。", "真正的伙伴关系", ["中国", "智利"]).f as never)).toBe(false);
  });

  it("is offered only against levels, not names that give their parties", () => {
    expect(namesItsParties("中国东盟全面战略伙伴关系")).toBe(true);
    expect(namesItsParties("美国—湄公河伙伴关系")).toBe(true);
    expect(namesItsParties("哈乌战略伙伴关系")).toBe(true);
    expect(namesItsParties("中海战略伙伴关系")).toBe(true);
    expect(namesItsParties("全面战略协作伙伴关系")).toBe(false);
    expect(namesItsParties("新时代全天候全面战略伙伴关系")).toBe(false);
    expect(namesItsParties("与时俱进的全方位合作伙伴关系")).toBe(false);
  });

  it("on a timeline line of its own (a date and the level) is asked when the pair set it up or raised it", () => {
    const { d, f } = partnership("关系定位\n\n2031年4月 全方位高质量的前瞻性伙伴关系", "全方位高质量的前瞻性伙伴关系", ["中国", "智利"], { date: "2031-04", upgradedFrom: "全方位合作伙伴关系" });
    const mcq = generateBank(withOtherDates([d], [f])).bank.questions.find((q) => q.type === "mcq" && q.factIds.includes(f.id));
    expect(mcq?.prompt).toBe("中国与智利的关系提升为全方位高质量的前瞻性伙伴关系是在什么时候？");
    expect(mcq?.answer).toBe("2031年4月");
  });

  it("gets no such question when the line says more than the date and the level", () => {
    const { d, f } = partnership("2031年4月智利总统访华并谈及全方位高质量的前瞻性伙伴关系", "全方位高质量的前瞻性伙伴关系", ["中国", "智利"], { date: "2031-04" });
    const qs = generateBank(withOtherDates([d], [f])).bank.questions;
    expect(qs.some((q) => q.type === "mcq" && q.factIds.includes(f.id) && /是在什么时候/u.test(q.prompt))).toBe(false);
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

describe("a document named only by its kind (联合声明, 合作备忘录)", () => {
  const statement = (text: string, parties: string[]) => {
    const d = makeDoc("doc_js13", "中东外交", text);
    const when = fact(d, "date", "2031年3月10日", date("2031-03-10", "day", "2031年3月10日", text.replace(/^2031年3月10日，/u, "").replace(/，.*$/u, "")) as never);
    const js = fact(d, "agreement", "联合声明", { name: "联合声明", category: "document", type: "联合声明", parties, date: "2031-03-10" } as never);
    return { corpus: withOtherDates([d], [when, js]), js };
  };

  it("is tested by the question on when its signatories issued it", () => {
    const { corpus, js } = statement("2031年3月10日，中国、智利、秘鲁三方在利马发表联合声明，宣布加强港口合作。", ["中国", "智利", "秘鲁"]);
    const q = generateBank(corpus).bank.questions.find((x) => x.factIds.includes(js.id));
    expect(q?.prompt).toMatch(/中国、智利、秘鲁三方在利马发表联合声明/u);
  });

  it("is not tested when the question leaves its signatories unnamed", () => {
    const { corpus, js } = statement("2031年3月10日，两国发表联合声明，宣布加强港口合作。", []);
    expect(generateBank(corpus).bank.questions.some((x) => x.factIds.includes(js.id))).toBe(false);
  });
});

describe("a partnership level found with no party", () => {
  it("is asked with the pair the text is about", () => {
    const d = makeDoc("doc_nl13", "中国—智利关系", "中国和智利两国关系源远流长。\n\n关系定位：战略合作关系（2031年10月建立）");
    const f = fact(d, "agreement", "战略合作关系", { name: "战略合作关系", category: "partnership", type: "合作关系", parties: [], date: "2031-10" } as never);
    const mcq = generateBank(withOtherDates([d], [f])).bank.questions.find((q) => q.type === "mcq" && q.factIds.includes(f.id) && /是在什么时候/u.test(q.prompt));
    expect(mcq?.prompt).toMatch(/^中国和智利两国建立战略合作关系是在什么时候？$|^中智两国建立战略合作关系是在什么时候？$/u);
    expect(mcq?.answer).toBe("2031年10月");
  });

  it("gets no when-question when no pair is named around it", () => {
    const d = makeDoc("doc_nl13b", "关系回顾", "关系定位：战略合作关系（2031年10月建立）");
    const f = fact(d, "agreement", "战略合作关系", { name: "战略合作关系", category: "partnership", type: "合作关系", parties: [], date: "2031-10" } as never);
    const qs = generateBank(withOtherDates([d], [f])).bank.questions;
    expect(qs.some((q) => q.factIds.includes(f.id) && /是在什么时候/u.test(q.prompt))).toBe(false);
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

describe("a launch", () => {
  it("is an event", () => {
    expect(eventOf("2031年10月14日：首颗中智地球资源卫星成功发射", "2031年10月14日", "2031-10-14", "首颗中智地球资源卫星成功发射")).toBe("首颗中智地球资源卫星成功发射");
  });
});

describe("an event that names its subject by pointing back", () => {
  it("takes the title or the meeting the clause before the date names", () => {
    expect(withAntecedentNamed("后者生效", "北极事务的规则包括《甲公约》和智利制定的《乙规则》，后者于")).toBe("《乙规则》生效");
    expect(withAntecedentNamed("前者生效", "规则包括《甲公约》和《乙规则》，前者于")).toBe("《甲公约》生效");
    expect(withAntecedentNamed("会议召开，六国参加", "2031年10月：智利总统发起利马会议，斡旋边界问题，会议于")).toBe("利马会议召开，六国参加");
  });

  it("is left as it was when the name is not certain", () => {
    expect(withAntecedentNamed("后者生效", "规则包括《乙规则》，后者于")).toBe("后者生效");
    expect(withAntecedentNamed("会议召开", "智利发起利马会议，秘鲁发起库斯科会议，会议于")).toBe("会议召开");
    expect(withAntecedentNamed("会议召开", "智利提出倡议，会议于")).toBe("会议召开");
  });

  it("makes the date asked by that name", () => {
    const text = "海上规则包括《甲公约》和国际组织制定的《乙规则》，后者于2031年1月1日生效。";
    expect(eventOf(text, "2031年1月1日", "2031-01-01", "后者生效")).toBe("《乙规则》生效");
  });
});

describe("dates the date builder had refused", () => {
  it("takes a date stressed by 早在……就, without the 就", () => {
    expect(eventOf("智利和秘鲁的央行早在2031年就续签了本币互换协议。", "2031年", "2031", "智利和秘鲁的央行就续签了本币互换协议")).toBe("智利和秘鲁的央行续签了本币互换协议");
    expect(eventOf("智利早在2031年就与中方签署了合作文件。", "2031年", "2031", "就与中方签署了合作文件")).toBeUndefined();
  });

  it("takes a count of years resolved from a date given before", () => {
    expect(eventOf("2031年，智利举办首届博览会。三年后，智利秘鲁峰会在利马举行。", "三年后", "2034", "智利秘鲁峰会在利马举行", true)).toBe("智利秘鲁峰会在利马举行");
  });

  it("reads 中 after a date as mid-year only when no name follows", () => {
    expect(eventOf("2031年12月中智铁路一期工程开工", "2031年12月", "2031-12", "中智铁路一期工程开工")).toBe("中智铁路一期工程开工");
    expect(eventOf("2031年中，智利铁路开工。", "2031年", "2031", "智利铁路开工")).toBeUndefined();
  });

  it("takes a 时任 official as a subject", () => {
    // (round 15: a bare visit recurs and is asked only with the clause that says which one it was)
    expect(eventOf("2031年4月，时任智利总理某某访华，成为首位访华的智利总理。", "2031年4月", "2031-04", "时任智利总理某某访华")).toBe("时任智利总理某某访华，成为首位访华的智利总理");
  });

  it("refuses a change against last year, and a time phrase for an event", () => {
    expect(unsaidEvent("智利对华出口同比增长约40%")).toBe(true);
    expect(unsaidEvent("智利对华出口增长约40%")).toBe(false);
    expect(eventOf("在智利独立之初，两国即有往来。", "独立之初", "2031", "智利独立之初")).toBeUndefined();
  });

  it("asks a subject's one event of a kind even when the subject has events of other kinds", () => {
    const d = makeDoc("doc_ss13", "智利港口", "2031年5月，智利港一期正式开港。\n\n2033年7月，智利港特许经营协议签署。\n\n2034年8月，智利港一期扩建后再次开港。");
    const open1 = fact(d, "date", "2031年5月", date("2031-05", "month", "2031年5月", "智利港一期正式开港") as never);
    const deal = fact(d, "date", "2033年7月", date("2033-07", "month", "2033年7月", "智利港特许经营协议签署") as never);
    const ctx = buildContext({ documents: [d], facts: [open1, deal] });
    expect(dateEvent(open1 as DateFact, ctx)).toBe("智利港一期正式开港");
    const open2 = fact(d, "date", "2034年8月", date("2034-08", "month", "2034年8月", "智利港一期扩建后再次开港") as never);
    const ctx2 = buildContext({ documents: [d], facts: [open1, deal, open2] });
    expect(dateEvent(open1 as DateFact, ctx2)).toBeUndefined();
  });
});

describe("dates of notes, wiki boxes and chronology rows", () => {
  it("ask a visit by its ordinal even when the visitor came more than once", () => {
    const d = makeDoc("doc_or13", "中智关系", "2031年5月：某某总统访华。\n\n2033年7月：某某总统第二次访华，同意深化合作。");
    const first = fact(d, "date", "2031年5月", date("2031-05", "month", "2031年5月", "某某总统访华") as never);
    const second = fact(d, "date", "2033年7月", date("2033-07", "month", "2033年7月", "某某总统第二次访华，同意深化合作") as never);
    const ctx = buildContext({ documents: [d], facts: [first, second] });
    expect(dateEvent(second as DateFact, ctx)).toBe("某某总统第二次访华，同意深化合作");
    expect(dateEvent(first as DateFact, ctx)).toBeUndefined();
  });

  it("ask the year of an anniversary written with ＝ or after a row's colon", () => {
    const notes = makeDoc("doc_an13", "中智关系复习提纲", "纪念年份：2031年＝中智建交60周年＋“中智文化年”；");
    const y = fact(notes, "date", "2031年", date("2031", "year", "2031年", "＝中智建交60周年＋“中智文化年”") as never);
    const q = generateBank(withOtherDates([notes], [y])).bank.questions.find((x) => x.type === "mcq" && x.factIds.includes(y.id));
    expect(q?.prompt).toBe("根据原文，中智建交60周年是哪一年？");
    const row = makeDoc("doc_an13b", "中智关系大事记", "2031-02：中智建交50周年，两国领导人互致贺电");
    const m = fact(row, "date", "2031-02", date("2031-02", "month", "2031-02", "中智建交50周年") as never);
    const q2 = generateBank(withOtherDates([row], [m])).bank.questions.find((x) => x.type === "mcq" && x.factIds.includes(m.id));
    expect(q2?.prompt).toMatch(/^(?:根据原文，)?中智建交50周年是在什么时候？$/u);
    expect(q2?.answer).toBe("2031年2月");
  });

  it("ask a meeting dated in a bracket after its name, by where it was held", () => {
    expect(bracketedMeeting("首届中智峰会（2031年12月9日，利马）", { start: 7, end: 17 })).toBe("首届中智峰会在利马举行");
    expect(bracketedMeeting("中智合作论坛（2031年成立，秘书处设在利马）", { start: 7, end: 12 })).toBeUndefined();
    expect(bracketedMeeting("参见首届中智峰会文件（2031年12月9日）", { start: 11, end: 21 })).toBeUndefined();
  });

  it("ask the years of a period a heading names", () => {
    const d = makeDoc("doc_pe13", "中智关系史", "一、建交与复交（2031—2041）\n\n二、概况（2031—2041）");
    const p = fact(d, "date", "2031—2041", { iso: "2031", endIso: "2041", precision: "year", text: "2031—2041", event: "一、建交与复交（2031—2041）", inferred: false } as never);
    const g = fact(d, "date", "2031—2041", { iso: "2031", endIso: "2041", precision: "year", text: "2031—2041", event: "二、概况（2031—2041）", inferred: false } as never, 1);
    expect(periodHeading(p as DateFact)).toBe("建交与复交");
    expect(periodHeading(g as DateFact)).toBeUndefined();
    const q = generateBank(withOtherDates([d], [p])).bank.questions.find((x) => x.type === "mcq" && x.factIds.includes(p.id));
    // (round 15: whose history it is, from the document's title)
    expect(q?.prompt).toBe("根据原文，中智关系史的“建交与复交”阶段的起止年份是（    ）。");
    expect(q?.answer).toBe("2031—2041年");
  });

  it("ask one event written twice in a document once, testing both mentions", () => {
    const d = makeDoc("doc_tw13c", "中智关系", "访问：2031年7月，某某总统第四次访华。\n\n2031年7月：某某第四次访华。");
    const a = fact(d, "date", "2031年7月", date("2031-07", "month", "2031年7月", "某某总统第四次访华") as never);
    const b = fact(d, "date", "2031年7月", date("2031-07", "month", "2031年7月", "某某第四次访华") as never, 1);
    const qs = generateBank(withOtherDates([d], [a, b])).bank.questions.filter((q) => q.type === "mcq" && (q.factIds.includes(a.id) || q.factIds.includes(b.id)));
    expect(qs).toHaveLength(1);
    expect(qs[0]!.factIds).toEqual(expect.arrayContaining([a.id, b.id]));
  });

  it("take a first summit of a named pair as named ('首届中某峰会'), not a bare ordinal meeting", () => {
    expect(eventOf("首届中智峰会（2031年12月9日，利马）", "2031年12月9日", "2031-12-09", "首届中智峰会2031年12月9日")).toBe("首届中智峰会在利马举行");
    expect(eventOf("2031年12月9日，首届领导人峰会在利马举行。", "2031年12月9日", "2031-12-09", "首届领导人峰会在利马举行")).toBeUndefined();
  });
});

describe("a chronology's dated rows with no category column", () => {
  it("are written as sentences when no short cell could be a category", () => {
    expect(rowAsSentence("2031/4/9：中国援建的智利图书馆落成，建筑面积约（    ）平方米", new Set())).toBe("2031年4月9日，中国援建的智利图书馆落成，建筑面积约（    ）平方米");
    expect(rowAsSentence("2031年4月：智利总统访华，双方签署（    ）项合作文件", new Set())).toBe("2031年4月，智利总统访华，双方签署（    ）项合作文件");
    // a short cell could still be a category no other row repeats
    expect(rowAsSentence("2031/4/9：智利图书馆落成，文化，面积约（    ）", new Set())).toBe("2031/4/9：智利图书馆落成，文化，面积约（    ）");
  });
});

describe("a span of time counted to now (某某年来)", () => {
  it("has its number asked in a cloze or a statement, never as the number standing for the whole phrase", () => {
    const d = makeDoc("doc_sp13", "中智关系", "建交30多年来，中国同智利相互尊重、平等相待，合作不断深化。");
    const f = fact(d, "figure", "30多年来", { number: 30, unit: "年", text: "30多年来", measure: "建交" } as never);
    const others = [20, 40, 50, 60, 25].map((n, i) => {
      const o = makeDoc(`doc_sp13o${i}`, "其他", `建交${n}多年来，两国交往密切。`);
      return { d: o, f: fact(o, "figure", `${n}多年来`, { number: n, unit: "年", text: `${n}多年来`, measure: "建交" } as never) };
    });
    const qs = generateBank({ documents: [d, ...others.map((o) => o.d)], facts: [f, ...others.map((o) => o.f)] }).bank.questions.filter((q) => q.factIds.includes(f.id));
    expect(qs.some((q) => q.type === "cloze")).toBe(true);
    expect(qs.filter((q) => q.type === "mcq" || q.type === "flashcard")).toEqual([]);
  });
});

describe("a date written relative to the document's own date", () => {
  const dated = (head: string, body: string) => {
    const d = makeDoc("doc_rel13", "外交部发言人例行记者会", `${head}\n\n${body}`);
    return { ...d, date: "2031-11-20" };
  };

  it("is asked in full when the document writes its date at its head, and answered in full in a cloze", () => {
    const d = dated("2031年11月20日外交部发言人例行记者会", "今年7月，智利正式成为某组织第10个成员国。");
    const f = fact(d, "date", "今年7月", date("2031-07", "month", "今年7月", "智利正式成为某组织第10个成员国", true) as never);
    const qs = generateBank(withOtherDates([d], [f])).bank.questions.filter((q) => q.factIds.includes(f.id));
    expect(qs.find((q) => q.type === "mcq")?.prompt).toBe("智利正式成为某组织第10个成员国是在什么时候？");
    expect(qs.find((q) => q.type === "mcq")?.answer).toBe("2031年7月");
    const cloze = qs.find((q) => q.type === "cloze");
    expect(cloze?.answer).toBe("2031年7月");
    expect(cloze?.accepted).toContain("今年7月");
  });

  it("is no when-question when the document's date is written nowhere at its head, and no cloze when no date is known", () => {
    const d = dated("外交部发言人例行记者会", "今年7月，智利正式成为某组织第10个成员国。");
    const f = fact(d, "date", "今年7月", date("2031-07", "month", "今年7月", "智利正式成为某组织第10个成员国", true) as never);
    expect(generateBank(withOtherDates([d], [f])).bank.questions.some((q) => q.factIds.includes(f.id) && q.type === "mcq")).toBe(false);
    const undated = makeDoc("doc_rel13b", "外交部发言人例行记者会", "外交部发言人例行记者会\n\n今年7月，智利正式成为某组织第10个成员国。");
    const g = fact(undated, "date", "今年7月", date("2031-07", "month", "今年7月", "智利正式成为某组织第10个成员国", true) as never);
    expect(generateBank(withOtherDates([undated], [g])).bank.questions.some((q) => q.factIds.includes(g.id) && q.type === "cloze")).toBe(false);
  });
});

describe("joining as a member", () => {
  it("is an event, a status is not", () => {
    expect(eventOf("2031年1月1日，智利正式成为某组织成员国。", "2031年1月1日", "2031-01-01", "智利正式成为某组织成员国")).toBe("智利正式成为某组织成员国");
    expect(eventOf("2031年，中国成为智利最大的贸易伙伴。", "2031年", "2031", "中国成为智利最大的贸易伙伴")).toBeUndefined();
  });
});

describe("a wiki's full name of a relation", () => {
  it("gives the pair a record line leaves out", () => {
    expect(pairOfTitle("名称：中华人民共和国与智利共和国关系")).toBe("中国和智利");
    expect(pairOfTitle("中国与秘鲁关系")).toBe("中国和秘鲁");
    expect(pairOfTitle("中华人民共和国与拉美国家关系史研究")).toBeUndefined();
    expect(fieldEvent("建交日期：2031年8月4日", "2031年8月4日", pairOfTitle("中华人民共和国与智利共和国关系"))).toBe("中国和智利建交");
  });
});

describe("a statistic reached in a year", () => {
  it("is asked when its subject names the party", () => {
    expect(eventOf("2031年，中智双边贸易额达520亿美元。", "2031年", "2031", "中智双边贸易额达520亿美元")).toBe("中智双边贸易额达520亿美元");
    expect(eventOf("2031年，赴智中国游客回升至约67万人次。", "2031年", "2031", "赴智中国游客回升至约67万人次")).toBe("赴智中国游客回升至约67万人次");
  });

  it("is not asked when the subject is no one's, or no figure follows", () => {
    expect(eventOf("2031年，双边贸易额达520亿美元。", "2031年", "2031", "双边贸易额达520亿美元")).toBeUndefined();
    expect(eventOf("2031年10月，持股比例进一步增至67%。", "2031年10月", "2031-10", "持股比例进一步增至67%")).toBeUndefined();
    expect(eventOf("2031年，中智关系达新高度。", "2031年", "2031", "中智关系达新高度")).toBeUndefined();
  });
});

describe("a bare verb of completion after the date", () => {
  const at = (s: string, d: string) => ({ start: s.indexOf(d), end: s.indexOf(d) + d.length });

  it("takes the sentence's opening noun phrase, or for 生效 the one title before the date", () => {
    const a = "利马河底隧道是南美首条水下隧道，于2031年10月28日建成通车。";
    expect(withSentenceSubject("建成通车", a, at(a, "2031年10月28日"))).toBe("利马河底隧道建成通车");
    const b = "智利一号公路一期，就是利马到北港这一段，全长一百二十公里，2031年10月通车。";
    expect(withSentenceSubject("通车", b, at(b, "2031年10月"))).toBe("智利一号公路一期通车");
    const c = "基础设施：北港高速铁路二期工程由某企业承建，全长158公里，于2031年7月通车；";
    expect(withSentenceSubject("通车", c, at(c, "2031年7月"))).toBe("北港高速铁路二期工程通车");
    const d = "2030年，两国签订《中智投资保护协定》，2031年3月生效";
    expect(withSentenceSubject("生效", d, at(d, "2031年3月"))).toBe("《中智投资保护协定》生效");
  });

  it("takes no subject that is a connective, a pronoun, a pair or a clause, nor a verb with an object", () => {
    const a = "比如利马快速路，全长二十七公里，2031年7月开通，是PPP模式。";
    expect(withSentenceSubject("开通，是PPP模式", a, at(a, "2031年7月"))).toBeUndefined();
    const b = "两国签订协定，2031年3月生效。";
    expect(withSentenceSubject("生效", b, at(b, "2031年3月"))).toBeUndefined();
    const c = "中方宣布设立储备库，并在2031年建成智利减贫合作中心。";
    expect(withSentenceSubject("建成智利减贫合作中心", c, at(c, "2031年"))).toBeUndefined();
    const d = "开通当年，铁路的运营公司就提出了目标。";
    expect(withSentenceSubject("开通，铁路的运营公司就提出了目标", d, { start: 2, end: 4 })).toBeUndefined();
    expect(eventOf("2031年10月，通车，全长约68公里。", "2031年10月", "2031-10", "通车，全长约68公里")).toBeUndefined();
  });
});
