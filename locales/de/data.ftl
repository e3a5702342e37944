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
    <b>Wie lange:</b> bis du sie löschst — spätestens { $days } Tage nach dem Ende deines Versuchs oder nachdem du den Bot blockiert hast. Wenn ich dich noch erreichen kann, erinnere ich dich 7 Tage vorher und biete dir eine Kopie an.
    <b>Deine Kontrolle:</b> /export schickt dir alles als zwei Dateien (eine Tabelle und eine JSON-Datei); /delete löscht alles, nachdem du es bestätigt hast.
    { $consent ->
        [none] <b>Einwilligung:</b> noch nicht erteilt.
       *[other] <b>Einwilligung:</b> erteilt am { $consent } (volljährig, mit Speicherung einverstanden).
    }
    <i>Telegram selbst speichert diesen Chat auf seinen eigenen Servern; du kannst ihn dort jederzeit leeren.</i>

    { -not-medical }

data-nothing-stored = Ich habe nichts über dich gespeichert — es gibt also nichts zu exportieren oder zu löschen.

export-caption-csv = Deine täglichen Einträge ({ $count ->
        [one] ein Tag
       *[other] { $count } Tage
    }) — lässt sich in jeder Tabellenkalkulation öffnen.
export-caption-json = Alles Übrige: Profil, Planfassungen, Antworten zu Warnzeichen und deine Zahlen aus den Zusammenfassungen.
export-done =
    📦 Das ist alles, was ich über dich gespeichert habe.
    Bewahre die Dateien gut auf — sie enthalten Gesundheitsdaten. Mit /delete löschst du hier alles.

delete-confirm-question =
    ⚠️ <b>Alle deine Daten löschen?</b>
    Damit entferne ich alles, was ich über dich gespeichert habe: deinen Plan mit seinen früheren Fassungen, { $entries ->
        [0] (noch keine täglichen Einträge)
        [one] deinen einen täglichen Eintrag
       *[other] deine { $entries } täglichen Einträge
    }, Notizen, Antworten zu Warnzeichen, deine tägliche Frage und eine angefangene Einrichtung. Danach schicke ich dir keine Fragen mehr. Das lässt sich nicht rückgängig machen.
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
