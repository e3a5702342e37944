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
