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

privacy =
    <b>Deine Daten und dein Datenschutz</b>

    <b>Was ich speichere:</b> deine Telegram-Nutzer-ID, deine Sprache, das Datum deiner Einwilligung, deinen Versuchsplan (mit früheren Fassungen), deine täglichen Antworten (Schmerz, Alltagsmesswert, Sitzungen, Körperreaktionen, Notizen), deine Antworten auf die Sicherheitsfragen und die Uhrzeit deiner täglichen Frage.
    <b>Wo:</b> in der eigenen Redis-Datenbank dieses Bots. Nichts wird an andere weitergegeben, verkauft oder für etwas anderes als deine eigenen Zusammenfassungen genutzt.
    <b>Wie lange:</b> bis du sie löschst, und automatisch {$days} Tage nach dem Ende deines Versuchs oder nachdem du den Bot blockiert hast.
    <b>Deine Kontrolle:</b> /export schickt dir alles als Dateien; /delete löscht alles auf einmal.
    { $consent ->
        [none] <b>Einwilligung:</b> noch nicht erteilt.
       *[other] <b>Einwilligung:</b> erteilt am {$consent} (volljährig, mit der Speicherung einverstanden).
    }

    { -not-medical }

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
