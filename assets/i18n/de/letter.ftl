# Der Aktivierungsbrief (PDF und Text) und die Aktivierungs-E-Mail (WG04, WG07). Codes, Nummern,
# E-Mails, Adressen und Daten sind Variablen und werden nie übersetzt. Wörter aus den Hilfeartikeln
# (Aktivierungscode, QR-Code, SM-DP+-Adresse, Netzwerkprovider-Code: seeds/000); die Menüs des
# Telefons so, wie iOS und Android sie auf Deutsch zeigen.

## Der Brief
letter-title = Webex Go-Aktivierung
letter-pdf-title = Webex Go-Aktivierung: { $device }
letter-for = Für: { $name } <{ $email }>
letter-line = Geschäftliche Rufnummer: { $number }
letter-your-number = (Ihre geschäftliche Rufnummer)
letter-code = Aktivierungscode
letter-smdp = SM-DP+-Adresse
letter-android-code = Netzwerkprovider-Code (Android)
letter-valid-until = Gültig bis
letter-scan = Scannen Sie den QR-Code mit der Kamera des Telefons, oder geben Sie die Details wie unten beschrieben manuell ein.
letter-from-admin = Ihr Administrator gibt Ihnen mit diesem Brief den QR-Code Ihrer eSIM (oder ihre SM-DP+-Adresse). Das Telefon braucht beides: den QR-Code oder die Adresse, um die eSIM zu finden, und den Code oben, um sie zu aktivieren.
letter-private = Der Code funktioniert einmal und wird ungültig, sobald ein neuerer generiert wird. Wenn er abgelaufen ist oder nicht funktioniert, bitten Sie Ihren Administrator um einen neuen. Bewahren Sie diesen Brief vertraulich auf: Wer den Code hat, kann ihn verwenden.
letter-not-printed = Einige Zeichen konnten nicht gedruckt werden und erscheinen als { "\uFFFD" }: { $chars }.
letter-no-qr = (der QR-Code konnte nicht gezeichnet werden; geben Sie die Details manuell ein)

## Die Schritte am Telefon. Mit dem QR-Code im Brief:
steps-iphone-1 = Einstellungen > Mobilfunk > eSIM hinzufügen.
steps-qr-iphone-2 = Wählen Sie „QR-Code verwenden“ und scannen Sie den Code oben, oder wählen Sie „Details manuell eingeben“.
steps-qr-iphone-3 = Manuell: Geben Sie die SM-DP+-Adresse und den Aktivierungscode ein; lassen Sie den Bestätigungscode leer.
steps-iphone-label = Nennen Sie die neue Leitung „Geschäftlich“ und wählen Sie, welche Leitung für Anrufe und Daten verwendet wird.
steps-android-1 = Einstellungen > Netzwerk & Internet > SIMs > eSIM hinzufügen (oder „Stattdessen eine SIM herunterladen?“).
steps-qr-android-2 = Scannen Sie den QR-Code oben, oder wählen Sie „Brauchst du Hilfe?“ > „Manuell eingeben“.
steps-qr-android-3 = Manuell: Geben Sie den Netzwerkprovider-Code ein und folgen Sie dann den Schritten auf dem Bildschirm.
## Nur mit dem Code von Webex (der QR-Code kommt vom Administrator):
steps-code-iphone-1 = Einstellungen > Mobilfunk > eSIM hinzufügen > QR-Code verwenden.
steps-code-iphone-2 = Scannen Sie den QR-Code von Ihrem Administrator, oder wählen Sie „Details manuell eingeben“ und geben Sie die SM-DP+-Adresse von Ihrem Administrator ein.
steps-code-iphone-3 = Geben Sie den Aktivierungscode oben ein, wenn das Telefon danach fragt; lassen Sie den Bestätigungscode leer.
steps-code-android-2 = Scannen Sie den QR-Code von Ihrem Administrator.
steps-code-android-3 = Wenn das Telefon nach einem Aktivierungscode fragt, geben Sie den Code oben ein; folgen Sie dann den Schritten auf dem Bildschirm.
## In der E-Mail (ohne QR-Code):
steps-mail-iphone-2 = Wählen Sie „QR-Code verwenden“, dann „Details manuell eingeben“.
steps-mail-iphone-3 = Geben Sie die SM-DP+-Adresse und den Aktivierungscode oben ein; lassen Sie den Bestätigungscode leer.
steps-mail-android-2 = Wählen Sie „Brauchst du Hilfe?“ > „Manuell eingeben“.
steps-mail-android-3 = Geben Sie den Netzwerkprovider-Code oben ein und folgen Sie dann den Schritten auf dem Bildschirm.

## Die Aktivierungs-E-Mail
mail-subject = Ihr Aktivierungscode für Webex Go
mail-hello = Hallo { $name },
mail-intro-days = { $org } hat Webex Go für Sie eingerichtet: Ihre geschäftliche Rufnummer { $number } funktioniert über den nativen Dialer Ihres Mobiltelefons. { $days ->
    [one] Aktivieren Sie sie innerhalb eines Tages.
   *[other] Aktivieren Sie sie innerhalb der nächsten { $days } Tage.
}
mail-intro-until = { $org } hat Webex Go für Sie eingerichtet: Ihre geschäftliche Rufnummer { $number } funktioniert über den nativen Dialer Ihres Mobiltelefons. Aktivieren Sie sie bis { $expires }.
mail-once = Der Code funktioniert einmal. Geben Sie ihn nicht weiter.
mail-from-admin = Ihr Administrator gibt Ihnen außerdem den QR-Code Ihrer eSIM (oder ihre SM-DP+-Adresse): Das Telefon braucht beides, den QR-Code oder die Adresse, um die eSIM zu finden, und den Code oben, um sie zu aktivieren.
mail-expired = Wenn der Code abgelaufen ist oder nicht funktioniert, bitten Sie Ihren Administrator um einen neuen: Ein neuer Code macht alle zuvor generierten Aktivierungscodes ungültig.
