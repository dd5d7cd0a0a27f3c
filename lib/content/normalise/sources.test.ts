import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDocuments } from "../read";
import { normaliseDocument } from "./index";

const docs = readDocuments(path.resolve(__dirname, "../../../content/sources")).map(normaliseDocument);
const byId = (prefix: string) => docs.find((d) => d.doc.id.startsWith(prefix))!;
const counts = (prefix: string) => {
  const n: Record<string, number> = {};
  for (const b of byId(prefix).blocks) n[b.label] = (n[b.label] ?? 0) + 1;
  return n;
};
const texts = (prefix: string, label: string) => byId(prefix).blocks.filter((b) => b.label === label).map((b) => b.text);

describe("the five source documents are read as a reader sees them", () => {
  it("000: title, author, unpunctuated headings, two captions cut into sentences, six references", () => {
    expect(counts("000")).toEqual({ title: 1, byline: 1, body: 29, meta: 3, heading: 5, caption: 2, footnote: 6 });
    expect(texts("000", "heading")).toEqual([
      "从战略伙伴关系到命运共同体的历史沿革",
      "中国与中亚国家全方位互利合作的方向目标更加明确",
      "中国与中亚国家共同应对安全领域的新挑战",
      "共建“一带一路”助力中国—中亚命运共同体开辟新前景",
      "结语",
    ]);
    expect(texts("000", "body")).toContain(
      "经过双方共同努力，中国与中亚国家的政治关系稳步提升。首先是以元首外交为引领，不断加强各部门宽领域多层次交流，就国际和地区形势交换看法，建立稳定的政府间合作机制；其次是经过多轮磋商谈判，与哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦先后解决了历史上遗留的边界问题，打造“和平友好的新边界”，为跨境合作创造条件；再次是签署一系列重要的法律文件，中国2002年12月与哈萨克斯坦、2002年6月与吉尔吉斯斯坦、2007年1月与塔吉克斯坦分别签署睦邻友好合作条约，2005年5月与乌兹别克斯坦签署友好合作伙伴条约，强调相互尊重各自根据本国国情选择的政治、经济、社会和文化发展道路，确保双边关系长期稳定发展；最后是在地区和国际事务中相互支持，随着“上海五国”机制发展为上海合作组织，中国与中亚国家积极在多边框架内开展合作。",
    );
  });

  it("001: newspaper columns rejoined, a second article after the source line", () => {
    expect(counts("001")).toEqual({ body: 14, heading: 3, meta: 2, appended: 15 });
    expect(byId("001").blocks[0].text.startsWith("6月17日，第二届中国—中亚峰会在哈萨克斯坦阿斯塔纳独立宫举行。")).toBe(true);
    expect(byId("001").date).toBe("2025-06-30");
  });

  it("002: authors, table of contents, doubled chapter headings, footnotes set into sentences", () => {
    expect(counts("002")).toEqual({ title: 1, byline: 16, heading: 21, toc: 17, body: 52, meta: 5, footnote: 27 });
    expect(byId("002").authors).toEqual(["强晓云", "赵隆", "王玉柱", "封帅", "曹嘉涵", "邱海燕", "朱云杰"]);
    expect(byId("002").text).toContain("2021—2024年，欧盟拨款1.4亿欧元用于推动中亚区域合作。");
    expect(byId("002").text).toContain("根据世界银行的数据，2023年土库曼斯坦国内生产总值增长了6.3%，为598.9亿美元。");
  });

  it("003: Markdown headings, circled footnotes, English abstracts of other articles appended", () => {
    expect(counts("003")).toEqual({ title: 1, byline: 1, body: 18, meta: 6, heading: 17, footnote: 24, appended: 4 });
    expect(byId("003").text).toContain("累计签订承包合同额1201亿美元，其中，完成营业额756亿美元。");
  });

  it("004: letter-spaced lines, three articles on one page, doubled captions", () => {
    expect(counts("004")).toEqual({ title: 1, byline: 4, body: 15, heading: 3, appended: 23, meta: 2, caption: 3 });
    expect(texts("004", "caption")).toEqual([
      "阿拉木图州卡普恰盖100兆瓦光伏电站是哈萨克斯坦单体最大的光伏发电项目之一，也是中哈绿色能源合作项目之一。图为工作人员在监测太阳能电池方阵情况。（新华社发）",
      "在塔吉克斯坦首都杜尚别的鲁班工坊内，塔方教授向学生讲解钢管焊接的相关知识。（新华社发）",
      "汽车行驶在吉尔吉斯斯坦新北南公路二期工程的大桥上。（新华社发）",
    ]);
    expect(byId("004").text).toContain("31年来，中国同中亚国家始终秉持相互尊重、睦邻友好、同舟共济、互利共赢的原则，");
  });
});
