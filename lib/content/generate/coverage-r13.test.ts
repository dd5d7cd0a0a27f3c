/**
 * Round 13, on invented text: dated events the date builder had left unasked ("甲乙两国于某日建交",
 * a statement's date, a news item's "当天" after its dateline, a traditional text's "兩國"), the events
 * it must still refuse (a subject left in the clause before, a plan, an unnamed work), and a date a
 * table writes in figures answered in words.
 */
import { describe, expect, it } from "vitest";
import { date, fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import { generateBank } from "./bank";
import { arrowRow, arrowRuns } from "./builders/arrows";
import { itemDescription, numberedItems } from "./builders/items";
import { dateEvent, unsaidEvent, withAntecedentNamed, withSentenceSubject, withStatement } from "./builders/date";
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

describe("joining as a member", () => {
  it("is an event, a status is not", () => {
    expect(eventOf("2031年1月1日，智利正式成为某组织成员国。", "2031年1月1日", "2031-01-01", "智利正式成为某组织成员国")).toBe("智利正式成为某组织成员国");
    expect(eventOf("2031年，中国成为智利最大的贸易伙伴。", "2031年", "2031", "中国成为智利最大的贸易伙伴")).toBeUndefined();
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
