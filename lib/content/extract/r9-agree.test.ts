import { describe, expect, it } from "vitest";
import { rawDocumentFromText } from "../read";
import { normaliseDocument } from "../normalise/index";
import { extractFacts } from "../pipeline";
import type { ExtractedFact } from "../types";

const factsOf = (text: string): ExtractedFact[] => extractFacts(normaliseDocument(rawDocumentFromText("t", "t.txt", text)));
type Concept = { term: string; items?: string[] };
const names = (text: string) => factsOf(text).filter((f) => f.kind === "agreement").map((f) => (f.value as { name: string }).name);
const concepts = (text: string) => factsOf(text).filter((f) => f.kind === "concept").map((f) => f.value as Concept);
const terms = (text: string) => concepts(text).map((c) => c.term);

describe("round 9: names with no usual type word", () => {
  it("reads an international airport named by a place before 于", () => {
    expect(names("青松国际机场于2023年10月16日投入运营。")).toContain("青松国际机场");
    expect(names("新建国际机场于2023年投入运营。一座国际机场于2023年建成。")).toEqual([]);
  });

  it("reads a land–sea corridor and its short form", () => {
    const n = names("两国共同推进北部陆海新通道建设。报告分析了陆海新通道的作用。");
    expect(n).toContain("北部陆海新通道");
    expect(n).toContain("陆海新通道");
    expect(names("重点建设国际陆海贸易新通道。")).toContain("国际陆海贸易新通道");
    expect(names("开辟一条新通道。")).toEqual([]);
  });

  it("reads a pair's knowledge city with its place in brackets", () => {
    expect(names("中柬（青州）知识城是两国合作项目。")).toContain("中柬（青州）知识城");
  });
});

describe("round 9: a mechanism's short name in a list", () => {
  it("reads the items listed before a mechanism and 等…框架, not generic cooperation", () => {
    expect(names("两国在青松合作、东盟—中国（10+1）合作等多边框架内保持密切协调。")).toContain("青松合作");
    expect(names("两国在双边合作、东盟—中国（10+1）合作等多边框架内保持密切协调。")).not.toContain("双边合作");
  });
});

describe("round 9: titles in a reference list", () => {
  it("reads joint statements and FTAs cited without 《》 (lib/content/extract/references.ts), but no short title and no date", () => {
    const facts = factsOf("两国关系\n两国关系良好。\n参考资料\n[2]中柬关于建立全面战略伙伴关系的联合声明[N].某某日报， 2010-12-14.\n[4]中柬联合声明[N].某某社， 2006-04-08.\n[9]某某服务网.中柬自贸协定[EB/OL].\n[10]某国关于某某合作的联合声明[N]. 2013.");
    const a = facts.filter((f) => f.kind === "agreement").map((f) => f.value as { name: string; date?: string });
    expect(a.map((x) => x.name).sort()).toEqual(["中柬关于建立全面战略伙伴关系的联合声明", "中柬自贸协定", "某国关于某某合作的联合声明"]);
    expect(a.every((x) => x.date === undefined)).toBe(true);
  });
});

describe("round 9: partnership levels in a timeline", () => {
  it("reads a level right after a date on a bullet line, with no verb", () => {
    const n = names("两国关系讲义\n两国关系良好。\n关系定位三次提升；\n- 2011年5月与时俱进的全方位合作伙伴关系；\n- 2021年4月全方位高质量的前瞻性伙伴关系；");
    expect(n).toContain("与时俱进的全方位合作伙伴关系");
    expect(n).toContain("全方位高质量的前瞻性伙伴关系");
    expect(names("两国关系讲义\n两国经济合作取得高质量的伙伴关系成果。")).toEqual([]);
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
