import { planSchema, type Area, type Plan } from "../plan.js";
import type { Draft, StepId } from "../draft.js";

/** The plan, once every required answer is there; otherwise the first step still missing one. */
export function draftToPlan(d: Draft): { ok: true; plan: Plan } | { ok: false; missing: StepId } {
  const a = d.answers;
  const required: [unknown, StepId][] = [
    [a.areas?.length, "areas"],
    [a.goal, "goal"],
    [a.minutesPerSession, "minutes"],
    [a.sessionsPerWeek, "per_week"],
    [a.weeks, "weeks"],
    [a.pressure, "pressure"],
    [a.careKinds?.length, "care"],
    [a.painScale, "scale"],
    [a.markerPreset && a.markerDirection, "marker"],
    [a.time, "time"],
    [a.zone, "zone"],
    [a.firstSession, "first_session"],
    [a.baseline, "baseline"],
  ];
  for (const [value, step] of required) if (!value) return { ok: false, missing: step };
  const careNone = a.careKinds!.includes("none");
  const parsed = planSchema.safeParse({
    areas: a.areas,
    otherArea: a.areas!.includes("other") ? a.otherArea : undefined,
    goal: a.goal,
    minutesPerSession: a.minutesPerSession,
    sessionsPerWeek: a.sessionsPerWeek,
    weekdays: a.weekdays ?? [],
    weeks: a.weeks,
    pressure: a.pressure,
    therapistPlan: a.therapistPlan,
    otherCare: { kinds: a.careKinds, role: careNone ? undefined : a.careRole },
    cost:
      a.costPerSession !== undefined || a.costAlternative !== undefined
        ? { currency: a.currency ?? "EUR", perSession: a.costPerSession, alternativeMonthly: a.costAlternative }
        : undefined,
    prompt: { time: a.time, zone: a.zone },
    zoneConfirmed: a.zoneConfirmed === true,
    painScale: a.painScale,
    marker: {
      preset: a.markerPreset,
      name: a.markerPreset === "custom" ? a.markerName : undefined,
      unit: a.markerUnit ?? "",
      direction: a.markerDirection,
      minChange: a.markerMinChange,
    },
    excludedAreas: [...new Set(d.screen.areaCues.map((c) => c.area).filter((x): x is Area => !!x))],
    firstSession: a.firstSession,
    sessionsBegan: a.sessionsBegan,
    baseline: a.baseline,
  });
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? "areas");
    const stepFor: Record<string, StepId> = { otherArea: "area_other", otherCare: "care_role", marker: "marker", prompt: "time", baseline: "baseline" };
    return { ok: false, missing: stepFor[field] ?? "areas" };
  }
  return { ok: true, plan: parsed.data };
}

/** A draft that edits an existing plan: every answer pre-filled, starting at the review card. */
export function draftFromPlan(plan: Plan, screen: Draft["screen"], now: Date): Draft {
  return {
    step: "review",
    history: [],
    mode: "edit",
    returnToReview: true,
    screen,
    pending: {},
    detailed: true,
    startedAt: now.toISOString(),
    updatedAt: now.toISOString(),
    answers: {
      areas: plan.areas,
      otherArea: plan.otherArea,
      goal: plan.goal,
      minutesPerSession: plan.minutesPerSession,
      sessionsPerWeek: plan.sessionsPerWeek,
      weekdays: plan.weekdays,
      weeks: plan.weeks,
      pressure: plan.pressure,
      therapistPlan: plan.therapistPlan,
      careKinds: plan.otherCare.kinds,
      careRole: plan.otherCare.role,
      currency: plan.cost?.currency,
      costPerSession: plan.cost?.perSession,
      costAlternative: plan.cost?.alternativeMonthly,
      painScale: plan.painScale,
      markerPreset: plan.marker.preset,
      markerName: plan.marker.name,
      markerUnit: plan.marker.unit,
      markerDirection: plan.marker.direction,
      markerMinChange: plan.marker.minChange,
      time: plan.prompt.time,
      zone: plan.prompt.zone,
      zoneConfirmed: plan.zoneConfirmed,
      firstSession: plan.firstSession,
      sessionsBegan: plan.sessionsBegan,
      baseline: plan.baseline,
      recalledPain10: plan.baseline.kind === "recalled" ? plan.baseline.pain10 : undefined,
    },
  };
}
