/** What a question's text refers to without naming it: a treaty's "本协定", a bare 双方/两国 of a document about one pair. */
import { describe, expect, it } from "vitest";
import { makeDoc } from "../../../tests/fixtures/generate/corpus";
import { buildContext } from "./context";
import { ownInstrumentName, titlePair, unnamedPairShown, withOwnInstrumentNamed, withOwnOfficeNamed, withParagraphCountry, withTitlePairNamed, withTitleTopicNamed } from "./referents";

describe("a treaty's own 本协定", () => {
  const body = "甲国政府和乙国政府关于内河航运合作的协定\n\n第一条　缔约双方根据本协定开展合作。\n\n第九条　本协定有效期为十年，期满后本协定自动延长五年。";
  const d = makeDoc("doc_rf", "条约数据库", body);
  const ctx = buildContext({ documents: [d], facts: [] });
  for (const s of ctx.sentences.get("doc_rf") ?? []) if (s.text.endsWith("的协定")) s.blockLabel = "heading";
  const name = (head: string) => ownInstrumentName(ctx, "doc_rf", d.doc.raw.indexOf("第九条"), head);
  it("says the name of the heading its text stands under, a later 本协定 reading 该协定", () => {
    expect(name("协定")).toBe("甲国政府和乙国政府关于内河航运合作的协定");
    expect(withOwnInstrumentNamed("本协定有效期为（    ），期满后本协定自动延长五年。", name, "十年")).toBe("《甲国政府和乙国政府关于内河航运合作的协定》有效期为（    ），期满后该协定自动延长五年。");
  });
  it("leaves it as written when no heading names it, or the answer is part of the name", () => {
    expect(name("条约")).toBeUndefined();
    expect(withOwnInstrumentNamed("根据本协定开展（    ）。", name, "内河航运")).toBe("根据本协定开展（    ）。");
    expect(ownInstrumentName(ctx, "doc_rf", d.doc.raw.indexOf("甲国政府和乙国政府"), "协定")).toBeUndefined();
  });
});

describe("a bare 双方/两国 in a document whose title is about one pair", () => {
  it("is named by the title's pair, where nothing shown names a side", () => {
    expect(unnamedPairShown("根据原文填空：双方支持甲倡议同（    ）对接。")).toBe(true);
    expect(unnamedPairShown("根据原文填空：中俄双方支持甲倡议同（    ）对接。")).toBe(false);
    // (a group beside a 两国 is none of its countries)
    expect(unnamedPairShown("2031年5月，两国宣布在中欧伙伴关系框架内建立“（    ）”。")).toBe(true);
    expect(unnamedPairShown("2031年5月，中国和法国两国宣布在中欧伙伴关系框架内建立“（    ）”。")).toBe(false);
    expect(withTitlePairNamed("根据原文填空：双方支持甲倡议同____对接。", "中俄", "乙联盟")).toBe("根据原文填空：中俄双方支持甲倡议同____对接。");
    expect(withTitlePairNamed("2031年，两国结成友好省市（    ）。", "中国和匈牙利", "22对")).toBe("2031年，中国和匈牙利两国结成友好省市（    ）。");
    expect(withTitlePairNamed("双方始终秉持（    ）理念。", "中国—东盟", "亲诚惠容")).toBe("中国和东盟双方始终秉持（    ）理念。");
  });
  it("is left as written where the sides are asked, the answer names one, or a group is counted as 两国", () => {
    expect(withTitlePairNamed("《甲协议》的双方是（    ）。", "中俄", "甲部、乙部")).toBe("《甲协议》的双方是（    ）。");
    expect(withTitlePairNamed("双方签署（    ）。", "中俄", "俄罗斯")).toBe("双方签署（    ）。");
    expect(withTitlePairNamed("双方商定由（    ）承办。", "中俄", "中方")).toBe("双方商定由（    ）承办。");
    expect(withTitlePairNamed("两国（    ）签署甲协定。", "中国和智利", "中国和智利两国")).toBe("两国（    ）签署甲协定。");
    expect(withTitlePairNamed("两国签署（    ）。", "中国—东盟", "甲协议")).toBe("两国签署（    ）。");
    expect(withTitlePairNamed("缔约双方应当（    ）。", "中俄", "协商")).toBe("缔约双方应当（    ）。");
    // (a pair written by its abbreviations, a country before the word, or a quoted name holding it)
    expect(withTitlePairNamed("____，美俄两国外长在某地会晤。", "中国和伊朗", "2031年4月6日")).toBe("____，美俄两国外长在某地会晤。");
    expect(withTitlePairNamed("“两国一港”是（    ）。", "中马", "甲乙物流合作的示范项目")).toBe("“两国一港”是（    ）。");
    expect(withTitlePairNamed("中意两国建交是在什么时候？", "中国和意大利", "")).toBe("中意两国建交是在什么时候？");
    expect(withTitlePairNamed("两国领导人共同描绘合作前景，……并出席（    ）。", "中国和葡萄牙", "第二届甲论坛")).toBe("两国领导人共同描绘合作前景，……并出席（    ）。");
  });
  it("is named where the answer holds a pair of countries and says more of its own", () => {
    // (the key "中俄某某年" asks what the pair's year was, which the pair named beside it does not give)
    expect(withTitlePairNamed("两国互办主题年活动。2031年为____。", "中俄", "中俄青年交流年")).toBe("中俄两国互办主题年活动。2031年为____。");
    // (not a group's body or forum, nor a pair and a generic head: "中国和东盟双方……（中国—东盟博览会）" gives it away)
    expect(withTitlePairNamed("（    ）已成为双方经贸交流的重要平台。", "中国—东盟", "中国—东盟海洋合作中心")).toBe("（    ）已成为双方经贸交流的重要平台。");
    expect(withTitlePairNamed("（    ）谈判已结束，两国将推动签署。", "中俄", "中俄自贸协定")).toBe("（    ）谈判已结束，两国将推动签署。");
  });
  it("counts only countries beside a 两国: a group named in its sentence is no side of it", () => {
    const d = makeDoc("doc_rf3", "中法关系的新篇章", "两国元首举行会谈。\n\n2031年，两国宣布在中欧伙伴关系框架内建立甲机制。\n\n2032年，双方宣布在中欧伙伴关系框架内建立乙机制。");
    const ctx = buildContext({ documents: [d], facts: [] });
    expect(titlePair(ctx, "doc_rf3", d.doc.raw.indexOf("两国宣布"), true)).toBe("中法");
    expect(titlePair(ctx, "doc_rf3", d.doc.raw.indexOf("双方宣布"))).toBeUndefined();
  });
  it("takes the one country a document with no pair in its title names far more often than any other", () => {
    const lines = ["甲老师：下周读书会讲中国与智利关系。", ...Array.from({ length: 8 }, (_, k) => `乙同学：智利的第${k + 1}个材料已上传。`), "丙同学：巴西的材料也有一份。", "乙同学：2031年两国海关签了第一份甲协议。"];
    const d = makeDoc("doc_rf4", "聊天记录导出", lines.join("\n\n"));
    const ctx = buildContext({ documents: [d], facts: [] });
    expect(titlePair(ctx, "doc_rf4", d.doc.raw.indexOf("2031年两国"), true)).toBe("中国和智利");
    // (two countries named about as often: no one pair)
    const even = makeDoc("doc_rf5", "聊天记录导出", [...lines, ...Array.from({ length: 4 }, (_, k) => `丙同学：巴西的第${k + 1}个材料。`)].join("\n\n"));
    const ctx2 = buildContext({ documents: [even], facts: [] });
    expect(titlePair(ctx2, "doc_rf5", even.doc.raw.indexOf("2031年两国"), true)).toBeUndefined();
  });
  it("takes the title's pair only where the sentence and the one before name no other country", () => {
    const d = makeDoc("doc_rf2", "中俄合作的新阶段", "两国元首举行会谈。双方支持甲倡议同乙联盟对接。\n\n美国和日本举行磋商。双方同意加强合作。");
    const ctx = buildContext({ documents: [d], facts: [] });
    expect(titlePair(ctx, "doc_rf2", d.doc.raw.indexOf("双方支持"))).toBe("中俄");
    expect(titlePair(ctx, "doc_rf2", d.doc.raw.indexOf("双方同意"))).toBeUndefined();
  });
});

describe("a provincial office's 我办, 我省", () => {
  it("says the office and the province its document's title names", () => {
    const title = "海南省外办2031年对甲国交流合作工作总结";
    expect(withOwnOfficeNamed("根据原文填空：____，我办将继续办好甲活动。", title)).toBe("根据原文填空：____，海南省外办将继续办好甲活动。");
    expect(withOwnOfficeNamed("我省推进对甲边境贸易便利化，全年口岸通关量增长（    ）。", title)).toBe("海南省推进对甲边境贸易便利化，全年口岸通关量增长（    ）。");
    expect(withOwnOfficeNamed("我办协助接待乙国代表团。", "海南省人民政府外事办公室关于2031年工作的报告")).toBe("海南省人民政府外事办公室协助接待乙国代表团。");
  });
  it("is left where the title names no province, two, or no office of that kind", () => {
    expect(withOwnOfficeNamed("我办协助举办对接会。", "2031年对甲国交流合作工作总结")).toBe("我办协助举办对接会。");
    expect(withOwnOfficeNamed("我办协助举办对接会。", "海南省与广东省外办联合工作总结")).toBe("我办协助举办对接会。");
    expect(withOwnOfficeNamed("我厅将举办培训。", "海南省外办2031年工作总结")).toBe("我厅将举办培训。");
    expect(withOwnOfficeNamed("我市将举办培训。", "海南省外办2031年工作总结")).toBe("我市将举办培训。");
  });
});

describe("a bare head its document's title names", () => {
  it("says the title's name at its first bare place", () => {
    expect(withTitleTopicNamed("根据原文填空：甲电站是走廊第一个风电项目，____并网发电。", "甲乙经济走廊十年：进展与挑战", "2031年6月9日")).toBe("根据原文填空：甲电站是甲乙经济走廊第一个风电项目，____并网发电。");
    expect(withTitleTopicNamed("2031年，共有（    ）岛国派员参加甲培训班。", "中国与南洋岛国关系的新发展", "8个")).toBe("2031年，共有（    ）南洋岛国派员参加甲培训班。");
  });
  it("is left where the text names another of that head, quotes it, the title names two, or the answer holds the name", () => {
    expect(withTitleTopicNamed("走廊建成之后，双方又规划了北线走廊、（    ）。", "甲乙经济走廊十年", "南线走廊")).toBe("走廊建成之后，双方又规划了北线走廊、（    ）。");
    expect(withTitleTopicNamed("“三条走廊”同步推进，（    ）。", "甲乙经济走廊十年", "某声明")).toBe("“三条走廊”同步推进，（    ）。");
    expect(withTitleTopicNamed("甲港是走廊的（    ）。", "甲乙经济走廊与丙丁经济走廊", "出海口")).toBe("甲港是走廊的（    ）。");
    expect(withTitleTopicNamed("（    ）是走廊第一个风电项目。", "甲乙经济走廊十年", "甲乙经济走廊")).toBe("（    ）是走廊第一个风电项目。");
    expect(withTitleTopicNamed("三国签署了（    ），提出将走廊货运量翻一番。", "“丙丁走廊”观察", "关于发展戊己运输走廊的备忘录")).toBe("三国签署了（    ），提出将走廊货运量翻一番。");
  });
});

describe("a bare 全国 and an office taken with no country", () => {
  const body = "冰岛地处北大西洋，首都雷克雅未克。全国共划分为8个大区。2024年6月，无党派候选人甲某当选总统。\n\n冰岛和挪威都是北欧国家。挪威首都奥斯陆。全国共有15个郡。";
  const d = makeDoc("doc_nation", "北欧国家概况", body);
  const ctx = buildContext({ documents: [d], facts: [] });
  const at = (s: string) => d.doc.raw.indexOf(s);
  it("take the one country the paragraph's sentences open on", () => {
    expect(withParagraphCountry(ctx, "doc_nation", at("全国共划分"), "根据原文填空（填数字）：全国共划分为____个大区。")).toBe("根据原文填空（填数字）：冰岛全国共划分为____个大区。");
    expect(withParagraphCountry(ctx, "doc_nation", at("2024年6月"), "无党派候选人甲某当选总统是在什么时候？")).toBe("无党派候选人甲某当选冰岛总统是在什么时候？");
  });
  it("are left where the paragraph opens on two countries", () => {
    expect(withParagraphCountry(ctx, "doc_nation", at("全国共有"), "全国共有（    ）郡。")).toBe("全国共有（    ）郡。");
  });
  it("are left where the country is the answer", () => {
    const e = makeDoc("doc_nation_answer", "北欧概况", "芬兰森林覆盖率很高。全国设有十九个区。");
    const c = buildContext({ documents: [e], facts: [] });
    const q = "全国设有十九个区的是哪个国家？";
    expect(withParagraphCountry(c, "doc_nation_answer", e.doc.raw.indexOf("全国设有"), q, "芬兰")).toBe(q);
    expect(withParagraphCountry(c, "doc_nation_answer", e.doc.raw.indexOf("全国设有"), "全国设有（    ）个区。", "十九")).toBe("芬兰全国设有（    ）个区。");
  });
});
