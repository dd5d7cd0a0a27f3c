/**
 * Round 10, on invented text: answers that are clauses or relative dates, a list item cut inside its
 * last word, a local government's 我们 and a bare 成员国 (named when the document says whose, dropped
 * when not), handout labels, a speech's greeting, a stage direction and a list
 * number after the instruction.
 */
import { describe, expect, it } from "vitest";
import { artefactFlags, clauseAnswer, questionFlags, unstatedSubject } from "./selfcheck";
import { tidyShown, withoutGreeting, withoutListNumber, withoutStageDirection } from "./tidy";
import { testQuestion as q } from "@/tests/support/question";

describe("answers that are no names", () => {
  it("flags a relative date, a name with its verb glued, a predicate", () => {
    expect(clauseAnswer("同年9月")).toBe(true);
    expect(clauseAnswer("次年3月15日")).toBe(true);
    expect(clauseAnswer("北河市设有")).toBe(true);
    expect(clauseAnswer("建成甲乙两国农业技术示范中心")).toBe(true);
  });
  it("keeps names, dates and items that are verb phrases of a list", () => {
    expect(clauseAnswer("2019年9月")).toBe(false);
    expect(clauseAnswer("甲乙农业技术示范中心")).toBe(false);
    expect(clauseAnswer("实现共同繁荣")).toBe(false);
    expect(clauseAnswer("《关于建立甲乙合作中心的协定》")).toBe(false);
  });
  it("drops the cloze", () => {
    const flags = questionFlags(q({ type: "cloze", prompt: "根据原文填空：2001年3月，甲乙论坛成立。____，论坛首届会议在某城举行。", answer: "同年9月" }));
    expect(flags).toContain("ambiguous-blank");
  });
});

describe("a list item cut inside its last word", () => {
  it("flags a blank followed by one character and 等", () => {
    const flags = questionFlags(q({ type: "multi", prompt: "阅读原文，括号处列举的是下列哪几项？（多选）双方扩大了在（    ）易等领域的合作。", options: ["农业", "能源", "旅游", "海洋贸", "金融"], answer: ["农业", "能源", "海洋贸"] }));
    expect(flags).toContain("artefact:answer-edge");
  });
  it("keeps a blank closed by 等", () => {
    const flags = questionFlags(q({ type: "cloze", prompt: "根据原文填空：双方扩大了在农业、____等领域的合作。", answer: "海洋贸易" }));
    expect(flags).not.toContain("artefact:answer-edge");
  });
});

describe("handouts, notes and transcripts", () => {
  it("flags a lesson plan's objectives as labels", () => {
    expect(artefactFlags("知识目标：了解甲乙两国自____建交以来关系发展的主要阶段。")).toContain("artefact:glued");
    expect(artefactFlags("素养目标：理解“（    ）”，增强政治认同。")).toContain("artefact:glued");
    expect(artefactFlags("两国的目标是到2030年实现贸易额翻番。")).not.toContain("artefact:glued");
  });
  it("cuts a speech's greeting and a statement's dateline, unless the blank is in them", () => {
    expect(withoutGreeting("……尊敬的各位部长，女士们，先生们，朋友们：大家好！很高兴来到某城，出席（    ）。")).toBe("很高兴来到某城，出席（    ）。");
    expect(withoutGreeting("甲乙两国关于深化（    ）的联合声明（全文）新华社某城5月1日电应某某邀请……")).toBe("甲乙两国关于深化（    ）的联合声明");
    expect(withoutGreeting("尊敬的（    ）秘书长阁下，朋友们：大家好！")).toBe("尊敬的（    ）秘书长阁下，朋友们：大家好！");
    expect(artefactFlags("尊敬的（    ）秘书长阁下，朋友们：大家好！")).toContain("artefact:glued");
  });
  it("cuts a stage direction", () => {
    expect(withoutStageDirection("（热烈掌声）双方一致同意建立（    ）。")).toBe("双方一致同意建立（    ）。");
    expect(tidyShown("根据原文填空：我们愿意合作（掌声、笑声），共同发展。")).toBe("根据原文填空：我们愿意合作，共同发展。");
  });
  it("cuts a list number after the instruction", () => {
    expect(withoutListNumber("根据原文填空：八、务实合作方面，双方同意推进____。")).toBe("根据原文填空：务实合作方面，双方同意推进____。");
    expect(withoutListNumber("判断正误（依据原文）：（三）双方同意推进某项目。")).toBe("判断正误（依据原文）：双方同意推进某项目。");
    expect(withoutListNumber("根据原文填空：甲乙双方签署了第（二）项____。")).toBe("根据原文填空：甲乙双方签署了第（二）项____。");
  });
});

describe("sample 2's causes", () => {
  it("flags a bare 机制 and a 由此 inside a clause", () => {
    expect(unstatedSubject("2019年在某城举行第八次会议以后，机制中断了（    ）。")).toBe(true);
    expect(unstatedSubject("甲方主张各方妥善处理由此产生的（    ）问题。")).toBe(true);
    expect(unstatedSubject("甲乙两国签署协定，由此形成了（    ）机制。")).toBe(false);
    expect(unstatedSubject("甲乙对话机制中断了三年。")).toBe(false);
  });
  it("flags a post's metadata and a section heading glued after a date", () => {
    expect(artefactFlags("来源：某某研究中心发布时间：2024-01-02是在什么时候？")).toContain("artefact:glued");
    expect(artefactFlags("判断正误：2001—2010年，二、伙伴关系不断提升。")).toContain("artefact:glued");
    expect(artefactFlags("两国关系分为三个阶段，第一阶段始于2001年。")).not.toContain("artefact:glued");
  });
  it("flags a blank that cuts 对话伙伴", () => {
    const flags = questionFlags(q({ type: "cloze", prompt: "根据原文填空：2001年，甲国成为____伙伴。", answer: "某某组织对话" }));
    expect(flags).toContain("artefact:answer-edge");
  });
  it("cuts a teacher's label and a speaker's label left before a cut", () => {
    expect(tidyShown("根据原文填空：教师补充：____甲国担任主席国。")).toBe("根据原文填空：____甲国担任主席国。");
    expect(tidyShown("发言人，……并签署（    ）。")).toBe("……并签署（    ）。");
  });
});

describe("sample 3's causes, continued", () => {
  it("flags three countries executing a plan they are never named in", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "2021年至2025年，三国执行第三期（    ），确定了八个优先领域。", back: "《甲乙丙环境合作行动计划》" }))).toContain("dangling-reference");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：2021年，三国执行第三期《中蒙俄生态合作计划》，确定了____个优先领域。", answer: "八" }))).not.toContain("dangling-reference");
  });
  it("flags a meeting blanked as the object of 建立", () => {
    const flags = questionFlags(q({ type: "mcq", prompt: "阅读原文，选择填入括号的一项：2021年，甲乙建立（    ）以视频方式举行。", options: ["对话关系30周年纪念峰会", "甲", "乙", "丙"], answer: "对话关系30周年纪念峰会" }));
    expect(flags).toContain("artefact:answer-edge");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：2021年，甲乙建立____。", answer: "全面战略伙伴关系" }))).not.toContain("artefact:answer-edge");
  });
  it("cuts a news agency's dateline", () => {
    expect(tidyShown("根据原文填空：新华社某城11月8日电应甲国主席邀请，乙国总统将于____访问甲国。")).toBe("根据原文填空：应甲国主席邀请，乙国总统将于____访问甲国。");
    expect(tidyShown("本报某城3月8日电（记者某某）某部发言人表示，（    ）谈判已结束。")).toBe("某部发言人表示，（    ）谈判已结束。");
    expect(tidyShown("编者按：2024年5月，第九次领导人会议在某城举行。")).toBe("2024年5月，第九次领导人会议在某城举行。");
  });
});

describe("sample 4's causes", () => {
  it("flags a blank that is only the count of the items listed beside it", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "某机制以政治、经济、人文为（    ）支柱。 括号中应是什么？", back: "三大" }))).toContain("answer-leak");
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "双方加强在中俄蒙（    ）元首会晤机制框架内的协调。 括号中应是什么？", back: "三国" }))).toContain("answer-leak");
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "某机制以政治、经济为（    ）支柱。 括号中应是什么？", back: "三大" }))).not.toContain("answer-leak");
  });
  it("flags a dateline's 电应 taken for a name among the options", () => {
    const flags = questionFlags(q({ type: "mcq", prompt: "阅读原文，选择填入括号的一项：2024年，（    ）达成一致。", options: ["甲委员会", "乙委员会", "电应丙国某某委员会", "丁委员会"], answer: "甲委员会" }));
    expect(flags).toContain("artefact:answer-edge");
  });
  it("flags notes written with ＝ and a heading's period asked", () => {
    expect(artefactFlags("纪念年份：2016年＝甲乙建交60周年＋“____”。")).toContain("artefact:glued");
    expect(artefactFlags("建交与复交（1950—1990）是在什么时候？")).toContain("artefact:glued");
    expect(artefactFlags("甲乙两国于1950年建交。")).not.toContain("artefact:glued");
  });
  it("cuts an abstract's label and the cut before a greeting", () => {
    expect(tidyShown("摘要：甲乙走廊是某倡议（    ）之一。")).toBe("甲乙走廊是某倡议（    ）之一。");
    expect(tidyShown("阅读原文，选择填入括号的一项：……尊敬的各位来宾，朋友们：大家好！很高兴出席（    ）。")).toBe("阅读原文，选择填入括号的一项：很高兴出席（    ）。");
  });
});

describe("sample 7's causes", () => {
  it("flags a definition's 是指 cut in two and a subject glued to a list", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "所谓“甲方式”，是（    ）的决策方式。 括号处原文列举了哪些内容？", back: "指协商一致、照顾各方" }))).toContain("artefact:answer-edge");
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "“三个领域”包括哪些内容？", back: "双方可在农业、能源、旅游" }))).toContain("artefact:answer-edge");
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "什么是“甲方式”？", back: "两国在各领域保持密切协调" }))).not.toContain("artefact:answer-edge");
  });
  it("flags a lecture's running head", () => {
    expect(artefactFlags("从“甲”到“（    ）”某某概论第9讲。")).toContain("artefact:page-header");
  });
});
