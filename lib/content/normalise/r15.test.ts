import { describe, expect, it } from "vitest";
import { rawDocumentFromText } from "../read";
import { normaliseDocument } from "./index";

const clean = (raw: string, file = "t.txt") => normaliseDocument(rawDocumentFromText("t", file, raw));
const blocks = (raw: string, file?: string) => clean(raw, file).blocks.map((b) => `${b.label}|${b.text}`);

describe("round 15: LaTeX source", () => {
  const tex = [
    "% !TEX program = xelatex",
    "% 最后修改：2021-03-09",
    "\\chapter{甲乙关系研究}",
    "\\label{chap:ab}",
    "",
    "\\section{引言}",
    "1990年5月1日，甲国与乙国建交\\cite{li2020}。乙方持股不超过25\\%\\footnote{参见某部门公告。}，见表\\ref{tab:x}。",
    "",
    "\\begin{table}[htbp]",
    "  \\centering",
    "  \\caption{历次会议}",
    "  \\begin{tabular}{lll}",
    "    \\toprule",
    "    届次 & 时间 & 地点 \\\\",
    "    \\midrule",
    "    第一届 & 2001年3月2日 & 甲城 \\\\",
    "    第二届 & 2003年4月5日 & 乙城 \\\\",
    "    \\bottomrule",
    "  \\end{tabular}",
    "\\end{table}",
    "",
  ].join("\n");

  it("reads sections as headings and drops labels, citations, references and layout commands", () => {
    const b = blocks(tex, "t.tex");
    expect(b).toEqual(expect.arrayContaining(["heading|甲乙关系研究", "heading|引言", "heading|历次会议"]));
    expect(b).toContain("body|1990年5月1日，甲国与乙国建交。乙方持股不超过25%（参见某部门公告。），见表。");
    expect(b.join("\n")).not.toMatch(/\\|\{|\}|toprule|htbp|xelatex/);
  });

  it("reads a tabular row by row with its header", () => {
    const b = blocks(tex, "t.tex");
    expect(b).toEqual(expect.arrayContaining(["body|2001年3月2日：第一届，甲城", "body|2003年4月5日：第二届，乙城"]));
    expect(b.join("\n")).not.toContain("&");
  });

  it("keeps a comment line's words, drops a typesetter's directive, and keeps raw places", () => {
    const d = clean(tex, "t.tex");
    expect(d.text).toContain("最后修改：2021-03-09");
    expect(d.text).not.toContain("!TEX");
    const at = d.text.indexOf("2003年4月5日");
    expect(tex.slice(d.toRaw[at], d.toRaw[at] + 9)).toBe("2003年4月5日");
    expect(d.date).toBe("2021-03-09");
  });

  it("leaves text without LaTeX commands alone (a percent sign, a backslash in a path)", () => {
    expect(blocks("增长了5%，达到历史新高。\n")).toEqual(["body|增长了5%，达到历史新高。"]);
    expect(blocks("文件存放在C:\\data目录。\n")).toEqual(["body|文件存放在C:\\data目录。"]);
  });
});

describe("round 15: a Word export with tracked changes and comments", () => {
  const doc = [
    "作者：张三　　修订日期：2020-06-30",
    "",
    "两国于〔删除：1980年〕〔插入：1981年〕建交[批注1]，次年签署〔删除：协议〕〔插入：协定〕。",
    "",
    "批注",
    "",
    "[批注1] 李四（2020-06-28 10:15）：建交年份应为1981年，已改。——回复 张三：同意。",
    "",
  ].join("\n");

  it("drops deleted words, keeps inserted ones without their marks, and drops comment markers", () => {
    const b = blocks(doc);
    expect(b).toContain("body|两国于1981年建交，次年签署协定。");
    expect(b.join("\n")).not.toMatch(/1980|〔|〕|\[批注/);
  });

  it("keeps a comment's words without who wrote it and when", () => {
    const b = blocks(doc);
    expect(b).toContain("body|建交年份应为1981年，已改。同意。");
    expect(b.join("\n")).not.toContain("2020-06-28");
    expect(clean(doc).date).toBe("2020-06-30");
  });

  it("does not take ordinary brackets for tracked changes", () => {
    expect(blocks("〔2020〕12号文件规定了该事项。\n")).toEqual(["body|〔2020〕12号文件规定了该事项。"]);
  });
});

describe("round 15: a live page", () => {
  const page = [
    "本页面持续更新　最后更新：2019-07-03 21:05",
    "",
    "7月3日　18:40",
    "【快讯】甲国总统抵达乙市",
    "甲国总统今天抵达乙市。",
    "分享　|　评论(12)　|　赞(3.1万)",
    "",
    "━━━━━━ 7月2日 ━━━━━━",
    "",
    "7月2日　09:00",
    "【前瞻】访问日程公布",
    "分享 | 评论(5) | 赞(88)",
    "",
  ].join("\n");

  it("dates the page by its last update, makes day separators headings and counters meta", () => {
    const d = clean(page);
    expect(d.date).toBe("2019-07-03");
    const b = d.blocks.map((x) => `${x.label}|${x.text}`);
    expect(b).toContain("heading|7月2日");
    expect(b.some((x) => x.startsWith("meta|") && x.includes("分享"))).toBe(true);
    expect(b.filter((x) => x.startsWith("body|")).join("\n")).not.toMatch(/分享|评论（|赞（/);
    // the entry's stamp and its headline, then its text
    expect(b).toEqual(expect.arrayContaining(["body|7月3日18:40【快讯】甲国总统抵达乙市", "body|甲国总统今天抵达乙市。"]));
  });

  it("reads a line of counters only as counters", () => {
    expect(blocks("我们分享经验、评论时事。\n")).toEqual(["body|我们分享经验、评论时事。"]);
  });
});

describe("round 15: a Q&A page's counters", () => {
  it("reads counts of answers, comments, followers and votes as meta, and no sentence that names them", () => {
    const page = "某问题标题？\n关注者 1,234　　被浏览 56,789\n查看全部 12 个回答\n\n某答主\n　3.4 万人赞同了该回答\n\n正文第一句。\n\n56 条评论　　默认　|　最新\n\n展开其余 50 条评论 ▾\n";
    const b = blocks(page);
    for (const m of ["meta|关注者1234被浏览56789", "meta|查看全部12个回答", "meta|3.4万人赞同了该回答", "meta|展开其余50条评论▾"]) expect(b).toContain(m);
    expect(b).toContain("body|正文第一句。");
    expect(blocks("他写了12个回答，都很长。\n")).toEqual(["body|他写了12个回答，都很长。"]);
    expect(blocks("评论认为，双方应当加强合作。\n")).toEqual(["body|评论认为，双方应当加强合作。"]);
  });
});
