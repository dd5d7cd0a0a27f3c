/**
 * Agreement names that need reading before they can be asked: names in sentences written in traditional
 * characters, the short name a text gives a name (in brackets, in the clause after it, used again later), a name
 * the text says became another, a sentence that dangles only by its opening, and the kind of an ordinal meeting.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import { generateBank } from "./bank";
import { matchesShortAnswer } from "./grade";
import { meetingKindOf, usableAgreement } from "./builders/agreement-names";
import { withFullStop, withoutOpening, withoutTitleEcho } from "./builders/agreement-passage";
import { aliasOf, renamedAs, shortNameOf } from "./builders/aliases";
import { buildContext, passageOf } from "./context";
import type { AgreementFact } from "./model";

const project = (name: string, type: string) => ({ name, category: "project", type, parties: [] }) as never;

describe("a sentence in traditional characters", () => {
  const text = "甲乙鐵路是環洲鐵路中線的重要組成部分，北接丙丁鐵路，規劃連通甲埠、乙埠和丙埠。";

  it("is read by the simplified patterns: it names what it is about and stands on its own", () => {
    const d = makeDoc("doc_tr18", "鐵路合作", text);
    const a = fact(d, "agreement", "環洲鐵路", project("環洲鐵路", "铁路")) as AgreementFact;
    const ctx = buildContext({ documents: [d], facts: [a] });
    expect(passageOf(ctx, a).dangling).toBe(false);
    const q = generateBank({ documents: [d], facts: [a] }).bank.questions.find((x) => x.type === "cloze" && x.factIds.includes(a.id));
    expect(q?.prompt).toBe("根據原文填空：甲乙鐵路是____中線的重要組成部分，北接丙丁鐵路，規劃連通甲埠、乙埠和丙埠。");
    expect(q?.answer).toBe("環洲鐵路");
  });

  it("still dangles when its simplified reading does (兩國 that the sentence never names)", () => {
    const d = makeDoc("doc_tr18b", "鐵路合作", "今年以來，兩國企業可同時利用環洲自貿區的優惠安排。");
    const a = fact(d, "agreement", "環洲自貿區", project("環洲自貿區", "自贸区")) as AgreementFact;
    const ctx = buildContext({ documents: [d], facts: [a] });
    expect(passageOf(ctx, a).dangling).toBe(true);
    const qs = generateBank({ documents: [d], facts: [a] }).bank.questions.filter((x) => x.factIds.includes(a.id) && x.type !== "flashcard");
    expect(qs).toEqual([]);
  });

  it("declines a description whose words are the simplified patterns' in traditional (第一條)", () => {
    const d = makeDoc("doc_tr18c", "鐵路合作", "外界常說甲乙鐵路進展慢，但它是甲國第一條標準軌高速鐵路，需要一點一點磨合。");
    const a = fact(d, "agreement", "甲國第一條標準軌高速鐵路", project("甲國第一條標準軌高速鐵路", "铁路")) as AgreementFact;
    expect(usableAgreement(a)).toBe(false);
  });
});

describe("非……莫属", () => {
  it("is no part of the name it frames", () => {
    const d = makeDoc("doc_fm18", "铁路合作", "如果说有什么项目最能代表两国合作的雄心，非甲乙铁路莫属。");
    const a = fact(d, "agreement", "非甲乙铁路", project("非甲乙铁路", "铁路")) as AgreementFact;
    const b = fact(d, "agreement", "甲乙铁路", project("甲乙铁路", "铁路")) as AgreementFact;
    expect(usableAgreement(a)).toBe(false);
    expect(usableAgreement(b)).toBe(true);
  });
});

describe("the short name a text gives a name", () => {
  it("is read in brackets right after the name, quoted or not", () => {
    expect(shortNameOf("甲国签署《关于环境保护的环洲条约议定书》（简称“甲城议定书”）。", "关于环境保护的环洲条约议定书")).toBe("甲城议定书");
    expect(shortNameOf("《甲国政府和乙国政府自由贸易协定》（以下简称“甲乙自贸协定”）已于某日生效。", "甲国政府和乙国政府自由贸易协定")).toBe("甲乙自贸协定");
    expect(shortNameOf("两国同为环洲相互协作会议（简称环协）成员。", "环洲相互协作会议")).toBe("环协");
    expect(shortNameOf("环洲国家共同体（简称“环共体”，CEL）成立。", "环洲国家共同体")).toBe("环共体");
    // every mark of the shared set: 以下称, traditional 簡稱
    expect(shortNameOf("《甲乙两国铁路合作协定》（以下称“铁路协定”）已于某日生效。", "甲乙两国铁路合作协定")).toBe("铁路协定");
    expect(shortNameOf("《甲乙兩國鐵路合作協定》（簡稱“鐵路協定”）已於某日生效。", "甲乙兩國鐵路合作協定")).toBe("鐵路協定");
  });

  it("and the other name, after any mark of the shared set (也叫, 通称)", () => {
    expect(aliasOf("两国共建北陆环洲国际运输走廊，也叫“环洲走廊”。", "北陆环洲国际运输走廊")).toBe("环洲走廊");
    expect(aliasOf("两国共建北陆环洲国际运输走廊，通称“北环走廊”。", "北陆环洲国际运输走廊")).toBe("北环走廊");
  });

  it("is read in the clause after the name only when it is the name of another fact", () => {
    const s = "两国签署了《关于共同推进环洲建设的谅解备忘录》，后来大家一般就简称“环洲”合作备忘录。";
    expect(shortNameOf(s, "关于共同推进环洲建设的谅解备忘录", ["“环洲”合作备忘录"])).toBe("“环洲”合作备忘录");
    expect(shortNameOf(s, "关于共同推进环洲建设的谅解备忘录", [])).toBeUndefined();
  });

  it("is not one with a digit (the text's own shorthand), nor one the name holds, nor one before the name", () => {
    expect(shortNameOf("以及签订的《甲国政府和乙国政府铁路联运协定》（以下简称“1992年协定”）；", "甲国政府和乙国政府铁路联运协定")).toBeUndefined();
    expect(shortNameOf("缔约双方设立物流合作联合工作组（以下简称“联合工作组”）。", "物流合作联合工作组")).toBeUndefined();
    expect(shortNameOf("（简称“环共体”）环洲国家共同体成立。", "环洲国家共同体")).toBeUndefined();
  });

  it("is asked beside the name, testing both facts", () => {
    const d = makeDoc("doc_sn18", "合作", "2031年，甲国签署《关于环境保护的环洲条约议定书》（简称“甲城议定书”）。");
    const a = fact(d, "agreement", "关于环境保护的环洲条约议定书", { name: "关于环境保护的环洲条约议定书", category: "document", type: "议定书", parties: ["甲国"] } as never);
    const b = fact(d, "agreement", "甲城议定书", { name: "甲城议定书", category: "document", type: "议定书", parties: [] } as never);
    const q = generateBank({ documents: [d], facts: [a, b] }).bank.questions.find((x) => x.prompt.includes("简称“____”"));
    expect(q?.prompt).toBe("根据原文填空：《关于环境保护的环洲条约议定书》，简称“____”。");
    expect(q?.answer).toBe("甲城议定书");
    expect(q?.factIds).toEqual([a.id, b.id]);
  });

  it("is blanked without another pair of marks when it has marks of its own", () => {
    const d = makeDoc("doc_sn18b", "合作", "两国签署了《关于共同推进环洲建设的谅解备忘录》，后来大家一般就简称“环洲”合作备忘录。");
    const a = fact(d, "agreement", "关于共同推进环洲建设的谅解备忘录", { name: "关于共同推进环洲建设的谅解备忘录", category: "document", type: "备忘录", parties: [] } as never);
    const b = fact(d, "agreement", "“环洲”合作备忘录", { name: "“环洲”合作备忘录", category: "document", type: "备忘录", parties: [] } as never);
    const q = generateBank({ documents: [d], facts: [a, b] }).bank.questions.find((x) => x.prompt.includes("简称"));
    expect(q?.prompt).toBe("根据原文填空：《关于共同推进环洲建设的谅解备忘录》，简称____。");
    expect(q?.answer).toBe("环洲合作备忘录");
    // (the marks of its own typed or not, graded alike)
    expect(matchesShortAnswer("“环洲”合作备忘录", q!)).toBe(true);
  });
});

describe("a later clause that names the answer inside another title", () => {
  it("is left out, the sentence ending before it", () => {
    expect(withoutTitleEcho("在甲国，（    ）是两国合作的标志性项目，填海造地约200公顷，某年甲国议会通过《环洲港口城经济委员会法》。", "环洲港口城")).toBe(
      "在甲国，（    ）是两国合作的标志性项目，填海造地约200公顷。",
    );
    expect(withoutTitleEcho("____以“构建开放的世界经济”为主题，通过了《二十国集团领导人甲城峰会公报》等成果文件。", "甲城峰会")).toBe("____以“构建开放的世界经济”为主题。");
  });

  it("is kept when too little would be left, or when the title comes before the blank", () => {
    expect(withoutTitleEcho("（    ）举行，通过《甲城峰会公报》。", "甲城峰会")).toBe("（    ）举行，通过《甲城峰会公报》。");
    expect(withoutTitleEcho("两国发布《环洲科研站路线图》，欢迎各国参与建设（    ）。", "环洲科研站")).toBe("两国发布《环洲科研站路线图》，欢迎各国参与建设（    ）。");
  });

  it("makes the question the self-check would drop for the echo", () => {
    const d = makeDoc("doc_te18", "港口", "在甲国，环洲港口城是两国合作的标志性项目，填海造地约200公顷，某年甲国议会通过《环洲港口城经济委员会法》。");
    const a = fact(d, "agreement", "环洲港口城", { name: "环洲港口城", category: "project", type: "港口城", parties: ["甲国"] } as never);
    const q = generateBank({ documents: [d], facts: [a] }).bank.questions.find((x) => x.type === "cloze" && x.factIds.includes(a.id));
    expect(q?.prompt).toBe("根据原文填空：在甲国，____是两国合作的标志性项目，填海造地约200公顷。");
  });
});

describe("the kind of meeting an ordinal meeting is", () => {
  it("is no option beside it (it is true of it as well)", () => {
    expect(meetingKindOf("甲乙国家领导人正式会晤", "甲乙国家领导人第十四次会晤")).toBe(true);
    expect(meetingKindOf("甲乙国家领导人第十五次会晤", "甲乙国家领导人第十四次会晤")).toBe(false);
    expect(meetingKindOf("甲城会晤", "甲乙国家领导人第十四次会晤")).toBe(false);
    expect(meetingKindOf("甲乙国家领导人正式会晤", "甲城会晤")).toBe(false);
  });
});

describe("a sentence that dangles only by an opening that points back", () => {
  it("is asked without the opening when the rest stands on its own", () => {
    const d = makeDoc("doc_op18", "环洲合作", "2031年，第九届环洲会议在甲城举行。\n\n会议期间，甲国发布首份环洲事业发展报告《甲国的环洲事业》，提出“认识环洲、保护环洲”的总体目标。");
    const a = fact(d, "agreement", "甲国的环洲事业", { name: "甲国的环洲事业", category: "document", type: "报告", parties: ["甲国"] } as never) as AgreementFact;
    const ctx = buildContext({ documents: [d], facts: [a] });
    expect(withoutOpening(ctx, a)?.context.sentence).toBe("甲国发布首份环洲事业发展报告《甲国的环洲事业》，提出“认识环洲、保护环洲”的总体目标。");
    const q = generateBank({ documents: [d], facts: [a] }).bank.questions.find((x) => x.type === "cloze" && x.factIds.includes(a.id));
    expect(q?.prompt).toBe("根据原文填空：甲国发布首份环洲事业发展报告《____》，提出“认识环洲、保护环洲”的总体目标。");
  });

  it("takes 在这一背景下 as a link that can go, rather than bringing in the sentence before", () => {
    const d = makeDoc("doc_op18c", "投资", "所谓“去风险”，是指降低对单一国家的依赖。在这一背景下，甲国企业在乙投资面临更严格的外资审查和《外国补贴条例》调查。");
    const a = fact(d, "agreement", "外国补贴条例", { name: "外国补贴条例", category: "document", type: "条例", parties: [] } as never) as AgreementFact;
    const ctx = buildContext({ documents: [d], facts: [a] });
    expect(withoutOpening(ctx, a)?.context.sentence).toBe("甲国企业在乙投资面临更严格的外资审查和《外国补贴条例》调查。");
  });

  it("is not when the opening was the subject, or the rest dangles as well", () => {
    const d = makeDoc("doc_op18b", "环洲合作", "这条线路，就是近年来备受关注的环洲国际运输走廊。会议期间，双方签署《环洲港口合作协定》，推动港口建设。");
    const a = fact(d, "agreement", "环洲国际运输走廊", project("环洲国际运输走廊", "走廊")) as AgreementFact;
    const b = fact(d, "agreement", "环洲港口合作协定", { name: "环洲港口合作协定", category: "document", type: "协定", parties: [] } as never) as AgreementFact;
    const ctx = buildContext({ documents: [d], facts: [a, b] });
    expect(withoutOpening(ctx, a)).toBeUndefined();
    expect(withoutOpening(ctx, b)).toBeUndefined();
  });
});

describe("a line of notes with no full stop", () => {
  it("is read with its full stop when it opens on the name and says what it did", () => {
    const d = makeDoc("doc_fs18", "笔记", "首届甲乙峰会提出甲乙务实合作“八大共同行动”，同意全力构建面向新时代的甲乙共同体");
    const a = fact(d, "agreement", "首届甲乙峰会", { name: "首届甲乙峰会", category: "mechanism", type: "峰会", parties: [] } as never) as AgreementFact;
    const ctx = buildContext({ documents: [d], facts: [a] });
    expect(withFullStop(ctx, a)?.context.sentence).toBe("首届甲乙峰会提出甲乙务实合作“八大共同行动”，同意全力构建面向新时代的甲乙共同体。");
    const q = generateBank({ documents: [d], facts: [a] }).bank.questions.find((x) => x.type === "cloze" && x.factIds.includes(a.id));
    expect(q?.prompt).toBe("根据原文填空：____提出甲乙务实合作“八大共同行动”，同意全力构建面向新时代的甲乙共同体。");
  });

  it("is not when the line already ends on a mark, or is a bare label", () => {
    const d = makeDoc("doc_fs18b", "笔记", "双边：甲乙政府间合作委员会；\n\n环洲陆海新通道");
    const a = fact(d, "agreement", "甲乙政府间合作委员会", { name: "甲乙政府间合作委员会", category: "mechanism", type: "委员会", parties: [] } as never) as AgreementFact;
    const b = fact(d, "agreement", "环洲陆海新通道", project("环洲陆海新通道", "新通道")) as AgreementFact;
    const ctx = buildContext({ documents: [d], facts: [a, b] });
    expect(withFullStop(ctx, a)).toBeUndefined();
    expect(withFullStop(ctx, b)).toBeUndefined();
  });
});

describe("a short name used again later in the text", () => {
  it("is tested by the question on the short name", () => {
    const d = makeDoc("doc_sl18", "合作", "某年，两国签署《关于将环洲倡议与甲乙走廊相衔接的谅解备忘录》（下称《对接备忘录》）。此后《对接备忘录》成为两国合作的纲领性文件。");
    const long = { name: "关于将环洲倡议与甲乙走廊相衔接的谅解备忘录", category: "document", type: "备忘录", parties: [] } as never;
    const short = { name: "对接备忘录", category: "document", type: "备忘录", parties: [] } as never;
    const a = fact(d, "agreement", "关于将环洲倡议与甲乙走廊相衔接的谅解备忘录", long);
    const b = fact(d, "agreement", "对接备忘录", short, 0);
    const c = fact(d, "agreement", "对接备忘录", short, 1);
    const q = generateBank({ documents: [d], facts: [a, b, c] }).bank.questions.find((x) => x.prompt.includes("简称“____”"));
    expect(q?.answer).toBe("对接备忘录");
    expect(q?.factIds).toEqual([a.id, b.id, c.id]);
  });
});

describe("a name the text says became another", () => {
  it("is asked up to the verb, testing both names", () => {
    expect(renamedAs("某年，甲国正式加入合作，“8+1合作”由此扩展为“9+1合作”。", "8+1合作", ["9+1合作"])).toEqual({
      asked: "某年，甲国正式加入合作，“8+1合作”由此扩展为",
      answer: "9+1合作",
    });
    const d = makeDoc("doc_rn18", "合作", "某年，甲国正式加入合作，“8+1合作”由此扩展为“9+1合作”。");
    const a = fact(d, "agreement", "8+1合作", { name: "8+1合作", category: "mechanism", type: "合作", parties: [] } as never);
    const b = fact(d, "agreement", "9+1合作", { name: "9+1合作", category: "mechanism", type: "合作", parties: [] } as never);
    const q = generateBank({ documents: [d], facts: [a, b] }).bank.questions.find((x) => x.type === "short_answer");
    expect(q?.prompt).toBe("根据原文回答：某年，甲国正式加入合作，“8+1合作”由此扩展为什么？");
    expect(q?.factIds).toEqual([a.id, b.id]);
  });

  it("is nothing when what follows the verb is no fact of the sentence", () => {
    expect(renamedAs("“8+1合作”由此扩展为更大的平台。", "8+1合作", ["9+1合作"])).toBeUndefined();
    expect(renamedAs("“8+1合作”与“9+1合作”并存。", "8+1合作", ["9+1合作"])).toBeUndefined();
  });
});

describe("the communiqué that establishes a pair's relations", () => {
  it("is asked where the text names the pair, though the name is only 建交 and its type", () => {
    const d = makeDoc("doc_jj", "中泰关系概览", "2031年5月8日，中国与泰国正式建立外交关系，两国外长在北陆签署建交联合公报。");
    const a = fact(d, "agreement", "建交联合公报", { name: "建交联合公报", category: "document", type: "联合公报", parties: ["中国", "泰国"] } as never) as AgreementFact;
    expect(usableAgreement(a)).toBe(true);
    const q = generateBank({ documents: [d], facts: [a] }).bank.questions.find((x) => x.type === "cloze" && x.factIds.includes(a.id));
    expect(q?.answer).toBe("建交联合公报");
    // another 联合公报 named by its type and a word stays unusable
    const b = fact(d, "agreement", "联合公报", { name: "合作联合公报", category: "document", type: "联合公报", parties: [] } as never) as AgreementFact;
    expect(usableAgreement(b)).toBe(false);
  });

  it("is never offered as an option, which another pair's could make true", () => {
    const names = ["北陆峰会联合声明", "南川峰会联合声明", "东岭峰会联合声明"];
    const d = makeDoc("doc_jj2", "中泰关系概览", "2031年5月8日，中国与泰国正式建立外交关系，两国外长在北陆签署建交联合公报。");
    const docs = names.map((n, i) => makeDoc(`doc_jj${i + 3}`, "其他", `203${i}年，中国与泰国领导人在会后发表${n}，宣布加强合作。`));
    const a = fact(d, "agreement", "建交联合公报", { name: "建交联合公报", category: "document", type: "联合公报", parties: ["中国", "泰国"] } as never);
    const others = docs.map((x, i) => fact(x, "agreement", names[i]!, { name: names[i]!, category: "document", type: "联合声明", parties: ["中国", "泰国"] } as never));
    const qs = generateBank({ documents: [d, ...docs], facts: [a, ...others] }).bank.questions;
    expect(qs.some((q) => q.type === "cloze" && q.factIds.includes(others[0]!.id))).toBe(true);
    for (const q of qs.filter((x) => !x.factIds.includes(a.id))) expect(q.options ?? [], q.prompt).not.toContain("建交联合公报");
  });
});
