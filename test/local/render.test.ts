import { describe, expect, it } from "vitest";
import { choicesOf, formatChoices, htmlToTerminal, pickChoice } from "../../src/local/render.js";
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

  it("on a number grid, typing a number taps the button with that label, never a position; other buttons get letters", () => {
    const grid = choicesOf(msg(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "Not today"]));
    expect(pickChoice("4", grid)?.label).toBe("4");
    expect(pickChoice("0", grid)?.label).toBe("0");
    expect(pickChoice("10", grid)?.label).toBe("10");
    // "11" is no label: it goes to the bot as text (which says 0-10), instead of tapping the 12th button
    expect(pickChoice("11", grid)).toBeUndefined();
    expect(pickChoice("12", grid)).toBeUndefined();
    expect(pickChoice("a", grid)?.label).toBe("Not today");
    expect(pickChoice("A", grid)?.label).toBe("Not today");
    expect(formatChoices(grid)).toBe("[0]  [1]  [2]  [3]  [4]  [5]  [6]  [7]  [8]  [9]  [10]  [a] Not today");
    const plain = choicesOf(msg(["Yes", "No"]));
    expect(pickChoice("2", plain)?.label).toBe("No");
    expect(pickChoice("3", plain)).toBeUndefined();
    expect(pickChoice("hello", plain)).toBeUndefined();
  });
});
