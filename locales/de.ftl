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
welcome-back-rearmed = Deine tägliche Frage ist wieder eingeschaltet: Ich frage dich wieder jeden Tag um {$time} ({$zone}).
welcome-back-scheduled = Ich frage dich jeden Tag um {$time} ({$zone}).
welcome-no-plan =
    Willkommen zurück, {$name}! Du hast noch keinen Plan angelegt — legen wir ihn jetzt an. Es dauert etwa zwei Minuten.
welcome-setup-open = Willkommen zurück, {$name}! Dein Plan ist noch nicht fertig.
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
consent-decline-after-agree = Du hast bereits zugestimmt, deshalb habe ich deine Antworten behalten. Um alles zu löschen, was ich über dich gespeichert habe, sende /delete — dort frage ich noch einmal nach, bevor ich lösche.
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
    /method — wie ich am Ende des Blocks entscheide (die Regel und deine Zahlen)
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

setup-progress = <i>Schritt {$n} von {$m} · {$section}</i>
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
setup-cancelled-next-block = Einrichtung abgebrochen. Es wurde nichts Neues gespeichert. Dein letzter Block und sein Bericht bleiben, wie sie waren; <code>/summary final</code> zeigt den Bericht wieder mit seinen Möglichkeiten.
setup-gone = Diese Einrichtung ist nicht mehr offen — sie wurde abgeschlossen oder abgebrochen —, daher bewirkt diese Taste nichts. /plan zeigt deinen Plan und lässt dich ihn ändern; für einen weiteren Block nutze die Tasten unter dem Abschlussbericht (<code>/summary final</code>).
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
    Ich habe die Einrichtung hier angehalten. { $crisis ->
        [yes] Wenn du mit jemandem gesprochen hast, der helfen kann, tippe auf <b>Ich habe mit jemandem gesprochen</b>
       *[no] Sobald du untersucht wurdest, tippe auf <b>Ich wurde untersucht</b>
    }, dann geht die Einrichtung mit der nächsten Frage weiter. Wenn ich dich falsch verstanden habe, tippe auf <b>So war das nicht gemeint</b>.
setup-urgent-seen-before = Am { $date } hast du mir von <b>{ $cue }</b> erzählt und danach, dass du untersucht wurdest — also machen wir weiter. Wenn es seitdem neu ist oder schlimmer wird, lass es bitte vor der nächsten Massage noch einmal ärztlich abklären.
setup-crisis-hint = Wenn du daran denkst, dir etwas anzutun, wende dich bitte jetzt an: { $crisis }. Du musst da nicht allein durch.
setup-crisis-generic = Wenn du daran denkst, dir etwas anzutun, wende dich bitte jetzt an eine Krisenhotline in deinem Land oder an den örtlichen Notruf. Du musst da nicht allein durch.
emergency-numbers = Im Notfall wähle <b>{ $numbers }</b>.
emergency-numbers-unknown = Im Notfall wähle deine örtliche Notrufnummer (zum Beispiel <b>112</b> in Europa oder <b>911</b> in Nordamerika).

setup-q-areas = An welchen Bereichen wird massiert? Tippe alles Zutreffende an, dann <b>Fertig</b>.
setup-q-area_other = Welcher andere Bereich? Schreib ein paar Worte (zum Beispiel „oberer Rücken“ oder „Kiefer“).
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
setup-q-marker_name = Was sollen wir messen? Schreib einen kurzen Namen (zum Beispiel „Minuten Gartenarbeit“).
setup-q-marker_unit = In welcher Einheit? (zum Beispiel „Minuten“, „Mal“, „Schritte“)
setup-q-marker_direction = Ist eine höhere oder eine niedrigere Zahl besser?
direction-higher = Höher ist besser
direction-lower = Niedriger ist besser
setup-q-marker_min = Was ist die kleinste Veränderung dieses Werts, die für dich zählen würde? Schreib eine Zahl, oder <b>Überspringen</b> für 20 % deines Ausgangswerts (mindestens 1).
unit-min = Min.
unit-times = Mal
unit-scale10 = /10
unit-flights = Stockwerke

setup-q-time = Um wie viel Uhr soll ich dich jeden Tag fragen? Wähle eine Zeit, zu der du meist Ruhe hast — der Abend passt gut zu „den letzten 24 Stunden“. Tippe oder schreib (zum Beispiel 20:30).
setup-q-zone = In welcher Zeitzone bist du? Tippe eine an, schreib eine Stadt oder einen Zonennamen (zum Beispiel „Berlin“ oder „America/New_York“), oder teile deinen Standort.
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
    } für die Ausgangsmessung — eine volle Woche mit „Vorher“-Werten macht den Vergleich deutlich aussagekräftiger. Wie möchtest du vorgehen?
btn-baseline-move = Erste Sitzung auf { $date } verschieben
btn-baseline-short = Kurze Ausgangsmessung (mind. 3 Tage)
btn-baseline-recalled = Meine Erinnerung an letzte Woche nutzen
setup-first-moved = Der Plan beginnt jetzt am { $date }, nach einer vollen Ausgangswoche.
setup-q-baseline-begun =
    { $started ->
        [yes] Deine Massagesitzungen haben schon begonnen, daher zählt der Versuch ab heute, { $date }.
       *[no] Deine erste Sitzung war am { $date }, daher zählt der Versuch ab diesem Tag.
    } Es gibt keine täglichen „Vorher“-Werte, also kann die Ausgangslage aus einer von zwei Quellen kommen:
    • <b>deine Erinnerung</b> an deine typischen Schmerzen in der Woche, bevor die Sitzungen begannen — ein schwächerer Vergleich, und jeder Bericht weist darauf hin;
    • <b>eine Woche mit täglichen Werten</b> ab heute, und der Versuch zählt stattdessen ab { $moved }. Diese Werte zeigen, wo du jetzt stehst, nach den bisherigen Sitzungen — der Versuch misst dann die Veränderung von da an.
btn-baseline-recalled-before = Meine Erinnerung an die Woche vor den Sitzungen
btn-baseline-count-later = Ab { $date } zählen, nach einer Woche Werte
setup-count-moved = Der Versuch zählt jetzt ab { $date }. Bis dahin frage ich dich jeden Tag, für eine volle Ausgangswoche.
setup-q-recalled_pain = Wie stark waren deine Schmerzen { $before ->
        [yes] in der Woche, bevor deine Massagesitzungen begannen,
       *[no] in der letzten Woche
    } typischerweise, auf einer Skala von 0 bis 10? (Eine erinnerte Ausgangslage ist ein schwächerer Vergleich; deine Berichte weisen darauf hin.)
setup-q-recalled_marker = Und dein typischer Wert für „{ $marker }“ { $before ->
        [yes] in dieser Woche vor den Sitzungen
       *[no] in der letzten Woche
    }? Schreib eine Zahl, oder <b>Überspringen</b>.

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
setup-marker-min-range = Auf dieser Skala von 0 bis { $max } kann die kleinste Veränderung, die zählt, höchstens { $max } sein: Bitte schreib eine kleinere Zahl oder tippe auf Überspringen.
setup-positive-number = Bitte schreib eine Zahl größer als 0 — oder tippe Überspringen.
setup-time-expected = Bitte sende eine Uhrzeit wie 20:00 oder 8:30.
setup-zone-unknown = Diese Zeitzone kenne ich nicht. Versuch es mit einer Stadt („Wien“, „Zürich“), einem Zonennamen („Europe/Berlin“) oder einem Versatz („UTC+2“), oder teile deinen Standort.
setup-date-expected = Bitte sende ein Datum wie 4.1.2027 oder 2027-01-04 — oder nutze die Tasten.
setup-date-too-far = Das ist mehr als ein Jahr entfernt — bitte wähle ein Datum innerhalb der nächsten 12 Monate.
setup-date-too-old = Das ist mehr als vier Wochen her. Wenn du schon lange dabei bist, tippe „Schon begonnen“, dann zählt der Block ab heute.
setup-short-needs-3-days = Für eine kurze Ausgangsmessung braucht es mindestens 3 Tage vor der ersten Sitzung. Bitte verschiebe die erste Sitzung oder nutze deine Erinnerung.
setup-weekdays-mismatch = Du hast { $picked } Tage gewählt, aber { $planned } Sitzungen pro Woche geplant. Bitte wähle { $planned } Tage, oder tippe „Keine festen Tage“.
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
plan-first-counting = Sitzungen hatten schon begonnen; der Versuch zählt ab { $date }
plan-current-title = <b>Dein aktueller Plan</b> (Fassung { $version }, seit { $since })
plan-none = Du hast noch keinen Plan.
plan-edit-hint = Tippe auf einen Abschnitt, um ihn zu ändern. Änderungen gelten ab heute; frühere Tage behalten ihren Plan.
cost-per-session = { $amount } pro Sitzung
cost-alternative = Alternative { $amount } pro Monat
btn-resume-continue = Weitermachen
btn-resume-restart = Neu beginnen
plan-corrupt = Ich konnte deinen gespeicherten Plan nicht lesen (er scheint beschädigt). Ich habe eine Kopie beiseitegelegt, und wir können ihn jetzt neu einrichten.

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
ci-note-replaced = Das ersetzt deine frühere Notiz für { $date }: „{ $old }“. Die frühere bleibt in deinem /export erhalten.
ci-note-truncated = Deine Notiz war länger als { $max } Zeichen; ich habe die ersten { $max } behalten.

ci-no-plan = Du hast noch keinen Versuchsplan — sende /plan, um zuerst einen anzulegen.
ci-expired = Dieser Check-in ist älter als 3 Tage und kann nicht mehr beantwortet werden. Es wurde nichts geändert.
ci-before-trial = Dieser Tag ({ $date }) liegt vor deinem Versuch (sein erster Tag, der Beginn deiner Ausgangswoche, ist der { $start }), eine Antwort dafür würde nicht zählen. Es wurde nichts gespeichert.
ci-not-started = Noch gibt es nichts zu beantworten: Deine Ausgangswoche beginnt am { $start }, und an dem Tag schicke ich dir um { $time } Uhr die erste Frage (deine erste Behandlung ist am { $first }). Wenn du früher anfangen willst, verlege die erste Behandlung mit /plan.
ci-old-scale-button = Diese Schaltfläche stammt noch von vor der Änderung deiner Schmerzskala, deshalb habe ich nichts gespeichert. Hier ist die Frage noch einmal, auf deiner Skala von 0-{$max}.
ci-pain-invalid = Bitte schick eine ganze Zahl von 0 bis { $max } (zum Beispiel 4) oder tippe eine der Tasten an.
ci-marker-invalid = Bitte schick eine Zahl (0 oder mehr) oder tippe auf „Nicht gemessen“.
ci-marker-invalid-range = Bitte schick eine Zahl von 0 bis { $max } oder tippe auf „Nicht gemessen“.
ci-use-buttons = Bitte antworte mit den Tasten oben.
ci-cancelled = Abgebrochen. Alles, was du bisher beantwortet hast, ist gespeichert; mit /checkin geht es weiter.

ci-day-today = Heute
ci-day-yesterday = Gestern
ci-day-missing = · { $missing } { $count ->
    [one] fehlt
   *[other] fehlen
}
ci-missing-pain = Schmerz
ci-missing-session = Massage
ci-resume = Weiter mit { $date }, wo du aufgehört hast. Schon gespeichert: { $summary }.
ci-replace-question = Für { $date } hast du schon geantwortet: { $summary }. Möchtest du neu antworten und das ersetzen? Die frühere Antwort bleibt in deinem Verlauf erhalten.
ci-replace-with = Für { $date } ist schon { $old } gespeichert. Durch { $new } ersetzen? Nur der Schmerzwert ändert sich, alles andere an diesem Tag bleibt, und der frühere Wert bleibt in deinem Verlauf erhalten.
ci-btn-replace = Ja, ersetzen
ci-btn-keep = Nein, behalten
ci-kept = In Ordnung — deine Antwort für { $date } bleibt, wie sie war.

ci-corrected = ✏️ Korrigiert für { $date }: { $what } (vorher: { $old }). Der frühere Wert bleibt in deinem Verlauf erhalten.
ci-old-note = deine frühere Notiz
ci-edit-invalid = In deiner Änderung konnte ich keine Zahl von 0 bis { $max } erkennen; deine Antwort für { $date } bleibt unverändert.
ci-edit-invalid-marker = In deiner Änderung konnte ich keine Zahl erkennen; deine Antwort für { $date } bleibt unverändert.
ci-edit-marker-out-of-range = Deine Änderung liegt außerhalb von 0 bis { $max }; deine Antwort für { $date } bleibt unverändert.
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
ci-pause-ask = Seit drei Tagen habe ich keine Antwort bekommen — das ist völlig in Ordnung. Möchtest du die täglichen Fragen eine Weile pausieren? { $baseline ->
        [yes] Pausierte Tage der Ausgangswoche verschieben das Ende deines Blocks nicht; es bleiben nur weniger Werte zum Vergleichen.
       *[no] Pausierte Tage werden ans Ende deines Blocks angehängt.
    }
ci-btn-pause = ⏸ Fragen pausieren
ci-btn-keep-asking = Weiter fragen
ci-keep-asking = Gut — ich frage weiter zur gewohnten Zeit.
ci-paused = ⏸ <b>Pausiert</b> ab { $since }. Bis du /resume sendest, schicke ich keine täglichen Fragen. Jeder pausierte Tag verschiebt das Ende deines Blocks um einen Tag (die Wochen behalten ihre Daten); im Moment endet er am <b>{ $end }</b>.
ci-paused-baseline = ⏸ <b>Pausiert</b> ab { $since }. Bis du /resume sendest, schicke ich keine täglichen Fragen. Pausierte Tage vor deiner ersten Sitzung ({ $first }) werden nirgends angehängt: Dein Block endet weiterhin am <b>{ $end }</b>, deine Ausgangswoche hat nur weniger Werte ({ $scored } bisher; der Vergleich am Ende braucht mindestens { $min }). Pausierte Tage ab dem { $first } würden das Ende um je einen Tag verschieben.
ci-already-paused = Die täglichen Fragen sind schon seit { $since } pausiert. Sende /resume, um weiterzumachen.
ci-not-paused = Die täglichen Fragen sind nicht pausiert. Mit /pause kannst du sie eine Weile anhalten.
ci-resumed = ▶️ <b>Schön, dass du wieder da bist!</b> { $days ->
        [0] Diesmal war kein Tag pausiert
        [one] Ein Tag war pausiert
       *[other] { $days } Tage waren pausiert
    }, daher endet dein Block jetzt am <b>{ $end }</b> (geplant: { $planned }).
ci-resumed-baseline = ▶️ <b>Schön, dass du wieder da bist!</b> { $days ->
        [one] Ein Tag war pausiert
       *[other] { $days } Tage waren pausiert
    }{ $inblock ->
        [0] , alle vor deiner ersten Sitzung, daher endet dein Block weiterhin am <b>{ $end }</b>.
        [one] ; nur der Tag ab deiner ersten Sitzung ({ $first }) verschiebt das Ende deines Blocks, auf den <b>{ $end }</b> (geplant: { $planned }).
       *[other] ; nur die { $inblock } Tage ab deiner ersten Sitzung ({ $first }) verschieben das Ende deines Blocks, auf den <b>{ $end }</b> (geplant: { $planned }).
    }
ci-baseline-thinner = Pausierte Tage der Ausgangswoche werden nicht nachgeholt, deine Ausgangswoche hat also weniger Werte: { $scored ->
        [one] Ein Tag hat
       *[other] { $scored } Tage haben
    } einen Schmerzwert{ $left ->
        [0] {""}
        [one] , und einer lässt sich vor dem { $first } noch eintragen
       *[other] , und { $left } weitere lassen sich vor dem { $first } noch eintragen
    }. { $enough ->
        [yes] Das reicht für den Vergleich am Ende (er braucht { $min }).
       *[no] Der Vergleich am Ende braucht { $min }; mit weniger sagt er, dass es zu wenige Tage waren, statt ein Ergebnis zu geben.
    }
ci-resumed-next = Die nächste tägliche Frage kommt um { $time }. Mit /checkin erfasst du den heutigen Tag sofort.

ci-settime-ask = Deine tägliche Frage kommt um <b>{ $time }</b> ({ $zone }). Schick eine neue Uhrzeit (zum Beispiel 19:30), eine Stadt oder Zeitzone (zum Beispiel Wien) oder beides („19:30 Wien“). Mit /cancel bleibt alles, wie es ist.
ci-settime-done = Erledigt — ab jetzt frage ich jeden Tag um <b>{ $time }</b> ({ $zone }). Nächste Frage: { $next }.
ci-settime-done-today = Erledigt — ab jetzt frage ich jeden Tag um <b>{ $time }</b> ({ $zone }). { $time } ist heute schon vorbei und die heutige Frage kam noch nicht, deshalb kommt sie jetzt. Danach: { $next }.
ci-settime-invalid = Das konnte ich nicht lesen. Bitte schick eine Uhrzeit wie 19:30, eine Stadt wie Wien oder beides.
ci-settime-cancelled = In Ordnung — die Uhrzeit deiner täglichen Frage bleibt, wie sie war.

ci-settings =
    <b>Einstellungen</b>
    Erinnerung, wenn eine tägliche Frage noch offen ist: <b>{ $reminder }</b>.
    Tippe unten, um das zu ändern. /settime ändert die Uhrzeit der Frage, /language die Sprache, /pause legt eine Pause ein.
ci-reminder-hours = { $hours } Std. nach der Frage
ci-reminder-off = aus
ci-reminder-before-quiet = um { $time } (vor deinen Ruhezeiten)
ci-reminder-none-quiet = keine: deine Frage liegt zu nah an deinen Ruhezeiten
ci-reminder-none-late = keine: deine Frage liegt zu nah am Tagesende
ci-reminder-void-quiet = Das ändert nichts: Deine Frage liegt zu nah an deinen Ruhezeiten für eine Erinnerung. Ändere unten die Ruhezeiten oder mit /settime die Uhrzeit der Frage.
ci-reminder-void-late = Das ändert nichts: Deine Frage liegt zu nah am Tagesende für eine Erinnerung. /settime ändert ihre Uhrzeit.
ci-reminder-void-same = Das ändert nichts: Wegen deiner Ruhezeiten kommt die Erinnerung weiterhin um { $time }.
quiet-moved = { $chosen } liegt in deinen Ruhezeiten ({ $from }–{ $to }), darum kommt die Frage stattdessen um { $to }. /settings ändert die Ruhezeiten.
ci-btn-reminder-hours = { $hours } Std.
ci-btn-reminder-off = Keine Erinnerung
ci-settings-saved = Gespeichert

## Datenrechte: /privacy, /export, /delete, Aufbewahrung, Flut-Schutz (Issue #8)

privacy-statement =
    <b>Deine Daten und dein Datenschutz</b>

    <b>Was ich über dich speichere</b>
    • deine Telegram-Nutzer-ID, deine Sprache und das Datum deiner Einwilligung;
    • deinen Versuchsplan, samt früheren Fassungen, wenn du ihn änderst;
    • deine täglichen Antworten: Schmerz, deinen Alltagswert, Sitzungen, Körperreaktionen, Notizen und Änderungen an anderer Behandlung — und den alten Wert, wenn du etwas korrigierst;
    • deine Antworten zu Warnzeichen, aufgetretene Warnzeichen und was du dazu geantwortet hast;
    • Uhrzeit und Zeitzone deiner täglichen Frage, Pausen, deine Erinnerungseinstellung, welche Zusammenfassungen verschickt wurden und die Ergebnisse abgeschlossener Blöcke;
    • während einer nicht abgeschlossenen Einrichtung: deine bisherigen Antworten (höchstens 60 Tage) und die Nachrichten des aktuellen Schritts, die Telegram mit deinem Namen schickt (höchstens 30 Tage).
    Darüber hinaus speichere ich keinen Namen, Benutzernamen, keine Telefonnummer, Fotos, Sprachnachrichten oder Standorte. Zusammenfassungen und Diagramme berechne ich bei Bedarf aus deinen Antworten. Die Protokolle enthalten keine Antworten — nur IDs, Zeiten und Fehlerarten.

    <b>Wer sie sieht:</b> niemand. Sie bleiben in der eigenen Datenbank dieses Bots, werden <b>nie weitergegeben</b>, nie verkauft und nie für Werbung oder Forschung verwendet. Kein Mensch liest sie.
    <b>Wie lange:</b> { $retention }
    <b>Deine Kontrolle:</b> /export schickt dir alles als zwei Dateien (eine Tabelle und eine JSON-Datei); /delete löscht alles, nachdem du es bestätigt hast.
    { $consent ->
        [none] <b>Einwilligung:</b> noch nicht erteilt. Bis du zustimmst, speichere ich nur die Sprache, falls du eine mit /language gewählt hast (höchstens 30 Tage lang).
       *[other] <b>Einwilligung:</b> erteilt am { $consent } (volljährig, mit Speicherung einverstanden).
    }
    <i>Telegram selbst speichert diesen Chat auf seinen eigenen Servern; du kannst ihn dort jederzeit leeren.</i>

    { -not-medical }

data-nothing-stored = Ich habe nichts über dich gespeichert — es gibt also nichts zu exportieren oder zu löschen.
data-only-language-stored = Ich habe nichts über dich gespeichert außer der Sprache, die du mit /language gewählt hast (höchstens 30 Tage lang, solange du keinem Versuch zustimmst) — es gibt also nichts zu exportieren. /delete löscht auch die Sprachwahl.
delete-language-done = Erledigt: Die gewählte Sprache war das Einzige, was ich über dich gespeichert hatte, und sie ist jetzt gelöscht.

export-caption-csv = Deine täglichen Einträge ({ $count ->
        [one] ein Tag
       *[other] { $count } Tage
    }) als kommagetrennte Datei (CSV) mit Punkt als Dezimalzeichen. Zeigt deine Tabellenkalkulation alles in einer Spalte, importiere die Datei stattdessen (in Excel: Daten → Aus Text/CSV) und wähle das Komma als Trennzeichen und den Punkt als Dezimaltrennzeichen.
export-caption-json = Alles Übrige: Profil, Planfassungen, Antworten zu Warnzeichen und deine Zahlen aus den Zusammenfassungen.
export-summary-note = Die Zahlen deines Berichts mit Stand { $asOf } (während des Blocks das Exportdatum, danach das Blockende oder der Tag, an dem du ihn beendet hast), Schmerz auf der Skala 0-100, die nicht gezählten Übergangstage eines späteren Blocks ausgelassen. „calendar“ ist der Kalender deines Plans (geplantes Blockende: { $blockEnd }); „weeks“ und „lastWeek“ der Entscheidung reichen bis { $asOf }. Ein Vorher-Nachher-Vergleich einer einzelnen Person, keine kontrollierte Studie.
export-caption-pdf = Der einseitige Bericht für Ärztin oder Arzt (PDF), wie bei /report.
export-done =
    📦 Das ist alles, was ich über dich gespeichert habe.
    Bewahre die Dateien gut auf — sie enthalten Gesundheitsdaten. Mit /delete löschst du hier alles.

delete-confirm-question =
    ⚠️ <b>Alle deine Daten löschen?</b>
    Damit entferne ich alles, was ich über dich gespeichert habe: { $entries ->
        [0] { $plan ->
                [yes] deinen Plan mit seinen früheren Fassungen, deine Antworten zu Warnzeichen, deine tägliche Frage und eine angefangene Einrichtung — tägliche Einträge gibt es noch keine
               *[no] deine Einwilligung, etwaige Antworten zu Warnzeichen und eine angefangene Einrichtung — einen Plan und tägliche Einträge gibt es noch nicht
            }
        [one] deinen Plan mit seinen früheren Fassungen, deinen einen täglichen Eintrag, deine Notizen, deine Antworten zu Warnzeichen, deine tägliche Frage und eine angefangene Einrichtung
       *[other] deinen Plan mit seinen früheren Fassungen, deine { $entries } täglichen Einträge, deine Notizen, deine Antworten zu Warnzeichen, deine tägliche Frage und eine angefangene Einrichtung
    }. { $plan ->
        [yes] Danach schicke ich dir keine Fragen mehr. Das lässt sich nicht rückgängig machen.
       *[no] Das lässt sich nicht rückgängig machen.
    }
    Wenn du eine Kopie möchtest, schick vorher /export. Diese Frage läuft in 10 Minuten ab.
btn-delete-confirm = 🗑 Ja, alles löschen
btn-delete-cancel = Nein, Daten behalten
delete-cancelled = Nichts wurde gelöscht — deine Daten sind noch da.
delete-expired = Diese Löschanfrage ist abgelaufen, es wurde nichts gelöscht. Schick /delete, um neu zu fragen.
delete-done =
    ✅ Erledigt: Alles, was ich über dich gespeichert hatte, ist gelöscht, und ich schicke dir keine Fragen mehr.
    Der Chat selbst bleibt in Telegram — dort kannst du ihn leeren. Wenn du irgendwann neu anfangen willst, schick einfach /start.

flood-slow-down = 🐢 Das sind gerade sehr viele Nachrichten in wenigen Sekunden. Ich lese sie weiter der Reihe nach, antworte aber auf unverständliche erst wieder, wenn es ruhiger wird. Schick bitte eine Antwort nach der anderen.

retention-notice =
    🗓 Ein Hinweis zu deinen Daten: Dein Versuch ist schon eine Weile vorbei, deshalb lösche ich — wie versprochen — am <b>{ $date }</b> alles, was ich über dich gespeichert habe.
    Wenn du vorher eine Kopie möchtest, tipp unten oder schick /export. Willst du sofort löschen, schick /delete. Wenn du mit /plan einen neuen Block beginnst oder weiter Einträge machst, verschiebt sich das Datum nach hinten.
btn-export-now = 📦 Schick mir meine Daten

csv-col-date = Datum
csv-col-prompt-time = Fragezeit
csv-col-time-zone = Zeitzone
csv-col-pain = Schmerz
csv-col-pain-scale = Schmerzskala
csv-col-pain-0-100 = Schmerz (0-100)
csv-col-marker = Alltagswert
csv-col-marker-unit = Einheit
csv-col-session = Sitzung
csv-col-reactions = Körperreaktionen
csv-col-note = Notiz
csv-col-care-changed = andere Behandlung geändert
csv-col-late = nachgetragen
csv-col-corrected = korrigiert
csv-col-answered-at = beantwortet um (UTC)
csv-yes = ja
csv-no = nein
csv-not-measured = nicht gemessen

corrupt-notice =
    ⚠️ Ein Teil deiner gespeicherten Daten ließ sich nicht lesen ({ $what }): Er scheint beschädigt zu sein oder stammt aus einer älteren Version dieses Bots. Ich habe ihn unverändert beiseitegelegt (er ist in /export enthalten); sonst hat sich nichts geändert.
    { $plan ->
        [yes] Schick /plan, um deinen Plan neu einzurichten.
       *[other] Falls etwas fehlt, kannst du mit /checkin die letzten Tage noch einmal eintragen.
    }
corrupt-what-plan = dein Plan
corrupt-what-entries = ein täglicher Eintrag
corrupt-what-profile = deine Einstellungen und Einwilligung
corrupt-what-draft = deine angefangene Einrichtung
corrupt-what-other = einige gespeicherte Antworten

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
    • neue Schmerzen nach einem kürzlichen Sturz, Unfall oder Schlag auf den Kopf (nicht langjährige Schmerzen von einer alten Verletzung)
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
cue-after_fall_injury = neue Schmerzen nach einem kürzlichen Sturz, Unfall oder Schlag auf den Kopf
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

    🚨 <b>{ cue-group-urgent-title }</b> — Probleme, Blase oder Darm zu kontrollieren, Taubheit im Schritt, zunehmende Schwäche oder Unsicherheit beim Gehen, Fieber mit Rückenschmerzen oder steifem Nacken, neue Schmerzen nach einem kürzlichen Sturz oder Unfall, Brustschmerzen oder Atemnot, eine geschwollene Wade, plötzliche heftige Kopfschmerzen, Gedanken, dir etwas anzutun
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
safety-source-message = Deine Nachricht erwähnt:
safety-source-button = Du hast angegeben:
safety-urgent =
    ⚠️ <b>Bitte hol dir jetzt ärztliche Hilfe.</b>
    { $intro } <b>{ $cues }</b>. Das sollte zeitnah ärztlich abgeklärt werden{ $followUp ->
        [yes] .
       *[no] {" "}— bitte warte damit nicht bis zur nächsten Massage.
    }
safety-crisis = 💛 <b>Es tut mir sehr leid, dass es dir so geht — danke, dass du es mir sagst.</b> Bitte sprich jetzt mit jemandem darüber.
safety-crisis-paused = Deine täglichen Schmerzfragen habe ich vorerst pausiert, damit sie dir nicht im Weg sind, während du dir Unterstützung holst. Wenn du mit jemandem gesprochen hast, der dir helfen kann — einer Krisenhotline, deiner Ärztin oder deinem Arzt oder dem Notruf —, tippe auf <b>Ich habe mit jemandem gesprochen</b>. Wenn ich dich falsch verstanden habe, tippe auf <b>So war das nicht gemeint</b>. /resume fragt dasselbe.
safety-crisis-note = <i>Ich bin eine automatische Stichwortprüfung, kein Mensch: Niemand liest deine Antworten in Echtzeit, bitte warte hier also nicht auf eine Antwort. Die Menschen unter den Nummern oben sind da, um dir zuzuhören und zu helfen.</i>
safety-non-urgent-line = Wenn es dringend, aber kein Notfall ist, erreichst du unter <b>{ $number }</b> ärztlichen Rat.
safety-urgent-paused = Ich habe deine { $followUp ->
        [yes] Nachbeobachtungsfragen
       *[no] täglichen Fragen
    } pausiert. Wenn du ärztlich untersucht wurdest, tippe auf <b>Ich wurde untersucht</b>. Wenn ich dich falsch verstanden habe, tippe auf <b>So war das nicht gemeint</b>. /resume fragt dasselbe.
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
safety-btn-talked = ✅ Ich habe mit jemandem gesprochen
safety-btn-seen-or-talked = ✅ Untersucht oder mit jemandem gesprochen
safety-btn-dismiss = So war das nicht gemeint
safety-btn-cleared = ✓ Ärztlich freigegeben
safety-btn-area-elsewhere = Woanders
safety-btn-setup = 📝 Plan einrichten

safety-seen =
    Danke, dass du Bescheid gibst. Deine täglichen Fragen starten wieder mit der nächsten.
    Wenn du ärztlichen Rat zur Massage bekommen hast, halte dich bitte daran — mit /plan änderst du den Plan. Wenn sich etwas ändert oder dich beunruhigt, wende dich wieder an eine Ärztin oder einen Arzt.
safety-talked =
    Danke, dass du Bescheid gibst — gut, dass du dir Unterstützung geholt hast. Deine täglichen Fragen starten wieder mit der nächsten.
    Wenn die Gedanken wiederkommen oder stärker werden, wende dich bitte gleich wieder an jemanden: eine Krisenhotline, deine Ärztin oder deinen Arzt oder den Notruf.
safety-dismissed = Danke — ich habe notiert, dass das nicht so gemeint war, und es von deiner Liste der Warnzeichen genommen.
safety-dismissed-resumed = Deine täglichen Fragen laufen weiter wie bisher.
safety-dismissed-still-paused = Ein anderer dringender Punkt ist noch offen, deshalb bleiben deine täglichen Fragen pausiert. /resume fragt danach.
safety-own-pause-on = Deine eigene Pause (/pause) läuft noch — die täglichen Fragen kommen erst wieder, wenn du /resume sendest.
safety-dismissed-followup = Wenn dich doch etwas beunruhigt, wende dich bitte an eine Ärztin oder einen Arzt.
safety-screen-dismissed = Danke — ich habe notiert, dass das nicht so gemeint war. Tippe unten, um deinen Plan einzurichten.
safety-screen-seen = Danke, dass du Bescheid gibst. Wenn du ärztlichen Rat zur Massage bekommen hast, halte dich bitte daran, und wenn sich etwas ändert oder dich beunruhigt, wende dich wieder an eine Ärztin oder einen Arzt. Machen wir mit der Einrichtung dort weiter, wo wir angehalten haben.
safety-screen-talked = Danke, dass du Bescheid gibst — gut, dass du dir Unterstützung geholt hast. Wenn die Gedanken wiederkommen oder stärker werden, wende dich bitte gleich wieder an jemanden: eine Krisenhotline, deine Ärztin oder deinen Arzt oder den Notruf. Machen wir mit der Einrichtung dort weiter, wo wir angehalten haben.
safety-screen-seen-plan = Danke, dass du Bescheid gibst. Dein Plan ist schon eingerichtet, daher ändert sich sonst nichts. Wenn sich etwas ändert oder dich beunruhigt, wende dich wieder an eine Ärztin oder einen Arzt.
safety-already-answered = Das ist schon beantwortet — es wurde nichts geändert.
safety-resume-question =
    Deine täglichen Fragen sind pausiert. Grund: <b>{ $cues }</b> ({ $date }). Wurdest du inzwischen ärztlich untersucht?
    Wenn ich dich falsch verstanden habe, tippe auf <b>So war das nicht gemeint</b>.
safety-resume-question-crisis =
    Deine täglichen Fragen sind pausiert. Grund: <b>{ $cues }</b> ({ $date }). Konntest du inzwischen mit jemandem sprechen, der dir helfen kann, etwa bei einer Krisenhotline oder deiner Ärztin oder deinem Arzt?
    Wenn ich dich falsch verstanden habe, tippe auf <b>So war das nicht gemeint</b>.
safety-resume-question-mixed =
    Deine täglichen Fragen sind pausiert. Grund: <b>{ $cues }</b> ({ $date }). Wurdest du inzwischen ärztlich untersucht, oder konntest du mit jemandem sprechen, der dir helfen kann, etwa bei einer Krisenhotline?
    Wenn ich dich falsch verstanden habe, tippe auf <b>So war das nicht gemeint</b>.

safety-overview =
    <b>Auf welche Warnzeichen ich achte</b>
    Bei der Einrichtung frage ich einmal danach. Danach öffnet der Knopf <b>Neues Symptom</b> bei jedem Check-in diese Liste, und ich durchsuche deine Check-in-Notizen nach diesen Stichworten.

    🚨 <b>{ cue-group-urgent-title }</b>
    { $urgent }
    → Ich sage dir sofort, dass du dir Hilfe holen sollst, nenne dir die Notrufnummer (bei Gedanken, dir etwas anzutun, auch eine Krisen-Hotline) und pausiere deine täglichen Fragen, bis du mir sagst, dass du untersucht wurdest (bei Gedanken, dir etwas anzutun: dass du mit jemandem gesprochen hast) — oder dass ich dich falsch verstanden habe.

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
        [talked] mit jemandem gesprochen
        [cleared] ärztlich freigegeben
       *[active] offen
    }
safety-paused-line = ⏸ Deine täglichen Fragen sind pausiert, bis du die Frage von /resume beantwortet hast.

cue-does_not_settle = Schmerzen nach Sitzungen, die nicht wieder abgeklungen sind

## Wochenberichte, /summary, der Abschlussbericht, /endtrial und die Meldungen zu „klingt nicht ab“.
## Zahlen und Daten kommen fertig formatiert; Tageszahlen kommen als Zahl für die Pluralformen.

cmd-endtrial = Versuch vorzeitig beenden, mit Bericht

## /summary und Wochenberichte

sum-no-plan =
    Es gibt noch keinen Versuchsplan, also auch noch nichts zusammenzufassen.
    Mit /plan legst du ihn in etwa drei Minuten an; danach sammeln wir eine Ausgangswoche, und die Wochenberichte beginnen.
sum-weekly-title = 📊 <b>Dein Wochenbericht</b>
sum-sofar-title = 📊 <b>Dein Versuch bis jetzt</b> · { $date }
sum-caption = 📈 Dein Versuch bis { $date }: tägliche Schmerzwerte, Wochenmittel, deine Ausgangsspanne und die Behandlungstage.
sum-plan-line = <i>Plan: { $minutes } Min., { $perWeek }× pro Woche über { $weeks } Wochen, Druck { $pressure } · erste Behandlung { $first } · Blockende { $end }</i>
sum-week-title = <b>Woche { $n } von { $total }</b> · { $range }
sum-week-title-extension = <b>Zusatzwoche { $n }</b> · { $range } — dein Block wurde verlängert um { $reason ->
        [wash-in] die ersten Tage des neuen Plans, die nicht gezählt werden
        [both] die pausierten Tage und die ersten Tage des neuen Plans, die nicht gezählt werden
       *[paused] die pausierten Tage
    }
sum-so-far = <i>(bis jetzt)</i>
sum-earlier-weeks = <b>Frühere Wochen</b> (Schmerz auf deiner Skala 0-{ $scale }, Änderung zur Ausgangswoche in Punkten; minus = weniger Schmerz):
sum-week-compact = W{ $n } ({ $range }): Schmerz { $mean } ({ $days }/{ $total } Tage{ $aside }), { $change } · Behandlungen { $done }/{ $planned } · { $status }
sum-days-paused = { $n } pausiert
sum-days-wash-in = { $n ->
        [one] 1 Übergangstag
       *[other] { $n } Übergangstage
    } nicht gezählt
sum-pain-line = Schmerz: im Mittel <b>{ $mean }</b>/{ $scale }, aus { $days } von { $total } Tagen{ $aside }
sum-pain-none = Schmerz: diese Woche noch keine Werte (0 von { $total } Tagen{ $aside }).
sum-pct = ({ $value } %)
sum-change-better = ↘ { $points } besser als deine Ausgangswoche { $pct }
sum-change-worse = ↗ { $points } schlechter als deine Ausgangswoche { $pct }
sum-change-same = → etwa wie in deiner Ausgangswoche
sum-marker-line = { $marker }: im Mittel <b>{ $mean }</b> (an { $days ->
        [one] einem Tag
       *[other] { $days } Tagen
    })
sum-marker-recalled = { $marker }: <b>{ $mean }</b> (aus der Erinnerung)
sum-marker-none = { $marker }: für diesen Zeitraum keine Werte eingetragen.
sum-marker-no-baseline = Noch kein Ausgangswert zum Vergleichen.
sum-marker-better = ↗ um { $amount } besser als dein Ausgangswert von { $base }
sum-marker-worse = ↘ um { $amount } schlechter als dein Ausgangswert von { $base }
sum-marker-same = → etwa wie dein Ausgangswert von { $base }
sum-marker-fallback = Dein täglicher Messwert
sum-sessions = Behandlungen: { $done } von { $planned } geplanten
sum-reactions = Reaktionen nach Behandlungen: { $list }
sum-reactions-none = Reaktionen nach Behandlungen: keine gemeldet
sum-reaction-count = { $reaction } ×{ $count }
sum-reaction-soreness = Muskelkater
sum-reaction-stiffness = Steifheit
sum-reaction-temp_pain = vorübergehend stärkere Schmerzen
sum-reaction-nausea = Übelkeit
sum-reaction-lightheaded = Benommenheit
sum-reaction-other = etwas anderes
sum-status-on_track = ✅ <b>Auf gutem Weg</b>
sum-status-worth_a_look = ⚠️ <b>Genauer hinschauen</b>
sum-status-too_early = ⏳ <b>Noch zu früh</b>
sum-rule-few_days = diese Woche gibt es nur an { $days ->
        [one] einem Tag
       *[other] { $days } Tagen
    } einen Schmerzwert; für eine Aussage braucht es mindestens { $min }.
sum-rule-no_baseline = es gibt noch kein Mittel aus der Ausgangswoche zum Vergleichen.
sum-rule-unsettled_cue = die Schmerzen nach den Behandlungen sind diese Woche nicht wieder abgeklungen (dazu hast du eine eigene Nachricht bekommen).
sum-rule-likely_better = diese Woche ist wahrscheinlich um ein Maß besser als deine Ausgangswoche, auf das es ankommt (Chance { $chance }).
sum-rule-likely_worse = diese Woche ist wahrscheinlich um ein Maß schlechter als deine Ausgangswoche, auf das es ankommt (Chance { $chance }). Wenn das so bleibt, sprich mit deiner Therapeutin oder deinem Therapeuten oder einer Ärztin bzw. einem Arzt.
sum-rule-not_clear = dein Wochenmittel liegt { $points } { $direction } als deine Ausgangswoche; bei normalen Schwankungen ist das noch in keine Richtung klar.
change-about = etwa { $amount } { $direction }
change-about-same = etwa gleich
sum-rule-not_clear-same = dein Wochenmittel liegt etwa auf der Höhe deiner Ausgangswoche; bei normalen Schwankungen ist das noch in keine Richtung klar.
sum-baseline-pain = Schmerz: im Mittel <b>{ $mean }</b>/{ $scale } aus { $days } von { $total } Tagen{ $aside } (Spanne { $low }–{ $high })
sum-baseline-title = { $previous ->
        [0] <b>Ausgangswoche</b> (vor der ersten Behandlung, { $range })
       *[other] <b>Ausgangswoche</b>: die letzte Woche von Block { $previous } ({ $range })
    }
sum-baseline-no-pain = Schmerz: noch keine Werte aus der Ausgangswoche.
sum-baseline-recalled = <b>Ausgangswert</b> (aus der Erinnerung): Schmerz <b>{ $pain }</b>/{ $scale } — schwächere Grundlage als tägliche Werte.
sum-baseline-short = <i>Deine Ausgangswoche: { $mean }/{ $scale } { $recalled ->
        [yes] (aus der Erinnerung)
       *[no] aus { $days ->
        [one] einem Tag
       *[other] { $days } Tagen
    }
    }.</i>
sum-baseline-missing = <i>Es gibt noch kein Mittel aus der Ausgangswoche, deshalb kann ich diese Woche nicht damit vergleichen.</i>
sum-baseline-later-block = <i>In Block { $block } ist „deine Ausgangswoche“ die 7 Tage vor seinem Beginn ({ $range }), also das Ende von Block { $previous }: Dieser Block wird daran gemessen, wo der letzte dich gelassen hat. Der Abschlussbericht vergleicht ihn auch mit deiner ursprünglichen Ausgangswoche.</i>
sum-recalled-note = <i>Hinweis: Dein Ausgangswert stammt aus der Erinnerung und nicht aus täglichen Einträgen. Jeder Vergleich damit ist deshalb weniger belastbar.</i>
sum-dose-change = Planänderung ab { $date }: { $list }
sum-dose-minutesPerSession = Dauer { $from } → { $to } Min.
sum-dose-sessionsPerWeek = Behandlungen pro Woche { $from } → { $to }
sum-dose-weekdays = Tage { $from } → { $to }
sum-dose-pressure = Druck { $from } → { $to }
sum-no-fixed-days = keine festen Tage
sum-next-week = Woche { $n } beginnt am { $date }.
sum-next-final = Das war die letzte Woche des Blocks — dein Abschlussbericht folgt.
sum-withdrawal-running = ⏸ <b>Die 2-wöchige Prüfung ohne Massage läuft bis { $wdEnd }.</b> Ihr Bericht kommt am { $report }; bis dahin geht die tägliche Frage weiter.
sum-followup-running = 📅 <b>Nachbeobachtung:</b> Die nächste Frage kommt am { $next }.
sum-in-baseline = Du bist an Tag { $day } von 7 deiner Ausgangswoche. Die erste Behandlung ist am { $first }; ab dann vergleiche ich jede Woche mit dieser Ausgangswoche.
sum-final-pointer = <code>/summary final</code> zeigt den Abschlussbericht (bis { $end } als Zwischenstand).
sum-block-over = Der Block ist am { $end } zu Ende gegangen. <code>/summary final</code> zeigt den Abschlussbericht.
sum-ended-note = Du hast den Versuch am { $date } beendet. <code>/summary final</code> zeigt den Bericht zu deinen Daten.
sum-stopped-note = Der Block endete am { $date } mit dem Sicherheitsstopp: Die Schmerzen nach den Behandlungen sind zweimal nicht abgeklungen, deshalb habe ich geraten, die Behandlungen auszusetzen und dich untersuchen zu lassen. <code>/summary final</code> zeigt den Bericht zu deinen Daten.
sum-footer = <i>Das sind deine eigenen Vorher-nachher-Werte. Sie zeigen, was sich verändert hat, nicht warum.</i>
sum-need-days =
    📊 Für einen Bericht brauche ich mindestens { $min } Tage mit Schmerzwert, bisher { $days ->
        [one] habe ich einen Tag
       *[other] habe ich { $days } Tage
    }.
sum-missing-days = Tage der letzten Woche ohne Schmerzwert: { $list }.
sum-baseline-running = Deine Ausgangswoche läuft { $range }. Je mehr dieser Tage du einträgst, desto klarer wird der spätere Vergleich; die erste Behandlung ist am { $first }.
sum-baseline-not-started = Deine Ausgangswoche beginnt am { $start } (die erste Behandlung ist am { $first }). Ab dann frage ich dich jeden Tag.
sum-how-to-add = Mit /checkin trägst du heute ein und kannst einen verpassten Tag nachholen.

## Die Grafik (reiner Text, er wird ins Bild gezeichnet)

chart-title = Dein Massage-Versuch
chart-subtitle = { $minutes } Min. × { $perWeek } pro Woche · { $range }
chart-pain-axis = Schmerz (0-{ $scale })
chart-marker-axis = { $marker } ({ $unit }, { $direction })
chart-daily-pain = Schmerz pro Tag
chart-weekly-mean = Wochenmittel
chart-baseline-band = Spanne der Ausgangswoche
chart-baseline-recalled = Ausgangswert (erinnert)
chart-session-day = Behandlungstag
chart-marker = Täglicher Messwert
chart-baseline-week = Ausgang
chart-week = W{ $n }
chart-no-data = Noch keine Werte

## Abschlussbericht

rep-title-final = 🏁 <b>Abschlussbericht</b> · { $range } ({ $weeks } Wochen)
rep-title-interim = 🕒 <b>Zwischenstand</b> — dein Block läuft bis { $end }. Hier fließen deine Daten bis { $asOf } ein, es ist also noch nicht das Endergebnis.
rep-title-ended = 🏁 <b>Bericht zu deinen bisherigen Daten</b> — du hast den Versuch am { $date } beendet, vor dem geplanten Ende ({ $end }).
rep-outcome-improved = 📈 <b>Deine Werte haben sich verbessert:</b> Sowohl dein Schmerz als auch „{ $marker }“ sind wahrscheinlich um ein Maß besser, auf das es ankommt.
rep-outcome-partial-pain = ↔️ <b>Gemischtes Ergebnis:</b> Dein Schmerz ist wahrscheinlich um ein Maß besser, auf das es ankommt; „{ $marker }“ ist nicht klar besser.
rep-outcome-partial-marker = ↔️ <b>Gemischtes Ergebnis:</b> „{ $marker }“ ist wahrscheinlich um ein Maß besser, auf das es ankommt; dein Schmerz ist nicht klar besser.
rep-outcome-no_go = ➖ <b>Deine Werte haben sich in diesem Block nicht genug verbessert</b> — es ist unwahrscheinlich, dass dein Schmerz oder „{ $marker }“ um ein Maß besser wurde, auf das es ankommt.
rep-outcome-not_enough_data = ❔ <b>Für eine Einschätzung dieses Blocks gibt es zu wenige Daten.</b>
rep-outcome-stop = 🛑 <b>Setze die Behandlungen aus und lass dich ärztlich untersuchen.</b>
rep-outcome-name-improved = Werte verbessert
rep-outcome-name-partial = gemischtes Ergebnis
rep-outcome-name-no_go = keine klare Verbesserung
rep-outcome-name-not_enough_data = zu wenige Daten
rep-outcome-name-stop = aussetzen und untersuchen lassen
rep-changed = ↻ <b>Das Ergebnis hat sich geändert</b> seit dem letzten Bericht ({ $since }): vorher „{ $from }“, jetzt „{ $to }“. Nachgetragene oder korrigierte Einträge verändern die Zahlen.
rep-why-title = <b>Warum</b>
rep-why-urgent_cue = • ein dringendes Warnzeichen am { $date }: { $cue }
rep-why-settle = • die Schmerzen nach Behandlungen sind zum zweiten Mal nicht abgeklungen ({ $date })
rep-why-few_baseline_days = • nur an { $days ->
        [one] einem Tag
       *[other] { $days } Tagen
    } ein Schmerzwert in der Ausgangswoche (mindestens { $min } nötig)
rep-why-few_last_week_days = • nur an { $days ->
        [one] einem Tag
       *[other] { $days } Tagen
    } ein Schmerzwert in der letzten Woche (mindestens { $min } nötig)
rep-why-marker_not_measured = • { $marker }: nicht gemessen, daher keine Bewertung
rep-why-marker_few_values = • { $marker }: weniger als { $min } Werte vor der ersten Behandlung oder in der letzten Woche, daher keine Bewertung
rep-why-pain_meaningful = • Schmerz: wahrscheinlich um ein Maß besser, auf das es ankommt — { $about } auf deiner Skala 0-{ $scale }; die Chance auf mindestens { $mcid } ({ $source }) liegt bei { $chance }
rep-why-pain_no_benefit = • Schmerz: wahrscheinlich nicht um das Maß besser, auf das es ankommt, { $mcid } ({ $source }) — die Chance liegt bei { $chance }
rep-why-pain_inconclusive = • Schmerz: noch nicht klar — { $about }, und die Chance auf mindestens { $mcid } ({ $source }) liegt bei { $chance }
rep-why-pain_little_room = • Schmerz: Er war schon vor der ersten Behandlung niedrig, es blieb also wenig Raum für { $mcid } Verbesserung; der Schmerz wird nicht bewertet
rep-why-marker_meaningful = • { $marker }: wahrscheinlich um ein Maß besser, auf das es ankommt — { $about }; die Chance auf mindestens { $min } ({ $source }) liegt bei { $chance }
rep-why-marker_no_benefit = • { $marker }: wahrscheinlich nicht um die { $min } besser, auf die es ankommt ({ $source }) — die Chance liegt bei { $chance }
rep-why-marker_inconclusive = • { $marker }: noch nicht klar — { $about }, und die Chance auf mindestens { $min } ({ $source }) liegt bei { $chance }
rep-why-no_sessions = • in diesem Block wurde keine Behandlung eingetragen ({ $planned } waren geplant), die Zahlen sagen also nichts über Massage
rep-why-already_improving = • dein Schmerz ging schon vor der ersten Behandlung zurück, die Massage ist also vielleicht nicht der Grund für die Veränderung
rep-why-low_adherence = • nur { $done } von { $planned } geplanten Behandlungen fanden statt: Das Ergebnis gilt für diese Behandlungen, nicht für den Plan wie geplant
rep-chance-high = mehr als 9 von 10
rep-chance-low = unter 1 von 10
rep-chance-about = etwa { $n } von 10
rep-mcid-default = die Voreinstellung: { $points }, oder 30 % deines Ausgangswerts, wenn das weniger ist, aber mindestens { $floor }
rep-mcid-own = deine eigene Wahl
rep-marker-min-default = die Voreinstellung: 20 % des Ausgangswerts, mindestens 1
rep-better = besser
rep-worse = schlechter
rep-model-line = Unter Berücksichtigung von Schwankungen und eines schon vorher bestehenden Trends: in der letzten Woche { $about } (am wahrscheinlichsten zwischen { $low } und { $high })
rep-model-line-marker = Unter Berücksichtigung von Schwankungen und eines schon vorher bestehenden Trends: in der letzten Woche { $about } (am wahrscheinlichsten zwischen { $low } und { $high })
rep-model-outside = Die einfache Veränderung oben liegt außerhalb dieses Bereichs: Der Bereich berücksichtigt auch einen Trend in deinen Tagen und den Verlauf deiner anderen Behandlungswochen, die einfachen Mittelwerte nicht. Lies dieses Ergebnis mit Vorsicht und sieh dir die Grafik gemeinsam mit deiner Ärztin oder deinem Arzt an.
rep-outcome-unclear = ❔ <b>Noch nicht klar:</b> Deine Werte können noch nicht zeigen, ob dieser Block einen Unterschied gemacht hat, auf den es ankommt.
rep-outcome-name-unclear = noch nicht klar
rep-outcome-no_go-little-room = ➖ <b>Beim Schmerz gab es nichts zu verbessern:</b> Er war schon zu Beginn niedrig, und „{ $marker }“ wurde nicht um ein Maß besser, auf das es ankommt.
rep-next-unclear-extend = <b>Wie weiter:</b> Eine Verlängerung des Blocks um { $weeks ->
        [one] 1 Woche
       *[other] { $weeks } Wochen
    } würde es wahrscheinlich klären (ein Tipp unten). Der stärkste Test ist eine oder zwei Wochen ohne Massage, um zu sehen, ob der Schmerz zurückkommt.
rep-next-unclear-stuck = <b>Wie weiter:</b> Weitere Wochen nach demselben Muster werden das wahrscheinlich nicht klären. Der stärkste Test ist eine oder zwei Wochen ohne Massage, um zu sehen, ob der Schmerz zurückkommt — oder ändere den Plan, oder entscheide nach Kosten und Befinden.
rep-next-unclear-no-sessions = <b>Wie weiter:</b> Wenn du Massage noch testen willst, verlängere den Block und trage die Behandlungen ein — oder beginne einen neuen Block mit einem Plan, der in deine Woche passt.
rep-btn-extend-n = ➕ Block um { $weeks ->
        [one] 1 Woche
       *[other] { $weeks } Wochen
    } verlängern
rep-points-better = { $points } Punkte besser
rep-points-worse = { $points } Punkte schlechter
rep-points-same = keine Veränderung
rep-points-unknown = zu wenige Daten für einen Vergleich
rep-why-recalled_baseline = • dein Ausgangswert stammt aus der Erinnerung: schwächere Grundlage und kein Überlappungswert
rep-numbers-title = <b>Die Zahlen</b> (dein Hauptziel: { $goal })
rep-pain-title = <u>Schmerz</u> (0-{ $scale }, niedriger ist besser)
rep-pain-line = Ausgangswoche { $base } ({ $bdays } Tage) → letzte Woche { $last } ({ $ldays } Tage)
rep-pain-line-recalled = Erinnerter Ausgangswert { $base } → letzte Woche { $last } ({ $ldays } Tage)
rep-pain-missing = Ausgangswoche { $base } ({ $bdays } Tage) → letzte Woche { $last } ({ $ldays } Tage): zu wenig für einen Vergleich.
rep-pain-latest-week = Der kurze Bericht vergleicht die Ausgangswoche mit Woche { $n } ({ $range }), der letzten Woche mit Werten: { $last } ({ $days ->
        [one] 1 Tag
       *[other] { $days } Tage
    }).
rep-size-none = keine bedeutsame Veränderung (unter 10 %)
rep-size-minimal = eine geringe Verbesserung (10-29 %)
rep-size-moderate = eine mittlere Verbesserung (30-49 %, in Studien „deutlich gebessert“)
rep-size-substantial = eine große Verbesserung (50 % oder mehr)
rep-size-worse = schlechter als vorher
rep-size-points-only = (Ausgangswert 0: nur Punkte)
rep-nap = Überlappung: { $share ->
        [10] In fast jedem Tagespaar
       *[other] In etwa { $share } von 10 Tagespaaren
    } war der Tag der letzten Woche besser als der Tag der Ausgangswoche — { $label }
rep-nap-none = keine klare Verschiebung (5 von 10 hieße: keine Verschiebung)
rep-nap-worse = eine Verschiebung hin zu schlechteren Tagen
rep-nap-moderate = eine mittlere Verschiebung
rep-nap-strong = eine starke Verschiebung
rep-nap-recalled = Überlappungswert: wird bei einem erinnerten Ausgangswert nicht berechnet.
rep-marker-title = <u>{ $marker }</u> ({ $direction })
rep-marker-line = Ausgangswoche { $base } → letzte Woche { $last }
rep-marker-change-enough = { $change } in die gute Richtung — mindestens die { $min }, die zählen ({ $source })
rep-marker-change-short = { $change } in die gute Richtung — weniger als die { $min }, die zählen ({ $source })
rep-marker-change-plain-only = { $change } in die gute Richtung — die einfachen Mittelwerte erreichen die { $min }, die zählen ({ $source }), aber unter Berücksichtigung von Schwankungen ist das wahrscheinlich nicht erreicht (siehe „Warum“)
rep-marker-change-model-only = { $change } in die gute Richtung — nach den einfachen Mittelwerten weniger als die { $min }, die zählen ({ $source }), aber unter Berücksichtigung von Schwankungen und eines Trends ist das wahrscheinlich erreicht (siehe „Warum“)
rep-sessions-unknown = Behandlungen: in dieser Datei nicht erfasst
rep-marker-missing = Ausgangswoche { $base } → letzte Woche { $last }: zu wenige Werte für einen Vergleich.
rep-sessions = Behandlungen: { $done } von { $planned } geplanten
rep-next-improved = <b>Wie weiter:</b> Mach weiter, wenn es dir die Zeit und das Geld wert ist. Wenn du zusätzlich trainierst oder zur Physiotherapie gehst, bleib dabei — deren Wirkung hält meist länger an. Prüfe deine Werte nach dem nächsten Block erneut.
rep-next-partial = <b>Wie weiter:</b> Ändere für einen weiteren Block eine Sache — Technik, Druck, Dauer oder Abstände — oder wäge ab, ob das Ergebnis die Kosten wert ist.
rep-next-no_go = <b>Wie weiter:</b> Kein weiterer Block nach demselben Muster. Ändere entweder den Plan (Technik oder Dosis) oder wechsle zu einer anderen Möglichkeit, etwa Bewegungstherapie oder Physiotherapie.
rep-next-not_enough_data = <b>Wie weiter:</b> Verlängere den Block um eine Woche, um genug Tage zu sammeln, oder bewerte ihn im Wissen, dass die Zahlen dünn sind.
rep-next-stop = <b>Wie weiter:</b> Setze die Behandlungen aus und geh zu einer Ärztin oder einem Arzt, bevor du irgendetwas anderes entscheidest.
rep-cost = <b>Kosten:</b> { $spent } für { $sessions } Behandlungen, also { $perPoint } pro Punkt Schmerzverbesserung auf deiner Skala 0-{ $scale }.
rep-cost-alternative = Auf einen Monat gerechnet sind das etwa { $perMonth }, im Vergleich zu { $alternative } pro Monat für deine Alternative.
rep-blocks-title = <b>Im Vergleich mit früheren Blöcken</b>
rep-blocks-original = Deine ursprüngliche Ausgangswoche ({ $range }): { $base }/{ $scale } → letzte Woche { $now }/{ $scale } ({ $change } Punkte besser)
rep-blocks-previous = Vorheriger Block ({ $range }, Ergebnis: { $outcome }): letzte Woche { $last }/{ $scale } → jetzt { $now }/{ $scale }
rep-cues-title = <b>Notierte Warnzeichen</b> (außer beim Ergebnis „aussetzen und untersuchen lassen“ ändern sie es nicht; sprich sie bitte bei deiner Ärztin oder deinem Arzt an):
rep-cue-line = • { $date }: { $cue }{ $area } — { $group }
rep-cue-group-urgent = brauchte sofort ärztliche Hilfe
rep-cue-group-no_massage_area = dort keine Massage bis zur ärztlichen Freigabe
rep-cue-group-see_clinician = ärztlich abklären lassen
rep-cue-settle-sessions = • { $date }: die Schmerzen nach zwei Behandlungen hintereinander sind nicht abgeklungen ({ $ordinal }. Mal)
rep-cue-settle-weeks = • { $date }: zwei Wochen hintereinander, in denen dein Schmerz wahrscheinlich um ein Maß schlechter war als in der Ausgangswoche, auf das es ankommt ({ $ordinal }. Mal)
rep-cues-none = Es wurden keine Warnzeichen notiert. Das heißt nur, dass keine gemeldet wurden — nicht, dass alles in Ordnung ist.
rep-evidence =
    <b>Was Studien sagen</b> (Hintergrund, nicht über dich):
    • In zusammengefassten Studien senkte Massage den Schmerz um etwa { $none } (auf einer Skala 0-{ $scale }) im Vergleich zu keiner Behandlung und um etwa { $sham } im Vergleich zu einer Scheinbehandlung, aber nur um etwa { $active } im Vergleich zu anderen aktiven Behandlungen wie Physiotherapie oder Bewegungstraining.
    • Nach 6 Monaten schnitten bei Muskel- und Gelenkschmerzen die aktiven Vergleichsbehandlungen besser ab.
    • Die Vertrauenswürdigkeit dieser Ergebnisse ist überwiegend niedrig oder sehr niedrig (Übersichtsarbeiten 2018 bis 2023); sichere Schlüsse sind nicht möglich.
    • Bei chronischen Kreuzschmerzen nennen Leitlinien Massage bei akuten oder subakuten Schmerzen, aber nicht unter den empfohlenen Behandlungen für chronische Schmerzen: höchstens als Ergänzung, nie als erste Wahl.
rep-caveat = <i>Hier werden deine eigenen Werte vor und während eines Blocks verglichen; das ist keine kontrollierte Studie. Eine Veränderung kann auch von natürlichen Schwankungen kommen, davon, dass du in einer schlechten Phase angefangen hast (Schmerzen lassen nach einem Höhepunkt oft von selbst nach), oder von der Zuwendung und Berührung selbst.</i>
rep-clinician = 🩺 <b>Besprich das bitte mit deiner Ärztin oder deinem Arzt.</b> Die Entscheidung triffst du, gemeinsam mit ihr oder ihm.
rep-clinician-short = 🩺 Besprich das bitte mit deiner Ärztin, deinem Arzt oder deiner Therapeutin bzw. deinem Therapeuten.
rep-btn-block = 🔁 Weiterer Block mit Änderungen
rep-btn-extend = ➕ Um eine Woche verlängern
rep-btn-end = 🏁 Versuch beenden
rep-extended = Erledigt — der Block hat jetzt { $weeks } Wochen und endet am { $end }. Dein Abschlussbericht kommt am { $report }.
rep-extended-paused = Nach dem Ende des Blocks kam keine tägliche Frage mehr ({ $dates }). { $days ->
        [one] Dieser Tag zählt als Pause, nicht als verpasst, und wird
       *[other] Diese { $days } Tage zählen als Pause, nicht als verpasst, und werden
    } ans Ende des Blocks angehängt; die zusätzliche Zeit beginnt also heute.
rep-extended-today = Der heutige Tag gehört jetzt zum Block, deshalb kommt hier die heutige Frage.
rep-extend-max = Der Block hat schon 20 Wochen, mehr kann ich nicht begleiten. Du kannst stattdessen einen weiteren Block mit Änderungen beginnen oder den Versuch beenden.
rep-stale = Dieser Knopf gehört zu einem älteren Bericht; dein Plan hat sich seitdem geändert. <code>/summary final</code> zeigt den aktuellen.
rep-extend-not-offered = Verlängern hieße mehr vom Gleichen, und nach einem Block ohne klare Verbesserung ist das nicht zu empfehlen — der Block bleibt daher, wie er ist. Beginne einen weiteren Block mit geändertem Plan oder beende den Versuch: <code>/summary final</code> zeigt den Bericht mit diesen Möglichkeiten.
rep-stop-no-more = Dieser Block endete mit einem Stopp, deshalb verlängere ich ihn nicht und plane von hier aus keinen weiteren Block: Bitte geh zuerst zu einer Ärztin oder einem Arzt. Wenn sie zustimmen, dass du mit Massage weitermachen kannst, richtest du mit /plan einen neuen Plan ein.
rep-withdrawal-first = Eine zweiwöchige Probe ohne Massage läuft bis { $end }; ihr Bericht kommt zuerst, am { $report }. Danach zeigt <code>/summary final</code> wieder deine Möglichkeiten.
rep-block-intro = Planen wir den nächsten Block. Er beginnt am { $date }; als Ausgangswoche dient die Woche davor, und sein Bericht vergleicht ihn auch mit deiner ursprünglichen Ausgangswoche. Ändere, was du anders ausprobieren möchtest — zuerst kommt die Dosis — und bestätige dann den Plan.
rep-ended = Dein Versuch ist beendet, die täglichen Fragen hören auf. Danke, dass du so sorgfältig gemessen hast.
rep-ended-withdrawal = Dein Versuch ist beendet. Danke, dass du so sorgfältig gemessen hast. Die zweiwöchige Probe ohne Massage läuft noch bis { $wdEnd }: Ihre tägliche Frage geht bis dahin weiter, und ihr Bericht kommt am { $report }.

## /endtrial

endtrial-confirm = Möchtest du deinen Versuch jetzt beenden? Die täglichen Fragen hören dann auf, und du bekommst einen Bericht zu deinen bisherigen Daten. (Geplant war der Block bis { $end }.)
endtrial-confirm-withdrawal = Möchtest du deinen Versuch jetzt beenden? Du bekommst einen Bericht zu deinen bisherigen Daten. Die zweiwöchige Probe ohne Massage läuft bis { $wdEnd }: Ihre tägliche Frage geht bis dahin weiter, und ihr Bericht kommt trotzdem am { $report }. (Der Block lief bis { $end }.)
endtrial-btn-yes = Ja, jetzt beenden
endtrial-btn-no = Nein, weitermachen
endtrial-kept = Gut — dein Versuch läuft wie geplant weiter.
endtrial-already = Du hast deinen Versuch bereits am { $date } beendet. <code>/summary final</code> zeigt den Bericht dazu.
endtrial-done = Dein Versuch ist beendet, die täglichen Fragen hören auf. Hier ist der Bericht zu deinen bisherigen Daten.
endtrial-done-withdrawal = Dein Versuch ist beendet. Die zweiwöchige Probe ohne Massage läuft bis { $wdEnd }: Ihre tägliche Frage geht bis dahin weiter, und ihr Bericht kommt am { $report }. Hier ist der Bericht zu deinen bisherigen Daten.

## Meldungen zu „klingt nicht ab“

unsettled-first-title = ⚠️ <b>Die Schmerzen nach den Behandlungen klingen nicht ab</b>
unsettled-sessions = Nach deinen Behandlungen am { $dates } lag dein Schmerz am nächsten Behandlungstag bzw. drei Tage später immer noch mindestens { $rise } Punkte (auf deiner Skala 0-{ $scale }) über dem Wert vor der Behandlung. Ein, zwei Tage Muskelkater sind normal; das hier ist mehr.
unsettled-weeks = Zwei Wochen hintereinander (Wochen { $a } und { $b }) war dein Schmerz wahrscheinlich um ein Maß schlechter als in deiner Ausgangswoche, auf das es ankommt — mehr, als normale Schwankungen erklären.
unsettled-first-advice = <b>Vorschlag:</b> Bitte deine Therapeutin oder deinen Therapeuten für die nächsten Behandlungen um weniger Druck oder eine kürzere Behandlung und sprecht gemeinsam darüber. Wenn das noch einmal passiert, schlage ich vor, die Behandlungen auszusetzen und dich untersuchen zu lassen. Wenn die Schmerzen stark sind oder neue Beschwerden dazukommen, wende dich jetzt an eine Ärztin oder einen Arzt.
unsettled-stop-title = 🛑 <b>Behandlungen aussetzen und untersuchen lassen</b>
unsettled-stop-body = Die Schmerzen nach den Behandlungen sind zum zweiten Mal nicht abgeklungen ({ $date }). Bitte setze die Massagen aus und lass dich ärztlich untersuchen, bevor du weitermachst. Das ist das Ergebnis „aussetzen und untersuchen lassen“ — ich schicke es dir jetzt, statt bis zum Ende des Blocks zu warten.
unsettled-stop-more = Dein Abschlussbericht folgt unten: Dieser Block endet mit dem Aussetzen.

## Safety pauses lengthen the block; scheduled reports wait while the trial is paused.
safety-paused-days = { $days ->
        [one] Ein Tag war pausiert
       *[other] { $days } Tage waren pausiert
    }, { $crisis ->
        [yes] bis du mit jemandem sprechen konntest
       *[no] bis du untersucht wurdest
    } — daher endet dein Block jetzt am <b>{ $end }</b> (geplant: { $planned }). Die Wochen behalten ihre Daten.
reports-held-next = 📊 Die Auswertung, die ich während der Pause zurückgehalten habe, kommt mit deiner nächsten täglichen Frage ({ $time }).

## A pause lifted after today's prompt time: today's question and the held reports come at once.
reports-held-now = 📊 Die Auswertung, die ich während der Pause zurückgehalten habe, folgt gleich im Anschluss.
resume-today-now = Die heutige Frage war um { $time } fällig, als dein Versuch noch pausiert war — deshalb bekommst du sie jetzt. Sobald du sie beantwortest, zählt der heutige Tag wie jeder andere.

cmd-method = Wie ich am Ende des Blocks entscheide
cmd-report = Einseitiger Bericht (PDF) für Ärztin/Arzt
setup-rule = 📏 <b>Wie ich am Ende des Blocks entscheide</b> (jetzt festgelegt, vor allen Daten): Ich vergleiche deine letzte Woche mit { $recalled ->
        [yes] dem Ausgangswert aus deiner Erinnerung und berücksichtige dabei normale Schwankungen (ohne erfasste Tage vor dem Start lässt sich ein Trend, der schon bestand, nicht erkennen — ein Grund, warum ein erinnerter Ausgangswert schwächer ist).
       *[no] deiner Ausgangswoche und berücksichtige dabei normale Schwankungen und einen Trend, der schon vor dem Start bestand.
    } Der Schmerz gilt als verbessert, wenn es mindestens genauso wahrscheinlich ist wie nicht (Chance: 5 von 10 oder mehr), dass er um mindestens { $mcid } besser wurde, und sehr wahrscheinlich (mehr als 9 von 10), dass er überhaupt besser wurde. Liegt die Chance auf so viel Verbesserung bei 2 von 10 oder darunter, hat es nicht genug geholfen; alles dazwischen ist „noch nicht klar“, und ich sage dir, was es klären würde. „{ $marker }“ bewerte ich genauso. /method zeigt die Einzelheiten.
setup-rule-default-mcid = { $points } auf deiner Skala 0-{ $scale }, oder 30 % deines Ausgangswerts, wenn das weniger ist, aber mindestens { $floor } (die Voreinstellung)
setup-rule-own-mcid = die { $points }, die du gewählt hast
method-rule =
    📏 <b>Wie ich entscheide</b> — festgelegt vor Beginn deines Blocks, für alle gleich.
    <b>Modell.</b> Jeder Tag mit Schmerzwert aus Ausgangswoche und Block, auf 0-100: ein Niveau, ein linearer Trend (Prior-SD 0,25 Punkte/Tag — er kann eine natürliche Besserung auffangen), eine Verschiebung im Block für jede Woche (die Wochen an eine gemeinsame Verschiebung gebunden, SD 5 Punkte zwischen den Wochen) und AR(1)-Tagesrauschen (ρ auf einem Raster 0-0,95, gewichtet danach, wie gut es passt; Lücken zwischen Tagen exakt berücksichtigt). Bayesianisch mit flachen Priors für Niveau und Verschiebung; geschlossene Form, keine Zufallssimulation. Fehlende Tage bleiben fehlend, pausierte Tage bleiben außen vor.
    <b>Effekt.</b> Die Verschiebung in der letzten Woche (die letzten 7 nicht pausierten Tage des Blocks): Median der Posterior und 95-%-Intervall.
    <b>MCID</b> (kleinste Veränderung, die zählt): deine, wenn du eine angegeben hast; sonst beim Schmerz 20 Punkte oder 30 % des Ausgangswerts (das Kleinere, mindestens 10) und beim Marker 20 % des Ausgangswerts (mindestens 1).
    <b>Urteil</b>, für Schmerz und Marker gleich: wahrscheinlich bedeutsam = P(≥ MCID) ≥ 0,5 und P(&gt; 0) ≥ 0,95; wahrscheinlich kein bedeutsamer Nutzen = P(≥ MCID) ≤ 0,2; sonst unklar, mit der Zahl zusätzlicher Wochen (höchstens 8), die es wahrscheinlich klären würden, oder ein bis zwei Wochen ohne Massage.
    <b>Ergebnis.</b> Beide wahrscheinlich bedeutsam → Werte verbessert; eines → gemischt; keines, aber eines unklar → noch nicht klar; keines → kein weiterer Block nach demselben Muster. Aussetzen: ein dringendes Warnzeichen, oder „klingt nicht ab“ zum zweiten Mal (zwei Behandlungen hintereinander, oder zwei Wochen hintereinander mit P(schlechter um ≥ MCID) ≥ 0,8).
    <b>Schranken.</b> Mindestens 5 Tage mit Schmerzwert in der Ausgangswoche und in der letzten Woche; der Marker braucht 3 Werte auf jeder Seite; keine Behandlung → nicht klar; unter 75 % der geplanten Behandlungen → wird klar gesagt; Theil-Sen-Steigung der Ausgangswoche ≤ −0,5 Punkte/Tag → „ging schon zurück“; Ausgangswert unter der MCID → „wenig Raum zur Verbesserung“.
    <b>Daneben gezeigt, nie entscheidend:</b> Δ (Mittel Ausgangswoche − Mittel letzte Woche), NAP mit 95-%-Newcombe-Intervall, Median-Differenz, Theil-Sen-Steigung der Ausgangswoche.
    Geprüft an je 1 000 simulierten Verläufen pro Szenario (kein Effekt mit und ohne Autokorrelation, natürliche Besserung, Ausgangswoche im Schub, echte Effekte).
method-yours-title = <b>Deine Zahlen</b>
method-pain = Schmerz
method-measure = <u>{ $name }</u>: Effekt (Verbesserung) { $median }, 95-%-Intervall { $low } bis { $high }; P(&gt; 0) = { $pAny }, P(≥ { $mcid }) = { $pMcid } (MCID { $mcidSource }) → { $verdict }. ρ ≈ { $rho }. NAP { $nap }, Median-Differenz { $medianDiff }, Steigung der Ausgangswoche { $slope }/Tag (positiv = Besserung).
method-measure-none = <u>{ $name }</u>: nicht bewertet — { $gate }.
method-gate-too_few_days = zu wenige Tage
method-gate-not_measured = nicht gemessen
method-gate-ok = zu wenige Daten für das Modell
method-mcid-default = Voreinstellung
method-mcid-own = deine
method-verdict-meaningful = wahrscheinlich bedeutsam
method-verdict-no_benefit = wahrscheinlich kein bedeutsamer Nutzen
method-verdict-inconclusive = unklar
method-outcome = Ergebnis bisher: { $outcome }.
method-no-data-yet = Dein Block hat noch nicht begonnen, daher gibt es noch keine Zahlen.

## Einseitiger Bericht für Ärztin/Arzt (/report): reiner Text auf einer PDF-Seite, kein HTML
report-not-yet = Der einseitige Bericht für deine Ärztin, deinen Arzt oder Therapeuten ist ab { $date } verfügbar, wenn die erste Versuchswoche vorbei ist. Bis dahin zeigt /summary deine bisherigen Zahlen.
report-caption = 📄 Einseitiger Bericht für Ärztin, Arzt oder Therapeut ({ $range }). Zum Ausdrucken oder Zeigen auf dem Handy.
report-png-caption = Dieselbe Seite als Bild.
report-failed = Der einseitige Bericht konnte gerade nicht erstellt werden. Bitte versuche /report später noch einmal.
cr-title = Massage-Versuch: selbst erfasste Ergebnisse
cr-patient = Patient/in
cr-header-who = { $name } · { $recalled ->
        [yes] Ausgangswert aus der Erinnerung
       *[no] Ausgangswoche { $baseline }
    } · Block { $block }
cr-header-who-later = { $name } · Block { $n } des Versuchs: { $block } · seine Ausgangswoche ist die letzte Woche von Block { $previous }: { $baseline }
cr-earlier = Vor Block { $n }: { $baseline } → { $blocks }.
cr-earlier-baseline = Schmerz { $base } in der ursprünglichen Ausgangswoche ({ $range }; { $days ->
        [one] 1 Tag
       *[other] { $days } Tage
    })
cr-earlier-baseline-recalled = Schmerz { $base } als ursprünglicher Ausgangswert (aus der Erinnerung)
cr-earlier-block = { $last } in der letzten Woche von Block { $n } ({ $range }, { $sessions ->
        [one] 1 Behandlung
       *[other] { $sessions } Behandlungen
    }; { $days ->
        [one] 1 Tag
       *[other] { $days } Tage
    }){ $compared ->
        [yes] : { $change } gegenüber der ursprünglichen Ausgangswoche (negativ = weniger Schmerz)
       *[no] {""}
    }
cr-header-final = Abschlussbericht: Der Block ist abgeschlossen.
cr-header-interim = Zwischenbericht: Daten bis { $asOf }; der Block läuft noch.
cr-header-ended = Der Versuch wurde am { $date } vorzeitig beendet.
cr-header-stopped = Der Block wurde am { $date } durch den Sicherheitsstopp des Bots vorzeitig beendet (Schmerzen nach den Behandlungen zweimal nicht abgeklungen): Behandlungen ausgesetzt, ärztliche Abklärung empfohlen.
cr-header-generated = Erstellt am { $date } von einem Chat-Bot aus den täglichen Angaben der Person selbst. Selbstangaben; niemand liest die Antworten in Echtzeit.
cr-plan-title = Plan
cr-plan-areas = Bereiche: { $areas }
cr-plan-dose = Dosis: { $minutes } Min., { $perWeek }× pro Woche über { $weeks } Wochen, Druck { $pressure }
cr-plan-sessions = Behandlungen: { $done } von { $planned } geplanten
cr-plan-care-none = Andere aktive Behandlung: keine
cr-plan-care = Andere aktive Behandlung: { $care }
cr-plan-care-replaces = Andere aktive Behandlung: { $care } — Massage ersetzt sie
cr-plan-care-supports = Andere aktive Behandlung: { $care } — Massage ergänzt sie
cr-plan-cost = Kosten: { $cost } pro Behandlung
cr-plan-cost-alternative = Die Alternative kostet { $cost } im Monat
cr-plan-therapist = Plan der Therapeutin/des Therapeuten: { $text }
cr-table-title = Ausgangswert und jede Woche (Mittelwerte)
cr-col-period = Zeitraum
cr-col-pain = Schmerz 0-{ $scale }
cr-col-days = Tage
cr-row-baseline = { $previous ->
        [0] Ausgangswoche { $range }
       *[other] Ausgangswoche = letzte Woche von Block { $previous }, { $range }
    }
cr-row-baseline-recalled = Ausgangswert (erinnert)
cr-row-week = Woche { $n } { $range }
cr-result-title = Ergebnis und Entscheidung
cr-effect = Schmerz (0-{ $scale }, niedriger ist besser): Ausgangswert { $previous ->
        [0] {""}
       *[other] (letzte Woche von Block { $previous }){" "}
    }{ $base } → letzte Woche { $last }: { $change }. Modellschätzung unter Berücksichtigung von Trend und täglichen Schwankungen: { $about } (95-%-Intervall { $low } bis { $high }; positiv = besser).
cr-effect-raw = Schmerz (0-{ $scale }, niedriger ist besser): Ausgangswert { $previous ->
        [0] {""}
       *[other] (letzte Woche von Block { $previous }){" "}
    }{ $base } → letzte Woche { $last }: { $change }.
cr-effect-latest = Schmerz (0-{ $scale }, niedriger ist besser): Ausgangswert { $previous ->
        [0] {""}
       *[other] (letzte Woche von Block { $previous }){" "}
    }{ $base } → { $last } in Woche { $n } ({ $range }, { $days ->
        [one] 1 Tag
       *[other] { $days } Tage
    }; die letzte Woche mit Werten): { $change }.
cr-change-better = { $points } besser
cr-change-worse = { $points } schlechter
cr-change-same = etwa gleich
cr-change-pct = (Schmerz { $value } %)
cr-recalled = Der Ausgangswert wurde aus der Erinnerung angegeben, nicht Tag für Tag erfasst: schwächere Aussagekraft.
cr-safety-title = Reaktionen und Warnzeichen
cr-reactions = Reaktionen nach Behandlungen: { $list }
cr-reactions-none = Reaktionen nach Behandlungen: keine angegeben
cr-cue = { $date }: { $cue }{ $area } — { $advice }
cr-settle = { $date }: { $what } — { $advice }
cr-advice-urgent = Rat: sofort ärztliche Hilfe suchen; Versuch pausiert
cr-advice-no_massage_area = Rat: diesen Bereich nicht massieren, bis eine Ärztin/ein Arzt ihn freigibt
cr-advice-see_clinician = Rat: ärztlich abklären lassen; Versuch lief weiter
cr-advice-settle-first = Vorschlag: leichterer Druck oder kürzere Behandlungen und ein Gespräch mit der Therapeutin/dem Therapeuten
cr-advice-settle-stop = Rat: Behandlungen beenden und ärztlich abklären lassen
cr-cues-none = Es wurden keine Warnzeichen angegeben (das heißt nicht, dass es keine gab).
cr-context-title = Einordnung der Studienlage
cr-evidence = Gepoolte Studien (Skala 0-100): Massage war um etwa 29 Punkte besser als keine Behandlung und um etwa 11 besser als eine Scheinbehandlung, aber nur um etwa 7 besser als andere aktive Behandlungen (Physiotherapie, Bewegungstherapie); nach 6 Monaten lagen bei Muskel- und Gelenkschmerzen die aktiven Vergleichsbehandlungen vorn. Die Vertrauenswürdigkeit der Evidenz ist meist niedrig oder sehr niedrig (Übersichten 2018-2023). Bei chronischem Kreuzschmerz zählen Leitlinien Massage nicht zu den empfohlenen Behandlungen: höchstens ergänzend, nicht als erste Wahl. Die Entscheidung trifft die Person gemeinsam mit ihrer Ärztin oder ihrem Arzt.
cr-caveat = Ein Vorher-nachher-Vergleich einer einzelnen Person, keine kontrollierte Studie: Veränderungen können auch von natürlichen Schwankungen, der Regression zur Mitte und von Zuwendung und Berührung selbst kommen. „Werte verbessert“ heißt nicht, dass die Massage die Ursache war.
cr-disclaimer = Kein Medizinprodukt; keine Diagnose und keine medizinische Beratung. Über die Behandlung entscheidet die behandelnde Ärztin oder der behandelnde Arzt.
cr-col-marker = Marker
cr-marker-note = Marker: { $marker }{ $unit }, { $direction }. Tage = Tage mit Schmerzwert.
cr-chart-pain-axis = Schmerz (0-{ $scale })

## The page's own words for the decision: about the patient, never to them (the chat's rep-* speak to the user)
cr-outcome-improved = Werte verbessert: Sowohl der Schmerz als auch „{ $marker }“ sind wahrscheinlich um ein Maß besser, auf das es ankommt.
cr-outcome-partial-pain = Gemischtes Ergebnis: Der Schmerz ist wahrscheinlich um ein Maß besser, auf das es ankommt; „{ $marker }“ ist nicht klar besser.
cr-outcome-partial-marker = Gemischtes Ergebnis: „{ $marker }“ ist wahrscheinlich um ein Maß besser, auf das es ankommt; der Schmerz ist nicht klar besser.
cr-outcome-no_go = Die Werte haben sich in diesem Block nicht genug verbessert: Es ist unwahrscheinlich, dass der Schmerz oder „{ $marker }“ um ein Maß besser wurde, auf das es ankommt.
cr-outcome-no_go-little-room = Beim Schmerz gab es nichts zu verbessern: Er war schon zu Beginn niedrig, und „{ $marker }“ wurde nicht um ein Maß besser, auf das es ankommt.
cr-outcome-not_enough_data = Für eine Einschätzung dieses Blocks gibt es zu wenige Daten.
cr-outcome-stop = Aussetzen und abklären lassen: Der Bot hat geraten, die Behandlungen auszusetzen und ärztlichen Rat einzuholen.
cr-outcome-unclear = Noch nicht klar: Die Werte können noch nicht zeigen, ob dieser Block einen Unterschied gemacht hat, auf den es ankommt.
cr-why-urgent_cue = ein dringendes Warnzeichen am { $date }: { $cue }
cr-why-settle = die Schmerzen nach Behandlungen sind zum zweiten Mal nicht abgeklungen ({ $date })
cr-why-few_baseline_days = nur an { $days ->
        [one] einem Tag
       *[other] { $days } Tagen
    } ein Schmerzwert in der Ausgangswoche (mindestens { $min } nötig)
cr-why-few_last_week_days = nur an { $days ->
        [one] einem Tag
       *[other] { $days } Tagen
    } ein Schmerzwert in der letzten Woche (mindestens { $min } nötig)
cr-why-marker_not_measured = { $marker }: nicht gemessen, daher keine Bewertung
cr-why-marker_few_values = { $marker }: weniger als { $min } Werte vor der ersten Behandlung oder in der letzten Woche, daher keine Bewertung
cr-why-pain_meaningful = Schmerz: wahrscheinlich um ein Maß besser, auf das es ankommt — { $about } auf der Skala 0-{ $scale }; die Chance auf mindestens { $mcid } ({ $source }) liegt bei { $chance }
cr-why-pain_no_benefit = Schmerz: wahrscheinlich nicht um das Maß besser, auf das es ankommt, { $mcid } ({ $source }) — die Chance liegt bei { $chance }
cr-why-pain_inconclusive = Schmerz: noch nicht klar — { $about }, und die Chance auf mindestens { $mcid } ({ $source }) liegt bei { $chance }
cr-why-pain_little_room = Schmerz: schon vor der ersten Behandlung niedrig, es blieb also wenig Raum für { $mcid } Verbesserung; der Schmerz wird nicht bewertet
cr-why-marker_meaningful = { $marker }: wahrscheinlich um ein Maß besser, auf das es ankommt — { $about }; die Chance auf mindestens { $min } ({ $source }) liegt bei { $chance }
cr-why-marker_no_benefit = { $marker }: wahrscheinlich nicht um die { $min } besser, auf die es ankommt ({ $source }) — die Chance liegt bei { $chance }
cr-why-marker_inconclusive = { $marker }: noch nicht klar — { $about }, und die Chance auf mindestens { $min } ({ $source }) liegt bei { $chance }
cr-why-no_sessions = in diesem Block wurde keine Behandlung eingetragen ({ $planned } waren geplant), die Zahlen sagen also nichts über Massage
cr-why-already_improving = der Schmerz ging schon vor der ersten Behandlung zurück, die Massage ist also vielleicht nicht der Grund für die Veränderung
cr-why-low_adherence = nur { $done } von { $planned } geplanten Behandlungen fanden statt: Das Ergebnis gilt für diese Behandlungen, nicht für den Plan wie geplant
cr-why-recalled_baseline = der Ausgangswert stammt aus der Erinnerung: schwächere Grundlage und kein Überlappungswert
cr-mcid-default = die Voreinstellung: { $points }, oder 30 % des Ausgangswerts, wenn das weniger ist, aber mindestens { $floor }
cr-mcid-own = von der Person selbst gewählt
cr-marker-min-default = die Voreinstellung: 20 % des Ausgangswerts, mindestens 1
cr-next-improved = Wie weiter: Weitermachen, wenn es der Person die Zeit und das Geld wert ist. Training oder Physiotherapie lohnt es sich beizubehalten — deren Wirkung hält meist länger an. Die Werte nach dem nächsten Block erneut prüfen.
cr-next-partial = Wie weiter: Für einen weiteren Block eine Sache ändern — Technik, Druck, Dauer oder Abstände — oder abwägen, ob das Ergebnis die Kosten wert ist.
cr-next-no_go = Wie weiter: Kein weiterer Block nach demselben Muster; entweder den Plan ändern (Technik oder Dosis) oder zu einer anderen Möglichkeit wechseln, etwa Bewegungstherapie oder Physiotherapie.
cr-next-not_enough_data = Wie weiter: Den Block um eine Woche verlängern, um genug Tage zu sammeln, oder ihn im Wissen bewerten, dass die Zahlen dünn sind.
cr-next-stop = Wie weiter: Behandlungen aussetzen und ärztlich abklären lassen, bevor etwas anderes entschieden wird.
cr-next-stop-seen = Wie weiter: Die Person hat angegeben, sich nach dem Warnzeichen Hilfe geholt zu haben; Massage nur mit ärztlicher Zustimmung fortsetzen.
cr-next-stop-talked = Wie weiter: Die Person hat Gedanken an Selbstverletzung angegeben und später, mit jemandem gesprochen zu haben, der helfen kann; Massagen sollten nur mit ärztlicher Zustimmung weitergehen.
cr-next-stop-settle = Wie weiter: Behandlungen aussetzen und ärztlich abklären lassen, bevor etwas anderes entschieden wird. Der Block endete mit dem Aussetzen.
cr-next-unclear-extend = Wie weiter: Eine Verlängerung des Blocks um { $weeks ->
        [one] 1 Woche
       *[other] { $weeks } Wochen
    } würde es wahrscheinlich klären. Der stärkste Test ist eine oder zwei Wochen ohne Massage, um zu sehen, ob der Schmerz zurückkommt.
cr-next-unclear-stuck = Wie weiter: Weitere Wochen nach demselben Muster werden das wahrscheinlich nicht klären. Der stärkste Test ist eine oder zwei Wochen ohne Massage, um zu sehen, ob der Schmerz zurückkommt — oder den Plan ändern, oder nach Kosten und Befinden der Person entscheiden.
cr-next-unclear-no-sessions = Wie weiter: Um Massage noch zu testen, den Block verlängern und die Behandlungen eintragen — oder einen neuen Block mit einem Plan beginnen, der in die Woche der Person passt.
cr-firing-sessions = die Schmerzen nach zwei Behandlungen hintereinander sind nicht abgeklungen ({ $ordinal }. Mal)
cr-firing-weeks = zwei Wochen hintereinander, in denen der Schmerz wahrscheinlich um ein Maß schlechter war als in der Ausgangswoche, auf das es ankommt ({ $ordinal }. Mal)
cr-cue-name-self_harm = Gedanken an Selbstverletzung oder Suizid
cr-marker-name-walk_minutes = Gehminuten, bis eine Pause nötig ist
cr-marker-name-night_wakings = Nächtliches Aufwachen durch Schmerzen
cr-marker-name-head_turn = Kopfdrehung, bis Schmerz sie stoppt (0-10)
cr-marker-name-sitting_minutes = Sitzminuten, bis Schmerz zum Wechseln zwingt
cr-marker-name-stairs = Geschaffte Stockwerke

## Mini App ("📈 Mein Versuch"): die Buttons, die Meldungen der API und die Seite (app-page-* werden in die Seite gebaut)
app-open = 📈 Meinen Versuch öffnen
app-menu-button = 📈 Mein Versuch
app-plan-prompt = Tägliche Frage um { $time } ({ $zone })
app-plan-questions-stopped = Keine täglichen Fragen: Sie endeten, als der Block am { $date } mit dem Sicherheitsstopp endete.
app-plan-questions-ended = Keine täglichen Fragen: Sie endeten, als du den Versuch am { $date } beendet hast.
app-plan-questions-urgent = Die täglichen Fragen sind nach einem dringenden Warnzeichen pausiert. /resume im Chat setzt sie fort, wenn du so weit bist.
app-plan-questions-paused = Die täglichen Fragen sind pausiert. /resume im Chat setzt sie fort.
app-plan-questions-none = Im Moment werden keine täglichen Fragen gesendet.
app-num-baseline = Mittlerer Schmerz in der Ausgangswoche: { $mean } / { $scale }
app-num-baseline-recalled = Schmerz als Ausgangswert, aus der Erinnerung (schwächere Grundlage): { $mean } / { $scale }
app-num-last-week = Mittlerer Schmerz der letzten Woche: { $mean } / { $scale }
app-num-latest-week = Mittlerer Schmerz in Woche { $n } ({ $range }, { $days ->
        [one] 1 Tag
       *[other] { $days } Tage
    }), der letzten Woche mit Werten: { $mean } / { $scale }
app-num-change = Veränderung: { $change }
app-num-nap = Nicht-Überlappung mit der Ausgangswoche (NAP): { $nap }
app-err-no-trial = Es gibt noch keinen Versuchsplan. Leg ihn im Chat mit /plan an.
app-err-bad-request = Diese Anfrage konnte nicht gelesen werden. Bitte lade die Seite neu.
app-err-pain = Schmerz muss eine ganze Zahl von 0 bis { $max } sein.
app-err-marker = Der Markerwert muss eine Zahl von 0 bis { $max } sein.
app-err-date = Dieses Datum ist ungültig.
app-err-future = Dieser Tag ist noch nicht gekommen: Einträge gibt es nur für heute oder früher.
app-err-before-trial = Dieser Tag liegt vor dem Beginn deines Versuchs.
app-err-too-old = Dieser Tag liegt mehr als { $days } Tage zurück und kann nicht mehr geändert werden.
app-err-after-end = Der Block endete am { $date }: Tage danach gehören nicht mehr dazu und können nicht eingetragen werden.
app-err-old-scale = Deine Schmerzskala hat sich geändert, seit diese Seite geöffnet wurde, deshalb wurde nichts gespeichert. Bitte lade die Seite neu.
app-err-too-large = Diese Anfrage ist zu groß.
app-err-report-not-yet = Der Bericht für Behandelnde ist fertig, sobald die erste Versuchswoche vorbei ist.
app-report-sent = Das PDF des Berichts ist in deinem Chat.
app-page-title = Mein Massage-Versuch
app-page-loading = Dein Versuch wird geladen…
app-page-no-auth = Öffne diese Seite über den Bot in Telegram (der 📈-Button). Sie zeigt nur deine eigenen Daten.
app-page-expired = Diese Seite wurde vor mehr als einer Stunde geöffnet. Schließe sie und öffne sie erneut über den Bot.
app-page-error = Etwas ist schiefgelaufen. Bitte versuch es noch einmal.
app-page-decision-interim = Wo du bisher stehst (Zwischenstand, Daten bis { $date })
app-page-decision-final = Ergebnis am Ende des Blocks
app-page-decision-ended = Ergebnis des Versuchs, den du am { $date } beendet hast
app-page-decision-stopped = Ergebnis des Blocks, der am { $date } mit dem Sicherheitsstopp endete
app-page-chart-title = Schmerz Tag für Tag
app-page-legend-pain = Täglicher Schmerz (0-{ $scale })
app-page-legend-week = Wochenmittel
app-page-legend-baseline = Bereich der Ausgangswoche
app-page-legend-baseline-recalled = Ausgangswert (aus der Erinnerung)
app-page-legend-session = Sitzung
app-page-legend-marker = { $marker }
app-page-zoom-all = Ganzer Versuch
app-page-zoom-2w = 2 Wochen
app-page-earlier = ◀ Früher
app-page-later = Später ▶
app-page-tap-hint = Tippe auf einen Tag im Diagramm, um ihn zu sehen oder zu ändern.
app-page-baseline-week = Ausgangswoche
app-page-week = Woche { $n }
app-page-pain = Schmerz
app-page-marker = { $marker }
app-page-session = Sitzung
app-page-yes = ja
app-page-no = nein
app-page-reactions = Reaktionen
app-page-note = Notiz
app-page-none = —
app-page-not-scored = kein Schmerzwert
app-page-not-measured = nicht gemessen
app-page-entered-as = eingetragen als { $value }
app-page-corrected = korrigiert
app-page-paused = Versuch an diesem Tag pausiert
app-page-edit = Diesen Tag ändern
app-page-save = Speichern
app-page-cancel = Abbrechen
app-page-saved = Gespeichert. Die Zusammenfassung unten ist aktualisiert.
app-page-edit-window = Tage lassen sich bis zu 3 Tage zurück ändern, wie mit /checkin. Notizen änderst du im Chat.
app-page-summary = Zusammenfassung (wie /summary)
app-page-plan = Dein Plan
app-page-report = Bericht für Behandelnde (PDF)
app-page-report-download = PDF herunterladen
app-page-report-chat = In meinen Chat senden
app-page-report-from = Verfügbar ab { $date }.
app-page-footer = Vorher-nachher-Zahlen einer einzelnen Person, keine kontrollierte Studie. Niemand liest deine Antworten in Echtzeit; im Zweifel wende dich an eine Ärztin oder einen Arzt.
## Markierungen und Legende der Grafik (reiner Text: wird ins Bild gezeichnet)

chart-baseline-mean = Mittel der Ausgangswoche
chart-paused = Pausiert
chart-warning = Warnzeichen
chart-not-settling = Schmerz klang nicht ab
chart-stop-advised = Stopp empfohlen
chart-ended = Versuch beendet
## Plan saved after today's question time
setup-saved-late-baseline = Es ist heute schon nach { $time }, deshalb kommt die erste tägliche Frage morgen. Heute ist der erste Tag deiner Ausgangswoche: /checkin trägt ihn jetzt ein, damit die Ausgangswoche alle Tage behält.
setup-saved-late = Es ist heute schon nach { $time }, deshalb kommt die erste tägliche Frage morgen. /checkin trägt heute jetzt ein, wenn du möchtest.

## The end-of-block report, short first: details and evidence behind buttons; pain on the user's scale
scale-points = { $n ->
    [one] { $points } Punkt
   *[other] { $points } Punkte
}
rep-short-about = { $amount } { $direction }
rep-short-range-better = unter Berücksichtigung normaler Schwankungen am wahrscheinlichsten zwischen { $low } und { $high } besser
rep-short-range-worse = unter Berücksichtigung normaler Schwankungen am wahrscheinlichsten zwischen { $low } und { $high } schlechter
rep-short-range-mixed = unter Berücksichtigung normaler Schwankungen irgendwo zwischen { $worse } schlechter und { $better } besser
rep-short-outside = — die einfachen Mittelwerte liegen außerhalb dieses Bereichs, weil er auch einen Trend in deinen Tagen und den Verlauf deiner anderen Behandlungswochen berücksichtigt; lies diese Zahl mit Vorsicht
rep-short-pain = <b>Schmerz</b> auf deiner Skala 0-{ $scale }: { $base } { $previous ->
        [0] in der Ausgangswoche
       *[other] in der letzten Woche von Block { $previous }
    }{ $bdays ->
        [0] {""}
        [one] {" "}(1 Tag)
       *[other] {" "}({ $bdays } Tage)
    } → { $last } in der letzten Woche ({ $lastRange }, { $ldays ->
        [one] 1 Tag
       *[other] { $ldays } Tage
    }) — { $change }
rep-short-pain-latest = <b>Schmerz</b> auf deiner Skala 0-{ $scale }: { $rose ->
        [yes] gestiegen
       *[no] gegangen
    } von { $base } { $previous ->
        [0] in der Ausgangswoche
       *[other] in der letzten Woche von Block { $previous }
    }{ $bdays ->
        [0] {""}
        [one] {" "}(1 Tag)
       *[other] {" "}({ $bdays } Tage)
    } auf { $last } in Woche { $n } ({ $range }, { $days ->
        [one] 1 Tag
       *[other] { $days } Tage
    }), der letzten Woche mit Werten — { $change }
rep-short-pain-missing = <b>Schmerz</b>: nicht genug Werte für einen Vergleich ({ $bdays } Tage in der Ausgangswoche, { $ldays } in der letzten Woche).
rep-short-marker = <b>{ $marker }</b>: { $base }{ $bdays ->
        [0] {""}
        [one] {" "}(1 Tag)
       *[other] {" "}({ $bdays } Tage)
    } → { $last } ({ $ldays ->
        [one] 1 Tag
       *[other] { $ldays } Tage
    }) — { $change }
rep-short-marker-missing = <b>{ $marker }</b>: nicht genug Werte für einen Vergleich.
rep-short-cost = <b>Kosten:</b> { $spent } für { $sessions } Behandlungen — { $perPoint } pro Punkt Schmerzverbesserung auf deiner Skala 0-{ $scale }.
rep-short-cost-none = <b>Kosten:</b> { $spent } für { $sessions } Behandlungen, ohne eine Schmerzverbesserung, der man sie gegenüberstellen könnte.
rep-outcome-stop-seen = 🛑 <b>Ergebnis: aussetzen und untersuchen lassen.</b> Ein dringendes Warnzeichen am { $date } ({ $cue }) hat deinen Versuch pausiert, und du hast mir gesagt, dass du untersucht wurdest.
rep-next-stop-seen = <b>Wie weiter:</b> Mach mit Massage nur weiter, wenn die Ärztin oder der Arzt, die dich untersucht hat, einverstanden ist. /plan beginnt einen neuen Block, wenn du so weit bist.
rep-outcome-stop-talked = 🛑 <b>Ergebnis: Behandlungen vorerst beenden.</b> Am { $date } hast du mir von Gedanken erzählt, dir etwas anzutun, und später, dass du mit jemandem gesprochen hast, der helfen kann. Danke, dass du es mir gesagt hast.
rep-next-stop-talked = <b>Wie weiter:</b> Bleib in Kontakt mit den Menschen, die dir helfen, und mach mit Massagen erst weiter, wenn du dich bereit fühlst und deine Ärztin oder dein Arzt zustimmt. /plan startet einen neuen Block, wenn du so weit bist.
rep-next-stop-settle = <b>Wie weiter:</b> Setze die Behandlungen aus und geh zu einer Ärztin oder einem Arzt, bevor du irgendetwas anderes entscheidest. Dieser Block endet hier; /plan beginnt einen neuen, wenn du so weit bist.
rep-btn-details = 📋 Details
rep-btn-evidence = 📚 Was Studien sagen
rep-details-title = 📋 <b>Details zu deinem Bericht</b> · { $range }
rep-cues-title-stop = <b>Notierte Warnzeichen</b> (die dringenden, oder Schmerzen, die nicht abgeklungen sind, sind der Grund für das Ergebnis „aussetzen und untersuchen lassen“; sprich sie bitte alle bei deiner Ärztin oder deinem Arzt an):
rep-short-recalled = (deine Ausgangswoche stammt aus der Erinnerung: schwächere Grundlage)
unsettled-stop-ended = Die täglichen Fragen enden hier. Wenn du untersucht wurdest, tippe auf <b>Ich wurde untersucht</b>. /plan beginnt einen neuen Block, wenn du und deine Ärztin oder dein Arzt so weit seid.
rep-title-stopped = 🏁 <b>Abschlussbericht</b> — der Block endete am { $date } mit dem Aussetzen
safety-seen-ended = Danke für die Rückmeldung. Dein Block endete mit dem Aussetzen, deshalb kommen keine täglichen Fragen mehr. Wenn deine Ärztin oder dein Arzt weiterer Massage zustimmt, beginnt /plan einen neuen Block. Wenn sich etwas ändert oder dich beunruhigt, wende dich wieder an eine Ärztin oder einen Arzt.
rep-short-same = etwa gleich

## How long data is kept, worded once for /privacy, /endtrial and the end of a trial
retention-line = Deine Daten bleiben, bis du sie löschst (/delete) — spätestens { $days } Tage nach dem Ende deines Versuchs oder nachdem du den Bot blockiert hast. Wenn ich dich noch erreichen kann, erinnere ich dich 7 Tage vorher und biete dir eine Kopie an (/export).

## The CSV export in the reader's language
csv-reaction-none = keine
method-pain-scale = Schmerz (Punkte auf deiner Skala 0-{ $scale })
sum-last-week-def = <i>Der Abschlussbericht vergleicht deine Ausgangswoche mit den letzten 7 { $paused ->
        [no] {""}
       *[yes] nicht pausierten{" "}
    }Tagen des Blocks ({ $range }).</i>
## Phases after the first block (export column)
csv-col-phase = Phase

## Phases after the first block: withdrawal check, comparisons
ph-name-baseline = Ausgangswoche
ph-name-block = Block { $n }
ph-name-wash-in = Übergang zu Block { $n } (nicht gezählt)
ph-name-withdrawal = Ohne Sitzungen
ph-name-follow-up = Nachbeobachtung
ph-change = { $change } (95-%-Intervall { $low } bis { $high })
ph-title = <b>Deine Phasen</b> (Schmerz, Durchschnitt auf 0-{ $scale }):
ph-level = • { $phase }: { $mean } aus { $days } Tagen ({ $dates })
ph-block-vs-baseline = Block { $n }, letzte Woche gegenüber der Ausgangswoche: { $change }
ph-block-vs-block1 = Block { $n } gegenüber Block 1 (jeweils letzte Woche): { $change }
ph-withdrawal = Absetzprobe: { $verdict }
rep-btn-withdraw = ⏸ 2 Wochen ohne Massage ausprobieren
wd-started = ⏸ <b>Absetzprobe: keine Sitzungen vom { $start } bis { $end }.</b> Die tägliche Frage geht genauso weiter — deine Antworten in diesen zwei Wochen zeigen, ob der Schmerz ohne Massage zurückkommt. Der Bericht folgt am { $report }.

    Wenn der Schmerz deutlich schlimmer wird oder etwas Neues auftritt, musst du nicht warten: Sprich mit deiner Therapeutin oder deinem Arzt und notiere es beim Check-in.
wd-not-now = Die Absetzprobe beginnt nach dem Ende eines Blocks, und es läuft immer nur eine.
wd-title = ⏸ <b>Absetzprobe: { $days } Tage ohne Massage</b> ({ $dates })
wd-sessions-logged = ⚠️ Du hast in diesen Tagen { $n ->
        [one] eine Massagebehandlung
       *[other] { $n } Massagebehandlungen
    } eingetragen ({ $dates }). Diese Prüfung fragt, was ohne Massage passiert — lies ihr Ergebnis deshalb mit Vorsicht: Über die Behandlungen kann sie wenig sagen.
wd-above-baseline = <b>Der Schmerz ist jetzt stärker als vor dem Versuch.</b> Ohne Behandlungen ist er über deine Ausgangswoche gestiegen — mehr als die normalen Schwankungen. Bitte sprich mit deiner Ärztin oder deinem Arzt darüber, bevor du entscheidest, wie es weitergeht; wenn es weiter schlechter wird, warte nicht.
wd-returned = <b>Der Schmerz kam zurück, als du aufgehört hast.</b> Er ging während der Sitzungen zurück und stieg ohne sie wieder an. Das spricht für eine echte Wirkung der Sitzungen — das stärkste Zeichen, das die Zahlen einer einzelnen Person geben können.
wd-stayed-low = <b>Der Schmerz blieb niedrig — eine natürliche Besserung ist genauso wahrscheinlich.</b> Deine Verbesserung hielt auch ohne Sitzungen. Das ist eine gute Nachricht, aber aus diesen Zahlen lässt sich die Wirkung der Sitzungen nicht von einer Besserung von selbst unterscheiden.
wd-unclear = <b>Nicht eindeutig.</b> Der Schmerz stieg nach dem Aufhören etwas an, aber nicht deutlich genug, um zu sagen, dass er zurückkam.
wd-no-gain = Der Block hat deinen Schmerz nicht gesenkt, also konnte das Aufhören keine Verbesserung rückgängig machen: Diese Probe sagt nichts über die Sitzungen.
wd-too-few = Zu wenige Tage mit Schmerzwert für eine Aussage (mindestens 3 in der letzten Blockwoche und in der letzten Woche ohne Sitzungen).
wd-levels = Schmerz, Durchschnitt auf 0-{ $scale }:
    • Ausgangswoche: { $baseline } ({ $bdays } Tage)
    • Ende des Blocks: { $block } ({ $kdays } Tage)
    • letzte Woche ohne Sitzungen: { $off } ({ $odays } Tage)
wd-rise = Veränderung nach dem Aufhören: { $change }. Wahrscheinlichkeit, dass der Schmerz mindestens halb zur Ausgangswoche zurückkam: { $p } %.
wd-vs-baseline = Ohne Sitzungen gegenüber der Ausgangswoche: { $change }.
wd-caveat = Die Zahlen einer einzelnen Person, keine kontrollierte Studie. Wie es weitergeht, entscheidest du, am besten mit deiner Ärztin oder deinem Arzt: mit /plan neu beginnen oder hier aufhören.

## Follow-up after the trial
fu-offer = 📅 <b>Möchtest du eine Nachbeobachtung?</b> Einmal pro Woche für 4 Wochen, dann nach 3 und 6 Monaten würde ich nach einem Schmerzwert und deinem Alltagswert fragen — um zu sehen, ob die Veränderung anhält — und jedes Mal kurz sagen, wie es gehalten hat. Sie ist freiwillig, und du kannst sie jederzeit pausieren oder beenden (auch mit /endtrial).
fu-btn-start = 📅 Ja, nachbeobachten
fu-btn-no = Nein, danke
fu-btn-pause = ⏸ Nachbeobachtung pausieren
fu-btn-resume = ▶️ Nachbeobachtung fortsetzen
fu-btn-stop = 🛑 Nachbeobachtung beenden
fu-started = Nachbeobachtung eingerichtet. Die erste Frage kommt am { $date }, dann eine pro Woche für 4 Wochen, dann am { $month3 } und am { $month6 }. Unter jeder Frage kannst du pausieren oder beenden.
fu-already = Die Nachbeobachtung läuft bereits.
fu-declined = Dann keine Nachbeobachtung. Deine Daten bleiben, bis du sie löschst (/delete); /export lädt sie herunter.
fu-paused = Nachbeobachtung pausiert: keine Fragen, bis du sie fortsetzt.
fu-resumed = Nachbeobachtung fortgesetzt. Die nächste Frage kommt am { $date }.
fu-resumed-none = Nachbeobachtung fortgesetzt, aber es ist kein Termin mehr übrig.
fu-stopped = Die Nachbeobachtung ist beendet: keine weiteren Fragen. Deine Daten bleiben, bis du sie löschst (/delete).
fu-no-active = Es läuft keine Nachbeobachtung.
fu-intro = 📅 <b>Nachbeobachtung, { $point }.</b> Nur der heutige Schmerzwert und dein Alltagswert — die Frage kommt gleich.
fu-point-week = Woche { $n } von 4
fu-point-month = nach { $n } Monaten
fu-held-title = 📅 <b>Wie es gehalten hat — { $point }</b>
fu-held-levels = Schmerz auf 0-{ $scale }: heute { $today } · Ende des Blocks { $block } ({ $bdays } Tage) · Ausgangswoche { $baseline }
fu-above-baseline = <b>Stärker als vor dem Versuch:</b> Dein Schmerz liegt heute über deiner Ausgangswoche. Wenn es so bleibt oder schlechter wird, sprich bitte mit deiner Ärztin oder deinem Arzt.
fu-held = <b>Gehalten:</b> Dein Schmerz liegt noch etwa dort, wo der Block ihn gelassen hat.
fu-partly = <b>Noch unklar:</b> Der Schmerz ist etwas höher als am Ende des Blocks, aber ein Tag reicht nicht, um zu sagen, dass die Verbesserung nachgelassen hat.
fu-faded = <b>Nachgelassen:</b> Der Schmerz ist mindestens halb zur Ausgangswoche zurück.
fu-no-gain = Der Block hat deinen Schmerz nicht gesenkt, es gibt also keine Verbesserung zu halten; so steht dein Schmerz jetzt.
fu-too-few = Zu wenige Werte vom Ende des Blocks für einen Vergleich.
fu-change = Veränderung seit dem Ende des Blocks: { $change }.
fu-last = Das war die letzte Frage der Nachbeobachtung. Danke fürs Dranbleiben.

## Another block with changes
nb-advice-partial = <b>Für den nächsten Block:</b> Einer deiner beiden Werte hat sich verbessert. Ändere nur eine Sache — den Druck, die Dauer der Sitzung oder den Abstand —, damit der nächste Bericht zeigen kann, ob diese Änderung geholfen hat.
nb-advice-no-go = <b>Klar gesagt: Ein weiterer Block mit demselben Plan ist nicht zu empfehlen.</b> Keiner der beiden Werte hat sich genug verbessert. Wenn du es noch einmal versuchst, ändere den Plan selbst (Technik oder Dosis), oder sprich mit deiner Ärztin oder deinem Arzt über einen Wechsel zu einer anderen Möglichkeit wie Bewegungstherapie oder Physiotherapie.
nb-advice-improved = <b>Für den nächsten Block:</b> Deine Werte haben sich verbessert. Lass den Plan, wie er war; wenn du etwas änderst (weniger oder kürzere Behandlungen zum Beispiel), ändere nur eine Sache, damit der nächste Bericht zeigen kann, ob sich deine Werte damit ändern.
nb-advice-unclear = <b>Für den nächsten Block:</b> Die Werte dieses Blocks waren nicht eindeutig. Lass den Plan gleich oder ändere nur eine Sache, damit der nächste Bericht eine faire Chance hat.
nb-wash-in = { $days ->
    [one] Sein erster Tag zählt
   *[other] Seine ersten { $days } Tage zählen
} nicht: Der letzte Block kann dann noch nachwirken. Die tägliche Frage kommt wie gewohnt.
nb-max = Ein Versuch hat höchstens 4 Blöcke, und dieser hat seine 4. Beginne mit /plan neu oder beende den Versuch.
nb-caveat = Jeder Block wird über seine letzte Woche verglichen. Die Zahlen einer einzelnen Person, keine kontrollierte Studie: Ein späterer Block kann auch besser oder schlechter aussehen, weil sich Schmerz von selbst verändert.
nb-unchanged = <b>An Technik und Umfang hat sich nichts geändert</b> — Minuten, Sitzungen pro Woche und ihr Abstand, Druck und der Plan deiner Therapeutin oder deines Therapeuten sind wie im letzten Block (ein längerer Block nach demselben Muster zählt als derselbe). Nach einem Block ohne klare Verbesserung ist das nicht zu empfehlen, deshalb habe ich ihn nicht gespeichert. Ändere für den nächsten Block den Umfang oder die Technik — oder, wenn du lieber zu einer anderen Möglichkeit wie Bewegungstherapie oder Physiotherapie wechseln möchtest (am besten mit deiner Ärztin oder deinem Arzt besprochen), beende den Versuch hier.
nb-btn-change-dose = ✏️ Umfang ändern
nb-btn-change-technique = ✏️ Technik ändern
nb-stale = Der Block, für den dieser Plan gedacht war, hat sich seitdem geändert (er wurde verlängert, oder ein anderer Plan wurde gespeichert), deshalb habe ich ihn nicht gespeichert. <code>/summary final</code> zeigt den aktuellen Bericht und seine Möglichkeiten.
## Check-in in few taps: the session first, one-tap marker values, one typed message, ↩️ Change

ci-q-session-title = 📋 <b>Check-in für { $date }</b>
ci-btn-session-had = ✅ Hatte ich
ci-btn-session-not = ❌ Heute nicht
ci-btn-session-moved = 🔁 Verschoben
ci-session-moved = Wenn du sie hast, trägt /session sie ein.
ci-q-pain-typed = Tippe eine Zahl an oder schreib Schmerz und { $marker } zusammen: „6 { $n }“.
ci-btn-picked = ✓ { $picked } · ↩️
ci-btn-change = ↩️ Ändern
ci-btn-change-pain = Schmerz
ci-btn-change-session = Massage
ci-btn-reactions = 🤕 Körper hat reagiert
ci-btn-note = 📝 Notiz hinzufügen
ci-btn-note-again = 📝 Notiz ändern
ci-btn-neither = ✏️ Keins davon
ci-stale-button = Schon gespeichert. Mit ↩️ Ändern korrigierst du es.
ci-typed-not-understood =
    Das konnte ich nicht lesen, daher ist nichts gespeichert.
    Schick den Schmerz von 0 bis { $max } oder Schmerz und { $example } zusammen: „6 { $n }“.
ci-typed-which = Was meintest du? Gespeichert wird erst, wenn du tippst.

## Quick setup: a suggested plan after the safety check and the areas

setup-q-suggest =
    <b>Ein Plan, der für die meisten passt:</b>
    • { $minutes } Min., { $perWeek } Termine pro Woche, { $weeks } Wochen · Druck: { $pressure }
    • jeden Abend: Schmerz (0-10) · { $marker }
    • ich frage um { $time } ({ $zone })
    Du kannst alles jetzt oder später mit /plan ändern.
setup-suggest-zone-asked = deine Zeitzone — die frage ich als Nächstes
btn-use-suggestion = ✅ Diesen Plan nehmen
btn-change-details = ✏️ Details ändern
setup-q-time-in-zone = Um wie viel Uhr soll ich täglich fragen (Zeitzone { $zone })? Abends passt gut zu „den letzten 24 Stunden“. Tippe an oder schreib eine Uhrzeit (zum Beispiel 20:30).
btn-other-zone = 🌍 Andere Zeitzone

## Täglicher Check-in: ⏰ Später und Ruhezeiten
ci-btn-later = ⏰ Später
ci-btn-tomorrow = 🌙 Frag mich morgen
ci-btn-snooze-hours = in { $hours } Std.
ci-btn-snooze-tonight = heute { $time }
ci-snooze-pick = Wann soll ich noch einmal fragen?
ci-snoozed = ⏰ In Ordnung — ich frage um <b>{ $time }</b> noch einmal.
ci-snooze-tomorrow = 🌙 In Ordnung — ich frage morgen. Heute kannst du noch mit /checkin antworten.
ci-snooze-too-late = Diese Uhrzeit passt heute nicht mehr.
ci-settings-quiet = Ruhezeiten (keine Fragen, keine Erinnerungen): <b>{ $quiet }</b>. Eine Frage-Uhrzeit darin rückt an ihr Ende.
ci-quiet-off = aus
ci-btn-quiet-off = Keine Ruhezeiten
ci-missed = { $days } { $count ->
    [one] fehlt
   *[other] fehlen
} noch — nachtragen?
ci-btn-fill-in = 📝 { $day } nachtragen
## The chart of all phases (sent with a later block's comparison)

chart-phases-title = Dein Massage-Versuch: alle Phasen
chart-phases-subtitle = Block 1 ab der Ausgangswoche, dann jede weitere Phase · { $range }
chart-phases-caption = 📈 Alle Phasen bis { $date }: Block 1, die Übergangstage (nicht gezählt), die weiteren Blöcke, eine Absetzprobe und die Nachbeobachtung.
chart-wash-in = Übergang (nicht gezählt)
chart-withdrawal = Absetzprobe (ohne Sitzungen)
chart-follow-up = Nachbeobachtung
chart-block-name = Block { $n }
chart-block-starts = Beginn Block { $n }

## The end-of-block report of a later block: the wash-in lengthens it

rep-title-final-extra = 🏁 <b>Abschlussbericht</b> · { $range } ({ $weeks } Wochen + { $extra })
rep-extra-wash-in = { $days ->
        [one] 1 Übergangstag
       *[other] { $days } Übergangstage
    }
rep-extra-paused = { $days ->
        [one] 1 pausierter Tag
       *[other] { $days } pausierte Tage
    }

## „Zu wenige Daten“, im Kurzbericht erklärt
rep-few-last-week = Nur { $days } der letzten { $total } Tage { $days ->
        [one] hat
       *[other] haben
    } einen Schmerzwert; ich brauche mindestens { $min }, um den Block zu beurteilen.
rep-few-baseline = Nur { $days } der { $total } Tage { $previous ->
        [0] deiner Ausgangswoche
       *[other] der letzten Woche von Block { $previous } (die Ausgangswoche dieses Blocks)
    } { $days ->
        [one] hat
       *[other] haben
    } einen Schmerzwert; ich brauche mindestens { $min }, um den Block zu beurteilen.
rep-next-few = <b>Wie weiter:</b> { $text }
rep-next-few-checkin = Du kannst { $dates } noch mit /checkin nachtragen (das geht bis zu { $back } Tage zurück); /summary final zählt sie dann mit.
rep-next-few-extend = { $checkin ->
        [yes] Sonst verlängere
       *[no] Verlängere
    } den Block um eine Woche, um genug Tage zu sammeln, oder bewerte ihn im Wissen, dass die Zahlen dünn sind.
rep-next-few-baseline = Die Ausgangswoche lässt sich nicht mehr auffüllen, ein längerer Block hilft hier also nicht: Bewerte diesen Block im Wissen, dass die Zahlen dünn sind, oder beginne einen weiteren Block — seine Ausgangswoche ist die letzte Woche dieses Blocks.
