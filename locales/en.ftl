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
welcome-no-plan =
    Welcome back, {$name}! You have not set up a plan yet — tap below to start. It takes about three minutes.
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

setup-progress = <i>Step {$n} of 7 · {$section}</i>
section-safety = Safety check
section-areas = Areas and goal
section-dose = Dose
section-care = Other care and cost
section-measure = What we measure
section-schedule = Daily question
section-start = First session
setup-intro = Let's set up your trial. First a short safety check — three questions. Tap <b>Back</b> to change an answer, /cancel to stop, /help at any time.
setup-resume = You were in the middle of setting up your plan — let's continue where you left off.
setup-cancelled = Setup cancelled. Nothing new was saved. Send /plan whenever you want to start again.
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
    I have stopped the setup. Once you have been seen, send /plan to start again.
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
setup-q-recalled_pain = On a scale of 0-10, what was your typical pain over the last week? (A recalled baseline is weaker evidence; your reports will say so.)
setup-q-recalled_marker = And your typical value for "{ $marker }" over the last week? Type a number, or <b>Skip</b>.

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
plan-current-title = <b>Your current plan</b> (version { $version }, since { $since })
plan-none = You don't have a plan yet.
plan-edit-hint = Tap a section to change it. Changes apply from today; earlier days keep their plan.
cost-per-session = { $amount } per session
cost-alternative = alternative { $amount } per month
btn-resume-continue = Continue
btn-resume-restart = Start over
plan-corrupt = I could not read your saved plan (it looks damaged). I kept a copy aside and we can set it up again now.
