## Core: welcome, consent, help, language, privacy, errors

welcome =
    👋 Hi {$name}! I help you run a <b>bounded, measured trial of massage therapy</b> for recurring pain.

    Here is how it works:
    • we agree on a specific plan: which areas, how long, how often, for how many weeks;
    • you rate your pain and one everyday activity once a day, at a time you pick (it takes under a minute);
    • every week you get a short summary with a chart;
    • at the end of the block you get a clear suggestion — continue, change the plan, or try something else — with the numbers behind it.

    { -not-medical }
welcome-back =
    Welcome back, {$name}! Your answers are still here.
    /plan shows your plan, /checkin records today, /summary shows how it is going, /help lists everything.
welcome-back-rearmed = Your daily question is back on: I will ask again every day at {$time} ({$zone}).
welcome-back-scheduled = I ask you every day at {$time} ({$zone}).
welcome-no-plan =
    Welcome back, {$name}! You have not set up a plan yet — let's do it now. It takes about two minutes.
welcome-setup-open = Welcome back, {$name}! Your plan is not finished yet.
-not-medical =
    <i>Please note: I am not a medical device and I do not give medical advice or diagnoses. No person reads your answers in real time, and my keyword checks can miss things — if something worries you, contact a clinician.</i>

consent-question =
    Before I ask anything about your health, two things:

    1. This bot is for <b>adults (18 or older)</b>.
    2. To run your trial I need to <b>store your answers</b> (pain scores, your activity measure, sessions, notes) in this bot's database. They are used only to produce your summaries, are never shared, and you can export or delete them at any time (/privacy explains how).

    Do you confirm you are an adult and agree to this?
consent-accept = ✅ I'm 18+ and I agree
consent-decline = No, thanks
consent-accepted = Thank you — your consent was recorded on {$date}.
consent-declined =
    Understood — nothing about you has been stored.
    If you change your mind, just send /start again.
consent-decline-after-agree = You have already agreed, so I have kept your answers. To remove everything I store about you, send /delete — it asks once more before it deletes.
consent-needed = Please answer the question above first — I can only ask about your health once you have agreed.
setup-start-button = 📝 Set up my plan
setup-coming-soon = Plan setup will open here.

help =
    <b>What I can do</b>
    /start — welcome and first steps
    /plan — set up or change your trial plan
    /checkin — record today's (or a recent day's) pain and activity
    /session — log an extra or moved massage session
    /summary — how your trial is going so far (<code>/summary final</code> for the end-of-block report)
    /endtrial — end the trial early, with a report on the data so far
    /method — how I decide at the end of the block (the rule and your numbers)
    /history — your last 14 days
    /pause and /resume — take a break from the daily questions
    /settime — change the daily question time or time zone
    /settings — reminders and other preferences
    /safety — warning signs I watch for and what I do about them
    /export — download all your data
    /delete — delete all your data
    /privacy — what I store and for how long
    /language — switch between English and German
    /cancel — stop the current setup or question
    /help — this list

language-choose = Which language would you like?
language-set = Done — I will speak English from now on.
language-en = English
language-de = Deutsch


group-only-private = I only work in a private chat, because your answers are personal. Please message me directly: @{$username}
unhandled = I did not understand that. Send /help to see what I can do{ $hasPlan ->
        [yes] , or /checkin to record today.
       *[other] , or /plan to set up your trial.
    }
unhandled-command = I don't know the command {$command}. /help lists all of them.
unhandled-media = I can only read text and button taps here. /help lists what I can do.
error-apology = Sorry — something went wrong on my side. Your earlier answers are safe. Please try again in a moment.
error-not-saved = ⚠️ I could not save that just now — my database is not reachable. Nothing was changed; please try again shortly.
expired-button = This question has expired — nothing was changed.
cancel-nothing = There is nothing to cancel right now.

cmd-start = Welcome and first steps
cmd-help = Everything I can do
cmd-plan = Set up or change your trial plan
cmd-checkin = Record today's pain and activity
cmd-session = Log an extra or moved session
cmd-summary = How the trial is going
cmd-history = Your last 14 days
cmd-pause = Pause the daily questions
cmd-resume = Resume the daily questions
cmd-settime = Change question time or time zone
cmd-settings = Reminders and preferences
cmd-safety = Warning signs I watch for
cmd-export = Download all your data
cmd-delete = Delete all your data
cmd-privacy = What I store and why
cmd-language = Change the language
cmd-cancel = Cancel the current step

## Plan setup

setup-progress = <i>Step {$n} of {$m} · {$section}</i>
section-safety = Safety check
section-areas = Areas and goal
section-dose = Dose
section-care = Other care and cost
section-measure = What we measure
section-schedule = Daily question
section-start = First session
setup-intro = Let's set up your trial. First a short safety check — three questions. Tap <b>Back</b> to change an answer, /cancel to stop, /help at any time.
setup-resume = You were in the middle of setting up your plan — shall we continue where you left off?
setup-cancelled = Setup cancelled. Nothing new was saved. Send /plan whenever you want to start again.
setup-cancelled-next-block = Setup cancelled. Nothing new was saved. Your last block and its report stay as they were; <code>/summary final</code> shows the report with its choices again.
setup-gone = This setup is no longer open — it was finished or cancelled — so this button does nothing. /plan shows your plan and lets you change it; for another block, use the buttons under the end-of-block report (<code>/summary final</code>).
setup-expired = This setup question has expired — nothing was changed.
btn-back = ‹ Back
btn-done = Done ✓
btn-skip = Skip
btn-yes = Yes
btn-no = No
btn-none-of-these = None of these

setup-q-screen_urgent_which = Which one is it? Tap the closest match.
setup-q-screen_area_which = Which one is it?
setup-q-screen_area_where = Which area is affected? I will leave it out of the massage plan until a clinician has cleared it.
setup-q-screen_clinician_which = Which of these apply? Tap all that do, then <b>Done</b>.
setup-area-excluded = Noted: I will keep <b>{ $area }</b> out of the plan until a clinician has cleared it. Your trial can go ahead for other areas.
setup-clinician-noted =
    Thank you. Please talk these over with a clinician before or alongside your massage sessions — they can check that massage suits you and what to watch for. Your trial can go ahead; I will list { $count ->
        [one] this point
       *[other] these points
    } in your reports.
setup-urgent-stop =
    ⚠️ <b>Please seek medical care now</b> — what you described (<b>{ $cue }</b>) needs to be checked by a clinician promptly, before starting massage.
    { $numbers }
    I have stopped the setup here. { $crisis ->
        [yes] When you have talked to someone who can help, tap <b>I have talked to someone</b>
       *[no] Once you have been seen, tap <b>I have been seen</b>
    } and the setup goes on with the next question. If I misread you, tap <b>That's not what I meant</b>.
setup-urgent-seen-before = On { $date } you told me about <b>{ $cue }</b>, and then that you have been seen for it, so we go on. If it is new since then or getting worse, please see a clinician again before your next massage.
setup-crisis-hint = If you are thinking about harming yourself, please reach out now: { $crisis }. You do not have to go through this alone.
setup-crisis-generic = If you are thinking about harming yourself, please contact a crisis line in your country or your local emergency number now. You do not have to go through this alone.
emergency-numbers = In an emergency call <b>{ $numbers }</b>.
emergency-numbers-unknown = In an emergency call your local emergency number (for example <b>112</b> in Europe or <b>911</b> in North America).

setup-q-areas = Which areas will the massage work on? Tap all that apply, then <b>Done</b>.
setup-q-area_other = Which other area? Type a few words (for example "upper back" or "jaw").
setup-q-goal = What matters most to you from this trial?
goal-pain = Less pain
goal-function = Doing more in daily life
goal-sleep = Better sleep
goal-mood = Coping and mood
area-low_back = Low back
area-neck = Neck
area-shoulders = Shoulders
area-knees = Knees
area-hips = Hips
area-head = Head (headache)
area-other = Other

setup-q-minutes = How many minutes will each session last? Tap or type a number from 5 to 120.
setup-q-per_week = How many sessions per week?
setup-q-weekdays = On which days? Tap { $count } { $count ->
        [one] day
       *[other] days
    } and then <b>Done</b>, or <b>No fixed days</b>. On planned days I will ask whether the session happened.
btn-no-fixed-days = No fixed days
weekday-1 = Mon
weekday-2 = Tue
weekday-3 = Wed
weekday-4 = Thu
weekday-5 = Fri
weekday-6 = Sat
weekday-7 = Sun
setup-q-weeks = How many weeks should the block last? Four to eight weeks is a good length to judge it; you can type any number from 1 to 20.
setup-q-pressure = Which pressure will the therapist use? (If you don't know yet, pick what you'd expect — it can be changed later.)
pressure-light = Light
pressure-moderate = Moderate
pressure-firm = Firm

setup-q-care = Are you getting any other active care for this pain? Tap all that apply, then <b>Done</b>.
care-none = None
care-physio = Physical therapy
care-exercise = Exercise programme
care-chiro = Chiropractic
care-injections = Injections
care-other = Other
setup-q-care_role = Will massage <b>replace</b> that care, or <b>support</b> it alongside?
care-role-replaces = Replace it
care-role-supports = Support it
setup-q-cost = What does one session cost you? Type the amount in { $currency } (or tap another currency), or <b>Skip</b>.
setup-q-cost_alt = And what does your alternative cost per month (for example physio or a gym)? Type an amount in { $currency }, or <b>Skip</b>.
setup-q-therapist = Has your therapist told you what they will do for this pain and how they will check progress? Type it in a sentence or two, or <b>Skip</b>.

setup-q-scale = Which pain scale do you prefer? 0-10 is quickest; 0-100 is finer.
scale-10 = 0-10
scale-100 = 0-100
setup-q-marker = Pick one everyday measure that your pain limits. You will log it once a day.
marker-walk_minutes = Minutes walked before having to stop
marker-night_wakings = Times woken at night by pain
marker-head_turn = Head-turn range before pain stops you (0-10)
marker-sitting_minutes = Minutes sitting before pain forces a change
marker-stairs = Flights of stairs managed
marker-custom = Something else (my own)
setup-q-marker_name = What should we measure? Type a short name (for example "minutes gardening").
setup-q-marker_unit = In which unit? (for example "minutes", "times", "steps")
setup-q-marker_direction = Is a higher or a lower number better?
direction-higher = Higher is better
direction-lower = Lower is better
setup-q-marker_min = What is the smallest change in this measure that would matter to you? Type a number, or <b>Skip</b> to use 20 % of your baseline (at least 1).
unit-min = min
unit-times = times
unit-scale10 = /10
unit-flights = flights

setup-q-time = At what time each day should I ask? Pick a time you are usually free — the evening works well for "the last 24 hours". Tap or type (for example 20:30).
setup-q-zone = Which time zone are you in? Tap one, type a city or a zone name (for example "Berlin" or "America/New_York"), or share your location.
btn-share-location = 📍 Share my location
setup-zone-set = Time zone: { $zone }
setup-zone-fixed-offset = Note: a fixed offset like this does not follow daylight saving time, so the question would shift by an hour twice a year. Typing your city instead avoids that — you can change it any time with /settime.

setup-q-first_session = When is your first massage session? Tap or type a date (for example 2027-01-04 or "4 Jan").
btn-tomorrow = Tomorrow
btn-in-a-week = In a week
btn-already-started = Already started
setup-q-first_session_confirm = Did you mean { $a } or { $b }?
setup-baseline-full = Good — your first session is on { $date }. I will collect a full baseline week of your usual pain before it.
setup-q-baseline =
    Your first session is on { $date }, which leaves { $days ->
        [0] no days
        [one] one day
       *[other] { $days } days
    } for a baseline — a full week of "before" numbers makes the comparison much stronger. How would you like to proceed?
btn-baseline-move = Move the first session to { $date }
btn-baseline-short = Short baseline (at least 3 days)
btn-baseline-recalled = Use my recollection of last week
setup-first-moved = The plan now starts on { $date }, after a full baseline week.
setup-q-baseline-begun =
    { $started ->
        [yes] Your massage sessions have already begun, so the trial counts from today, { $date }.
       *[no] Your first session was on { $date }, so the trial counts from that day.
    } There are no daily "before" scores, so the baseline can come from one of two places:
    • <b>your memory</b> of your typical pain in the week before the sessions began — weaker evidence, and every report will say so;
    • <b>a week of daily scores</b> starting today, with the trial counted from { $moved } instead. Those scores show where you are now, after the sessions so far, so the trial then measures the change from there on.
btn-baseline-recalled-before = Use my memory of the week before the sessions
btn-baseline-count-later = Count from { $date }, after a week of scores
setup-count-moved = The trial now counts from { $date }. Until then I ask you every day, for a full baseline week.
setup-q-recalled_pain = On a scale of 0-10, what was your typical pain { $before ->
        [yes] in the week before your massage sessions began
       *[no] over the last week
    }? (A recalled baseline is weaker evidence; your reports will say so.)
setup-q-recalled_marker = And your typical value for "{ $marker }" { $before ->
        [yes] in that week before the sessions
       *[no] over the last week
    }? Type a number, or <b>Skip</b>.

setup-q-review = <b>Here is your plan — does it look right?</b>
btn-looks-right = ✓ Looks right
btn-change = ✎ Change { $section }
setup-saved =
    ✅ <b>Your plan is saved.</b>
    I will ask you every day at <b>{ $time }</b> ({ $zone }), starting on <b>{ $start }</b>. The block ends on { $end }.
    /plan shows or changes your plan, /checkin records a day early, /help lists everything.
setup-saved-edit = ✅ <b>Your plan is updated</b> — the change applies from { $date }. Earlier days keep the plan they had, and your reports will say when the dose changed.

setup-use-buttons = Please use the buttons below for this question.
setup-areas-use-buttons = Please tap the areas below, then Done.
setup-pick-at-least-one = Please pick at least one.
setup-number-range = Please send a whole number from { $min } to { $max }.
setup-text-expected = Please type a short answer in words (up to { $max } characters).
setup-cost-expected = Please type an amount such as 60 or 59.90 — or tap Skip.
setup-marker-min-range = On this 0-{ $max } scale the smallest change that matters can be at most { $max }: please type a smaller number, or tap Skip.
setup-positive-number = Please type a number greater than 0 — or tap Skip.
setup-time-expected = Please send a time such as 20:00 or 8:30 pm.
setup-zone-unknown = I don't know that time zone. Try a city ("Vienna", "Chicago"), a zone name ("Europe/Berlin") or an offset ("UTC+2"), or share your location.
setup-date-expected = Please send a date such as 2027-01-04 or "4 Jan" — or use the buttons.
setup-date-too-far = That is more than a year away — please pick a date within the next 12 months.
setup-date-too-old = That is more than four weeks ago. If you started long ago, tap "Already started" to count the block from today.
setup-short-needs-3-days = A short baseline needs at least 3 days before the first session. Please move the first session or use your recollection.
setup-weekdays-mismatch = You picked { $picked } days but planned { $planned } sessions a week. Please pick { $planned } days, or tap "No fixed days".
setup-area-is-excluded = { $area } is on hold until a clinician has cleared it, so I can't add it to the plan.
setup-no-back = This is the first question — there is nothing to go back to.
setup-missing-answer = One answer is still missing — please fill it in.
setup-media-not-understood = I can't read that here — please answer with text or the buttons.

plan-card =
    <b>Areas:</b> { $areas }
    <b>Main goal:</b> { $goal }
    <b>Dose:</b> { $minutes } min × { $perWeek }/week{ $weekdays } for { $weeks } weeks · { $pressure } pressure
    <b>Other care:</b> { $care }
    <b>Cost:</b> { $cost }
    <b>Therapist's plan:</b> { $therapist }
    <b>Pain scale:</b> 0-{ $scale }
    <b>Daily measure:</b> { $marker }
    <b>Daily question:</b> { $time } ({ $zone })
    <b>First session:</b> { $first } · baseline: { $baseline }
plan-card-safety = <b>Safety notes:</b> { $notes }
plan-none-given = not given
baseline-daily = a full week before
baseline-short = short (3+ days before)
baseline-recalled = recalled (weaker evidence)
plan-first-counting = sessions already begun; the trial counts from { $date }
plan-current-title = <b>Your current plan</b> (version { $version }, since { $since })
plan-none = You don't have a plan yet.
plan-edit-hint = Tap a section to change it. Changes apply from today; earlier days keep their plan.
cost-per-session = { $amount } per session
cost-alternative = alternative { $amount } per month
btn-resume-continue = Continue
btn-resume-restart = Start over
plan-corrupt = I could not read your saved plan (it looks damaged). I kept a copy aside and we can set it up again now.

## Daily check-in: the prompt, its answers, /checkin, /session, /history, /pause, /resume, /settime, /settings

ci-q-pain =
    📋 <b>Check-in for { $date }</b>
    How much pain did you have <b>on average over the last 24 hours</b>? 0 = no pain at all, { $max } = the worst pain you can imagine.
ci-q-pain-hint-10 = Tap a number or type a whole number from 0 to 10.
ci-q-pain-hint-100 = Tap the closest number or type any whole number from 0 to 100.
ci-btn-symptom = 🩺 New symptom
ci-late-note = <i>This counts as a late entry for { $date }.</i>

ci-marker-fallback = your measure
ci-marker-name-walk_minutes = walking
ci-marker-name-night_wakings = night wakings
ci-marker-name-head_turn = head turn
ci-marker-name-sitting_minutes = sitting
ci-marker-name-stairs = stairs
ci-q-marker-walk_minutes = How many minutes could you walk on { $date } before you had to stop? Type a number.
ci-q-marker-night_wakings = How many times did pain wake you up last night? Type a number.
ci-q-marker-head_turn = How far could you turn your head on { $date } before pain stopped you, from 0 (not at all) to 10 (fully)? Type a number.
ci-q-marker-sitting_minutes = How many minutes could you sit on { $date } before pain made you change position? Type a number.
ci-q-marker-stairs = How many flights of stairs did you manage on { $date }? Type a number.
ci-q-marker-custom = What was your value for “{ $name }” on { $date }, in { $unit }? Type a number.
ci-btn-not-measured = Not measured

ci-q-session = Did you have a massage session on { $date }?
ci-q-reaction = How did your body respond after the session? Tap all that fit, then <b>Done</b>.
ci-reaction-none = No reaction
ci-reaction-soreness = Soreness
ci-reaction-stiffness = Stiffness
ci-reaction-temp_pain = Pain briefly worse
ci-reaction-nausea = Nausea
ci-reaction-lightheaded = Light-headed or faint
ci-reaction-other = Something else

ci-q-note = Anything else worth writing down? Type a short note, or tap <b>Skip</b>. If your other care changed (a new medicine, physio started), one tap records it — a clinician will want to know.
ci-btn-care = 💊 My other care changed
ci-btn-care-on = ✅ Other care changed (noted)

ci-saved = ✅ Saved: { $what }.
ci-saved-pain = pain { $value }/{ $max }
ci-saved-marker-walk_minutes = walked { $value } min
ci-saved-marker-night_wakings = woken { $count ->
        [one] once
       *[other] { $value } times
    } by pain
ci-saved-marker-head_turn = head turn { $value }/10
ci-saved-marker-sitting_minutes = sat { $value } min
ci-saved-marker-stairs = { $value } { $count ->
        [one] flight
       *[other] flights
    } of stairs
ci-saved-marker-custom = { $name }: { $value } { $unit }
ci-saved-marker-none = { $name } not measured
ci-saved-session-yes = session: yes
ci-saved-session-no = no session
ci-saved-no-reaction = no reaction
ci-saved-reactions = { $list }
ci-saved-care = other care changed
ci-saved-note = note
ci-saved-nothing = nothing yet
ci-done = 🙏 That's everything for { $date }: { $summary }. Thank you!
ci-done-session = 🙏 Session logged for { $date }: { $summary }.
ci-note-replaced = This replaces the note you wrote earlier for { $date }: “{ $old }”. The earlier one stays in your /export.
ci-note-truncated = Your note was longer than { $max } characters, so I kept the first { $max }.

ci-no-plan = You don't have a trial plan yet — send /plan to set one up first.
ci-expired = That check-in is more than 3 days old, so it can no longer be answered. Nothing was changed.
ci-before-trial = { $date } is before your trial (its first day, the start of your baseline week, is { $start }), so an answer for it would not count. Nothing was saved.
ci-not-started = Nothing to answer yet: your baseline week starts on { $start }, and I will send the first question that day at { $time } (your first session is on { $first }). To start sooner, move the first session with /plan.
ci-old-scale-button = That button is from before your pain scale changed, so I did not save it. Here is the question again, on your scale of 0-{$max}.
ci-pain-invalid = Please send a whole number from 0 to { $max } (for example 4), or tap one of the buttons.
ci-marker-invalid = Please send a number (0 or more), or tap “Not measured”.
ci-marker-invalid-range = Please send a number from 0 to { $max }, or tap “Not measured”.
ci-use-buttons = Please answer with the buttons above.
ci-cancelled = Stopped. Everything you answered so far is saved; /checkin picks it up again.

ci-day-today = Today
ci-day-yesterday = Yesterday
ci-day-missing = · { $missing } missing
ci-missing-pain = pain
ci-missing-session = session
ci-resume = Picking up { $date } where you stopped. Saved so far: { $summary }.
ci-replace-question = You already answered for { $date }: { $summary }. Do you want to answer again and replace it? The earlier answer stays in your history.
ci-replace-with = For { $date } you already saved { $old }. Replace it with { $new }? Only the pain changes; the rest of that day stays as it is, and the earlier score stays in your history.
ci-btn-replace = Yes, replace it
ci-btn-keep = No, keep it
ci-kept = OK — your answer for { $date } stays as it was.

ci-corrected = ✏️ Corrected for { $date }: { $what } (before: { $old }). The earlier value stays in your history.
ci-old-note = your earlier note
ci-edit-invalid = I couldn't read a number from 0 to { $max } in your edit, so your answer for { $date } is unchanged.
ci-edit-invalid-marker = I couldn't read a number in your edit, so your answer for { $date } is unchanged.
ci-edit-marker-out-of-range = Your edit is outside 0 to { $max }, so your answer for { $date } is unchanged.
ci-edit-too-old = That answer for { $date } is more than 3 days old and can no longer be changed.

ci-session-which = On which day was the session? (Extra or moved sessions count too.)
ci-session-already = A session is already recorded for { $date }.

ci-history-title = <b>Your last { $days } days</b>
ci-history-line = { $date }: { $text }
ci-history-missing = —
ci-history-paused = paused
ci-history-late = late
ci-history-corrected = corrected
ci-history-empty = Nothing recorded yet.
ci-history-footer = Missed a day? /checkin lets you add it up to 3 days later.

ci-reminder = 🔔 A gentle reminder: your check-in for { $date } is still open. It takes less than a minute.
ci-pause-ask = I haven't had an answer for three days in a row — that's alright. Would you like to pause the daily questions for a while? { $baseline ->
        [yes] Paused days of the baseline week do not move the end of your block; they only leave fewer scores to compare with.
       *[no] Paused days are added to the end of your block.
    }
ci-btn-pause = ⏸ Pause the questions
ci-btn-keep-asking = Keep asking
ci-keep-asking = Alright — I'll keep asking at the usual time.
ci-paused = ⏸ <b>Paused</b> from { $since }. I won't send daily questions until you send /resume. Each paused day moves the end of your block back by one day (the weeks keep their dates); right now it ends on <b>{ $end }</b>.
ci-paused-baseline = ⏸ <b>Paused</b> from { $since }. I won't send daily questions until you send /resume. Paused days before your first session ({ $first }) are not added anywhere: your block still ends on <b>{ $end }</b>, and your baseline week just has fewer scores ({ $scored } so far; the comparison at the end needs at least { $min }). Paused days from { $first } on would move the end back by one day each.
ci-already-paused = The daily questions are already paused since { $since }. Send /resume to continue.
ci-not-paused = The daily questions aren't paused. /pause stops them for a while.
ci-resumed = ▶️ <b>Welcome back!</b> { $days ->
        [0] No day was paused this time
        [one] One day was paused
       *[other] { $days } days were paused
    }, so your block now ends on <b>{ $end }</b> (planned: { $planned }).
ci-resumed-baseline = ▶️ <b>Welcome back!</b> { $days ->
        [one] One day was paused
       *[other] { $days } days were paused
    }{ $inblock ->
        [0] , all before your first session, so your block still ends on <b>{ $end }</b>.
        [one] ; only the one from your first session ({ $first }) on moves the end of your block, to <b>{ $end }</b> (planned: { $planned }).
       *[other] ; only the { $inblock } from your first session ({ $first }) on move the end of your block, to <b>{ $end }</b> (planned: { $planned }).
    }
ci-baseline-thinner = Paused baseline days are not made up, so your baseline has fewer scores: { $scored ->
        [one] one day has
       *[other] { $scored } days have
    } a pain score{ $left ->
        [0] {""}
        [one] , and one more can still be added before { $first }
       *[other] , and { $left } more can still be added before { $first }
    }. { $enough ->
        [yes] That is enough for the comparison at the end (it needs { $min }).
       *[no] The comparison at the end needs { $min }; with fewer it will say there were too few days instead of giving a verdict.
    }
ci-resumed-next = The next daily question comes at { $time }. /checkin records today right away.

ci-settime-ask = Your daily question comes at <b>{ $time }</b> ({ $zone }). Send a new time (for example 19:30), a city or time zone (for example Vienna), or both (“19:30 Vienna”). /cancel keeps everything as it is.
ci-settime-done = Done — from now on I'll ask every day at <b>{ $time }</b> ({ $zone }). Next question: { $next }.
ci-settime-done-today = Done — from now on I'll ask every day at <b>{ $time }</b> ({ $zone }). { $time } has already passed today and today's question has not come yet, so here it is now. After that: { $next }.
ci-settime-invalid = I couldn't read that. Please send a time such as 19:30, a city such as Vienna, or both.
ci-settime-cancelled = OK — the time of your daily question stays as it was.

ci-settings =
    <b>Settings</b>
    Reminder when a daily question is still unanswered: <b>{ $reminder }</b>.
    Tap below to change it. /settime changes the time of the question, /language the language, /pause takes a break.
ci-reminder-hours = { $hours } h after the question
ci-reminder-off = off
ci-reminder-before-quiet = at { $time } (before your quiet hours)
ci-reminder-none-quiet = none: your question is too close to your quiet hours
ci-reminder-none-late = none: your question is too close to the end of the day
ci-reminder-void-quiet = Nothing changes: your question is too close to your quiet hours for any reminder. Change the quiet hours below, or the question's time with /settime.
ci-reminder-void-late = Nothing changes: your question is too close to the end of the day for any reminder. /settime changes its time.
ci-reminder-void-same = Nothing changes: because of your quiet hours the reminder still comes at { $time }.
quiet-moved = { $chosen } is inside your quiet hours ({ $from }–{ $to }), so the question comes at { $to } instead. /settings changes the quiet hours.
ci-btn-reminder-hours = { $hours } h
ci-btn-reminder-off = No reminder
ci-settings-saved = Saved

## Data rights: /privacy, /export, /delete, retention, flood guard (issue #8)

privacy-statement =
    <b>Your data and privacy</b>

    <b>What I keep about you</b>
    • your Telegram user id, your language and the date of your consent;
    • your trial plan, with its earlier versions when you change it;
    • your daily answers: pain, your daily measure, sessions, body reactions, notes and changes in other care — and the earlier value when you correct one;
    • the safety answers you gave, the warning signs that came up and what you answered to them;
    • your daily question time and time zone, pauses, your reminder setting, which summaries were sent and the results of finished blocks;
    • during an unfinished setup: your answers so far (at most 60 days) and the messages of the current step, which Telegram sends with your name (at most 30 days).
    Beyond that I keep no name, username, phone number, photos, voice messages or locations. Summaries and charts are calculated from your answers when they are needed. The logs contain no answers — only ids, times and error types.

    <b>Who sees it:</b> nobody. It stays in this bot's own database and is <b>never shared</b> with anyone, never sold and never used for advertising or research. No person reads it.
    <b>How long:</b> { $retention }
    <b>Your control:</b> /export sends you everything as two files (a spreadsheet and a JSON file); /delete erases everything after you confirm.
    { $consent ->
        [none] <b>Consent:</b> not given yet. Until you agree I keep nothing but the language you picked with /language, if you did (for 30 days at most).
       *[other] <b>Consent:</b> given on { $consent } (adult, agreed to storage).
    }
    <i>Telegram itself keeps this chat on its own servers; you can clear it in Telegram at any time.</i>

    { -not-medical }

data-nothing-stored = I have nothing stored about you, so there is nothing to export or delete.
data-only-language-stored = I have nothing stored about you except the language you picked with /language (kept for 30 days at most unless you agree to start a trial), so there is nothing to export. /delete removes the language choice as well.
delete-language-done = Done: the language you picked was the only thing I had stored about you, and it is deleted now.

export-caption-csv = Your daily entries ({ $count ->
        [one] one day
       *[other] { $count } days
    }) as a comma-separated file (CSV) with a point before decimals. If your spreadsheet shows everything in one column, import the file instead and choose the comma as separator and the point as decimal separator.
export-caption-json = Everything else: profile, plan versions, safety answers and your summary numbers.
export-summary-note = The numbers of your report as of { $asOf } (the export date during the block, the block's end after it, or the day you ended it), with pain on the 0-100 scale and a later block's wash-in days left out. "calendar" is your plan's calendar (planned end of the block: { $blockEnd }); "weeks" and the decision's "lastWeek" stop at { $asOf }. This is one person's before/after comparison, not a controlled trial.
export-caption-pdf = The one-page report for your clinician (PDF), the same as /report.
export-done =
    📦 That is everything I have stored about you.
    Keep the files somewhere safe — they contain health information. /delete erases it all here.

delete-confirm-question =
    ⚠️ <b>Delete all your data?</b>
    This removes everything I have stored about you: { $entries ->
        [0] { $plan ->
                [yes] your plan and its earlier versions, your safety answers, your daily question and any unfinished setup — there are no daily entries yet
               *[no] your consent, any safety answers and any unfinished setup — there is no plan and no daily entry yet
            }
        [one] your plan and its earlier versions, your one daily entry, your notes, your safety answers, your daily question and any unfinished setup
       *[other] your plan and its earlier versions, your { $entries } daily entries, your notes, your safety answers, your daily question and any unfinished setup
    }. { $plan ->
        [yes] I will stop sending you questions. This cannot be undone.
       *[no] This cannot be undone.
    }
    If you want a copy, send /export before you confirm. This question expires in 10 minutes.
btn-delete-confirm = 🗑 Yes, delete everything
btn-delete-cancel = No, keep my data
delete-cancelled = Nothing was deleted — your data is still here.
delete-expired = This deletion request has expired, so nothing was deleted. Send /delete to ask again.
delete-done =
    ✅ Done: everything I had stored about you is deleted, and I will not send you any more questions.
    This chat itself stays in Telegram — you can clear it there. If you ever want to start again, just send /start.

flood-slow-down = 🐢 That is a lot of messages in a few seconds. I still read them in order, but I won't answer the ones I don't understand until things calm down. Please send one answer at a time.

retention-notice =
    🗓 A note about your data: your trial ended a while ago, so — as promised — I will delete everything I have stored about you on <b>{ $date }</b>.
    If you would like a copy first, tap below or send /export. To delete it right away, send /delete. If you start a new block with /plan or keep adding entries, the date moves later.
btn-export-now = 📦 Send me my data

csv-col-date = date
csv-col-prompt-time = question time
csv-col-time-zone = time zone
csv-col-pain = pain
csv-col-pain-scale = pain scale
csv-col-pain-0-100 = pain (0-100)
csv-col-marker = daily measure
csv-col-marker-unit = unit
csv-col-session = session
csv-col-reactions = body reactions
csv-col-note = note
csv-col-care-changed = other care changed
csv-col-late = answered late
csv-col-corrected = corrected
csv-col-answered-at = answered at (UTC)
csv-yes = yes
csv-no = no
csv-not-measured = not measured

corrupt-notice =
    ⚠️ Part of your saved data could not be read ({ $what }): it looks damaged or comes from an older version of this bot. I kept it aside exactly as it was (it is included in /export); nothing else was changed.
    { $plan ->
        [yes] Send /plan to set up your plan again.
       *[other] If something is missing, /checkin lets you enter the last few days again.
    }
corrupt-what-plan = your plan
corrupt-what-entries = a daily entry
corrupt-what-profile = your settings and consent
corrupt-what-draft = your unfinished setup
corrupt-what-other = some stored answers

## Safety cues: what the bot names when a cue fires, and the setup screen.
## The bot never diagnoses and never reassures; these are neutral names for what the user told us.

cue-group-urgent-title = Needs medical care now
cue-group-urgent-question =
    Is any of these happening to you now?
    • new loss of bladder or bowel control, or you cannot pass urine
    • numbness around the groin, genitals or buttocks
    • weakness in your legs or arms that is getting worse, new clumsy hands or unsteady walking, or your legs suddenly giving way
    • back or neck pain with a fever or feeling very unwell
    • a headache with fever and a stiff neck
    • new pain after a recent fall, accident or blow to the head (not long-standing pain from an old injury)
    • chest pain or trouble breathing
    • a swollen, painful calf
    • a sudden, very severe headache, or a headache with new problems seeing, speaking or moving
    • thoughts of harming yourself or ending your life
cue-group-no_massage_area-title = Not at that spot until a clinician says so
cue-group-no_massage_area-question =
    Is any of these true at or near a spot that would be massaged?
    • a known or suspected blood clot
    • a recent broken bone or operation
    • a skin infection, open wound, burn or rash
cue-group-see_clinician-title = Worth talking over with a clinician
cue-group-see_clinician-question =
    Does any of these apply to you?
    • shooting pain down an arm or leg, numbness, or pins and needles
    • cancer now or in the past
    • losing weight without trying
    • pain at night that does not ease with rest
    • new pain that began after age 50
    • osteoporosis (thin bones)
    • taking steroid tablets for a long time
    • a weakened immune system
    • injecting drugs
    • taking blood thinners, or a bleeding disorder
    • pregnancy

cue-bladder_bowel = new loss of bladder or bowel control
cue-urine_retention = being unable to pass urine
cue-saddle_numbness = numbness around the groin, genitals or buttocks
cue-progressive_weakness = weakness in the legs or arms that is getting worse
cue-clumsy_unsteady = new clumsy hands or unsteady walking
cue-drop_attacks = legs suddenly giving way or a sudden collapse
cue-back_pain_fever = back or neck pain together with a fever or feeling very unwell
cue-headache_fever_stiff_neck = headache together with a fever and a stiff neck
cue-after_fall_injury = new pain after a recent fall, accident or blow to the head
cue-chest_pain_breathless = chest pain or trouble breathing
cue-swollen_calf = a swollen, painful calf
cue-thunderclap_headache = a sudden, very severe headache
cue-headache_neuro = a headache with new problems seeing, speaking, thinking or moving
cue-self_harm = thoughts of harming yourself or ending your life
cue-clot_at_site = a known or suspected blood clot
cue-recent_fracture_surgery = a recent broken bone or operation
cue-skin_at_site = a skin infection, open wound, burn or rash
cue-nerve_symptoms = shooting pain into an arm or leg, numbness, or pins and needles
cue-cancer_history = cancer now or in the past
cue-weight_loss = losing weight without trying
cue-night_pain = pain at night that rest does not ease
cue-new_pain_over_50 = new pain that began after age 50
cue-osteoporosis = osteoporosis (thin bones)
cue-steroids = long-term use of steroid medicine
cue-immune_weak = a weakened immune system
cue-injected_drugs = injecting drugs
cue-blood_thinners = blood-thinning medicine or a bleeding disorder
cue-pregnancy = pregnancy

## Daily watch: the "new symptom" list, cue messages, the safety pause, /safety.

safety-keyword-note = <i>I am an automatic keyword check, not a person: no one reads your answers in real time, and I can miss or misread things. If in doubt, contact a clinician.</i>
safety-not-medical = <i>This bot is not a medical device and does not give medical advice or diagnoses.</i>

safety-menu =
    <b>What is new?</b> Tap the group that fits, then the closest match.

    🚨 <b>{ cue-group-urgent-title }</b> — trouble controlling bladder or bowel, numbness in the groin, weakness or unsteadiness that is getting worse, fever with back pain or a stiff neck, new pain after a recent fall or injury, chest pain or breathlessness, a swollen calf, a sudden severe headache, thoughts of harming yourself
    🩹 <b>{ cue-group-no_massage_area-title }</b> — a blood clot, a recent broken bone or operation, or a skin infection, wound, burn or rash where you get massaged
    🩺 <b>{ cue-group-see_clinician-title }</b> — shooting pain, numbness or pins and needles, cancer, weight loss, night pain, new pain after 50, thin bones, steroids, a weak immune system, injecting drugs, blood thinners, pregnancy
safety-menu-btn-urgent = 🚨 { cue-group-urgent-title }
safety-menu-btn-no_massage_area = 🩹 { cue-group-no_massage_area-title }
safety-menu-btn-see_clinician = 🩺 { cue-group-see_clinician-title }
safety-menu-btn-other = Something else
safety-menu-btn-none = Nothing after all
safety-menu-which = <b>{ $title }</b> — which one is it? Tap the closest match.
safety-btn-back = ‹ Back
safety-menu-closed = All right — nothing was recorded.
safety-something-else =
    I only recognise the warning signs on my list, so I cannot judge other symptoms — and not being on the list does not make a symptom harmless. If something new worries you, please contact a clinician. You can also describe it in the note of your check-in, so it is in your record.

safety-source-note = Your note mentions
safety-source-message = Your message mentions
safety-source-button = You told me about
safety-urgent =
    ⚠️ <b>Please seek medical care now.</b>
    { $intro } <b>{ $cues }</b>. That needs to be checked by a clinician promptly{ $followUp ->
        [yes] .
       *[no] {" "}— please do not wait for your next massage session.
    }
safety-crisis = 💛 <b>I'm really sorry you are feeling like this — thank you for telling me.</b> Please talk to someone about it now.
safety-crisis-paused = I have paused your daily pain questions for now, so they do not get in the way while you reach out. When you have talked to someone who can help — a crisis line, your doctor or the emergency services — tap <b>I have talked to someone</b>. If I misread you, tap <b>That's not what I meant</b>. /resume asks the same.
safety-crisis-note = <i>I am an automatic keyword check, not a person: no one reads your answers in real time, so please do not wait for a reply here. The people at the numbers above are there to listen and help.</i>
safety-non-urgent-line = If it is urgent but not an emergency, you can call <b>{ $number }</b> for medical advice.
safety-urgent-paused = I have paused your { $followUp ->
        [yes] follow-up questions
       *[no] daily questions
    }. Once you have been seen, tap <b>I have been seen</b>. If I misread you, tap <b>That's not what I meant</b>. /resume asks the same.
safety-area =
    🩹 <b>Please leave that spot out of massage</b> until a clinician has cleared it. { $intro } <b>{ $cues }</b>.
    Your trial continues for the other areas. Which area is it?
safety-area-set =
    Noted: <b>{ $area }</b> stays out of the massage until a clinician has cleared it. Please tell your therapist too. Your trial continues for the other areas.
safety-area-only = That is the only area in your plan, so please hold off sessions until a clinician has cleared it. Your daily questions continue, so your numbers stay complete.
safety-area-elsewhere = Noted: please keep that spot out of the massage until a clinician has cleared it, and tell your therapist. Your trial continues.
safety-area-cleared = Noted: a clinician has cleared <b>{ $area }</b>. It can be part of the massage plan again; /plan changes the areas.
safety-clinician =
    🩺 <b>Worth talking over with a clinician:</b> { $intro } <b>{ $cues }</b>.
    Please talk this over with a clinician before or alongside your massage sessions. Your trial continues, and I will list it in your reports. I will not repeat this message for the same point within 7 days.
safety-repeat = Noted — you already told me about <b>{ $cues }</b> on { $date }, and what I said then still stands. It stays in your reports.

safety-btn-seen = ✅ I have been seen
safety-btn-talked = ✅ I have talked to someone
safety-btn-seen-or-talked = ✅ I have been seen or talked to someone
safety-btn-dismiss = That's not what I meant
safety-btn-cleared = ✓ A clinician has cleared it
safety-btn-area-elsewhere = Somewhere else
safety-btn-setup = 📝 Set up my plan

safety-seen =
    Thank you for letting me know. Your daily questions start again with the next one.
    If your clinician gave you advice about massage, please follow it — /plan changes the plan. If anything changes or worries you, contact a clinician again.
safety-talked =
    Thank you for letting me know — I'm glad you reached out. Your daily questions start again with the next one.
    If those thoughts come back or get stronger, please reach out again straight away: a crisis line, your doctor or the emergency services.
safety-dismissed = Thanks — I have noted that this was not what you meant and taken it off your list of warning signs.
safety-dismissed-resumed = Your daily questions continue as before.
safety-dismissed-still-paused = Another urgent point is still open, so your daily questions stay paused. /resume asks about it.
safety-own-pause-on = Your own pause (/pause) is still on, so the daily questions stay off until you send /resume.
safety-dismissed-followup = If something does worry you, please contact a clinician.
safety-screen-dismissed = Thanks — I have noted that this was not what you meant. Tap below to set up your plan.
safety-screen-seen = Thank you for letting me know. If your clinician gave you advice about massage, please follow it, and if anything changes or worries you, contact a clinician again. Let's go on with the setup where we stopped.
safety-screen-talked = Thank you for letting me know — I'm glad you reached out. If those thoughts come back or get stronger, please reach out again straight away: a crisis line, your doctor or the emergency services. Let's go on with the setup where we stopped.
safety-screen-seen-plan = Thank you for letting me know. Your plan is already set up, so nothing else changes. If anything changes or worries you, contact a clinician again.
safety-already-answered = This has already been answered — nothing was changed.
safety-resume-question =
    Your daily questions are paused because of <b>{ $cues }</b> ({ $date }). Have you been seen by a clinician?
    If I misread you, tap <b>That's not what I meant</b>.
safety-resume-question-crisis =
    Your daily questions are paused because of <b>{ $cues }</b> ({ $date }). Have you been able to talk to someone who can help, such as a crisis line or your doctor?
    If I misread you, tap <b>That's not what I meant</b>.
safety-resume-question-mixed =
    Your daily questions are paused because of <b>{ $cues }</b> ({ $date }). Have you been seen by a clinician, or talked to someone who can help, such as a crisis line?
    If I misread you, tap <b>That's not what I meant</b>.

safety-overview =
    <b>Warning signs I watch for</b>
    I ask about these once during setup. After that, the <b>New symptom</b> button on every check-in opens this list, and I scan your check-in notes for these words.

    🚨 <b>{ cue-group-urgent-title }</b>
    { $urgent }
    → I tell you at once to seek care, give you the emergency number (and a crisis line for thoughts of self-harm), and pause your daily questions until you tell me you have been seen (for thoughts of self-harm: that you have talked to someone) — or that I misread you.

    🩹 <b>{ cue-group-no_massage_area-title }</b>
    { $area }
    → I ask which area it is and keep it out of the massage plan until a clinician has cleared it. The trial continues for the other areas.

    🩺 <b>{ cue-group-see_clinician-title }</b>
    { $clinician }
    → One clear message suggesting you talk it over with a clinician (not repeated for the same point within 7 days). The trial continues, and the point is listed in your reports.

    Every message about a warning sign has a <b>That's not what I meant</b> button: it records that I misread you and undoes any pause.

    <b>Please keep in mind:</b> no one reads your answers in real time, and a keyword check can miss things or misread them. Not hearing from me does not mean everything is fine. If in doubt, contact a clinician.
safety-overview-yours = <b>What you have told me so far:</b>
safety-overview-none = You have not reported any of these so far. That only means none of them came up in your answers — it says nothing about whether you are well.
safety-event-line = • { $date }: { $cue }{ $area } — { $status ->
        [seen] you have been seen
        [talked] you have talked to someone
        [cleared] cleared by a clinician
       *[active] open
    }
safety-paused-line = ⏸ Your daily questions are paused until you answer the question from /resume.

cue-does_not_settle = pain after sessions that did not settle

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
sum-week-title-extension = <b>Extra week { $n }</b> · { $range } — your block was extended to make up for { $reason ->
        [wash-in] the new plan's first days, which are not counted
        [both] the paused days and the new plan's first days, which are not counted
       *[paused] the paused days
    }
sum-so-far = <i>(so far)</i>
sum-earlier-weeks = <b>Earlier weeks</b> (pain on your 0-{ $scale } scale, change vs baseline in points; minus = less pain):
sum-week-compact = W{ $n } ({ $range }): pain { $mean } ({ $days }/{ $total } days{ $aside }), { $change } · sessions { $done }/{ $planned } · { $status }
sum-days-paused = { $n } paused
sum-days-wash-in = { $n ->
        [one] 1 wash-in day
       *[other] { $n } wash-in days
    } not counted
sum-pain-line = Pain: <b>{ $mean }</b>/{ $scale } on average, from { $days } of { $total } days{ $aside }
sum-pain-none = Pain: no scores yet this week (0 of { $total } days{ $aside }).
sum-pct = ({ $value } %)
sum-change-better = ↘ { $points } better than your baseline { $pct }
sum-change-worse = ↗ { $points } worse than your baseline { $pct }
sum-change-same = → about the same as your baseline
sum-marker-line = { $marker }: <b>{ $mean }</b> on average ({ $days ->
        [one] 1 day
       *[other] { $days } days
    })
sum-marker-recalled = { $marker }: <b>{ $mean }</b> (recalled from memory)
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
sum-rule-few_days = only { $days ->
        [one] 1 day
       *[other] { $days } days
    } with a pain score this week; at least { $min } are needed to say anything.
sum-rule-no_baseline = there is no baseline average to compare with yet.
sum-rule-unsettled_cue = pain after sessions did not settle back this week (I sent you a separate message about it).
sum-rule-likely_better = this week is likely better than your baseline by an amount that matters (chance { $chance }).
sum-rule-likely_worse = this week is likely worse than your baseline by an amount that matters (chance { $chance }). If this continues, talk to your therapist or a clinician.
sum-rule-not_clear = this week's average is { $points } { $direction } than your baseline; with normal ups and downs that is not clear yet either way.
change-about = about { $amount } { $direction }
change-about-same = about the same
sum-rule-not_clear-same = this week's average is about the same as your baseline; with normal ups and downs that is not clear yet either way.
sum-baseline-pain = Pain: <b>{ $mean }</b>/{ $scale } on average from { $days } of { $total } days{ $aside } (range { $low }–{ $high })
sum-baseline-title = { $previous ->
        [0] <b>Baseline</b> (before the first session, { $range })
       *[other] <b>Baseline</b>: the last week of block { $previous } ({ $range })
    }
sum-baseline-no-pain = Pain: no baseline scores yet.
sum-baseline-recalled = <b>Baseline</b> (recalled from memory): pain <b>{ $pain }</b>/{ $scale } — weaker evidence than daily scores.
sum-baseline-short = <i>Your baseline: { $mean }/{ $scale } { $recalled ->
        [yes] (recalled from memory)
       *[no] from { $days ->
        [one] 1 day
       *[other] { $days } days
    }
    }.</i>
sum-baseline-missing = <i>There is no baseline average yet, so I cannot compare this week with it.</i>
sum-baseline-later-block = <i>In block { $block }, “your baseline” is the 7 days before it started ({ $range }), the end of block { $previous }: this block is measured against where the last one left you. The end-of-block report also compares it with your original baseline.</i>
sum-recalled-note = <i>Note: your baseline was recalled from memory rather than scored day by day, so every comparison with it is weaker evidence.</i>
sum-dose-change = Plan change from { $date }: { $list }
sum-dose-minutesPerSession = session length { $from } → { $to } min
sum-dose-sessionsPerWeek = sessions per week { $from } → { $to }
sum-dose-weekdays = days { $from } → { $to }
sum-dose-pressure = pressure { $from } → { $to }
sum-no-fixed-days = no fixed days
sum-next-week = Week { $n } starts on { $date }.
sum-next-final = That was the last week of the block — your end-of-block report follows.
sum-withdrawal-running = ⏸ <b>The 2-week check without massage runs until { $wdEnd }.</b> Its report comes on { $report }; until then the daily question goes on.
sum-followup-running = 📅 <b>Follow-up:</b> the next question comes on { $next }.
sum-in-baseline = You are on day { $day } of 7 of your baseline week. The first session is on { $first }; from then on every week is compared with this baseline.
sum-final-pointer = <code>/summary final</code> shows the end-of-block report (an interim one until { $end }).
sum-block-over = The block ended on { $end }. <code>/summary final</code> shows the end-of-block report.
sum-ended-note = You ended the trial on { $date }. <code>/summary final</code> shows the report on your data.
sum-stopped-note = The block ended on { $date } with the safety stop: pain after sessions did not settle twice, so I advised stopping the sessions and getting checked. <code>/summary final</code> shows the report on your data.
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
chart-subtitle = { $minutes } min × { $perWeek } a week · { $range }
chart-pain-axis = Pain (0-{ $scale })
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
rep-outcome-improved = 📈 <b>Your numbers improved:</b> both your pain and “{ $marker }” are likely better by an amount that matters.
rep-outcome-partial-pain = ↔️ <b>Mixed result:</b> your pain is likely better by an amount that matters; “{ $marker }” is not clearly better.
rep-outcome-partial-marker = ↔️ <b>Mixed result:</b> “{ $marker }” is likely better by an amount that matters; your pain is not clearly better.
rep-outcome-no_go = ➖ <b>Your numbers did not improve enough</b> in this block — it is unlikely that your pain or “{ $marker }” got better by an amount that matters.
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
rep-why-marker_not_measured = • { $marker }: not measured, so it is not judged
rep-why-marker_few_values = • { $marker }: fewer than { $min } values before the first session or in the last week, so it is not judged
rep-why-pain_meaningful = • pain: likely better by an amount that matters — { $about } on your 0-{ $scale } scale; the chance of at least { $mcid } ({ $source }) is { $chance }
rep-why-pain_no_benefit = • pain: unlikely to be better by the amount that matters, { $mcid } ({ $source }) — the chance is { $chance }
rep-why-pain_inconclusive = • pain: not clear yet — { $about }, and the chance of at least { $mcid } ({ $source }) is { $chance }
rep-why-pain_little_room = • pain: it was already low before the first session, so there was little room to improve by { $mcid }; pain is not judged
rep-why-marker_meaningful = • { $marker }: likely better by an amount that matters — { $about }; the chance of at least { $min } ({ $source }) is { $chance }
rep-why-marker_no_benefit = • { $marker }: unlikely to be better by the { $min } that matters ({ $source }) — the chance is { $chance }
rep-why-marker_inconclusive = • { $marker }: not clear yet — { $about }, and the chance of at least { $min } ({ $source }) is { $chance }
rep-why-no_sessions = • no session was logged in this block ({ $planned } were planned), so these numbers say nothing about massage
rep-why-already_improving = • your pain was already falling before the first session, so massage may not be the reason for the change
rep-why-low_adherence = • only { $done } of { $planned } planned sessions happened: this result is about the sessions that happened, not about the plan as planned
rep-chance-high = more than 9 in 10
rep-chance-low = less than 1 in 10
rep-chance-about = about { $n } in 10
rep-mcid-default = the default: { $points }, or 30 % of your baseline if that is less, but at least { $floor }
rep-mcid-own = your own choice
rep-marker-min-default = the default: 20 % of your baseline, at least 1
rep-better = better
rep-worse = worse
rep-model-line = Allowing for ups and downs and for any trend before the start: { $about } in the last week (most likely between { $low } and { $high })
rep-model-line-marker = Allowing for ups and downs and for any trend before the start: { $about } in the last week (most likely between { $low } and { $high })
rep-model-outside = The plain change above lies outside this range: the range also allows for a trend in your days and for how your other block weeks went, which the plain averages do not. Read this result with care and look at the chart with your clinician.
rep-outcome-unclear = ❔ <b>Not clear yet:</b> your numbers cannot tell yet whether this block made a difference that matters.
rep-outcome-name-unclear = not clear yet
rep-outcome-no_go-little-room = ➖ <b>Nothing to improve on pain:</b> it was already low at the start, and “{ $marker }” did not get better by an amount that matters.
rep-next-unclear-extend = <b>What next:</b> extending the block by { $weeks ->
        [one] 1 week
       *[other] { $weeks } weeks
    } would likely make it clear (one tap below). The strongest test of all is a week or two without massage, to see whether the pain comes back.
rep-next-unclear-stuck = <b>What next:</b> more weeks of the same are unlikely to make this clear. The strongest test is a week or two without massage, to see whether the pain comes back — or change the plan, or decide on cost and how you feel.
rep-next-unclear-no-sessions = <b>What next:</b> if you still want to test massage, extend the block and log the sessions you have — or start another block with a plan that fits your week.
rep-btn-extend-n = ➕ Extend the block by { $weeks ->
        [one] 1 week
       *[other] { $weeks } weeks
    }
rep-points-better = { $points } points better
rep-points-worse = { $points } points worse
rep-points-same = no change
rep-points-unknown = not enough data to compare
rep-why-recalled_baseline = • your baseline was recalled from memory: weaker evidence, and no overlap score
rep-numbers-title = <b>The numbers</b> (your main goal: { $goal })
rep-pain-title = <u>Pain</u> (0-{ $scale }, lower is better)
rep-pain-line = Baseline { $base } ({ $bdays } days) → last week { $last } ({ $ldays } days)
rep-pain-line-recalled = Recalled baseline { $base } → last week { $last } ({ $ldays } days)
rep-pain-missing = Baseline { $base } ({ $bdays } days) → last week { $last } ({ $ldays } days): not enough to compare.
rep-pain-latest-week = The short report sets the baseline against week { $n } ({ $range }), the last week with scores: { $last } ({ $days ->
        [one] 1 day
       *[other] { $days } days
    }).
rep-size-none = no meaningful change (less than 10 %)
rep-size-minimal = a minimal improvement (10-29 %)
rep-size-moderate = a moderate improvement (30-49 %, what studies call “much improved”)
rep-size-substantial = a substantial improvement (50 % or more)
rep-size-worse = worse than before
rep-size-points-only = (baseline 0: points only)
rep-nap = Overlap: { $share ->
        [10] in nearly every pair of days
       *[other] in about { $share } of 10 pairs of days
    }, the last-week day was better than the baseline day — { $label }
rep-nap-none = no clear shift (5 in 10 would mean no shift)
rep-nap-worse = a shift towards worse days
rep-nap-moderate = a moderate shift
rep-nap-strong = a strong shift
rep-nap-recalled = Overlap score: not computed for a recalled baseline.
rep-marker-title = <u>{ $marker }</u> ({ $direction })
rep-marker-line = Baseline { $base } → last week { $last }
rep-marker-change-enough = { $change } in the good direction — at least the { $min } that matters ({ $source })
rep-marker-change-short = { $change } in the good direction — less than the { $min } that matters ({ $source })
rep-marker-change-plain-only = { $change } in the good direction — the plain averages reach the { $min } that matters ({ $source }), but allowing for ups and downs it is not likely reached (see “Why”)
rep-marker-change-model-only = { $change } in the good direction — less than the { $min } that matters ({ $source }) on the plain averages, but allowing for ups and downs and any trend it is likely reached (see “Why”)
rep-sessions-unknown = Sessions: not recorded in this file
rep-marker-missing = Baseline { $base } → last week { $last }: not enough values to compare.
rep-sessions = Sessions done: { $done } of { $planned } planned
rep-next-improved = <b>What next:</b> continue if it is worth the time and money to you. If you also do exercise or physiotherapy, keep it up — its benefits tend to last. Check your numbers again after the next block.
rep-next-partial = <b>What next:</b> change one thing for one more block — technique, pressure, session length or spacing — or weigh whether the result is worth the cost.
rep-next-no_go = <b>What next:</b> not another block of the same. Either change the plan (technique or dose), or switch to another option such as exercise therapy or physiotherapy.
rep-next-not_enough_data = <b>What next:</b> extend the block by one week to collect enough days, or judge the block knowing that the numbers are thin.
rep-next-stop = <b>What next:</b> stop the sessions and see a clinician before deciding anything else.
rep-cost = <b>Cost:</b> { $spent } for { $sessions } sessions, which is { $perPoint } per point of pain improvement on your 0-{ $scale } scale.
rep-cost-alternative = Spread over a month that is about { $perMonth }, next to { $alternative } per month for your alternative.
rep-blocks-title = <b>Compared with earlier blocks</b>
rep-blocks-original = Your original baseline ({ $range }): { $base }/{ $scale } → last week { $now }/{ $scale } ({ $change } points better)
rep-blocks-previous = Previous block ({ $range }, result: { $outcome }): last week { $last }/{ $scale } → now { $now }/{ $scale }
rep-cues-title = <b>Warning signs noted</b> (unless the result is “stop”, they do not change it; please raise them with your clinician):
rep-cue-line = • { $date }: { $cue }{ $area } — { $group }
rep-cue-group-urgent = needed care at once
rep-cue-group-no_massage_area = not to be massaged there until cleared
rep-cue-group-see_clinician = worth checking with a clinician
rep-cue-settle-sessions = • { $date }: pain after two sessions in a row did not settle (time { $ordinal })
rep-cue-settle-weeks = • { $date }: two weeks in a row in which your pain was likely worse than your baseline by an amount that matters (time { $ordinal })
rep-cues-none = No warning signs were recorded. That only means none were reported — it does not mean everything is fine.
rep-evidence =
    <b>What studies say</b> (background, not about you):
    • In pooled trials, massage lowered pain by about { $none } (on a 0-{ $scale } scale) compared with no treatment and about { $sham } compared with a sham treatment, but only by about { $active } compared with other active treatments such as physiotherapy or exercise.
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
rep-extended-paused = After the block ended, no daily question went out ({ $dates }). { $days ->
        [one] That day counts as paused, not as missed, and is added
       *[other] Those { $days } days count as paused, not as missed, and are added
    } to the end of the block, so the extra time starts today.
rep-extended-today = Today is part of the block now, so here is today's question.
rep-extend-max = The block already has 20 weeks, the most I can run. You can start another block with changes instead, or end the trial.
rep-stale = This button belongs to an older report; your plan has changed since. <code>/summary final</code> shows the current one.
rep-extend-not-offered = Extending would be more of the same, and after a block with no clear improvement that is not advised — so the block stays as it is. Start another block with a changed plan, or end the trial: <code>/summary final</code> shows the report with these choices.
rep-stop-no-more = This block ended with a stop, so I do not extend it or plan another block from here: please see a clinician first. If they agree that you can go on with massage, /plan lets you set up a new plan.
rep-withdrawal-first = A 2-week check without massage runs until { $end }; its report comes first, on { $report }. After it, <code>/summary final</code> shows your choices again.
rep-block-intro = Let's plan the next block. It starts on { $date }; its baseline is the last week before it, and its report will also compare it with your original baseline. Change what you want to try differently — the dose comes first — and then confirm the plan.
rep-ended = Your trial is ended and the daily questions stop. Thank you for measuring so carefully.
rep-ended-withdrawal = Your trial is ended. Thank you for measuring so carefully. The 2-week check without massage still runs until { $wdEnd }: its daily question goes on until then, and its report comes on { $report }.

## /endtrial

endtrial-confirm = End your trial now? The daily questions stop, and I will send you a report on the data so far. (The block was planned to run until { $end }.)
endtrial-confirm-withdrawal = End your trial now? I will send you a report on the data so far. The 2-week check without massage runs until { $wdEnd }: its daily question goes on until then, and its report still comes on { $report }. (The block ran until { $end }.)
endtrial-btn-yes = Yes, end it now
endtrial-btn-no = No, keep going
endtrial-kept = Good — your trial goes on as planned.
endtrial-already = Your trial was already ended on { $date }. <code>/summary final</code> shows its report.
endtrial-done = Your trial is ended and the daily questions stop. Here is the report on your data so far.
endtrial-done-withdrawal = Your trial is ended. The 2-week check without massage runs until { $wdEnd }: its daily question goes on until then, and its report comes on { $report }. Here is the report on your data so far.

## "Does not settle" messages

unsettled-first-title = ⚠️ <b>Pain after sessions is not settling</b>
unsettled-sessions = After your sessions on { $dates }, your pain was still at least { $rise } points (on your 0-{ $scale } scale) above the score before the session when I checked on the next session day or three days later. Some soreness for a day or two is expected; this is more than that.
unsettled-weeks = In two weeks in a row (weeks { $a } and { $b }) your pain was likely worse than your baseline by an amount that matters — more than the usual ups and downs explain.
unsettled-first-advice = <b>Suggestion:</b> for the next sessions, ask your therapist for lighter pressure or a shorter session, and talk this over with them. If it happens again, I will suggest stopping the sessions and getting checked. If the pain is severe or comes with new symptoms, contact a clinician now.
unsettled-stop-title = 🛑 <b>Stop the sessions and get checked</b>
unsettled-stop-body = Pain after sessions did not settle for the second time ({ $date }). Please stop the massage sessions and see a clinician before you continue. This is the result “stop and get checked” — I am sending it now instead of waiting for the end of the block.
unsettled-stop-more = Your end-of-block report follows below: this block ends with the stop.

## Safety pauses lengthen the block; scheduled reports wait while the trial is paused.
safety-paused-days = { $days ->
        [one] One day was paused
       *[other] { $days } days were paused
    } { $crisis ->
        [yes] until you had talked to someone
       *[no] while you waited to be seen
    }, so your block now ends on <b>{ $end }</b> (planned: { $planned }). The weeks keep their dates.
reports-held-next = 📊 The summary I held back while your trial was paused comes with your next daily question ({ $time }).

## A pause lifted after today's prompt time: today's question and the held reports come at once.
reports-held-now = 📊 The summary I held back while your trial was paused follows right away.
resume-today-now = Today's question was due at { $time } while your trial was still paused, so here it is now — once you answer it, today counts like any other day.

cmd-method = How I decide at the end of the block
cmd-report = One-page report (PDF) for your clinician
setup-rule = 📏 <b>How I will decide at the end of the block</b> (fixed now, before any data): I compare your last week with { $recalled ->
        [yes] the baseline you recalled, allowing for normal ups and downs (with no days recorded before the start, a trend that was already there cannot be told apart — one reason a recalled baseline is weaker evidence).
       *[no] your baseline week, allowing for normal ups and downs and for any trend that was there before you started.
    } Pain counts as improved when it is at least as likely as not (a chance of 5 in 10 or more) that it got better by at least { $mcid }, and very likely (more than 9 in 10) that it got better at all. If the chance of that much improvement is 2 in 10 or less, it did not help enough; anything in between is “not clear yet”, and I will say what would make it clear. “{ $marker }” is judged the same way. /method shows the details.
setup-rule-default-mcid = { $points } on your 0-{ $scale } scale, or 30 % of your baseline if that is less, but at least { $floor } (the default)
setup-rule-own-mcid = the { $points } you chose
method-rule =
    📏 <b>How I decide</b> — fixed before your block starts, the same for everyone.
    <b>Model.</b> Every scored day of the baseline and the block, on 0-100: a level, a linear trend (prior SD 0.25 points/day — it can absorb natural recovery), a shift during the block for each week (the weeks tied to one common shift, SD 5 points between weeks), and AR(1) day-to-day noise (ρ on a grid 0-0.95, weighed by how well each fits; gaps between scored days handled exactly). Bayesian with flat priors on level and shift; closed form, no random simulation. Missing days stay missing; paused days are left out.
    <b>Effect.</b> The shift in the last week (the last 7 unpaused days of the block): posterior median and 95 % interval.
    <b>MCID</b> (smallest change that matters): yours if you gave one; otherwise 20 points or 30 % of the baseline for pain (whichever is smaller, at least 10), and 20 % of the baseline (at least 1) for the marker.
    <b>Verdict</b>, pain and marker alike: likely meaningful = P(≥ MCID) ≥ 0.5 and P(&gt; 0) ≥ 0.95; likely no meaningful benefit = P(≥ MCID) ≤ 0.2; otherwise inconclusive, with the number of extra weeks (at most 8) that would likely settle it, or a massage-free week or two.
    <b>Outcome.</b> Both likely meaningful → numbers improved; one → mixed; neither but one inconclusive → not clear yet; neither → no-go. Stop: an urgent warning sign, or “does not settle” a second time (two sessions in a row not settling, or two weeks in a row with P(worse by ≥ MCID) ≥ 0.8).
    <b>Gates.</b> At least 5 scored days in the baseline and in the last week; the marker needs 3 values on each side; no session done → not clear; under 75 % of planned sessions → said plainly; baseline Theil-Sen slope ≤ −0.5 points/day → “already falling”; baseline below the MCID → “little room to improve”.
    <b>Shown beside, never deciding:</b> Δ (baseline mean − last-week mean), NAP with its 95 % Newcombe interval, median difference, Theil-Sen baseline slope.
    Checked on 1 000 simulated series per scenario (no effect with and without autocorrelation, natural recovery, a flare at baseline, true effects).
method-yours-title = <b>Your numbers</b>
method-pain = Pain
method-measure = <u>{ $name }</u>: effect (improvement) { $median }, 95 % interval { $low } to { $high }; P(&gt; 0) = { $pAny }, P(≥ { $mcid }) = { $pMcid } (MCID { $mcidSource }) → { $verdict }. ρ ≈ { $rho }. NAP { $nap }, median difference { $medianDiff }, baseline slope { $slope }/day (positive = improving).
method-measure-none = <u>{ $name }</u>: not judged — { $gate }.
method-gate-too_few_days = too few days
method-gate-not_measured = not measured
method-gate-ok = not enough data for the model
method-mcid-default = default
method-mcid-own = yours
method-verdict-meaningful = likely meaningful
method-verdict-no_benefit = likely no meaningful benefit
method-verdict-inconclusive = inconclusive
method-outcome = Outcome so far: { $outcome }.
method-no-data-yet = Your block has not started yet, so there are no numbers to show.

## One-page clinician report (/report): plain text on a PDF page, no HTML
report-not-yet = The one-page report for your clinician is available from { $date }, once the first trial week is over. Until then /summary shows your numbers so far.
report-caption = 📄 One-page report for your clinician or therapist ({ $range }). Print it or show it on your phone.
report-png-caption = The same page as a picture.
report-failed = Sorry, the one-page report could not be made just now. Please try /report again later.
cr-title = Massage therapy trial: self-tracked results
cr-patient = Patient
cr-header-who = { $name } · { $recalled ->
        [yes] baseline recalled from memory
       *[no] baseline week { $baseline }
    } · block { $block }
cr-header-who-later = { $name } · block { $n } of the trial: { $block } · its baseline is the last week of block { $previous }: { $baseline }
cr-earlier = Before block { $n }: { $baseline } → { $blocks }.
cr-earlier-baseline = pain { $base } at the original baseline ({ $range }; { $days ->
        [one] 1 day
       *[other] { $days } days
    })
cr-earlier-baseline-recalled = pain { $base } at the original baseline (recalled from memory)
cr-earlier-block = { $last } in the last week of block { $n } ({ $range }, { $sessions ->
        [one] 1 session
       *[other] { $sessions } sessions
    }; { $days ->
        [one] 1 day
       *[other] { $days } days
    }){ $compared ->
        [yes] : { $change } against the original baseline (negative = less pain)
       *[no] {""}
    }
cr-header-final = End-of-block report: the block is over.
cr-header-interim = Interim report: data up to { $asOf }; the block is still running.
cr-header-ended = The trial was ended early on { $date }.
cr-header-stopped = The block was ended early on { $date } by the bot's safety stop (pain after sessions did not settle twice): sessions stopped, medical check advised.
cr-header-generated = Generated on { $date } by a chat bot from the patient's own daily entries. Self-reported; no one reviews the answers in real time.
cr-plan-title = Plan
cr-plan-areas = Areas: { $areas }
cr-plan-dose = Dose: { $minutes } min, { $perWeek }× a week for { $weeks } weeks, { $pressure } pressure
cr-plan-sessions = Sessions done: { $done } of { $planned } planned
cr-plan-care-none = Other active care: none
cr-plan-care = Other active care: { $care }
cr-plan-care-replaces = Other active care: { $care } — massage replaces it
cr-plan-care-supports = Other active care: { $care } — massage supports it
cr-plan-cost = Cost: { $cost } per session
cr-plan-cost-alternative = Alternative care costs { $cost } a month
cr-plan-therapist = Therapist's plan: { $text }
cr-table-title = Baseline vs each week (means)
cr-col-period = Period
cr-col-pain = Pain 0-{ $scale }
cr-col-days = Days
cr-row-baseline = { $previous ->
        [0] Baseline { $range }
       *[other] Baseline = last week of block { $previous }, { $range }
    }
cr-row-baseline-recalled = Baseline (recalled)
cr-row-week = Week { $n } { $range }
cr-result-title = Result and decision
cr-effect = Pain (0-{ $scale }, lower is better): baseline { $previous ->
        [0] {""}
       *[other] (last week of block { $previous }){" "}
    }{ $base } → last week { $last }: { $change }. Model estimate allowing for trend and day-to-day ups and downs: { $about } (95 % interval { $low } to { $high }; positive = better).
cr-effect-raw = Pain (0-{ $scale }, lower is better): baseline { $previous ->
        [0] {""}
       *[other] (last week of block { $previous }){" "}
    }{ $base } → last week { $last }: { $change }.
cr-effect-latest = Pain (0-{ $scale }, lower is better): baseline { $previous ->
        [0] {""}
       *[other] (last week of block { $previous }){" "}
    }{ $base } → { $last } in week { $n } ({ $range }, { $days ->
        [one] 1 day
       *[other] { $days } days
    }; the last week with scores): { $change }.
cr-change-better = { $points } better
cr-change-worse = { $points } worse
cr-change-same = about the same
cr-change-pct = (pain { $value } %)
cr-recalled = The baseline was recalled from memory, not recorded day by day: weaker evidence.
cr-safety-title = Reactions and safety cues
cr-reactions = Reactions after sessions: { $list }
cr-reactions-none = Reactions after sessions: none reported
cr-cue = { $date }: { $cue }{ $area } — { $advice }
cr-settle = { $date }: { $what } — { $advice }
cr-advice-urgent = advised to seek care at once; trial paused
cr-advice-no_massage_area = advised not to massage that area until a clinician clears it
cr-advice-see_clinician = advised to see a clinician; trial continued
cr-advice-settle-first = suggested lighter pressure or shorter sessions and a talk with the therapist
cr-advice-settle-stop = advised to stop sessions and see a clinician
cr-cues-none = No safety cues were reported (that does not mean there were none).
cr-context-title = Evidence context
cr-evidence = Pooled trials (0-100 scale): massage beat no treatment by about 29 points and sham by about 11, but other active treatments (physical therapy, exercise) by only about 7; at 6 months results for musculoskeletal pain favoured the active comparator. Certainty of evidence is mostly low or very low (reviews 2018-2023). For chronic low back pain, guidelines do not list massage among recommended treatments: at most an add-on, not first-line. The decision belongs to the patient together with their clinician.
cr-caveat = One person's before/after comparison, not a controlled trial: change can also come from natural ups and downs, regression to the mean and the attention and touch themselves. "Numbers improved" does not mean massage caused it.
cr-disclaimer = Not a medical device; no diagnosis or medical advice. The patient's clinician decides on care.
cr-col-marker = Marker
cr-marker-note = Marker: { $marker }{ $unit }, { $direction }. Days = days with a pain score.
cr-chart-pain-axis = Pain (0-{ $scale })

## The page's own words for the decision: about the patient, never to them (the chat's rep-* speak to the user)
cr-outcome-improved = Numbers improved: both pain and “{ $marker }” are likely better by an amount that matters.
cr-outcome-partial-pain = Mixed result: pain is likely better by an amount that matters; “{ $marker }” is not clearly better.
cr-outcome-partial-marker = Mixed result: “{ $marker }” is likely better by an amount that matters; pain is not clearly better.
cr-outcome-no_go = Numbers did not improve enough in this block: it is unlikely that pain or “{ $marker }” got better by an amount that matters.
cr-outcome-no_go-little-room = Nothing to improve on pain: it was already low at the start, and “{ $marker }” did not get better by an amount that matters.
cr-outcome-not_enough_data = Not enough data to judge this block.
cr-outcome-stop = Stop and get checked: the bot advised stopping the sessions and seeing a clinician.
cr-outcome-unclear = Not clear yet: the numbers cannot tell yet whether this block made a difference that matters.
cr-why-urgent_cue = an urgent warning sign on { $date }: { $cue }
cr-why-settle = pain after sessions did not settle, for the second time ({ $date })
cr-why-few_baseline_days = only { $days ->
        [one] 1 day
       *[other] { $days } days
    } with a pain score in the baseline week (at least { $min } needed)
cr-why-few_last_week_days = only { $days ->
        [one] 1 day
       *[other] { $days } days
    } with a pain score in the last week (at least { $min } needed)
cr-why-marker_not_measured = { $marker }: not measured, so not judged
cr-why-marker_few_values = { $marker }: fewer than { $min } values before the first session or in the last week, so not judged
cr-why-pain_meaningful = pain: likely better by an amount that matters — { $about } on the 0-{ $scale } scale; the chance of at least { $mcid } ({ $source }) is { $chance }
cr-why-pain_no_benefit = pain: unlikely to be better by the amount that matters, { $mcid } ({ $source }) — the chance is { $chance }
cr-why-pain_inconclusive = pain: not clear yet — { $about }, and the chance of at least { $mcid } ({ $source }) is { $chance }
cr-why-pain_little_room = pain: already low before the first session, so there was little room to improve by { $mcid }; pain is not judged
cr-why-marker_meaningful = { $marker }: likely better by an amount that matters — { $about }; the chance of at least { $min } ({ $source }) is { $chance }
cr-why-marker_no_benefit = { $marker }: unlikely to be better by the { $min } that matters ({ $source }) — the chance is { $chance }
cr-why-marker_inconclusive = { $marker }: not clear yet — { $about }, and the chance of at least { $min } ({ $source }) is { $chance }
cr-why-no_sessions = no session was logged in this block ({ $planned } were planned), so these numbers say nothing about massage
cr-why-already_improving = pain was already falling before the first session, so massage may not be the reason for the change
cr-why-low_adherence = only { $done } of { $planned } planned sessions happened: the result is about the sessions that happened, not the plan as planned
cr-why-recalled_baseline = the baseline was recalled from memory: weaker evidence, and no overlap score
cr-mcid-default = the default: { $points }, or 30 % of the baseline if that is less, but at least { $floor }
cr-mcid-own = the patient's own choice
cr-marker-min-default = the default: 20 % of the baseline, at least 1
cr-next-improved = What next: continue if it is worth the time and money to the patient. Any exercise or physiotherapy is worth keeping up — its benefits tend to last. The numbers are best checked again after the next block.
cr-next-partial = What next: one more block with one thing changed — technique, pressure, session length or spacing — or a decision on whether the result is worth the cost.
cr-next-no_go = What next: not another block of the same; either a changed plan (technique or dose), or another option such as exercise therapy or physiotherapy.
cr-next-not_enough_data = What next: one more week to collect enough days, or a judgement that allows for thin numbers.
cr-next-stop = What next: sessions stopped, and a clinician's assessment before anything else is decided.
cr-next-stop-seen = What next: the patient reported having sought help after the warning sign; massage should go on only if a clinician agrees.
cr-next-stop-talked = What next: the patient reported thoughts of self-harm and later having talked to someone who can help; massage should go on only if a clinician agrees.
cr-next-stop-settle = What next: sessions stopped, and a clinician's assessment before anything else is decided. The block ended with the stop.
cr-next-unclear-extend = What next: extending the block by { $weeks ->
        [one] 1 week
       *[other] { $weeks } weeks
    } would likely make it clear. The strongest test is a week or two without massage, to see whether the pain comes back.
cr-next-unclear-stuck = What next: more weeks of the same are unlikely to make this clear. The strongest test is a week or two without massage, to see whether the pain comes back — or a changed plan, or a decision on cost and how the patient feels.
cr-next-unclear-no-sessions = What next: to test massage, a longer block with the sessions logged — or another block with a plan that fits the patient's week.
cr-firing-sessions = pain after two sessions in a row did not settle (time { $ordinal })
cr-firing-weeks = two weeks in a row in which pain was likely worse than the baseline by an amount that matters (time { $ordinal })
cr-cue-name-self_harm = thoughts of self-harm or suicide
cr-marker-name-walk_minutes = Minutes walked before having to stop
cr-marker-name-night_wakings = Times woken at night by pain
cr-marker-name-head_turn = Head-turn range before pain stops it (0-10)
cr-marker-name-sitting_minutes = Minutes sitting before pain forces a change
cr-marker-name-stairs = Flights of stairs managed

## Mini App ("📈 Open my trial"): the buttons, the API's messages and the page (app-page-* are built into the page)
app-open = 📈 Open my trial
app-menu-button = 📈 My trial
app-plan-prompt = Daily question at { $time } ({ $zone })
app-plan-questions-stopped = No daily questions: they stopped when the block ended with the safety stop on { $date }.
app-plan-questions-ended = No daily questions: they stopped when you ended the trial on { $date }.
app-plan-questions-urgent = Daily questions are paused after an urgent warning sign. /resume in the chat continues them when you are ready.
app-plan-questions-paused = Daily questions are paused. /resume in the chat continues them.
app-plan-questions-none = No daily questions are being sent right now.
app-num-baseline = Baseline mean pain: { $mean } / { $scale }
app-num-baseline-recalled = Baseline pain, recalled from memory (weaker evidence): { $mean } / { $scale }
app-num-last-week = Last week's mean pain: { $mean } / { $scale }
app-num-latest-week = Mean pain in week { $n } ({ $range }, { $days ->
        [one] 1 day
       *[other] { $days } days
    }), the last week with scores: { $mean } / { $scale }
app-num-change = Change: { $change }
app-num-nap = Non-overlap with the baseline (NAP): { $nap }
app-err-no-trial = There is no trial plan yet. Set one up in the chat with /plan.
app-err-bad-request = That request could not be read. Please reload the page.
app-err-pain = Pain must be a whole number from 0 to { $max }.
app-err-marker = The marker value must be a number from 0 to { $max }.
app-err-date = That date is not valid.
app-err-future = That day has not come yet: entries can only be made for today or earlier.
app-err-before-trial = That day is before your trial started.
app-err-too-old = That day is more than { $days } days ago and can no longer be changed.
app-err-after-end = The block ended on { $date }: days after that are no longer part of it and cannot be entered.
app-err-old-scale = Your pain scale has changed since this page was opened, so nothing was saved. Please reload the page.
app-err-too-large = That request is too large.
app-err-report-not-yet = The clinician report is ready once the first trial week is over.
app-report-sent = The report PDF is in your chat.
app-page-title = My massage trial
app-page-loading = Loading your trial…
app-page-no-auth = Open this page from the bot in Telegram (the 📈 button). It only shows your own data.
app-page-expired = This page was opened more than an hour ago. Close it and open it again from the bot.
app-page-error = Something went wrong. Please try again.
app-page-decision-interim = Where you stand so far (interim, data up to { $date })
app-page-decision-final = End-of-block result
app-page-decision-ended = Result of the trial you ended on { $date }
app-page-decision-stopped = Result of the block that ended with the safety stop on { $date }
app-page-chart-title = Pain day by day
app-page-legend-pain = Daily pain (0-{ $scale })
app-page-legend-week = Weekly mean
app-page-legend-baseline = Baseline range
app-page-legend-baseline-recalled = Baseline (recalled)
app-page-legend-session = Session
app-page-legend-marker = { $marker }
app-page-zoom-all = Whole trial
app-page-zoom-2w = 2 weeks
app-page-earlier = ◀ Earlier
app-page-later = Later ▶
app-page-tap-hint = Tap a day on the chart to see or change it.
app-page-baseline-week = Baseline week
app-page-week = Week { $n }
app-page-pain = Pain
app-page-marker = { $marker }
app-page-session = Session
app-page-yes = yes
app-page-no = no
app-page-reactions = Reactions
app-page-note = Note
app-page-none = —
app-page-not-scored = no pain score
app-page-not-measured = not measured
app-page-entered-as = entered as { $value }
app-page-corrected = corrected
app-page-paused = trial paused this day
app-page-edit = Change this day
app-page-save = Save
app-page-cancel = Cancel
app-page-saved = Saved. The summary below is updated.
app-page-edit-window = Days can be changed up to 3 days back, as with /checkin. Notes are changed in the chat.
app-page-summary = Summary (the same as /summary)
app-page-plan = Your plan
app-page-report = Clinician report (PDF)
app-page-report-download = Download PDF
app-page-report-chat = Send to my chat
app-page-report-from = Available from { $date }.
app-page-footer = One person's before/after numbers, not a controlled trial. No one reads your answers in real time; if in doubt, contact a clinician.
## The chart's marks and legend (plain text: drawn into the picture)

chart-baseline-mean = Baseline average
chart-paused = Paused
chart-warning = Warning sign
chart-not-settling = Pain did not settle
chart-stop-advised = Stop advised
chart-ended = Trial ended
## Plan saved after today's question time
setup-saved-late-baseline = It is already past { $time } today, so the first daily question comes tomorrow. Today is the first day of your baseline week: /checkin records it now, so the baseline keeps all its days.
setup-saved-late = It is already past { $time } today, so the first daily question comes tomorrow. /checkin records today now, if you like.

## The end-of-block report, short first: details and evidence behind buttons; pain on the user's scale
scale-points = { $n ->
    [one] { $points } point
   *[other] { $points } points
}
rep-short-about = { $amount } { $direction }
rep-short-range-better = allowing for normal ups and downs, most likely between { $low } and { $high } better
rep-short-range-worse = allowing for normal ups and downs, most likely between { $low } and { $high } worse
rep-short-range-mixed = allowing for normal ups and downs, anywhere from { $worse } worse to { $better } better
rep-short-outside = — the plain averages fall outside this range, because it also allows for a trend in your days and for how your other block weeks went; read this number with care
rep-short-pain = <b>Pain</b> on your 0-{ $scale } scale: { $base } { $previous ->
        [0] in your baseline week
       *[other] in the last week of block { $previous }
    }{ $bdays ->
        [0] {""}
        [one] {" "}(1 day)
       *[other] {" "}({ $bdays } days)
    } → { $last } in the last week ({ $lastRange }, { $ldays ->
        [one] 1 day
       *[other] { $ldays } days
    }) — { $change }
rep-short-pain-latest = <b>Pain</b> on your 0-{ $scale } scale { $rose ->
        [yes] rose
       *[no] went
    } from { $base } { $previous ->
        [0] in your baseline week
       *[other] in the last week of block { $previous }
    }{ $bdays ->
        [0] {""}
        [one] {" "}(1 day)
       *[other] {" "}({ $bdays } days)
    } to { $last } in week { $n } ({ $range }, { $days ->
        [one] 1 day
       *[other] { $days } days
    }), the last week with scores — { $change }
rep-short-pain-missing = <b>Pain</b>: not enough scores to compare ({ $bdays } days in the baseline week, { $ldays } in the last week).
rep-short-marker = <b>{ $marker }</b>: { $base }{ $bdays ->
        [0] {""}
        [one] {" "}(1 day)
       *[other] {" "}({ $bdays } days)
    } → { $last } ({ $ldays ->
        [one] 1 day
       *[other] { $ldays } days
    }) — { $change }
rep-short-marker-missing = <b>{ $marker }</b>: not enough values to compare.
rep-short-cost = <b>Cost:</b> { $spent } for { $sessions } sessions — { $perPoint } per point of pain improvement on your 0-{ $scale } scale.
rep-short-cost-none = <b>Cost:</b> { $spent } for { $sessions } sessions, with no improvement in pain to set against it.
rep-outcome-stop-seen = 🛑 <b>Result: stop and get checked.</b> An urgent warning sign on { $date } ({ $cue }) paused your trial, and you told me you have been seen.
rep-next-stop-seen = <b>What next:</b> go on with massage only if the clinician who saw you agrees. /plan starts a new block when you are ready.
rep-outcome-stop-talked = 🛑 <b>Result: stop the sessions for now.</b> On { $date } you told me about thoughts of harming yourself, and later that you have talked to someone who can help. Thank you for telling me.
rep-next-stop-talked = <b>What next:</b> stay in touch with the people helping you, and go on with massage only when you feel ready and your doctor agrees. /plan starts a new block when you are ready.
rep-next-stop-settle = <b>What next:</b> stop the sessions and see a clinician before deciding anything else. This block ends here; /plan starts a new one when you are ready.
rep-btn-details = 📋 Details
rep-btn-evidence = 📚 What studies say
rep-details-title = 📋 <b>Details of your report</b> · { $range }
rep-cues-title-stop = <b>Warning signs noted</b> (the urgent ones, or pain that did not settle, are why the result is “stop”; please raise them all with your clinician):
rep-short-recalled = (your baseline was recalled from memory: weaker evidence)
unsettled-stop-ended = The daily questions stop here. When you have been seen, tap <b>I have been seen</b>. /plan starts a new block when you and your clinician are ready.
rep-title-stopped = 🏁 <b>End-of-block report</b> — the block ended on { $date } with the stop
safety-seen-ended = Thank you for letting me know. Your block ended with the stop, so no daily questions come. If your clinician agrees to more massage, /plan starts a new block. If anything changes or worries you, contact a clinician again.
rep-short-same = about the same

## How long data is kept, worded once for /privacy, /endtrial and the end of a trial
retention-line = Your data stays until you delete it (/delete) — at the latest { $days } days after your trial ends or after you block the bot. If I can still reach you, I remind you 7 days before and offer you a copy (/export).

## The CSV export in the reader's language
csv-reaction-none = none
method-pain-scale = Pain (points on your 0-{ $scale } scale)
sum-last-week-def = <i>The end-of-block report compares your baseline with the last 7 days of the block{ $paused ->
        [no] {""}
       *[yes] {" "}that were not paused
    } ({ $range }).</i>
## Phases after the first block (export column)
csv-col-phase = phase

## Phases after the first block: withdrawal check, comparisons
ph-name-baseline = Baseline
ph-name-block = Block { $n }
ph-name-wash-in = Wash-in of block { $n } (not counted)
ph-name-withdrawal = Without sessions
ph-name-follow-up = Follow-up
ph-change = { $change } (95 % interval { $low } to { $high })
ph-title = <b>Your phases</b> (pain, average on 0-{ $scale }):
ph-level = • { $phase }: { $mean } from { $days } days ({ $dates })
ph-block-vs-baseline = Block { $n }, last week against the baseline: { $change }
ph-block-vs-block1 = Block { $n } against block 1 (last weeks): { $change }
ph-withdrawal = Withdrawal check: { $verdict }
rep-btn-withdraw = ⏸ Stop massage for 2 weeks and see
wd-started = ⏸ <b>Withdrawal check: no sessions from { $start } to { $end }.</b> The daily question goes on exactly as before — your answers over these two weeks show whether your pain comes back without massage. The report follows on { $report }.

    If pain gets much worse or something new turns up, you do not have to wait: talk to your therapist or clinician, and note it in the check-in.
wd-not-now = The withdrawal check starts after a block has ended, and one runs at a time.
wd-title = ⏸ <b>Withdrawal check: { $days } days without massage</b> ({ $dates })
wd-sessions-logged = ⚠️ You logged { $n ->
        [one] a massage session
       *[other] { $n } massage sessions
    } during these days ({ $dates }). This check asks what happens without massage, so read its result with that in mind: it cannot say much about the sessions.
wd-above-baseline = <b>Pain is now higher than before the trial.</b> Without sessions it rose above your baseline week — more than the normal ups and downs. Please talk to your clinician about it before deciding what comes next; if it keeps getting worse, do not wait.
wd-returned = <b>Pain came back when you stopped.</b> It went down during the sessions and rose again without them. That supports a real effect of the sessions — the strongest sign one person's numbers can give.
wd-stayed-low = <b>Pain stayed low — natural recovery is as likely.</b> Your improvement held without the sessions. That is good news, but from these numbers the sessions' effect cannot be told apart from getting better on its own.
wd-unclear = <b>Not clear either way.</b> Pain rose somewhat after you stopped, but not clearly enough to say it came back.
wd-no-gain = The block did not lower your pain, so stopping had no improvement to undo: this check cannot tell anything about the sessions.
wd-too-few = Too few days with a pain score to judge (at least 3 in the block's last week and in the last week without sessions).
wd-levels = Pain, average on 0-{ $scale }:
    • baseline: { $baseline } ({ $bdays } days)
    • end of the block: { $block } ({ $kdays } days)
    • last week without sessions: { $off } ({ $odays } days)
wd-rise = Change after stopping: { $change }. Chance that pain came back at least halfway to the baseline: { $p } %.
wd-vs-baseline = Without sessions against the baseline: { $change }.
wd-caveat = One person's numbers, not a controlled trial. What comes next is your decision, best made with your clinician: restart with /plan, or stop here.

## Follow-up after the trial
fu-offer = 📅 <b>Would you like a follow-up?</b> Once a week for 4 weeks, then at 3 and 6 months, I would ask for one pain score and your daily measure — to see whether the change lasts — and answer each with a short note on how it held. It is optional, and you can pause or stop it at any time (also with /endtrial).
fu-btn-start = 📅 Yes, follow up
fu-btn-no = No, thanks
fu-btn-pause = ⏸ Pause the follow-up
fu-btn-resume = ▶️ Resume the follow-up
fu-btn-stop = 🛑 Stop the follow-up
fu-started = Follow-up set. The first question comes on { $date }, then one a week for 4 weeks, then on { $month3 } and { $month6 }. You can pause or stop it under each question.
fu-already = The follow-up is already running.
fu-declined = No follow-up, then. Your data stays until you delete it (/delete); /export downloads it.
fu-paused = Follow-up paused: no questions until you resume it.
fu-resumed = Follow-up resumed. The next question comes on { $date }.
fu-resumed-none = Follow-up resumed, but no follow-up date is left.
fu-stopped = The follow-up is stopped: no more questions. Your data stays until you delete it (/delete).
fu-no-active = There is no follow-up running.
fu-intro = 📅 <b>Follow-up, { $point }.</b> Just today's pain score and your daily measure — the question comes next.
fu-point-week = week { $n } of 4
fu-point-month = { $n } months on
fu-held-title = 📅 <b>How it held — { $point }</b>
fu-held-levels = Pain on 0-{ $scale }: today { $today } · end of the block { $block } ({ $bdays } days) · baseline { $baseline }
fu-above-baseline = <b>Higher than before the trial:</b> today's pain is above your baseline week. If it stays like this or gets worse, please talk to your clinician.
fu-held = <b>Held:</b> your pain is still about where the block left it.
fu-partly = <b>Not clear yet:</b> pain is somewhat higher than at the end of the block, but one day is not enough to say the benefit has faded.
fu-faded = <b>Faded:</b> pain is at least halfway back toward your baseline.
fu-no-gain = The block did not lower your pain, so there is no gain to hold; this is where your pain is now.
fu-too-few = Too few scores from the end of the block to compare with.
fu-change = Change since the end of the block: { $change }.
fu-last = That was the last follow-up question. Thank you for keeping at it.

## Another block with changes
nb-advice-partial = <b>For the next block:</b> one of your two numbers improved. Change one thing only — the pressure, the session length or the spacing — so that the next report can tell whether that change helped.
nb-advice-no-go = <b>Plainly: another block of the same is not advised.</b> Neither number improved enough. If you try again, change the plan itself (technique or dose), or talk with your clinician about switching to another option such as exercise therapy or physical therapy.
nb-advice-improved = <b>For the next block:</b> your numbers improved. Keep the plan as it was; if you change something (fewer or shorter sessions, say), change one thing only, so the next report can show whether your numbers change with it.
nb-advice-unclear = <b>For the next block:</b> this block's numbers were not clear. Keep the plan steady, or change one thing only, so the next report has a fair chance to tell.
nb-wash-in = Its first { $days ->
    [one] day is
   *[other] { $days } days are
} not counted: the last block may still be working then. The daily question goes on as usual.
nb-max = A trial has at most 4 blocks, and this one has its 4. Start over with /plan, or end the trial.
nb-caveat = Each block is compared by its last week. One person's numbers, not a controlled trial: a later block can also look better or worse because pain changes on its own.
nb-unchanged = <b>Nothing in the technique or the dose changed</b> — the minutes, the sessions a week and their spacing, the pressure and your therapist's plan are as in the last block (a longer block of the same still counts as the same). After a block with no clear improvement that is not advised, so I have not saved it. Change the dose or the technique for the next block — or, if you would rather switch to another option such as exercise therapy or physiotherapy (best talked over with your clinician), end the trial here.
nb-btn-change-dose = ✏️ Change the dose
nb-btn-change-technique = ✏️ Change the technique
nb-stale = The block this plan was for has changed since (it was extended, or another plan was saved), so I have not saved it. <code>/summary final</code> shows the current report and its choices.
## Check-in in few taps: the session first, one-tap marker values, one typed message, ↩️ Change

ci-q-session-title = 📋 <b>Check-in for { $date }</b>
ci-btn-session-had = ✅ Had it
ci-btn-session-not = ❌ Not today
ci-btn-session-moved = 🔁 Moved
ci-session-moved = When you have it, /session logs it.
ci-q-pain-typed = Tap a number, or type pain and { $marker } at once: “6 { $n }”.
ci-btn-picked = ✓ { $picked } · ↩️
ci-btn-change = ↩️ Change
ci-btn-change-pain = Pain
ci-btn-change-session = Session
ci-btn-reactions = 🤕 Body reacted
ci-btn-note = 📝 Add a note
ci-btn-note-again = 📝 Change the note
ci-btn-neither = ✏️ Neither
ci-stale-button = Already saved. ↩️ Change corrects it.
ci-typed-not-understood =
    I could not read that, so nothing was saved.
    Send pain from 0 to { $max }, or pain and { $example } at once: “6 { $n }”.
ci-typed-which = Which did you mean? Nothing is saved until you pick.

## Quick setup: a suggested plan after the safety check and the areas

setup-q-suggest =
    <b>A plan that suits most people:</b>
    • { $minutes } min, { $perWeek } sessions a week, { $weeks } weeks · pressure: { $pressure }
    • each evening: pain (0-10) · { $marker }
    • I ask at { $time } ({ $zone })
    You can change any of it now or later with /plan.
setup-suggest-zone-asked = your time zone — I'll ask for it next
btn-use-suggestion = ✅ Use this plan
btn-change-details = ✏️ Change details
setup-q-time-in-zone = At what time each day should I ask (time zone { $zone })? The evening works well for "the last 24 hours". Tap or type (for example 20:30).
btn-other-zone = 🌍 Another time zone

## Daily check-in: ⏰ Later and quiet hours
ci-btn-later = ⏰ Later
ci-btn-tomorrow = 🌙 Ask me tomorrow
ci-btn-snooze-hours = in { $hours } h
ci-btn-snooze-tonight = tonight { $time }
ci-snooze-pick = When should I ask again?
ci-snoozed = ⏰ OK — I'll ask again at <b>{ $time }</b>.
ci-snooze-tomorrow = 🌙 OK — I'll ask tomorrow. You can still answer today with /checkin.
ci-snooze-too-late = That time no longer fits today.
ci-settings-quiet = Quiet hours (no questions, no reminders): <b>{ $quiet }</b>. A question time inside them moves to their end.
ci-quiet-off = off
ci-btn-quiet-off = No quiet hours
ci-missed = You missed { $days } — fill { $count ->
    [one] it
   *[other] them
} in?
ci-btn-fill-in = 📝 Fill in { $day }
## The chart of all phases (sent with a later block's comparison)

chart-phases-title = Your massage trial: all phases
chart-phases-subtitle = Block 1 from its baseline, then every later phase · { $range }
chart-phases-caption = 📈 Every phase up to { $date }: block 1, the wash-in days (not counted), the later blocks, any withdrawal check and the follow-up.
chart-wash-in = Wash-in (not counted)
chart-withdrawal = Withdrawal check (no sessions)
chart-follow-up = Follow-up
chart-block-name = Block { $n }
chart-block-starts = Block { $n } starts

## The end-of-block report of a later block: the wash-in lengthens it

rep-title-final-extra = 🏁 <b>End-of-block report</b> · { $range } ({ $weeks } weeks + { $extra })
rep-extra-wash-in = { $days ->
        [one] 1 wash-in day
       *[other] { $days } wash-in days
    }
rep-extra-paused = { $days ->
        [one] 1 paused day
       *[other] { $days } paused days
    }

## "Not enough data", explained in the short report
rep-few-last-week = Only { $days } of the last { $total } days { $days ->
        [one] has
       *[other] have
    } a pain score; I need at least { $min } to judge the block.
rep-few-baseline = Only { $days } of the { $total } days { $previous ->
        [0] of your baseline week
       *[other] of block { $previous }'s last week (this block's baseline)
    } { $days ->
        [one] has
       *[other] have
    } a pain score; I need at least { $min } to judge the block.
rep-next-few = <b>What next:</b> { $text }
rep-next-few-checkin = you can still add { $dates } with /checkin (it goes up to { $back } days back); /summary final then counts them.
rep-next-few-extend = { $checkin ->
        [yes] Otherwise, extend
       *[no] extend
    } the block by one week to collect enough days, or judge the block knowing that the numbers are thin.
rep-next-few-baseline = the baseline week cannot be filled in any more, so a longer block would not help: judge this block knowing that the numbers are thin, or start another block — its baseline is the last week of this one.
