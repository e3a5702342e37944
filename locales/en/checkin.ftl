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
ci-note-truncated = Your note was longer than { $max } characters, so I kept the first { $max }.

ci-no-plan = You don't have a trial plan yet — send /plan to set one up first.
ci-expired = That check-in is more than 3 days old, so it can no longer be answered. Nothing was changed.
ci-pain-invalid = Please send a whole number from 0 to { $max } (for example 4), or tap one of the buttons.
ci-marker-invalid = Please send a number (0 or more), or tap “Not measured”.
ci-use-buttons = Please answer with the buttons above.
ci-cancelled = Stopped. Everything you answered so far is saved; /checkin picks it up again.

ci-day-today = Today
ci-day-yesterday = Yesterday
ci-replace-question = You already answered for { $date }: { $summary }. Do you want to answer again and replace it? The earlier answer stays in your history.
ci-replace-with = For { $date } you already saved { $old }. Replace it with { $new }? The earlier answer stays in your history.
ci-btn-replace = Yes, replace it
ci-btn-keep = No, keep it
ci-kept = OK — your answer for { $date } stays as it was.

ci-corrected = ✏️ Corrected for { $date }: { $what } (before: { $old }). The earlier value stays in your history.
ci-old-note = your earlier note
ci-edit-invalid = I couldn't read a number from 0 to { $max } in your edit, so your answer for { $date } is unchanged.
ci-edit-invalid-marker = I couldn't read a number in your edit, so your answer for { $date } is unchanged.
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
ci-pause-ask = I haven't had an answer for three days in a row — that's alright. Would you like to pause the daily questions for a while? Paused days are added to the end of your block.
ci-btn-pause = ⏸ Pause the questions
ci-btn-keep-asking = Keep asking
ci-keep-asking = Alright — I'll keep asking at the usual time.
ci-paused = ⏸ <b>Paused</b> from { $since }. I won't send daily questions until you send /resume. Each paused day moves the end of your block back by one day (the weeks keep their dates); right now it ends on <b>{ $end }</b>.
ci-already-paused = The daily questions are already paused since { $since }. Send /resume to continue.
ci-not-paused = The daily questions aren't paused. /pause stops them for a while.
ci-resumed = ▶️ <b>Welcome back!</b> { $days ->
        [0] No day was paused this time
        [one] One day was paused
       *[other] { $days } days were paused
    }, so your block now ends on <b>{ $end }</b> (planned: { $planned }).
ci-resumed-next = The next daily question comes at { $time }. /checkin records today right away.

ci-settime-ask = Your daily question comes at <b>{ $time }</b> ({ $zone }). Send a new time (for example 19:30), a city or time zone (for example Vienna), or both (“19:30 Vienna”). /cancel keeps everything as it is.
ci-settime-done = Done — from now on I'll ask every day at <b>{ $time }</b> ({ $zone }). Next question: { $next }.
ci-settime-invalid = I couldn't read that. Please send a time such as 19:30, a city such as Vienna, or both.
ci-settime-cancelled = OK — the time of your daily question stays as it was.

ci-settings =
    <b>Settings</b>
    Reminder when a daily question is still unanswered: <b>{ $reminder }</b>.
    Tap below to change it. /settime changes the time of the question, /language the language, /pause takes a break.
ci-reminder-hours = { $hours } h after the question
ci-reminder-off = off
ci-btn-reminder-hours = { $hours } h
ci-btn-reminder-off = No reminder
ci-settings-saved = Saved
