import { describe, expect, it } from "vitest";
import { asAskedEvent, whenQuestion } from "./builders/date";

describe("a when-question's event", () => {
  it("drops the telling's aspect 了 and 成功 before a verb", () => {
    expect(whenQuestion("甲乙两国央行续签了本币互换协议", "哪一年")).toBe("甲乙两国央行续签本币互换协议是在哪一年？");
    expect(whenQuestion("甲乙两国成功举办了甲乙文化年", "什么时候")).toBe("甲乙两国举办甲乙文化年是在什么时候？");
    expect(whenQuestion("甲方发布了《某某立场文件》", "什么时候")).toBe("甲方发布《某某立场文件》是在什么时候？");
  });

  it("keeps 了 in words and in an event stated as its own sentence", () => {
    expect(asAskedEvent("甲方为了解情况派出考察团")).toBe("甲方为了解情况派出考察团");
    expect(asAskedEvent("双方加深了解")).toBe("双方加深了解");
    expect(whenQuestion("甲乙签署了协定，丙国随后加入", "哪一年")).toBe("甲乙签署了协定，丙国随后加入。这是在哪一年？");
  });
});
