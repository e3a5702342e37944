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

## Tägliche Beobachtung: die Liste „Neues Symptom“, Hinweis-Nachrichten, die Sicherheitspause, /safety.

safety-keyword-note = <i>Ich bin eine automatische Stichwortprüfung, kein Mensch: Niemand liest deine Antworten in Echtzeit, und ich kann etwas übersehen oder falsch verstehen. Im Zweifel wende dich an eine Ärztin oder einen Arzt.</i>
safety-not-medical = <i>Dieser Bot ist kein Medizinprodukt und gibt keine medizinischen Ratschläge oder Diagnosen.</i>

safety-menu =
    <b>Was ist neu?</b> Tippe auf die passende Gruppe und dann auf das, was am ehesten zutrifft.

    🚨 <b>{ cue-group-urgent-title }</b> — Probleme, Blase oder Darm zu kontrollieren, Taubheit im Schritt, zunehmende Schwäche oder Unsicherheit beim Gehen, Fieber mit Rückenschmerzen oder steifem Nacken, Schmerzen nach einem Sturz oder Unfall, Brustschmerzen oder Atemnot, eine geschwollene Wade, plötzliche heftige Kopfschmerzen, Gedanken, dir etwas anzutun
    🩹 <b>{ cue-group-no_massage_area-title }</b> — ein Blutgerinnsel, ein frischer Knochenbruch oder eine Operation, oder eine Hautinfektion, Wunde, Verbrennung oder ein Ausschlag dort, wo massiert wird
    🩺 <b>{ cue-group-see_clinician-title }</b> — einschießende Schmerzen, Taubheit oder Kribbeln, Krebs, Gewichtsverlust, nächtliche Schmerzen, neue Schmerzen nach 50, Osteoporose, Kortison, ein geschwächtes Immunsystem, Drogen spritzen, Blutverdünner, Schwangerschaft
safety-menu-btn-urgent = 🚨 { cue-group-urgent-title }
safety-menu-btn-no_massage_area = 🩹 { cue-group-no_massage_area-title }
safety-menu-btn-see_clinician = 🩺 { cue-group-see_clinician-title }
safety-menu-btn-other = Etwas anderes
safety-menu-btn-none = Doch nichts
safety-menu-which = <b>{ $title }</b> — was davon ist es? Tippe auf das, was am ehesten passt.
safety-btn-back = ‹ Zurück
safety-menu-closed = Alles klar — ich habe nichts eingetragen.
safety-something-else =
    Ich erkenne nur die Warnzeichen auf meiner Liste und kann andere Beschwerden nicht beurteilen — und dass etwas nicht auf der Liste steht, heißt nicht, dass es harmlos ist. Wenn dich etwas Neues beunruhigt, wende dich bitte an eine Ärztin oder einen Arzt. Du kannst es auch in der Notiz deines Check-ins beschreiben, dann steht es in deinen Aufzeichnungen.

safety-source-note = Deine Notiz erwähnt:
safety-source-button = Du hast angegeben:
safety-urgent =
    ⚠️ <b>Bitte hol dir jetzt ärztliche Hilfe.</b>
    { $intro } <b>{ $cues }</b>. Das sollte zeitnah ärztlich abgeklärt werden — bitte warte damit nicht bis zur nächsten Massage.
safety-non-urgent-line = Wenn es dringend, aber kein Notfall ist, erreichst du unter <b>{ $number }</b> ärztlichen Rat.
safety-urgent-paused = Ich habe deine täglichen Fragen pausiert. Wenn du ärztlich untersucht wurdest, tippe auf <b>Ich wurde untersucht</b>. Wenn ich dich falsch verstanden habe, tippe auf <b>So war das nicht gemeint</b>. /resume fragt dasselbe.
safety-area =
    🩹 <b>Bitte lass diese Stelle bei der Massage aus</b>, bis eine Ärztin oder ein Arzt sie freigegeben hat. { $intro } <b>{ $cues }</b>.
    Für die anderen Bereiche läuft dein Versuch weiter. Um welchen Bereich geht es?
safety-area-set =
    Notiert: <b>{ $area }</b> bleibt bei der Massage außen vor, bis eine Ärztin oder ein Arzt den Bereich freigegeben hat. Sag bitte auch deiner Therapeutin oder deinem Therapeuten Bescheid. Für die anderen Bereiche läuft dein Versuch weiter.
safety-area-only = Das ist der einzige Bereich in deinem Plan — bitte setz die Sitzungen aus, bis er ärztlich freigegeben ist. Die täglichen Fragen laufen weiter, damit deine Zahlen vollständig bleiben.
safety-area-elsewhere = Notiert: Bitte lass diese Stelle bei der Massage aus, bis sie ärztlich freigegeben ist, und sag deiner Therapeutin oder deinem Therapeuten Bescheid. Dein Versuch läuft weiter.
safety-area-cleared = Notiert: <b>{ $area }</b> wurde ärztlich freigegeben und kann wieder in den Massageplan. Mit /plan änderst du die Bereiche.
safety-clinician =
    🩺 <b>Am besten ärztlich besprechen:</b> { $intro } <b>{ $cues }</b>.
    Bitte sprich das vor oder neben deinen Massagen mit einer Ärztin oder einem Arzt durch. Dein Versuch läuft weiter, und ich führe den Punkt in deinen Berichten auf. Innerhalb von 7 Tagen wiederhole ich diese Nachricht für denselben Punkt nicht.
safety-repeat = Notiert — das hast du mir schon am { $date } gesagt: <b>{ $cues }</b>. Was ich damals geschrieben habe, gilt weiter. Der Punkt bleibt in deinen Berichten.

safety-btn-seen = ✅ Ich wurde untersucht
safety-btn-dismiss = So war das nicht gemeint
safety-btn-cleared = ✓ Ärztlich freigegeben
safety-btn-area-elsewhere = Woanders
safety-btn-setup = 📝 Plan einrichten

safety-seen =
    Danke, dass du Bescheid gibst. Deine täglichen Fragen starten wieder mit der nächsten.
    Wenn du ärztlichen Rat zur Massage bekommen hast, halte dich bitte daran — mit /plan änderst du den Plan. Wenn sich etwas ändert oder dich beunruhigt, wende dich wieder an eine Ärztin oder einen Arzt.
safety-dismissed = Danke — ich habe notiert, dass das nicht so gemeint war, und es von deiner Liste der Warnzeichen genommen.
safety-dismissed-resumed = Deine täglichen Fragen laufen weiter wie bisher.
safety-dismissed-still-paused = Ein anderer dringender Punkt ist noch offen, deshalb bleiben deine täglichen Fragen pausiert. /resume fragt danach.
safety-own-pause-on = Deine eigene Pause (/pause) läuft noch — die täglichen Fragen kommen erst wieder, wenn du /resume sendest.
safety-dismissed-followup = Wenn dich doch etwas beunruhigt, wende dich bitte an eine Ärztin oder einen Arzt.
safety-screen-dismissed = Danke — ich habe notiert, dass das nicht so gemeint war. Tippe unten, um deinen Plan einzurichten.
safety-already-answered = Das ist schon beantwortet — es wurde nichts geändert.
safety-resume-question =
    Deine täglichen Fragen sind pausiert. Grund: <b>{ $cues }</b> ({ $date }). Wurdest du inzwischen ärztlich untersucht?
    Wenn ich dich falsch verstanden habe, tippe auf <b>So war das nicht gemeint</b>.

safety-overview =
    <b>Auf welche Warnzeichen ich achte</b>
    Bei der Einrichtung frage ich einmal danach. Danach öffnet der Knopf <b>Neues Symptom</b> bei jedem Check-in diese Liste, und ich durchsuche deine Check-in-Notizen nach diesen Stichworten.

    🚨 <b>{ cue-group-urgent-title }</b>
    { $urgent }
    → Ich sage dir sofort, dass du dir Hilfe holen sollst, nenne dir die Notrufnummer (bei Gedanken, dir etwas anzutun, auch eine Krisen-Hotline) und pausiere deine täglichen Fragen, bis du mir sagst, dass du untersucht wurdest — oder dass ich dich falsch verstanden habe.

    🩹 <b>{ cue-group-no_massage_area-title }</b>
    { $area }
    → Ich frage, um welchen Bereich es geht, und lasse ihn aus dem Massageplan, bis er ärztlich freigegeben ist. Für die anderen Bereiche läuft der Versuch weiter.

    🩺 <b>{ cue-group-see_clinician-title }</b>
    { $clinician }
    → Eine klare Nachricht mit der Bitte, das ärztlich zu besprechen (für denselben Punkt nicht öfter als alle 7 Tage). Der Versuch läuft weiter, und der Punkt steht in deinen Berichten.

    Jede Nachricht zu einem Warnzeichen hat einen Knopf <b>So war das nicht gemeint</b>: Er hält fest, dass ich dich falsch verstanden habe, und hebt eine Pause wieder auf.

    <b>Bitte bedenke:</b> Niemand liest deine Antworten in Echtzeit, und eine Stichwortprüfung kann etwas übersehen oder falsch verstehen. Wenn ich nichts sage, heißt das nicht, dass alles in Ordnung ist. Im Zweifel wende dich an eine Ärztin oder einen Arzt.
safety-overview-yours = <b>Was du mir bisher gesagt hast:</b>
safety-overview-none = Du hast bisher keines dieser Warnzeichen gemeldet. Das heißt nur, dass keines davon in deinen Antworten vorkam — über deine Gesundheit sagt es nichts.
safety-event-line = • { $date }: { $cue }{ $area } — { $status ->
        [seen] ärztlich gesehen
        [cleared] ärztlich freigegeben
       *[active] offen
    }
safety-paused-line = ⏸ Deine täglichen Fragen sind pausiert, bis du die Frage von /resume beantwortet hast.

cue-does_not_settle = Schmerzen nach Sitzungen, die nicht wieder abgeklungen sind
