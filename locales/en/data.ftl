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
    <b>How long:</b> until you delete it — at the latest { $days } days after your trial ends or after you block the bot. If I can still reach you, I remind you 7 days before and offer you a copy.
    <b>Your control:</b> /export sends you everything as two files (a spreadsheet and a JSON file); /delete erases everything after you confirm.
    { $consent ->
        [none] <b>Consent:</b> not given yet.
       *[other] <b>Consent:</b> given on { $consent } (adult, agreed to storage).
    }
    <i>Telegram itself keeps this chat on its own servers; you can clear it in Telegram at any time.</i>

    { -not-medical }

data-nothing-stored = I have nothing stored about you, so there is nothing to export or delete.

export-caption-csv = Your daily entries ({ $count ->
        [one] one day
       *[other] { $count } days
    }) — opens in any spreadsheet.
export-caption-json = Everything else: profile, plan versions, safety answers and your summary numbers.
export-done =
    📦 That is everything I have stored about you.
    Keep the files somewhere safe — they contain health information. /delete erases it all here.

delete-confirm-question =
    ⚠️ <b>Delete all your data?</b>
    This removes everything I have stored about you: your plan and its earlier versions, { $entries ->
        [0] (no daily entries yet)
        [one] your one daily entry
       *[other] your { $entries } daily entries
    }, notes, safety answers, your daily question and any unfinished setup. I will stop sending you questions. This cannot be undone.
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
