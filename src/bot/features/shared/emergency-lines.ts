import { emergencyInfo } from "../../../trial/safety/emergency.js";
import type { Translate } from "../../ui/format.js";

/** The emergency line for the user's zone, or 112/911 named as examples when the zone says no country. */
export function emergencyLine(t: Translate, zone: string | undefined): string {
  const info = zone ? emergencyInfo(zone) : undefined;
  return info?.known ? t("emergency-numbers", { numbers: info.emergency.join(" / ") }) : t("emergency-numbers-unknown");
}

export function crisisLine(t: Translate, zone: string | undefined): string {
  const crisis = zone ? emergencyInfo(zone).crisis : undefined;
  return crisis ? t("setup-crisis-hint", { crisis: `${crisis.name} ${crisis.number}` }) : t("setup-crisis-generic");
}
