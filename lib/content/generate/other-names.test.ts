import { describe, expect, it } from "vitest";
import { namesGivenIn } from "./other-names";

describe("the other forms a text gives a name", () => {
  it("reads a comma's 又称 and a bracket's parts, where the forms begin", () => {
    const text = "两国共建甲乙运输走廊，又称“北环走廊”。丙丁国家共同体（简称“丙共体”，CDC）成立。";
    const [corridor, body] = namesGivenIn(text);
    expect(corridor).toMatchObject({ run: "两国共建甲乙运输走廊", bracketed: false, at: text.indexOf("，") });
    expect(corridor!.forms).toEqual([{ mark: "又称", form: "北环走廊", written: "“北环走廊”" }]);
    expect(body).toMatchObject({ run: "丙丁国家共同体", bracketed: true, closer: "" });
    expect(body!.forms).toEqual([
      { mark: "简称", form: "丙共体", written: "“丙共体”" },
      { mark: undefined, form: "CDC", written: "CDC" },
    ]);
  });
});
