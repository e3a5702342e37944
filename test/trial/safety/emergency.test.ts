import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { IANAZone } from "luxon";
import { EXAMPLE_EMERGENCY_NUMBERS, countryOfZone, emergencyInfo } from "../../../src/trial/safety/emergency.js";
import zoneCountry from "../../../src/trial/time/zone-country.json" with { type: "json" };

describe("emergencyInfo", () => {
  it("Europe/Berlin → 112, with the German crisis line", () => {
    const info = emergencyInfo("Europe/Berlin");
    expect(info).toMatchObject({ country: "DE", known: true, emergency: ["112"] });
    expect(info.crisis).toEqual({ name: "TelefonSeelsorge", number: "0800 111 0 111" });
  });

  it("America/New_York → 911 and the 988 crisis line", () => {
    const info = emergencyInfo("America/New_York");
    expect(info).toMatchObject({ country: "US", known: true, emergency: ["911"] });
    expect(info.crisis?.number).toBe("988");
  });

  it("Europe/London → 999, 111 non-urgent, Samaritans", () => {
    const info = emergencyInfo("Europe/London");
    expect(info).toMatchObject({ country: "GB", known: true, emergency: ["999"], nonUrgent: "111" });
    expect(info.crisis).toEqual({ name: "Samaritans", number: "116 123" });
  });

  it.each([
    ["Europe/Vienna", "AT", ["112", "144"], "142"],
    ["Europe/Zurich", "CH", ["112", "144"], "143"],
    ["Europe/Dublin", "IE", ["112", "999"], "116 123"],
    ["Europe/Paris", "FR", ["112", "15"], "3114"],
    ["Europe/Madrid", "ES", ["112"], "024"],
    ["Europe/Amsterdam", "NL", ["112"], "0800-0113"],
    ["America/Toronto", "CA", ["911"], "988"],
    ["Australia/Sydney", "AU", ["000"], "13 11 14"],
    ["Pacific/Auckland", "NZ", ["111"], "1737"],
    ["Asia/Kolkata", "IN", ["112"], "14416"],
  ])("%s → %s %j, crisis %s", (zone, country, emergency, crisis) => {
    const info = emergencyInfo(zone);
    expect(info).toMatchObject({ country, emergency, known: true });
    expect(info.crisis?.number).toBe(crisis);
  });

  it.each([
    ["Europe/Rome", "IT", ["112", "118"]],
    ["Europe/Oslo", "NO", ["113", "112"]],
    ["Europe/Stockholm", "SE", ["112"]],
    ["Asia/Tokyo", "JP", ["119"]],
  ])("%s → %s %j without a crisis line we are unsure of", (zone, country, emergency) => {
    const info = emergencyInfo(zone);
    expect(info).toMatchObject({ country, emergency, known: true });
    expect(info.crisis).toBeUndefined();
  });

  it.each(["Etc/GMT+12", "UTC", "Etc/UTC", "GMT", "EST5EDT", "CET", "Mars/Olympus_Mons", ""])(
    "%j → known:false, no numbers (caller names 112 and 911 as examples)",
    (zone) => {
      expect(emergencyInfo(zone)).toEqual({ country: null, emergency: [], known: false });
    },
  );

  it("a real country without confident numbers is known:false but keeps its country", () => {
    expect(emergencyInfo("Africa/Abidjan")).toEqual({ country: "CI", emergency: [], known: false });
    expect(EXAMPLE_EMERGENCY_NUMBERS).toEqual(["112", "911"]);
  });

  it.each([
    ["US/Eastern", "US", "911"],
    ["US/Pacific", "US", "911"],
    ["Europe/Kiev", "UA", "112"],
    ["Europe/Kyiv", "UA", "112"],
    ["Asia/Calcutta", "IN", "112"],
    ["GB", "GB", "999"],
    ["Eire", "IE", "112"],
    ["Europe/Belfast", "GB", "999"],
    ["Canada/Eastern", "CA", "911"],
    ["Iceland", "IS", "112"],
  ])("alias %s → %s (%s)", (zone, country, first) => {
    const info = emergencyInfo(zone);
    expect(info.country).toBe(country);
    expect(info.emergency[0]).toBe(first);
  });

  it("takes only a zone (language is not country) and tolerates case and spaces", () => {
    expect(emergencyInfo.length).toBe(1);
    expect(countryOfZone(" europe/berlin ")).toBe("DE");
  });

  it("returns fresh objects the caller may change", () => {
    const a = emergencyInfo("Europe/Berlin");
    a.emergency.push("x");
    expect(emergencyInfo("Europe/Berlin").emergency).toEqual(["112"]);
  });
});

describe("zone-country.json", () => {
  const table: Record<string, string> = zoneCountry;

  it("maps zones to two-letter codes and leaves out non-places", () => {
    for (const [zone, code] of Object.entries(table)) {
      expect(code, zone).toMatch(/^[A-Z]{2}$/);
      expect(zone, zone).not.toMatch(/^(Etc\/|UTC$|GMT|EST|CET|MST|HST)/);
    }
    expect(Object.keys(table).length).toBeGreaterThan(400);
  });

  it("links that merely share clocks keep their own country", () => {
    expect(table["Atlantic/Jan_Mayen"]).toBe("SJ");
    expect(table["Arctic/Longyearbyen"]).toBe("SJ");
    expect(table["Europe/Busingen"]).toBe("DE");
    expect(table["America/Virgin"]).toBe("VI");
  });

  it.runIf(existsSync("/usr/share/zoneinfo/zone.tab"))("agrees with the system zone.tab", () => {
    for (const line of readFileSync("/usr/share/zoneinfo/zone.tab", "utf8").split("\n")) {
      if (!line || line.startsWith("#")) continue;
      const [code, , zone] = line.split("\t");
      expect(table[zone], zone).toBe(code);
    }
  });

  it("the main zones are valid for Luxon", () => {
    for (const z of ["Europe/Berlin", "America/New_York", "Europe/London", "US/Eastern", "Asia/Calcutta"]) {
      expect(IANAZone.isValidZone(z), z).toBe(true);
    }
  });
});
