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
sum-week-title-extension = <b>Zusatzwoche { $n }</b> (wegen Pausentagen angehängt) · { $range }
sum-so-far = <i>(bis jetzt)</i>
sum-earlier-weeks = <b>Frühere Wochen</b> (Schmerz 0-100, Änderung zur Ausgangswoche in Punkten; minus = weniger Schmerz):
sum-week-compact = W{ $n } ({ $range }): Schmerz { $mean } ({ $days }/7 Tage), { $change } · Behandlungen { $done }/{ $planned } · { $status }
sum-pain-line = Schmerz: im Mittel <b>{ $mean }</b>/100, aus { $days } von { $total } Tagen
sum-pain-none = Schmerz: diese Woche noch keine Werte (0 von { $total } Tagen).
sum-pct = ({ $value } %)
sum-change-better = ↘ { $points } Punkte besser als deine Ausgangswoche { $pct }
sum-change-worse = ↗ { $points } Punkte schlechter als deine Ausgangswoche { $pct }
sum-change-same = → etwa wie in deiner Ausgangswoche
sum-marker-line = { $marker }: im Mittel <b>{ $mean }</b> (an { $days ->
        [one] einem Tag
       *[other] { $days } Tagen
    })
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
sum-rule-better_by_10 = dein Wochenmittel liegt { $points } Punkte unter deiner Ausgangswoche (ab 10 Punkten zählt das als echte Veränderung).
sum-rule-worse_by_10 = dein Wochenmittel liegt { $points } Punkte über deiner Ausgangswoche. Wenn das so bleibt, sprich mit deiner Therapeutin oder deinem Therapeuten oder einer Ärztin bzw. einem Arzt.
sum-rule-within_10 = der Unterschied zur Ausgangswoche ({ $points } Punkte) ist kleiner als 10 Punkte und liegt damit im Bereich normaler Tagesschwankungen.
sum-rule-few_days = diese Woche gibt es nur an { $days ->
        [one] einem Tag
       *[other] { $days } Tagen
    } einen Schmerzwert; für eine Aussage braucht es mindestens { $min }.
sum-rule-no_baseline = es gibt noch kein Mittel aus der Ausgangswoche zum Vergleichen.
sum-rule-unsettled_cue = die Schmerzen nach den Behandlungen sind diese Woche nicht wieder abgeklungen (dazu hast du eine eigene Nachricht bekommen).
sum-baseline-title = <b>Ausgangswoche</b> (vor der ersten Behandlung, { $range })
sum-baseline-pain = Schmerz: im Mittel <b>{ $mean }</b>/100 aus { $days } von { $total } Tagen (Spanne { $low }–{ $high })
sum-baseline-no-pain = Schmerz: noch keine Werte aus der Ausgangswoche.
sum-baseline-recalled = <b>Ausgangswert</b> (aus der Erinnerung): Schmerz <b>{ $pain }</b>/100 — schwächere Grundlage als tägliche Werte.
sum-baseline-short = <i>Deine Ausgangswoche: { $mean }/100 { $recalled ->
        [yes] (aus der Erinnerung)
       *[no] aus { $days ->
        [one] einem Tag
       *[other] { $days } Tagen
    }
    }.</i>
sum-baseline-missing = <i>Es gibt noch kein Mittel aus der Ausgangswoche, deshalb kann ich diese Woche nicht damit vergleichen.</i>
sum-recalled-note = <i>Hinweis: Dein Ausgangswert stammt aus der Erinnerung und nicht aus täglichen Einträgen. Jeder Vergleich damit ist deshalb weniger belastbar.</i>
sum-dose-change = Planänderung ab { $date }: { $list }
sum-dose-minutesPerSession = Dauer { $from } → { $to } Min.
sum-dose-sessionsPerWeek = Behandlungen pro Woche { $from } → { $to }
sum-dose-weekdays = Tage { $from } → { $to }
sum-dose-pressure = Druck { $from } → { $to }
sum-no-fixed-days = keine festen Tage
sum-next-week = Woche { $n } beginnt am { $date }.
sum-next-final = Das war die letzte Woche des Blocks — dein Abschlussbericht folgt.
sum-in-baseline = Du bist an Tag { $day } von 7 deiner Ausgangswoche. Die erste Behandlung ist am { $first }; ab dann vergleiche ich jede Woche mit dieser Ausgangswoche.
sum-final-pointer = <code>/summary final</code> zeigt den Abschlussbericht (bis { $end } als Zwischenstand).
sum-block-over = Der Block ist am { $end } zu Ende gegangen. <code>/summary final</code> zeigt den Abschlussbericht.
sum-ended-note = Du hast den Versuch am { $date } beendet. <code>/summary final</code> zeigt den Bericht zu deinen Daten.
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
chart-subtitle = { $minutes } Min. × { $perWeek } pro Woche · bis { $date }
chart-pain-axis = Schmerz (0-100)
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
rep-outcome-improved = 📈 <b>Deine Werte haben sich verbessert:</b> Sowohl dein Schmerz als auch „{ $marker }“ haben sich mindestens um das Maß verändert, auf das es ankommt.
rep-outcome-partial-pain = ↔️ <b>Gemischtes Ergebnis:</b> Dein Schmerzwert hat sich verbessert, „{ $marker }“ hat sich nicht genug verändert.
rep-outcome-partial-marker = ↔️ <b>Gemischtes Ergebnis:</b> „{ $marker }“ hat sich verbessert, dein Schmerzwert hat sich nicht genug verändert.
rep-outcome-no_go = ➖ <b>Deine Werte haben sich in diesem Block nicht genug verbessert</b> — weder der Schmerz noch „{ $marker }“.
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
rep-why-pain_improved = • Schmerz: { $change } (10 Punkte besser nötig), Überlappungswert { $nap } ({ $minNap } nötig)
rep-why-pain_not_improved = • Schmerz: { $change } (10 Punkte besser nötig), Überlappungswert { $nap } ({ $minNap } nötig) — keine klare Verbesserung
rep-why-pain_improved-recalled = • Schmerz: { $change } im Vergleich zu deinem erinnerten Ausgangswert (10 Punkte besser nötig)
rep-why-pain_not_improved-recalled = • Schmerz: { $change } im Vergleich zu deinem erinnerten Ausgangswert (10 Punkte besser nötig) — keine klare Verbesserung
rep-why-marker_improved = • { $marker }: { $change } in die gute Richtung, mindestens die { $min }, die für dich zählen
rep-why-marker_not_improved = • { $marker }: { $change } in die gute Richtung, weniger als die { $min }, die für dich zählen
rep-why-marker_not_measured = • { $marker }: zu wenige Werte in der Ausgangswoche und der letzten Woche für einen Vergleich
rep-points-better = { $points } Punkte besser
rep-points-worse = { $points } Punkte schlechter
rep-points-same = keine Veränderung
rep-points-unknown = zu wenige Daten für einen Vergleich
rep-why-recalled_baseline = • dein Ausgangswert stammt aus der Erinnerung: schwächere Grundlage und kein Überlappungswert
rep-numbers-title = <b>Die Zahlen</b> (dein Hauptziel: { $goal })
rep-pain-title = <u>Schmerz</u> (0-100, niedriger ist besser)
rep-pain-line = Ausgangswoche { $base } ({ $bdays } Tage) → letzte Woche { $last } ({ $ldays } Tage)
rep-pain-line-recalled = Erinnerter Ausgangswert { $base } → letzte Woche { $last } ({ $ldays } Tage)
rep-pain-missing = Ausgangswoche { $base } ({ $bdays } Tage) → letzte Woche { $last } ({ $ldays } Tage): zu wenig für einen Vergleich.
rep-size-none = keine bedeutsame Veränderung (unter 10 %)
rep-size-minimal = eine geringe Verbesserung (10-29 %)
rep-size-moderate = eine mittlere Verbesserung (30-49 %, in Studien „deutlich gebessert“)
rep-size-substantial = eine große Verbesserung (50 % oder mehr)
rep-size-worse = schlechter als vorher
rep-size-points-only = (Ausgangswert 0: nur Punkte)
rep-nap = Überlappungswert (NAP): { $nap } — { $label }
rep-nap-none = keine klare Verschiebung (0,5 heißt: keine Verschiebung)
rep-nap-moderate = mittlere Verschiebung (ab 0,66)
rep-nap-strong = starke Verschiebung (ab 0,93)
rep-nap-recalled = Überlappungswert: wird bei einem erinnerten Ausgangswert nicht berechnet.
rep-marker-title = <u>{ $marker }</u> ({ $direction })
rep-marker-line = Ausgangswoche { $base } → letzte Woche { $last }
rep-marker-change-enough = { $change } in die gute Richtung — mindestens die { $min }, die für dich zählen
rep-marker-change-short = { $change } in die gute Richtung — weniger als die { $min }, die für dich zählen
rep-marker-missing = Ausgangswoche { $base } → letzte Woche { $last }: zu wenige Werte für einen Vergleich.
rep-sessions = Behandlungen: { $done } von { $planned } geplanten
rep-next-improved = <b>Wie weiter:</b> Mach weiter, wenn es dir die Zeit und das Geld wert ist. Wenn du zusätzlich trainierst oder zur Physiotherapie gehst, bleib dabei — deren Wirkung hält meist länger an. Prüfe deine Werte nach dem nächsten Block erneut.
rep-next-partial = <b>Wie weiter:</b> Ändere für einen weiteren Block eine Sache — Technik, Druck, Dauer oder Abstände — oder wäge ab, ob das Ergebnis die Kosten wert ist.
rep-next-no_go = <b>Wie weiter:</b> Kein weiterer Block nach demselben Muster. Ändere entweder den Plan (Technik oder Dosis) oder wechsle zu einer anderen Möglichkeit, etwa Bewegungstherapie oder Physiotherapie.
rep-next-not_enough_data = <b>Wie weiter:</b> Verlängere den Block um eine Woche, um genug Tage zu sammeln, oder bewerte ihn im Wissen, dass die Zahlen dünn sind.
rep-next-stop = <b>Wie weiter:</b> Setze die Behandlungen aus und geh zu einer Ärztin oder einem Arzt, bevor du irgendetwas anderes entscheidest.
rep-cost = <b>Kosten:</b> { $spent } für { $sessions } Behandlungen, also { $perPoint } pro Punkt Schmerzverbesserung.
rep-cost-alternative = Auf einen Monat gerechnet sind das etwa { $perMonth }, im Vergleich zu { $alternative } pro Monat für deine Alternative.
rep-blocks-title = <b>Im Vergleich mit früheren Blöcken</b>
rep-blocks-original = Deine ursprüngliche Ausgangswoche ({ $range }): { $base }/100 → letzte Woche { $now }/100 ({ $change } Punkte besser)
rep-blocks-previous = Vorheriger Block ({ $range }, Ergebnis: { $outcome }): letzte Woche { $last }/100 → jetzt { $now }/100
rep-cues-title = <b>Notierte Warnzeichen</b> (sie ändern das Ergebnis oben nicht; sprich sie bitte bei deiner Ärztin oder deinem Arzt an):
rep-cue-line = • { $date }: { $cue }{ $area } — { $group }
rep-cue-group-urgent = brauchte sofort ärztliche Hilfe
rep-cue-group-no_massage_area = dort keine Massage bis zur ärztlichen Freigabe
rep-cue-group-see_clinician = ärztlich abklären lassen
rep-cue-settle-sessions = • { $date }: die Schmerzen nach zwei Behandlungen hintereinander sind nicht abgeklungen ({ $ordinal }. Mal)
rep-cue-settle-weeks = • { $date }: zwei Wochen hintereinander mindestens 10 Punkte über der Ausgangswoche ({ $ordinal }. Mal)
rep-cues-none = Es wurden keine Warnzeichen notiert. Das heißt nur, dass keine gemeldet wurden — nicht, dass alles in Ordnung ist.
rep-evidence =
    <b>Was Studien sagen</b> (Hintergrund, nicht über dich):
    • In zusammengefassten Studien senkte Massage den Schmerz um etwa 29 Punkte (0-100) im Vergleich zu keiner Behandlung und um etwa 11 Punkte im Vergleich zu einer Scheinbehandlung, aber nur um etwa 7 Punkte im Vergleich zu anderen aktiven Behandlungen wie Physiotherapie oder Bewegungstraining.
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
rep-extend-max = Der Block hat schon 20 Wochen, mehr kann ich nicht begleiten. Du kannst stattdessen einen weiteren Block mit Änderungen beginnen oder den Versuch beenden.
rep-stale = Dieser Knopf gehört zu einem älteren Bericht; dein Plan hat sich seitdem geändert. <code>/summary final</code> zeigt den aktuellen.
rep-block-intro = Planen wir den nächsten Block. Er beginnt am { $date }; als Ausgangswoche dient die Woche davor, und sein Bericht vergleicht ihn auch mit deiner ursprünglichen Ausgangswoche. Ändere, was du anders ausprobieren möchtest — zuerst kommt die Dosis — und bestätige dann den Plan.
rep-ended = Dein Versuch ist beendet, die täglichen Fragen hören auf. Danke, dass du so sorgfältig gemessen hast. Deine Daten bleiben, bis du sie löschst (/delete); mit /export lädst du sie herunter.

## /endtrial

endtrial-confirm = Möchtest du deinen Versuch jetzt beenden? Die täglichen Fragen hören dann auf, und du bekommst einen Bericht zu deinen bisherigen Daten. (Geplant war der Block bis { $end }.)
endtrial-btn-yes = Ja, jetzt beenden
endtrial-btn-no = Nein, weitermachen
endtrial-kept = Gut — dein Versuch läuft wie geplant weiter.
endtrial-already = Du hast deinen Versuch bereits am { $date } beendet. <code>/summary final</code> zeigt den Bericht dazu.
endtrial-done = Dein Versuch ist beendet, die täglichen Fragen hören auf. Hier ist der Bericht zu deinen bisherigen Daten.

## Meldungen zu „klingt nicht ab“

unsettled-first-title = ⚠️ <b>Die Schmerzen nach den Behandlungen klingen nicht ab</b>
unsettled-sessions = Nach deinen Behandlungen am { $dates } lag dein Schmerz am nächsten Behandlungstag bzw. drei Tage später immer noch mindestens { $rise } Punkte (auf deiner Skala 0-{ $scale }) über dem Wert vor der Behandlung. Ein, zwei Tage Muskelkater sind normal; das hier ist mehr.
unsettled-weeks = Dein Wochenmittel lag zwei Wochen hintereinander mindestens 10 Punkte (0-100) über deiner Ausgangswoche (Wochen { $a } und { $b }).
unsettled-first-advice = <b>Vorschlag:</b> Bitte deine Therapeutin oder deinen Therapeuten für die nächsten Behandlungen um weniger Druck oder eine kürzere Behandlung und sprecht gemeinsam darüber. Wenn das noch einmal passiert, schlage ich vor, die Behandlungen auszusetzen und dich untersuchen zu lassen. Wenn die Schmerzen stark sind oder neue Beschwerden dazukommen, wende dich jetzt an eine Ärztin oder einen Arzt.
unsettled-stop-title = 🛑 <b>Behandlungen aussetzen und untersuchen lassen</b>
unsettled-stop-body = Die Schmerzen nach den Behandlungen sind zum zweiten Mal nicht abgeklungen ({ $date }). Bitte setze die Massagen aus und lass dich ärztlich untersuchen, bevor du weitermachst. Das ist das Ergebnis „aussetzen und untersuchen lassen“ — ich schicke es dir jetzt, statt bis zum Ende des Blocks zu warten.
unsettled-stop-more = <code>/summary final</code> zeigt alle deine Zahlen.
