/**
 * Concepts as terms: official discourse after a verb, thoughts and outlooks, -isms and formulas, communities and
 * spirits, slogans, quoted coinages and glossed terms, definitions (指的是, a colon, a genus), and the points,
 * counted sets and labelled lists that come with them.
 */
import { describe, expect, it } from "vitest";
import { concepts, facts, names, terms } from "./test-helpers";

describe("round 8: unquoted terms of official discourse after a verb", () => {
  it("reads the terms a text commits to", () => {
    const t = terms("本市要全面贯彻新安全理念，努力打造沿江开放高地，以规则型开放为抓手。甲乙两国愿共同推动经济全球化，促进两国民心相通，并对乙方企业落实国民待遇。");
    expect(t).toEqual(expect.arrayContaining(["新安全理念", "沿江开放高地", "规则型开放", "经济全球化", "民心相通", "国民待遇"]));
  });

  it("reads a bare community of shared future built together, and not a zone or a law", () => {
    const t = terms("甲国愿与乙国构建命运共同体。各方支持零关税区建设。");
    expect(t).toContain("命运共同体");
    expect(t).not.toContain("零关税");
  });
});

describe("round 12: a quoted term glossed in a foreign language", () => {
  const terms = (text: string) => facts(text).filter((f) => f.kind === "concept").map((f) => f.value.term);
  it("reads “某某”（Latin） and “某某”，latin words， as a term, also in speech", () => {
    expect(terms("当地人把这种小吃称为“乔帕”（Chopa）。")).toContain("乔帕");
    expect(terms("主持人：外界常说“援助依赖”，aid dependency，您怎么看？")).toContain("援助依赖");
  });
  it("leaves quoted speech and a quoted name with its abbreviation alone", () => {
    expect(terms("他说：“我们明天出发。”")).toEqual([]);
    expect(terms("两国签署“某某经济走廊”（ABC）合作文件。")).not.toContain("某某经济走廊");
  });
});

describe("round 13: concepts as Chinese writers mark them, unquoted", () => {
  it("reads a body of thought a text takes as its guide", () => {
    expect(terms("我们要以某某新时代某某特色发展思想为指导，推进开放。")).toContain("某某新时代某某特色发展思想");
    expect(terms("在某某外交思想指引下，双边关系取得进展。")).toContain("某某外交思想");
    expect(terms("各部门认真学习贯彻某某治理理论，推动改革。")).toContain("某某治理理论");
    // a thought no name gives, or a verb phrase, is no term
    const none = ["他以这一思想为指导写了文章。", "在新思想指引下前进。", "我们要解放思想，实事求是。", "以正确思想为指导。"];
    for (const t of none) expect(terms(t), t).toEqual([]);
  });

  it("reads a development thought held to, an outlook of six characters and a formula joined to another", () => {
    expect(terms("甲方坚持以民生为中心的发展思想。")).toContain("以民生为中心");
    expect(terms("我们要坚持总体海洋安全观，统筹发展和安全。")).toContain("总体海洋安全观");
    expect(terms("甲方始终坚持正确义利观和真实亲诚理念。")).toEqual(expect.arrayContaining(["正确义利观", "真实亲诚"]));
    // an outlook of ordinary words is not read (客观, 参观), nor a formula joined to a plain noun
    expect(terms("代表团坚持参观了三个工厂。")).toEqual([]);
    expect(terms("该公司坚持质量和服务至上理念。")).toEqual([]);
  });

  it("reads discourse terms after 倡导/主张 and a modernisation named by its model", () => {
    expect(terms("甲方倡导平等有序的世界多极化。")).toContain("世界多极化");
    expect(terms("双方愿践行全人类共同价值。")).toContain("全人类共同价值");
    expect(terms("两国将推动甲国式现代化与乙国发展战略对接。")).toContain("甲国式现代化");
    expect(terms("两国将推动城市现代化。")).toEqual([]);
  });

  it("reads a list that says what a term's core or content is", () => {
    const found = concepts("某某型伙伴关系的核心是不对抗不结盟、相互尊重、合作共赢。");
    expect(found).toContainEqual(expect.objectContaining({ term: "某某型伙伴关系", items: ["不对抗不结盟", "相互尊重", "合作共赢"] }));
    // a demonstrative or a party is no term, and a two-item list is not enough
    expect(terms("双方的核心是甲方、乙方、丙方。")).not.toContain("双方");
    expect(terms("该倡议的核心是互利、共赢。")).not.toContain("该倡议");
  });

  it("reads a slide's keywords bullet as its items, and the concepts a label announces", () => {
    expect(concepts("第2页\n合作亮点\n- 关键词：互联互通、绿色发展、数字经济\n")).toContainEqual(
      expect.objectContaining({ term: "互联互通、绿色发展、数字经济", items: ["互联互通", "绿色发展", "数字经济"] }),
    );
    expect(concepts("本课的关键概念：伙伴关系、不结盟、命运共同体。")).toContainEqual(expect.objectContaining({ items: ["伙伴关系", "不结盟", "命运共同体"] }));
    // a paper's keywords line (no bullet) stays meta
    expect(terms("关键词：伙伴关系；区域合作；周边外交\n\n正文从这里开始。")).toEqual([]);
  });
});

describe("round 13: a quoted phrase with 以…为中心 is no centre's name", () => {
  it("reads “以某为中心” as a slogan, not a project", () => {
    const text = "甲方坚持“以农民为中心”的发展思想。";
    expect(names(text)).toEqual([]);
    expect(terms(text)).toContain("以农民为中心");
    expect(names("两国在甲城共建“某某职业培训中心”。")).toContain("某某职业培训中心");
  });
});

describe("round 14: concepts as Chinese writers mark them", () => {
  it("reads a quoted term defined with 指的是 without taking 指的 into the term", () => {
    expect(concepts("“甲乙走廊”指的是连接两国的经济带。")).toContainEqual(expect.objectContaining({ term: "甲乙走廊", definition: "连接两国的经济带" }));
    expect(terms("某某发展指的是低碳转型的发展方式。")).toContain("某某发展");
    expect(terms("“甲乙走廊”指的是连接两国的经济带。").some((t) => t.endsWith("指的"))).toBe(false);
  });

  it("reads a four-character formula a principle or idea is said to be", () => {
    expect(terms("两国合作的核心理念是互利共赢。")).toContain("互利共赢");
    expect(terms("双方合作遵循的基本原则是平等互利。")).toContain("平等互利");
    // a purpose, a phrase with a particle or a country is no formula
    for (const t of ["该组织的宗旨是维护和平。", "合作的原则是以此为准。", "本次合作的理念是中国方案。", "他的精神是好的。"]) expect(terms(t), t).toEqual([]);
  });

  it("reads the -isms held to after 主张 and those joined to the first one", () => {
    expect(terms("双方都主张多边主义，反对单边主义和保护主义。")).toEqual(expect.arrayContaining(["多边主义", "单边主义", "保护主义"]));
    expect(terms("两国反对霸权主义、冷战主义和保护主义。")).toEqual(expect.arrayContaining(["霸权主义", "冷战主义", "保护主义"]));
    // what follows 和 is no -ism when the word goes on
    expect(terms("双方反对单边主义和主义者的做法。")).toEqual(["单边主义"]);
  });

  it("reads a count that names a list after 即 when what it counts is of something", () => {
    expect(concepts("两国建立了三个层次的人文交流框架，即“政府间对话、地方友城、青年交流”。")).toContainEqual(
      expect.objectContaining({ term: "三个层次", items: ["政府间对话", "地方友城", "青年交流"] }),
    );
    // an ordinal is no count
    expect(terms("这是第三个层次的交流框架，即“甲方对话、乙方互访、丙方交流”。")).not.toContain("三个层次");
  });

  it("reads a quoted counted set whose members open the sentences after it", () => {
    const text = "（一）“三条通道”协同推进。“空中通道”越飞越广，开通航线12条。“陆上通道”越跑越密，开行班列300列。“海上通道”越来越顺畅，吞吐量增长5%。";
    expect(concepts(text)).toContainEqual(expect.objectContaining({ term: "三条通道", items: ["空中通道", "陆上通道", "海上通道"] }));
    // fewer members than the count, or members of different kinds, are no list
    const short = "“三条通道”协同推进。“空中通道”越飞越广。“陆上通道”越跑越密。";
    expect(concepts(short).some((c) => c.items)).toBe(false);
    const mixed = "“三条通道”协同推进。“空中通道”越飞越广。“陆上班列”越跑越密。“海上航线”越来越顺畅。";
    expect(concepts(mixed).some((c) => c.term === "三条通道" && c.items)).toBe(false);
  });
});

describe("round 14: definitions as a text gives them", () => {
  it("reads a term glossed after its colon, after 相对的是, in a numbered item, and in speech", () => {
    expect(concepts("负面清单：指缔约方以清单形式列出不予开放的领域。")).toContainEqual(expect.objectContaining({ term: "负面清单", definition: "缔约方以清单形式列出不予开放的领域" }));
    expect(terms("与之相对的是正面清单，即只对列明的领域作出开放承诺。")).toContain("正面清单");
    expect(terms("协定规定了两种情形：（一）完全获得，即在一方境内完全获得的货物；（二）充分加工。")).toContain("完全获得");
    expect(concepts("本币互换，简单说就是两国央行按约定汇率互相交换本国货币。")).toContainEqual(expect.objectContaining({ term: "本币互换" }));
    // 指 inside a sentence, and a term named by 的是 with 是, are no definitions
    expect(terms("他用手指了指地图，说明了方向。")).toEqual([]);
    expect(terms("最重要的是发展，是硬道理。")).not.toContain("发展");
  });

  it("reads a definition whose genus repeats the term's own head noun", () => {
    expect(concepts("原产地规则是用来确定货物“国籍”的规则，协定对此作了规定。")).toContainEqual(expect.objectContaining({ term: "原产地规则" }));
    // a head noun that differs makes no definition
    expect(terms("合作机制是双方共同努力的结果。")).not.toContain("合作机制");
  });

  it("reads a defined term wherever the text names it again, as the same fact", () => {
    const found = facts("服务贸易采用负面清单方式作出开放承诺。\n\n负面清单：指缔约方以清单形式列出不予开放的领域。\n").filter((f) => f.kind === "concept");
    const def = found.find((f) => (f.value as { term: string }).term === "负面清单")!;
    expect(def).toBeDefined();
    expect(def.alsoIn.length + 1).toBe(2);
    // a term of two characters is not followed through the text
    expect(facts("发展：指事物由小到大的过程。\n\n两国共同发展。\n").filter((f) => f.kind === "concept")).toHaveLength(1);
  });
});

describe("round 9: concepts", () => {
  it("reads a list after a label and a colon at the start of a line", () => {
    const c = concepts("两国关系讲义\n两国关系良好。\n- 原则：相互尊重、互利共赢、开放包容；\n- 目标：开放、务实、长远。");
    expect(c.find((x) => x.term === "原则")?.items).toEqual(["相互尊重", "互利共赢", "开放包容"]);
    expect(c.find((x) => x.term === "目标")?.items).toEqual(["开放", "务实", "长远"]);
    expect(terms("两国关系讲义\n会议讨论了原则：贸易、投资、金融。")).not.toContain("原则");
  });

  it("reads a quoted coinage before 合作架构", () => {
    expect(terms("两国同意建设贸易、农业、人文三大领域合作的“金色三角”合作架构。")).toContain("金色三角");
  });

  it("gives a principle of 共X共Y共Z its three items", () => {
    const c = concepts("中方始终秉持共商共建共享原则。").find((x) => x.term === "共商共建共享");
    expect(c?.items).toEqual(["共商", "共建", "共享"]);
    expect(concepts("只有坚持共商共建共享，才能把优势转化为发展。").find((x) => x.term === "共商共建共享")?.items).toBeUndefined();
  });

  it("reads community variants: a level raised to, and 面向新时代的", () => {
    expect(terms("双方宣布将两国关系提升至新时代全天候中柬命运共同体。")).toContain("新时代全天候中柬命运共同体");
    expect(terms("携手构建面向新时代的中海命运共同体")).toContain("中海命运共同体");
  });

  it("reads an unquoted spirit named after a country's body, not a bare country", () => {
    expect(terms("“不畏艰苦、甘于奉献”，这是中国援外医疗队精神的生动写照。")).toContain("中国援外医疗队精神");
    expect(terms("这是中国精神。")).not.toContain("中国精神");
  });

  it("reads a member of a quoted counted set named in the next clause", () => {
    expect(terms("峰会提出“十大伙伴行动”，其中包括卫生健康伙伴行动。")).toContain("卫生健康伙伴行动");
    expect(terms("峰会提出“十大合作计划”，其中公共卫生合作计划支持各国建设体系。")).toContain("公共卫生合作计划");
    expect(terms("峰会提出“八大行动”，健康卫生行动位列其中，中方决定优化项目。")).toContain("健康卫生行动");
    expect(terms("峰会提出“八大行动”，其中各项行动进展顺利。")).not.toContain("各项行动");
  });
});

describe("round 14: points and counted lists", () => {
  it("reads numbered points after a colon, across the semicolons that end their sentences", () => {
    expect(concepts("合作的经验可以归纳为三点：（1）高层引领，元首外交定向；（2）规划先行，明确合作领域；（3）项目支撑，形成示范。")).toContainEqual(
      expect.objectContaining({ term: "三点", items: ["高层引领", "规划先行", "项目支撑"] }),
    );
    expect(concepts("规定了以下三种情形，符合其一即可：（一）完全获得；（二）完全使用原产材料生产；（三）使用非原产材料生产。")).toContainEqual(
      expect.objectContaining({ term: "三种情形", items: ["完全获得", "完全使用原产材料生产", "使用非原产材料生产"] }),
    );
    // a count that says otherwise, numbers out of order, or an exam's 答题要点 make no list
    expect(terms("经验可以归纳为四点：（1）高层引领；（2）规划先行。")).not.toContain("四点");
    expect(terms("要点：（2）甲方；（1）乙方。")).toEqual([]);
    expect(terms("答题要点：（1）政治互信；（2）经济互补。")).toEqual([]);
  });

  it("reads 甲、乙和丙三个领域 with three items, the first without its lead words", () => {
    expect(concepts("双方可重点在新能源、数字经济和第三方市场合作三个领域深化对接。")).toContainEqual(
      expect.objectContaining({ term: "三个领域", items: ["新能源", "数字经济", "第三方市场合作"] }),
    );
    expect(concepts("其动力来自政治互信、经济互补和区位优势三个方面。")).toContainEqual(expect.objectContaining({ items: ["政治互信", "经济互补", "区位优势"] }));
  });

  it("reads a quoted frame a text takes and the role a quoted word names", () => {
    expect(terms("本文以“政策对接—项目落地—风险管理”为分析框架。")).toContain("政策对接—项目落地—风险管理");
    expect(terms("甲国有望发挥“桥梁”作用。")).toContain("桥梁");
    expect(terms("他说“好的”，作用不大。")).toEqual([]);
  });

  it("reads a counted slogan after 提出 as a concept, not an initiative", () => {
    const text = "中方提出全球某某倡议，其核心是“六个坚持”，得到支持。";
    expect(names(text)).not.toContain("六个坚持");
    expect(terms(text)).toContain("六个坚持");
    expect(names("中方提出“三大倡议”。")).not.toContain("三大倡议");
  });
});

describe("terms", () => {
  const conceptTerms = (text: string) => facts(text).filter((f) => f.kind === "concept").map((f) => (f.value as { term: string }).term);

  it("reads a term a statement defines with 本声明所称“…”，是指", () => {
    const c = facts("（七）本声明所称“甲乙海铁快线”，是指以某某港为起点、经丙国通往丁国的海铁联运通道。").filter((f) => f.kind === "concept");
    expect(c.map((f) => f.value)).toContainEqual(expect.objectContaining({ term: "甲乙海铁快线", category: "definition" }));
  });

  it("reads a quoted term in speech when the noun it names follows (合作模式, 这一定位), not the words said", () => {
    expect(conceptTerms("他说，“东盟+”合作模式为发展中国家提供了新平台。")).toContain("东盟+");
    expect(conceptTerms("分析人士指出，“全方位”这一定位表明两国将相互支持。")).toContain("全方位");
    expect(conceptTerms("他说，“我们欢迎新成员”。")).toEqual([]);
  });
});

describe("a quoted coinage with a version number", () => {
  it("reads “某某4.0” as a term, as it reads “某某2025”", () => {
    const t = terms("《某纲要》首次把甲国“智造4.0”写入双边文件，“智造4.0”与“乙国制造2030”的对接成为新话题。");
    expect(t).toEqual(expect.arrayContaining(["智造4.0", "乙国制造2030"]));
  });
});

describe("principles, fields and terms read without quotes, points after a run-on count, a coined term named again", () => {
  const c = (text: string) => concepts(text);
  const items = (text: string) => c(text).map((x) => (x.items ?? []).join("、"));

  it("reads the principles of a spirit a text acts in, and three principles of relations after any verb", () => {
    expect(items("　　多年来，甲乙双方本着相互尊重、互利共赢的精神，妥善处理分歧。\n")).toContain("相互尊重、互利共赢");
    expect(items("　　两国建交以来，双方一贯平等相待、相互信任、互利合作，关系稳步发展。\n")).toContain("平等相待、相互信任、互利合作");
  });

  it("reads the qualities of an environment asked for, and fields of a kind, by their items", () => {
    expect(items("　　希望乙方为甲国企业营造透明、稳定、可预期的营商环境。\n")).toContain("透明、稳定、可预期");
    const f = c("　　双方将巩固农业、矿产、电力等传统领域合作，开拓数字经济、绿色金融、生物医药等新兴领域合作。\n");
    expect(f.filter((x) => x.term === "领域").map((x) => x.items!.join("、"))).toEqual(expect.arrayContaining(["农业、矿产、电力", "数字经济、绿色金融、生物医药"]));
  });

  it("reads 零和博弈 said not to be, and 元首外交 and 高水平对外开放 named as what leads or is advanced", () => {
    const t = terms("　　甲乙合作不是零和博弈。两国要以元首外交为引领，推进高水平对外开放。\n");
    expect(t).toEqual(expect.arrayContaining(["零和博弈", "元首外交", "高水平对外开放"]));
  });

  it("reads points whose count runs on into the first one after its colon", () => {
    const text = [
      "　　为此，我提出三点看法：一是加强战略沟通。双方应保持高层往来。",
      "",
      "　　二是扩大务实合作。双方应挖掘贸易潜力。",
      "",
      "　　三是深化人文交流。双方应便利人员往来。",
    ].join("\n");
    expect(c(text).find((x) => x.term === "三点看法")?.items).toEqual(["加强战略沟通", "扩大务实合作", "深化人文交流"]);
  });

  it("names a coined term again where a later sentence writes it without quotes", () => {
    const text = "　　两国都提出了“绿色走廊对接”。\n\n　　专家认为，绿色走廊对接将带动沿线发展。\n";
    const f = facts(text).filter((x) => x.kind === "concept" && (x.value as { term: string }).term === "绿色走廊对接");
    expect(f).toHaveLength(1);
    expect(f[0].alsoIn).toHaveLength(1);
  });
});

describe("a bond named by a nickname, and a part of the world in quotes before its countries", () => {
  it("reads 熊猫债-like bonds issued, not 国债 or 企业债", () => {
    expect(terms("　　2031年，甲国政府发行30亿元人民币熊猫债。\n")).toContain("熊猫债");
    const t = terms("　　甲国财政部发行了50亿元国债和企业债。\n");
    expect(t.some((x) => /债$/.test(x))).toBe(false);
  });

  it("reads “全球南方” before 国家, but not an initiative's countries", () => {
    expect(terms("　　甲国重视同“全球南方”国家的合作。\n")).toContain("全球南方");
    expect(terms("　　甲国重视同“某某之路”国家的合作。\n")).not.toContain("某某之路");
  });
});

describe("不同 is no lead of parallel clauses", () => {
  it("reads 不结盟、不对抗、不针对第三方 as three clauses, not 不同制度、不同文明、不同规模", () => {
    expect(concepts("　　两国关系坚持不结盟、不对抗、不针对第三方。\n").some((c) => c.term === "不" && c.items?.join("、") === "结盟、对抗、针对第三方")).toBe(true);
    expect(concepts("　　两国关系是不同制度、不同文明、不同规模国家和睦相处的榜样。\n").some((c) => c.term === "不")).toBe(false);
  });
});
