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
    • pain that started after a fall, an accident or a blow to the head
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
cue-after_fall_injury = pain after a fall, an accident or a blow to the head
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

    🚨 <b>{ cue-group-urgent-title }</b> — trouble controlling bladder or bowel, numbness in the groin, weakness or unsteadiness that is getting worse, fever with back pain or a stiff neck, pain after a fall or injury, chest pain or breathlessness, a swollen calf, a sudden severe headache, thoughts of harming yourself
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
safety-source-button = You told me about
safety-urgent =
    ⚠️ <b>Please seek medical care now.</b>
    { $intro } <b>{ $cues }</b>. That needs to be checked by a clinician promptly — please do not wait for your next massage session.
safety-non-urgent-line = If it is urgent but not an emergency, you can call <b>{ $number }</b> for medical advice.
safety-urgent-paused = I have paused your daily questions. Once you have been seen, tap <b>I have been seen</b>. If I misread you, tap <b>That's not what I meant</b>. /resume asks the same.
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
safety-btn-dismiss = That's not what I meant
safety-btn-cleared = ✓ A clinician has cleared it
safety-btn-area-elsewhere = Somewhere else
safety-btn-setup = 📝 Set up my plan

safety-seen =
    Thank you for letting me know. Your daily questions start again with the next one.
    If your clinician gave you advice about massage, please follow it — /plan changes the plan. If anything changes or worries you, contact a clinician again.
safety-dismissed = Thanks — I have noted that this was not what you meant and taken it off your list of warning signs.
safety-dismissed-resumed = Your daily questions continue as before.
safety-dismissed-still-paused = Another urgent point is still open, so your daily questions stay paused. /resume asks about it.
safety-own-pause-on = Your own pause (/pause) is still on, so the daily questions stay off until you send /resume.
safety-dismissed-followup = If something does worry you, please contact a clinician.
safety-screen-dismissed = Thanks — I have noted that this was not what you meant. Tap below to set up your plan.
safety-already-answered = This has already been answered — nothing was changed.
safety-resume-question =
    Your daily questions are paused because of <b>{ $cues }</b> ({ $date }). Have you been seen by a clinician?
    If I misread you, tap <b>That's not what I meant</b>.

safety-overview =
    <b>Warning signs I watch for</b>
    I ask about these once during setup. After that, the <b>New symptom</b> button on every check-in opens this list, and I scan your check-in notes for these words.

    🚨 <b>{ cue-group-urgent-title }</b>
    { $urgent }
    → I tell you at once to seek care, give you the emergency number (and a crisis line for thoughts of self-harm), and pause your daily questions until you tell me you have been seen — or that I misread you.

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
        [cleared] cleared by a clinician
       *[active] open
    }
safety-paused-line = ⏸ Your daily questions are paused until you answer the question from /resume.

cue-does_not_settle = pain after sessions that did not settle
