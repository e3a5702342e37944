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

privacy =
    <b>Your data and privacy</b>

    <b>What I store:</b> your Telegram user id, your language, the date you gave consent, your trial plan (with its earlier versions), your daily answers (pain, activity measure, sessions, body reactions, notes), the safety answers you gave, and the time of your daily question.
    <b>Where:</b> in this bot's own Redis database. Nothing is shared with anyone, sold, or used for anything except your own summaries.
    <b>How long:</b> until you delete it, and automatically {$days} days after your trial ends or after you block the bot.
    <b>Your control:</b> /export sends you everything as files; /delete removes everything at once.
    { $consent ->
        [none] <b>Consent:</b> not given yet.
       *[other] <b>Consent:</b> given on {$consent} (adult, agreed to storage).
    }

    { -not-medical }

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
