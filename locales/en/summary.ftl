## Weekly summaries, /summary, the end-of-block report, /endtrial and the "does not settle" messages.
## Numbers and dates arrive already formatted; day counts arrive as numbers for the plural forms.

cmd-endtrial = End the trial early, with a report

## /summary and weekly summaries

sum-no-plan =
    There is no trial plan yet, so there is nothing to summarise.
    /plan sets one up in about three minutes; after that I collect a baseline week and the weekly summaries start.
sum-weekly-title = 📊 <b>Your weekly summary</b>
sum-sofar-title = 📊 <b>Your trial so far</b> · { $date }
sum-caption = 📈 Your trial up to { $date }: daily pain, weekly averages, your baseline range and session days.
sum-plan-line = <i>Plan: { $minutes } min, { $perWeek }× a week for { $weeks } weeks, { $pressure } pressure · first session { $first } · block ends { $end }</i>
sum-week-title = <b>Week { $n } of { $total }</b> · { $range }
sum-week-title-extension = <b>Extra week { $n }</b> (added for paused days) · { $range }
sum-so-far = <i>(so far)</i>
sum-earlier-weeks = <b>Earlier weeks</b> (pain 0-100, change vs baseline in points; minus = less pain):
sum-week-compact = W{ $n } ({ $range }): pain { $mean } ({ $days }/7 days), { $change } · sessions { $done }/{ $planned } · { $status }
sum-pain-line = Pain: <b>{ $mean }</b>/100 on average, from { $days } of { $total } days
sum-pain-none = Pain: no scores yet this week (0 of { $total } days).
sum-pct = ({ $value } %)
sum-change-better = ↘ { $points } points better than your baseline { $pct }
sum-change-worse = ↗ { $points } points worse than your baseline { $pct }
sum-change-same = → about the same as your baseline
sum-marker-line = { $marker }: <b>{ $mean }</b> on average ({ $days ->
        [one] 1 day
       *[other] { $days } days
    })
sum-marker-none = { $marker }: no values recorded for this period.
sum-marker-no-baseline = No baseline value to compare with yet.
sum-marker-better = ↗ better than your baseline of { $base } by { $amount }
sum-marker-worse = ↘ worse than your baseline of { $base } by { $amount }
sum-marker-same = → about the same as your baseline of { $base }
sum-marker-fallback = Your daily measure
sum-sessions = Sessions: { $done } of { $planned } planned
sum-reactions = Reactions after sessions: { $list }
sum-reactions-none = Reactions after sessions: none reported
sum-reaction-count = { $reaction } ×{ $count }
sum-reaction-soreness = soreness
sum-reaction-stiffness = stiffness
sum-reaction-temp_pain = temporary pain increase
sum-reaction-nausea = nausea
sum-reaction-lightheaded = light-headedness
sum-reaction-other = something else
sum-status-on_track = ✅ <b>On track</b>
sum-status-worth_a_look = ⚠️ <b>Worth a look</b>
sum-status-too_early = ⏳ <b>Too early to tell</b>
sum-rule-better_by_10 = this week's average is { $points } points below your baseline (10 or more counts as a real change).
sum-rule-worse_by_10 = this week's average is { $points } points above your baseline. If this continues, talk to your therapist or a clinician.
sum-rule-within_10 = the difference from your baseline ({ $points } points) is less than 10 points, which is within normal day-to-day ups and downs.
sum-rule-few_days = only { $days ->
        [one] 1 day
       *[other] { $days } days
    } with a pain score this week; at least { $min } are needed to say anything.
sum-rule-no_baseline = there is no baseline average to compare with yet.
sum-rule-unsettled_cue = pain after sessions did not settle back this week (I sent you a separate message about it).
sum-baseline-title = <b>Baseline</b> (before the first session, { $range })
sum-baseline-pain = Pain: <b>{ $mean }</b>/100 on average from { $days } of { $total } days (range { $low }–{ $high })
sum-baseline-no-pain = Pain: no baseline scores yet.
sum-baseline-recalled = <b>Baseline</b> (recalled from memory): pain <b>{ $pain }</b>/100 — weaker evidence than daily scores.
sum-baseline-short = <i>Your baseline: { $mean }/100 { $recalled ->
        [yes] (recalled from memory)
       *[no] from { $days ->
        [one] 1 day
       *[other] { $days } days
    }
    }.</i>
sum-baseline-missing = <i>There is no baseline average yet, so I cannot compare this week with it.</i>
sum-recalled-note = <i>Note: your baseline was recalled from memory rather than scored day by day, so every comparison with it is weaker evidence.</i>
sum-dose-change = Plan change from { $date }: { $list }
sum-dose-minutesPerSession = session length { $from } → { $to } min
sum-dose-sessionsPerWeek = sessions per week { $from } → { $to }
sum-dose-weekdays = days { $from } → { $to }
sum-dose-pressure = pressure { $from } → { $to }
sum-no-fixed-days = no fixed days
sum-next-week = Week { $n } starts on { $date }.
sum-next-final = That was the last week of the block — your end-of-block report follows.
sum-in-baseline = You are on day { $day } of 7 of your baseline week. The first session is on { $first }; from then on every week is compared with this baseline.
sum-final-pointer = <code>/summary final</code> shows the end-of-block report (an interim one until { $end }).
sum-block-over = The block ended on { $end }. <code>/summary final</code> shows the end-of-block report.
sum-ended-note = You ended the trial on { $date }. <code>/summary final</code> shows the report on your data.
sum-footer = <i>These are your own before-and-after numbers. They show what changed, not why it changed.</i>
sum-need-days =
    📊 A summary needs at least { $min } days with a pain score, and so far I have { $days ->
        [one] 1 day
       *[other] { $days } days
    }.
sum-missing-days = Days in the last week without a pain score: { $list }.
sum-baseline-running = Your baseline week runs { $range }. The more of those days you score, the clearer the comparison later; the first session is on { $first }.
sum-baseline-not-started = Your baseline week starts on { $start } (the first session is on { $first }). I will ask you every day from then on.
sum-how-to-add = /checkin records today and lets you add a missed day.

## The chart (plain text: it is drawn into the picture)

chart-title = Your massage trial
chart-subtitle = { $minutes } min × { $perWeek } a week · up to { $date }
chart-pain-axis = Pain (0-100)
chart-marker-axis = { $marker } ({ $unit }, { $direction })
chart-daily-pain = Daily pain
chart-weekly-mean = Weekly average
chart-baseline-band = Baseline range
chart-baseline-recalled = Baseline (recalled)
chart-session-day = Session day
chart-marker = Daily measure
chart-baseline-week = Baseline
chart-week = W{ $n }
chart-no-data = No scores yet

## End-of-block report

rep-title-final = 🏁 <b>End-of-block report</b> · { $range } ({ $weeks } weeks)
rep-title-interim = 🕒 <b>Interim report</b> — your block runs until { $end }. This uses your data up to { $asOf }, so it is not the final result yet.
rep-title-ended = 🏁 <b>Report on your data so far</b> — you ended the trial on { $date }, before the planned end ({ $end }).
rep-outcome-improved = 📈 <b>Your numbers improved:</b> both your pain and “{ $marker }” moved by at least the amount that matters.
rep-outcome-partial-pain = ↔️ <b>Mixed result:</b> your pain score improved, “{ $marker }” did not change enough.
rep-outcome-partial-marker = ↔️ <b>Mixed result:</b> “{ $marker }” improved, your pain score did not change enough.
rep-outcome-no_go = ➖ <b>Your numbers did not improve enough</b> in this block — neither your pain nor “{ $marker }”.
rep-outcome-not_enough_data = ❔ <b>There is not enough data to judge this block.</b>
rep-outcome-stop = 🛑 <b>Stop the sessions and get checked by a clinician.</b>
rep-outcome-name-improved = numbers improved
rep-outcome-name-partial = mixed result
rep-outcome-name-no_go = no clear improvement
rep-outcome-name-not_enough_data = not enough data
rep-outcome-name-stop = stop and get checked
rep-changed = ↻ <b>The result changed</b> since the last report ({ $since }): it was “{ $from }”, now it is “{ $to }”. Late or corrected entries change the numbers.
rep-why-title = <b>Why</b>
rep-why-urgent_cue = • an urgent warning sign on { $date }: { $cue }
rep-why-settle = • pain after sessions did not settle, for the second time ({ $date })
rep-why-few_baseline_days = • only { $days ->
        [one] 1 day
       *[other] { $days } days
    } with a pain score in the baseline week (at least { $min } needed)
rep-why-few_last_week_days = • only { $days ->
        [one] 1 day
       *[other] { $days } days
    } with a pain score in the last week (at least { $min } needed)
rep-why-pain_improved = • pain: { $change } (10 points better needed), overlap score { $nap } ({ $minNap } needed)
rep-why-pain_not_improved = • pain: { $change } (10 points better needed), overlap score { $nap } ({ $minNap } needed) — not a clear improvement
rep-why-pain_improved-recalled = • pain: { $change } compared with your recalled baseline (10 points better needed)
rep-why-pain_not_improved-recalled = • pain: { $change } compared with your recalled baseline (10 points better needed) — not a clear improvement
rep-why-marker_improved = • { $marker }: { $change } in the good direction, at least the { $min } you said would matter
rep-why-marker_not_improved = • { $marker }: { $change } in the good direction, less than the { $min } you said would matter
rep-why-marker_not_measured = • { $marker }: not enough values in the baseline and the last week to compare
rep-points-better = { $points } points better
rep-points-worse = { $points } points worse
rep-points-same = no change
rep-points-unknown = not enough data to compare
rep-why-recalled_baseline = • your baseline was recalled from memory: weaker evidence, and no overlap score
rep-numbers-title = <b>The numbers</b> (your main goal: { $goal })
rep-pain-title = <u>Pain</u> (0-100, lower is better)
rep-pain-line = Baseline { $base } ({ $bdays } days) → last week { $last } ({ $ldays } days)
rep-pain-line-recalled = Recalled baseline { $base } → last week { $last } ({ $ldays } days)
rep-pain-missing = Baseline { $base } ({ $bdays } days) → last week { $last } ({ $ldays } days): not enough to compare.
rep-size-none = no meaningful change (less than 10 %)
rep-size-minimal = a minimal improvement (10-29 %)
rep-size-moderate = a moderate improvement (30-49 %, what studies call “much improved”)
rep-size-substantial = a substantial improvement (50 % or more)
rep-size-worse = worse than before
rep-size-points-only = (baseline 0: points only)
rep-nap = Overlap score (NAP): { $nap } — { $label }
rep-nap-none = no clear shift (0.5 means no shift)
rep-nap-moderate = moderate shift (0.66 or more)
rep-nap-strong = strong shift (0.93 or more)
rep-nap-recalled = Overlap score: not computed for a recalled baseline.
rep-marker-title = <u>{ $marker }</u> ({ $direction })
rep-marker-line = Baseline { $base } → last week { $last }
rep-marker-change-enough = { $change } in the good direction — at least the { $min } that matters to you
rep-marker-change-short = { $change } in the good direction — less than the { $min } that matters to you
rep-marker-missing = Baseline { $base } → last week { $last }: not enough values to compare.
rep-sessions = Sessions done: { $done } of { $planned } planned
rep-next-improved = <b>What next:</b> continue if it is worth the time and money to you. If you also do exercise or physiotherapy, keep it up — its benefits tend to last. Check your numbers again after the next block.
rep-next-partial = <b>What next:</b> change one thing for one more block — technique, pressure, session length or spacing — or weigh whether the result is worth the cost.
rep-next-no_go = <b>What next:</b> not another block of the same. Either change the plan (technique or dose), or switch to another option such as exercise therapy or physiotherapy.
rep-next-not_enough_data = <b>What next:</b> extend the block by one week to collect enough days, or judge the block knowing that the numbers are thin.
rep-next-stop = <b>What next:</b> stop the sessions and see a clinician before deciding anything else.
rep-cost = <b>Cost:</b> { $spent } for { $sessions } sessions, which is { $perPoint } per point of pain improvement.
rep-cost-alternative = Spread over a month that is about { $perMonth }, next to { $alternative } per month for your alternative.
rep-blocks-title = <b>Compared with earlier blocks</b>
rep-blocks-original = Your original baseline ({ $range }): { $base }/100 → last week { $now }/100 ({ $change } points better)
rep-blocks-previous = Previous block ({ $range }, result: { $outcome }): last week { $last }/100 → now { $now }/100
rep-cues-title = <b>Warning signs noted</b> (they do not change the result above; please raise them with your clinician):
rep-cue-line = • { $date }: { $cue }{ $area } — { $group }
rep-cue-group-urgent = needed care at once
rep-cue-group-no_massage_area = not to be massaged there until cleared
rep-cue-group-see_clinician = worth checking with a clinician
rep-cue-settle-sessions = • { $date }: pain after two sessions in a row did not settle (time { $ordinal })
rep-cue-settle-weeks = • { $date }: two weeks in a row at least 10 points above baseline (time { $ordinal })
rep-cues-none = No warning signs were recorded. That only means none were reported — it does not mean everything is fine.
rep-evidence =
    <b>What studies say</b> (background, not about you):
    • In pooled trials, massage lowered pain by about 29 points (0-100) compared with no treatment and about 11 points compared with a sham treatment, but only by about 7 points compared with other active treatments such as physiotherapy or exercise.
    • After 6 months, results for muscle and joint pain favoured the active treatments.
    • The certainty of this evidence is mostly low or very low (reviews from 2018 to 2023); no firm conclusions are possible.
    • For chronic low back pain, guidelines mention massage for acute or subacute pain but not among the recommended treatments for chronic pain: at most an add-on, never the first choice.
rep-caveat = <i>This compares your own numbers before and during one block; it is not a controlled trial. A change can also come from natural ups and downs, from having started at a bad moment (pain often eases from a peak on its own), or from the attention and touch themselves.</i>
rep-clinician = 🩺 <b>Please discuss this with your clinician.</b> The decision is yours, made together with them.
rep-clinician-short = 🩺 Please discuss this with your clinician or therapist.
rep-btn-block = 🔁 Another block with changes
rep-btn-extend = ➕ Extend one week
rep-btn-end = 🏁 End the trial
rep-extended = Done — the block now has { $weeks } weeks and ends on { $end }. Your end-of-block report comes on { $report }.
rep-extend-max = The block already has 20 weeks, the most I can run. You can start another block with changes instead, or end the trial.
rep-stale = This button belongs to an older report; your plan has changed since. <code>/summary final</code> shows the current one.
rep-block-intro = Let's plan the next block. It starts on { $date }; its baseline is the last week before it, and its report will also compare it with your original baseline. Change what you want to try differently — the dose comes first — and then confirm the plan.
rep-ended = Your trial is ended and the daily questions stop. Thank you for measuring so carefully. Your data stays until you delete it (/delete); /export downloads it.

## /endtrial

endtrial-confirm = End your trial now? The daily questions stop, and I will send you a report on the data so far. (The block was planned to run until { $end }.)
endtrial-btn-yes = Yes, end it now
endtrial-btn-no = No, keep going
endtrial-kept = Good — your trial goes on as planned.
endtrial-already = Your trial was already ended on { $date }. <code>/summary final</code> shows its report.
endtrial-done = Your trial is ended and the daily questions stop. Here is the report on your data so far.

## "Does not settle" messages

unsettled-first-title = ⚠️ <b>Pain after sessions is not settling</b>
unsettled-sessions = After your sessions on { $dates }, your pain was still at least { $rise } points (on your 0-{ $scale } scale) above the score before the session when I checked on the next session day or three days later. Some soreness for a day or two is expected; this is more than that.
unsettled-weeks = Your weekly average pain was at least 10 points (0-100) above your baseline in two weeks in a row (weeks { $a } and { $b }).
unsettled-first-advice = <b>Suggestion:</b> for the next sessions, ask your therapist for lighter pressure or a shorter session, and talk this over with them. If it happens again, I will suggest stopping the sessions and getting checked. If the pain is severe or comes with new symptoms, contact a clinician now.
unsettled-stop-title = 🛑 <b>Stop the sessions and get checked</b>
unsettled-stop-body = Pain after sessions did not settle for the second time ({ $date }). Please stop the massage sessions and see a clinician before you continue. This is the result “stop and get checked” — I am sending it now instead of waiting for the end of the block.
unsettled-stop-more = <code>/summary final</code> shows all your numbers.
