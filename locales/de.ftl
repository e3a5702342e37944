## Kern: Begrüßung, Einwilligung, Hilfe, Sprache, Datenschutz, Fehler

welcome =
    👋 Hallo {$name}! Ich helfe dir, Massagetherapie bei wiederkehrenden Schmerzen <b>als begrenzten, messbaren Versuch</b> auszuprobieren.

    So funktioniert es:
    • wir legen einen konkreten Plan fest: welche Bereiche, wie lange, wie oft, über wie viele Wochen;
    • du bewertest einmal am Tag zu einer Uhrzeit deiner Wahl deine Schmerzen und eine Alltagsaktivität (dauert keine Minute);
    • jede Woche bekommst du eine kurze Zusammenfassung mit Grafik;
    • am Ende des Blocks bekommst du eine klare Empfehlung — weitermachen, den Plan ändern oder etwas anderes versuchen — mit den Zahlen dahinter.

    { -not-medical }
welcome-back =
    Willkommen zurück, {$name}! Deine Antworten sind noch da.
    /plan zeigt deinen Plan, /checkin erfasst den heutigen Tag, /summary zeigt den Verlauf, /help listet alles auf.
welcome-no-plan =
    Willkommen zurück, {$name}! Du hast noch keinen Plan angelegt — tippe unten, um zu beginnen. Es dauert etwa drei Minuten.
-not-medical =
    <i>Bitte beachte: Ich bin kein Medizinprodukt und gebe keine medizinischen Ratschläge oder Diagnosen. Niemand liest deine Antworten in Echtzeit mit, und meine Stichwortprüfung kann etwas übersehen — wenn dich etwas beunruhigt, wende dich an eine Ärztin oder einen Arzt.</i>

consent-question =
    Bevor ich dir Fragen zu deiner Gesundheit stelle, zwei Dinge:

    1. Dieser Bot ist für <b>Erwachsene (ab 18 Jahren)</b>.
    2. Damit dein Versuch funktioniert, muss ich <b>deine Antworten speichern</b> (Schmerzwerte, deinen Alltagsmesswert, Sitzungen, Notizen) — in der Datenbank dieses Bots. Sie dienen nur deinen eigenen Zusammenfassungen, werden nie weitergegeben, und du kannst sie jederzeit exportieren oder löschen (/privacy erklärt wie).

    Bestätigst du, dass du volljährig bist, und bist du damit einverstanden?
consent-accept = ✅ Ich bin 18+ und einverstanden
consent-decline = Nein, danke
consent-accepted = Danke — deine Einwilligung wurde am {$date} gespeichert.
consent-declined =
    Verstanden — es wurde nichts über dich gespeichert.
    Wenn du es dir anders überlegst, sende einfach wieder /start.
consent-needed = Bitte beantworte zuerst die Frage oben — Fragen zu deiner Gesundheit stelle ich erst nach deiner Zustimmung.
setup-start-button = 📝 Meinen Plan anlegen
setup-coming-soon = Hier beginnt gleich die Planeinrichtung.

help =
    <b>Was ich kann</b>
    /start — Begrüßung und erste Schritte
    /plan — Versuchsplan anlegen oder ändern
    /checkin — Schmerzen und Aktivität für heute (oder einen der letzten Tage) eintragen
    /session — eine zusätzliche oder verschobene Massage eintragen
    /summary — wie dein Versuch bisher läuft (<code>/summary final</code> für den Abschlussbericht)
    /endtrial — den Versuch vorzeitig beenden, mit einem Bericht zu den bisherigen Daten
    /history — deine letzten 14 Tage
    /pause und /resume — eine Pause von den täglichen Fragen
    /settime — Uhrzeit oder Zeitzone der täglichen Frage ändern
    /settings — Erinnerungen und andere Einstellungen
    /safety — auf welche Warnzeichen ich achte und was ich dann tue
    /export — alle deine Daten herunterladen
    /delete — alle deine Daten löschen
    /privacy — was ich speichere und wie lange
    /language — zwischen Deutsch und Englisch wechseln
    /cancel — die aktuelle Einrichtung oder Frage abbrechen
    /help — diese Liste

language-choose = Welche Sprache möchtest du?
language-set = Erledigt — ich spreche ab jetzt Deutsch.
language-en = English
language-de = Deutsch


group-only-private = Ich funktioniere nur im privaten Chat, weil deine Antworten persönlich sind. Bitte schreib mir direkt: @{$username}
unhandled = Das habe ich nicht verstanden. Mit /help siehst du, was ich kann{ $hasPlan ->
        [yes] , oder trag mit /checkin den heutigen Tag ein.
       *[other] , oder leg mit /plan deinen Versuch an.
    }
unhandled-command = Den Befehl {$command} kenne ich nicht. /help listet alle auf.
unhandled-media = Hier kann ich nur Text und Tastendrücke lesen. /help zeigt, was ich kann.
error-apology = Entschuldigung — bei mir ist etwas schiefgegangen. Deine bisherigen Antworten sind sicher. Bitte versuch es gleich noch einmal.
error-not-saved = ⚠️ Das konnte ich gerade nicht speichern — meine Datenbank ist nicht erreichbar. Es wurde nichts geändert; bitte versuch es gleich noch einmal.
expired-button = Diese Frage ist abgelaufen — es wurde nichts geändert.
cancel-nothing = Gerade gibt es nichts abzubrechen.

cmd-start = Begrüßung und erste Schritte
cmd-help = Alles, was ich kann
cmd-plan = Versuchsplan anlegen oder ändern
cmd-checkin = Schmerz und Aktivität für heute eintragen
cmd-session = Zusätzliche oder verschobene Sitzung eintragen
cmd-summary = Wie der Versuch läuft
cmd-history = Deine letzten 14 Tage
cmd-pause = Tägliche Fragen pausieren
cmd-resume = Tägliche Fragen fortsetzen
cmd-settime = Uhrzeit oder Zeitzone ändern
cmd-settings = Erinnerungen und Einstellungen
cmd-safety = Warnzeichen, auf die ich achte
cmd-export = Alle deine Daten herunterladen
cmd-delete = Alle deine Daten löschen
cmd-privacy = Was ich speichere und warum
cmd-language = Sprache ändern
cmd-cancel = Aktuellen Schritt abbrechen

## Planeinrichtung

setup-progress = <i>Schritt {$n} von 7 · {$section}</i>
section-safety = Sicherheitscheck
section-areas = Bereiche und Ziel
section-dose = Umfang
section-care = Andere Behandlung und Kosten
section-measure = Was wir messen
section-schedule = Tägliche Frage
section-start = Erste Sitzung
setup-intro = Lass uns deinen Versuch einrichten. Zuerst ein kurzer Sicherheitscheck — drei Fragen. Mit <b>Zurück</b> änderst du eine Antwort, /cancel bricht ab, /help geht jederzeit.
setup-resume = Du warst mitten in der Einrichtung deines Plans — machen wir dort weiter, wo du aufgehört hast?
setup-cancelled = Einrichtung abgebrochen. Es wurde nichts Neues gespeichert. Sende /plan, wann immer du neu beginnen möchtest.
setup-expired = Diese Frage ist abgelaufen — es wurde nichts geändert.
btn-back = ‹ Zurück
btn-done = Fertig ✓
btn-skip = Überspringen
btn-yes = Ja
btn-no = Nein
btn-none-of-these = Nichts davon

setup-q-screen_urgent_which = Was davon trifft zu? Tippe auf das Passendste.
setup-q-screen_area_which = Was davon trifft zu?
setup-q-screen_area_where = Welcher Bereich ist betroffen? Ich nehme ihn aus dem Massageplan heraus, bis eine Ärztin oder ein Arzt ihn freigegeben hat.
setup-q-screen_clinician_which = Was davon trifft zu? Tippe alles Zutreffende an, dann <b>Fertig</b>.
setup-area-excluded = Notiert: <b>{ $area }</b> bleibt aus dem Plan, bis eine Ärztin oder ein Arzt grünes Licht gibt. Für andere Bereiche kann dein Versuch stattfinden.
setup-clinician-noted =
    Danke. Bitte besprich { $count ->
        [one] diesen Punkt
       *[other] diese Punkte
    } vor oder während der Massagen mit einer Ärztin oder einem Arzt — dort kann man prüfen, ob Massage für dich passt und worauf du achten solltest. Dein Versuch kann stattfinden; ich führe { $count ->
        [one] den Punkt
       *[other] die Punkte
    } in deinen Berichten auf.
setup-urgent-stop =
    ⚠️ <b>Bitte such jetzt ärztliche Hilfe</b> — was du beschreibst (<b>{ $cue }</b>), sollte zeitnah ärztlich abgeklärt werden, bevor du mit Massagen beginnst.
    { $numbers }
    Ich habe die Einrichtung beendet. Sobald du untersucht wurdest, sende /plan, um neu zu beginnen.
setup-crisis-hint = Wenn du daran denkst, dir etwas anzutun, wende dich bitte jetzt an: { $crisis }. Du musst da nicht allein durch.
setup-crisis-generic = Wenn du daran denkst, dir etwas anzutun, wende dich bitte jetzt an eine Krisenhotline in deinem Land oder an den örtlichen Notruf. Du musst da nicht allein durch.
emergency-numbers = Im Notfall wähle <b>{ $numbers }</b>.
emergency-numbers-unknown = Im Notfall wähle deine örtliche Notrufnummer (zum Beispiel <b>112</b> in Europa oder <b>911</b> in Nordamerika).

setup-q-areas = An welchen Bereichen wird massiert? Tippe alles Zutreffende an, dann <b>Fertig</b>.
setup-q-area_other = Welcher andere Bereich? Schreib ein paar Worte (zum Beispiel „oberer Rücken" oder „Kiefer").
setup-q-goal = Was ist dir bei diesem Versuch am wichtigsten?
goal-pain = Weniger Schmerzen
goal-function = Im Alltag mehr schaffen
goal-sleep = Besser schlafen
goal-mood = Bewältigung und Stimmung
area-low_back = Unterer Rücken
area-neck = Nacken
area-shoulders = Schultern
area-knees = Knie
area-hips = Hüften
area-head = Kopf (Kopfschmerz)
area-other = Anderes

setup-q-minutes = Wie viele Minuten dauert eine Sitzung? Tippe oder schreib eine Zahl von 5 bis 120.
setup-q-per_week = Wie viele Sitzungen pro Woche?
setup-q-weekdays = An welchen Tagen? Tippe { $count } { $count ->
        [one] Tag
       *[other] Tage
    } an und dann <b>Fertig</b>, oder <b>Keine festen Tage</b>. An geplanten Tagen frage ich, ob die Sitzung stattgefunden hat.
btn-no-fixed-days = Keine festen Tage
weekday-1 = Mo
weekday-2 = Di
weekday-3 = Mi
weekday-4 = Do
weekday-5 = Fr
weekday-6 = Sa
weekday-7 = So
setup-q-weeks = Wie viele Wochen soll der Block dauern? Vier bis acht Wochen sind eine gute Länge, um es zu beurteilen; du kannst jede Zahl von 1 bis 20 schreiben.
setup-q-pressure = Mit welchem Druck wird massiert? (Wenn du es noch nicht weißt, wähle, was du erwartest — du kannst es später ändern.)
pressure-light = Leicht
pressure-moderate = Mittel
pressure-firm = Fest

setup-q-care = Bekommst du wegen dieser Schmerzen noch eine andere aktive Behandlung? Tippe alles Zutreffende an, dann <b>Fertig</b>.
care-none = Keine
care-physio = Physiotherapie
care-exercise = Trainingsprogramm
care-chiro = Chiropraktik
care-injections = Spritzen
care-other = Andere
setup-q-care_role = Soll die Massage diese Behandlung <b>ersetzen</b> oder <b>ergänzen</b>?
care-role-replaces = Ersetzen
care-role-supports = Ergänzen
setup-q-cost = Was kostet dich eine Sitzung? Schreib den Betrag in { $currency } (oder tippe eine andere Währung an), oder <b>Überspringen</b>.
setup-q-cost_alt = Und was kostet deine Alternative pro Monat (zum Beispiel Physiotherapie oder Fitnessstudio)? Schreib einen Betrag in { $currency }, oder <b>Überspringen</b>.
setup-q-therapist = Hat dir deine Therapeutin oder dein Therapeut gesagt, was sie bei diesen Schmerzen tun wollen und wie der Fortschritt überprüft wird? Schreib es in ein, zwei Sätzen, oder <b>Überspringen</b>.

setup-q-scale = Welche Schmerzskala möchtest du? 0-10 geht am schnellsten; 0-100 ist feiner.
scale-10 = 0-10
scale-100 = 0-100
setup-q-marker = Wähle eine Alltagsaktivität, die deine Schmerzen einschränken. Du trägst sie einmal am Tag ein.
marker-walk_minutes = Gehminuten, bevor du stoppen musst
marker-night_wakings = Wie oft dich Schmerzen nachts wecken
marker-head_turn = Kopfdrehung, bevor Schmerz dich stoppt (0-10)
marker-sitting_minutes = Sitzminuten, bevor Schmerz dich zum Wechseln zwingt
marker-stairs = Geschaffte Stockwerke
marker-custom = Etwas anderes (eigenes)
setup-q-marker_name = Was sollen wir messen? Schreib einen kurzen Namen (zum Beispiel „Minuten Gartenarbeit").
setup-q-marker_unit = In welcher Einheit? (zum Beispiel „Minuten", „Mal", „Schritte")
setup-q-marker_direction = Ist eine höhere oder eine niedrigere Zahl besser?
direction-higher = Höher ist besser
direction-lower = Niedriger ist besser
setup-q-marker_min = Was ist die kleinste Veränderung dieses Werts, die für dich zählen würde? Schreib eine Zahl, oder <b>Überspringen</b> für 20 % deines Ausgangswerts (mindestens 1).
unit-min = Min.
unit-times = Mal
unit-scale10 = /10
unit-flights = Stockwerke

setup-q-time = Um wie viel Uhr soll ich dich jeden Tag fragen? Wähle eine Zeit, zu der du meist Ruhe hast — der Abend passt gut zu „den letzten 24 Stunden". Tippe oder schreib (zum Beispiel 20:30).
setup-q-zone = In welcher Zeitzone bist du? Tippe eine an, schreib eine Stadt oder einen Zonennamen (zum Beispiel „Berlin" oder „America/New_York"), oder teile deinen Standort.
btn-share-location = 📍 Meinen Standort teilen
setup-zone-set = Zeitzone: { $zone }
setup-zone-fixed-offset = Hinweis: Ein fester Versatz wie dieser folgt nicht der Sommerzeit, die Frage käme also zweimal im Jahr eine Stunde verschoben. Schreib lieber deine Stadt — du kannst das jederzeit mit /settime ändern.

setup-q-first_session = Wann ist deine erste Massage? Tippe oder schreib ein Datum (zum Beispiel 4.1.2027 oder 2027-01-04).
btn-tomorrow = Morgen
btn-in-a-week = In einer Woche
btn-already-started = Schon begonnen
setup-q-first_session_confirm = Meinst du { $a } oder { $b }?
setup-baseline-full = Gut — deine erste Sitzung ist am { $date }. Davor sammle ich eine volle Ausgangswoche mit deinen üblichen Schmerzwerten.
setup-q-baseline =
    Deine erste Sitzung ist am { $date }. Damit { $days ->
        [0] bleibt kein Tag
        [one] bleibt ein Tag
       *[other] bleiben { $days } Tage
    } für die Ausgangsmessung — eine volle Woche mit „Vorher"-Werten macht den Vergleich deutlich aussagekräftiger. Wie möchtest du vorgehen?
btn-baseline-move = Erste Sitzung auf { $date } verschieben
btn-baseline-short = Kurze Ausgangsmessung (mind. 3 Tage)
btn-baseline-recalled = Meine Erinnerung an letzte Woche nutzen
setup-first-moved = Der Plan beginnt jetzt am { $date }, nach einer vollen Ausgangswoche.
setup-q-recalled_pain = Wie stark waren deine Schmerzen in der letzten Woche typischerweise, auf einer Skala von 0 bis 10? (Eine erinnerte Ausgangslage ist ein schwächerer Vergleich; deine Berichte weisen darauf hin.)
setup-q-recalled_marker = Und dein typischer Wert für „{ $marker }" in der letzten Woche? Schreib eine Zahl, oder <b>Überspringen</b>.

setup-q-review = <b>Das ist dein Plan — passt alles?</b>
btn-looks-right = ✓ Passt so
btn-change = ✎ { $section } ändern
setup-saved =
    ✅ <b>Dein Plan ist gespeichert.</b>
    Ich frage dich jeden Tag um <b>{ $time }</b> ({ $zone }), ab <b>{ $start }</b>. Der Block endet am { $end }.
    /plan zeigt oder ändert deinen Plan, /checkin trägt einen Tag vorab ein, /help listet alles auf.
setup-saved-edit = ✅ <b>Dein Plan ist aktualisiert</b> — die Änderung gilt ab { $date }. Frühere Tage behalten ihren Plan, und deine Berichte zeigen, wann sich der Umfang geändert hat.

setup-use-buttons = Bitte nutze für diese Frage die Tasten unten.
setup-areas-use-buttons = Bitte tippe die Bereiche unten an, dann Fertig.
setup-pick-at-least-one = Bitte wähle mindestens eins aus.
setup-number-range = Bitte sende eine ganze Zahl von { $min } bis { $max }.
setup-text-expected = Bitte schreib eine kurze Antwort in Worten (bis zu { $max } Zeichen).
setup-cost-expected = Bitte schreib einen Betrag wie 60 oder 59,90 — oder tippe Überspringen.
setup-positive-number = Bitte schreib eine Zahl größer als 0 — oder tippe Überspringen.
setup-time-expected = Bitte sende eine Uhrzeit wie 20:00 oder 8:30.
setup-zone-unknown = Diese Zeitzone kenne ich nicht. Versuch es mit einer Stadt („Wien", „Zürich"), einem Zonennamen („Europe/Berlin") oder einem Versatz („UTC+2"), oder teile deinen Standort.
setup-date-expected = Bitte sende ein Datum wie 4.1.2027 oder 2027-01-04 — oder nutze die Tasten.
setup-date-too-far = Das ist mehr als ein Jahr entfernt — bitte wähle ein Datum innerhalb der nächsten 12 Monate.
setup-date-too-old = Das ist mehr als vier Wochen her. Wenn du schon lange dabei bist, tippe „Schon begonnen", dann zählt der Block ab heute.
setup-short-needs-3-days = Für eine kurze Ausgangsmessung braucht es mindestens 3 Tage vor der ersten Sitzung. Bitte verschiebe die erste Sitzung oder nutze deine Erinnerung.
setup-weekdays-mismatch = Du hast { $picked } Tage gewählt, aber { $planned } Sitzungen pro Woche geplant. Bitte wähle { $planned } Tage, oder tippe „Keine festen Tage".
setup-area-is-excluded = { $area } ist pausiert, bis eine Ärztin oder ein Arzt grünes Licht gibt — deshalb kann ich den Bereich nicht in den Plan aufnehmen.
setup-no-back = Das ist die erste Frage — davor gibt es nichts.
setup-missing-answer = Eine Antwort fehlt noch — bitte ergänze sie.
setup-media-not-understood = Das kann ich hier nicht lesen — bitte antworte mit Text oder den Tasten.

plan-card =
    <b>Bereiche:</b> { $areas }
    <b>Hauptziel:</b> { $goal }
    <b>Umfang:</b> { $minutes } Min. × { $perWeek }/Woche{ $weekdays } für { $weeks } Wochen · Druck: { $pressure }
    <b>Andere Behandlung:</b> { $care }
    <b>Kosten:</b> { $cost }
    <b>Plan der Therapeutin/des Therapeuten:</b> { $therapist }
    <b>Schmerzskala:</b> 0-{ $scale }
    <b>Täglicher Messwert:</b> { $marker }
    <b>Tägliche Frage:</b> { $time } ({ $zone })
    <b>Erste Sitzung:</b> { $first } · Ausgangsmessung: { $baseline }
plan-card-safety = <b>Sicherheitshinweise:</b> { $notes }
plan-none-given = keine Angabe
baseline-daily = eine volle Woche vorher
baseline-short = kurz (3+ Tage vorher)
baseline-recalled = erinnert (schwächerer Vergleich)
plan-current-title = <b>Dein aktueller Plan</b> (Fassung { $version }, seit { $since })
plan-none = Du hast noch keinen Plan.
plan-edit-hint = Tippe auf einen Abschnitt, um ihn zu ändern. Änderungen gelten ab heute; frühere Tage behalten ihren Plan.
cost-per-session = { $amount } pro Sitzung
cost-alternative = Alternative { $amount } pro Monat
btn-resume-continue = Weitermachen
btn-resume-restart = Neu beginnen
plan-corrupt = Ich konnte deinen gespeicherten Plan nicht lesen (er scheint beschädigt). Ich habe eine Kopie beiseitegelegt, und wir können ihn jetzt neu einrichten.
