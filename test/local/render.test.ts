import { describe, expect, it } from "vitest";
import { choicesOf, htmlToTerminal, pickChoice } from "../../src/local/render.js";
import type { BotMessage } from "../../src/local/bot-api-server.js";

const msg = (labels: string[]): BotMessage => ({
  message_id: 1,
  chat_id: 1,
  method: "sendMessage",
  edited: false,
  deleted: false,
  date: 0,
  reply_markup: { inline_keyboard: [labels.map((l, i) => ({ text: l, callback_data: `d${i}` }))] },
});

describe("terminal rendering", () => {
  it("renders HTML readably and unescapes entities", () => {
    expect(htmlToTerminal("<b>Pain</b> &lt;3 &amp; <i>ok</i>", false)).toBe("Pain <3 & ok");
    expect(htmlToTerminal("<b>x</b>", true)).toBe("\x1b[1mx\x1b[22m");
  });

  it("numbers buttons in reading order", () => {
    expect(choicesOf(msg(["Yes", "No"])).map((c) => `${c.n}:${c.label}`)).toEqual(["1:Yes", "2:No"]);
  });

  it("on a number grid, typing a number taps the button with that label", () => {
    const grid = choicesOf(msg(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "Not today"]));
    expect(pickChoice("4", grid)?.label).toBe("4");
    expect(pickChoice("0", grid)?.label).toBe("0");
    expect(pickChoice("12", grid)?.label).toBe("Not today");
    const plain = choicesOf(msg(["Yes", "No"]));
    expect(pickChoice("2", plain)?.label).toBe("No");
    expect(pickChoice("3", plain)).toBeUndefined();
    expect(pickChoice("hello", plain)).toBeUndefined();
  });
});
