## Täglicher Check-in: die Frage, die Antworten, /checkin, /session, /history, /pause, /resume, /settime, /settings

ci-q-pain =
    📋 <b>Check-in für { $date }</b>
    Wie stark waren deine Schmerzen <b>im Durchschnitt der letzten 24 Stunden</b>? 0 = gar keine, { $max } = die schlimmsten Schmerzen, die du dir vorstellen kannst.
ci-q-pain-hint-10 = Tippe eine Zahl an oder schreib eine ganze Zahl von 0 bis 10.
ci-q-pain-hint-100 = Tippe die nächstliegende Zahl an oder schreib eine ganze Zahl von 0 bis 100.
ci-btn-symptom = 🩺 Neues Symptom
ci-late-note = <i>Das wird als Nachtrag für { $date } gespeichert.</i>

ci-marker-fallback = dein Messwert
ci-marker-name-walk_minutes = Gehen
ci-marker-name-night_wakings = nächtliches Aufwachen
ci-marker-name-head_turn = Kopfdrehung
ci-marker-name-sitting_minutes = Sitzen
ci-marker-name-stairs = Treppen
ci-q-marker-walk_minutes = Wie viele Minuten konntest du am { $date } gehen, bevor du anhalten musstest? Schreib eine Zahl.
ci-q-marker-night_wakings = Wie oft haben dich Schmerzen letzte Nacht geweckt? Schreib eine Zahl.
ci-q-marker-head_turn = Wie weit konntest du am { $date } den Kopf drehen, bevor der Schmerz dich gestoppt hat — von 0 (gar nicht) bis 10 (ganz)? Schreib eine Zahl.
ci-q-marker-sitting_minutes = Wie viele Minuten konntest du am { $date } sitzen, bevor dich der Schmerz zum Umsetzen gezwungen hat? Schreib eine Zahl.
ci-q-marker-stairs = Wie viele Stockwerke Treppen hast du am { $date } geschafft? Schreib eine Zahl.
ci-q-marker-custom = Welchen Wert hatte „{ $name }“ am { $date } (in { $unit })? Schreib eine Zahl.
ci-btn-not-measured = Nicht gemessen

ci-q-session = Hattest du am { $date } eine Massage?
ci-q-reaction = Wie hat dein Körper danach reagiert? Tippe alles an, was passt, dann <b>Fertig</b>.
ci-reaction-none = Keine Reaktion
ci-reaction-soreness = Muskelkater
ci-reaction-stiffness = Steifheit
ci-reaction-temp_pain = Schmerz kurz stärker
ci-reaction-nausea = Übelkeit
ci-reaction-lightheaded = Schwindel oder Benommenheit
ci-reaction-other = Etwas anderes

ci-q-note = Möchtest du noch etwas festhalten? Schreib eine kurze Notiz oder tippe auf <b>Überspringen</b>. Wenn sich deine übrige Behandlung geändert hat (ein neues Medikament, Physiotherapie begonnen), genügt ein Tipp — danach fragen Ärztinnen und Ärzte oft.
ci-btn-care = 💊 Meine übrige Behandlung hat sich geändert
ci-btn-care-on = ✅ Behandlung geändert (notiert)

ci-saved = ✅ Gespeichert: { $what }.
ci-saved-pain = Schmerz { $value }/{ $max }
ci-saved-marker-walk_minutes = { $value } Min. gegangen
ci-saved-marker-night_wakings = { $count ->
        [one] einmal
       *[other] { $value }-mal
    } vom Schmerz geweckt
ci-saved-marker-head_turn = Kopfdrehung { $value }/10
ci-saved-marker-sitting_minutes = { $value } Min. gesessen
ci-saved-marker-stairs = { $value } { $count ->
        [one] Stockwerk
       *[other] Stockwerke
    } Treppen
ci-saved-marker-custom = { $name }: { $value } { $unit }
ci-saved-marker-none = { $name } nicht gemessen
ci-saved-session-yes = Massage: ja
ci-saved-session-no = keine Massage
ci-saved-no-reaction = keine Reaktion
ci-saved-reactions = { $list }
ci-saved-care = Behandlung geändert
ci-saved-note = Notiz
ci-saved-nothing = noch nichts
ci-done = 🙏 Das war alles für { $date }: { $summary }. Danke!
ci-done-session = 🙏 Massage für { $date } eingetragen: { $summary }.
ci-note-truncated = Deine Notiz war länger als { $max } Zeichen; ich habe die ersten { $max } behalten.

ci-no-plan = Du hast noch keinen Versuchsplan — sende /plan, um zuerst einen anzulegen.
ci-expired = Dieser Check-in ist älter als 3 Tage und kann nicht mehr beantwortet werden. Es wurde nichts geändert.
ci-pain-invalid = Bitte schick eine ganze Zahl von 0 bis { $max } (zum Beispiel 4) oder tippe eine der Tasten an.
ci-marker-invalid = Bitte schick eine Zahl (0 oder mehr) oder tippe auf „Nicht gemessen“.
ci-use-buttons = Bitte antworte mit den Tasten oben.
ci-cancelled = Abgebrochen. Alles, was du bisher beantwortet hast, ist gespeichert; mit /checkin geht es weiter.

ci-day-today = Heute
ci-day-yesterday = Gestern
ci-replace-question = Für { $date } hast du schon geantwortet: { $summary }. Möchtest du neu antworten und das ersetzen? Die frühere Antwort bleibt in deinem Verlauf erhalten.
ci-replace-with = Für { $date } ist schon { $old } gespeichert. Durch { $new } ersetzen? Die frühere Antwort bleibt in deinem Verlauf erhalten.
ci-btn-replace = Ja, ersetzen
ci-btn-keep = Nein, behalten
ci-kept = In Ordnung — deine Antwort für { $date } bleibt, wie sie war.

ci-corrected = ✏️ Korrigiert für { $date }: { $what } (vorher: { $old }). Der frühere Wert bleibt in deinem Verlauf erhalten.
ci-old-note = deine frühere Notiz
ci-edit-invalid = In deiner Änderung konnte ich keine Zahl von 0 bis { $max } erkennen; deine Antwort für { $date } bleibt unverändert.
ci-edit-invalid-marker = In deiner Änderung konnte ich keine Zahl erkennen; deine Antwort für { $date } bleibt unverändert.
ci-edit-too-old = Diese Antwort für { $date } ist älter als 3 Tage und lässt sich nicht mehr ändern.

ci-session-which = An welchem Tag war die Massage? (Zusätzliche oder verschobene Termine zählen auch.)
ci-session-already = Für { $date } ist schon eine Massage eingetragen.

ci-history-title = <b>Deine letzten { $days } Tage</b>
ci-history-line = { $date }: { $text }
ci-history-missing = —
ci-history-paused = pausiert
ci-history-late = nachgetragen
ci-history-corrected = korrigiert
ci-history-empty = Noch nichts eingetragen.
ci-history-footer = Einen Tag verpasst? Mit /checkin kannst du ihn bis zu 3 Tage später nachtragen.

ci-reminder = 🔔 Kleine Erinnerung: Dein Check-in für { $date } ist noch offen. Er dauert keine Minute.
ci-pause-ask = Seit drei Tagen habe ich keine Antwort bekommen — das ist völlig in Ordnung. Möchtest du die täglichen Fragen eine Weile pausieren? Pausierte Tage werden ans Ende deines Blocks angehängt.
ci-btn-pause = ⏸ Fragen pausieren
ci-btn-keep-asking = Weiter fragen
ci-keep-asking = Gut — ich frage weiter zur gewohnten Zeit.
ci-paused = ⏸ <b>Pausiert</b> ab { $since }. Bis du /resume sendest, schicke ich keine täglichen Fragen. Jeder pausierte Tag verschiebt das Ende deines Blocks um einen Tag (die Wochen behalten ihre Daten); im Moment endet er am <b>{ $end }</b>.
ci-already-paused = Die täglichen Fragen sind schon seit { $since } pausiert. Sende /resume, um weiterzumachen.
ci-not-paused = Die täglichen Fragen sind nicht pausiert. Mit /pause kannst du sie eine Weile anhalten.
ci-resumed = ▶️ <b>Schön, dass du wieder da bist!</b> { $days ->
        [0] Diesmal war kein Tag pausiert
        [one] Ein Tag war pausiert
       *[other] { $days } Tage waren pausiert
    }, daher endet dein Block jetzt am <b>{ $end }</b> (geplant: { $planned }).
ci-resumed-next = Die nächste tägliche Frage kommt um { $time }. Mit /checkin erfasst du den heutigen Tag sofort.

ci-settime-ask = Deine tägliche Frage kommt um <b>{ $time }</b> ({ $zone }). Schick eine neue Uhrzeit (zum Beispiel 19:30), eine Stadt oder Zeitzone (zum Beispiel Wien) oder beides („19:30 Wien“). Mit /cancel bleibt alles, wie es ist.
ci-settime-done = Erledigt — ab jetzt frage ich jeden Tag um <b>{ $time }</b> ({ $zone }). Nächste Frage: { $next }.
ci-settime-invalid = Das konnte ich nicht lesen. Bitte schick eine Uhrzeit wie 19:30, eine Stadt wie Wien oder beides.
ci-settime-cancelled = In Ordnung — die Uhrzeit deiner täglichen Frage bleibt, wie sie war.

ci-settings =
    <b>Einstellungen</b>
    Erinnerung, wenn eine tägliche Frage noch offen ist: <b>{ $reminder }</b>.
    Tippe unten, um das zu ändern. /settime ändert die Uhrzeit der Frage, /language die Sprache, /pause legt eine Pause ein.
ci-reminder-hours = { $hours } Std. nach der Frage
ci-reminder-off = aus
ci-btn-reminder-hours = { $hours } Std.
ci-btn-reminder-off = Keine Erinnerung
ci-settings-saved = Gespeichert
