## Sicherheitshinweise: wie der Bot benennt, was einen Hinweis ausgelöst hat, und der Einrichtungsschritt.
## Der Bot stellt keine Diagnosen und beruhigt nicht; das sind neutrale Namen für das, was die Person geschrieben hat.

cue-group-urgent-title = Jetzt ärztliche Hilfe holen
cue-group-urgent-question =
    Trifft gerade etwas davon auf dich zu?
    • du kannst Blase oder Darm neuerdings nicht mehr kontrollieren, oder du kannst kein Wasser lassen
    • Taubheit im Schritt, im Genitalbereich oder am Gesäß
    • Schwäche in Beinen oder Armen, die zunimmt, neu ungeschickte Hände, unsicherer Gang, oder die Beine knicken plötzlich weg
    • Rücken- oder Nackenschmerzen mit Fieber oder starkem Krankheitsgefühl
    • Kopfschmerzen mit Fieber und steifem Nacken
    • Schmerzen nach einem Sturz, einem Unfall oder einem Schlag auf den Kopf
    • Schmerzen in der Brust oder Atemnot
    • eine geschwollene, schmerzende Wade
    • plötzliche, sehr heftige Kopfschmerzen, oder Kopfschmerzen mit neuen Problemen beim Sehen, Sprechen oder Bewegen
    • Gedanken, dir etwas anzutun oder nicht mehr leben zu wollen
cue-group-no_massage_area-title = An dieser Stelle erst nach ärztlicher Freigabe
cue-group-no_massage_area-question =
    Trifft etwas davon an oder nahe einer Stelle zu, die massiert werden soll?
    • ein bekanntes oder vermutetes Blutgerinnsel
    • ein Knochenbruch oder eine Operation vor Kurzem
    • eine Hautinfektion, offene Wunde, Verbrennung oder ein Ausschlag
cue-group-see_clinician-title = Am besten mit Ärztin oder Arzt besprechen
cue-group-see_clinician-question =
    Trifft etwas davon auf dich zu?
    • einschießende Schmerzen in Arm oder Bein, Taubheit oder Kribbeln
    • eine Krebserkrankung, jetzt oder früher
    • Gewichtsverlust, ohne es zu wollen
    • nächtliche Schmerzen, die in Ruhe nicht nachlassen
    • neue Schmerzen, die nach dem 50. Lebensjahr begonnen haben
    • Osteoporose (Knochenschwund)
    • Kortison- oder Steroidtabletten über längere Zeit
    • ein geschwächtes Immunsystem
    • du spritzt Drogen
    • blutverdünnende Medikamente oder eine Blutgerinnungsstörung
    • eine Schwangerschaft

cue-bladder_bowel = Blase oder Darm neuerdings nicht mehr unter Kontrolle
cue-urine_retention = kein Wasserlassen möglich
cue-saddle_numbness = Taubheit im Schritt, im Genitalbereich oder am Gesäß
cue-progressive_weakness = zunehmende Schwäche in Beinen oder Armen
cue-clumsy_unsteady = neu ungeschickte Hände oder unsicherer Gang
cue-drop_attacks = plötzlich wegknickende Beine oder plötzliches Zusammensacken
cue-back_pain_fever = Rücken- oder Nackenschmerzen zusammen mit Fieber oder starkem Krankheitsgefühl
cue-headache_fever_stiff_neck = Kopfschmerzen zusammen mit Fieber und steifem Nacken
cue-after_fall_injury = Schmerzen nach einem Sturz, einem Unfall oder einem Schlag auf den Kopf
cue-chest_pain_breathless = Schmerzen in der Brust oder Atemnot
cue-swollen_calf = eine geschwollene, schmerzende Wade
cue-thunderclap_headache = plötzliche, sehr heftige Kopfschmerzen
cue-headache_neuro = Kopfschmerzen mit neuen Problemen beim Sehen, Sprechen, Denken oder Bewegen
cue-self_harm = Gedanken, dir etwas anzutun oder nicht mehr leben zu wollen
cue-clot_at_site = ein bekanntes oder vermutetes Blutgerinnsel
cue-recent_fracture_surgery = ein Knochenbruch oder eine Operation vor Kurzem
cue-skin_at_site = eine Hautinfektion, offene Wunde, Verbrennung oder ein Ausschlag
cue-nerve_symptoms = einschießende Schmerzen in Arm oder Bein, Taubheit oder Kribbeln
cue-cancer_history = eine Krebserkrankung, jetzt oder früher
cue-weight_loss = Gewichtsverlust, ohne es zu wollen
cue-night_pain = nächtliche Schmerzen, die in Ruhe nicht nachlassen
cue-new_pain_over_50 = neue Schmerzen, die nach dem 50. Lebensjahr begonnen haben
cue-osteoporosis = Osteoporose (Knochenschwund)
cue-steroids = Kortison oder andere Steroide über längere Zeit
cue-immune_weak = ein geschwächtes Immunsystem
cue-injected_drugs = Drogen spritzen
cue-blood_thinners = blutverdünnende Medikamente oder eine Blutgerinnungsstörung
cue-pregnancy = eine Schwangerschaft
