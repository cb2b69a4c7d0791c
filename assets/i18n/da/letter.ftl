# Aktiveringsbrevet (PDF og tekst) og aktiveringsmailen (WG04, WG07). Koder, numre, e-mails,
# adresser og datoer er variabler og oversættes aldrig. Telefonens menuer som iOS og Android
# viser dem på dansk.

## Brevet
letter-title = Webex Go-aktivering
letter-pdf-title = Webex Go-aktivering: { $device }
letter-for = Til: { $name } <{ $email }>
letter-line = Arbejdsnummer: { $number }
letter-your-number = (dit arbejdsnummer)
letter-code = Aktiveringskode
letter-smdp = SM-DP+-adresse
letter-android-code = Android-kode
letter-valid-until = Gyldig til
letter-scan = Scan QR-koden med telefonens kamera, eller indtast oplysningerne manuelt som beskrevet nedenfor.
letter-from-admin = Din administrator giver dig din eSIMs QR-kode (eller dens SM-DP+-adresse) sammen med dette brev. Telefonen skal bruge begge dele: QR-koden eller adressen for at finde eSIM'et og koden ovenfor for at aktivere det.
letter-private = Koden virker én gang og holder op med at virke, når der udstedes en nyere. Hvis den er udløbet eller ikke virker, så bed din administrator om en ny. Hold brevet privat: Alle, der har koden, kan bruge den.
letter-not-printed = Nogle tegn kunne ikke udskrives og vises som { "\uFFFD" }: { $chars }.
letter-no-qr = (QR-koden kunne ikke tegnes; indtast oplysningerne manuelt)

## Trinene på telefonen. Med QR-koden i brevet:
steps-iphone-1 = Indstillinger > Mobilnetværk > Tilføj eSIM.
steps-qr-iphone-2 = Vælg "Brug QR-kode", og scan koden ovenfor, eller vælg "Indtast oplysninger manuelt".
steps-qr-iphone-3 = Manuelt: Indtast SM-DP+-adressen og aktiveringskoden; lad bekræftelseskoden være tom.
steps-iphone-label = Giv den nye linje navnet "Arbejde", og vælg, hvilken linje der skal bruges til opkald og data.
steps-android-1 = Indstillinger > Netværk og internet > SIM-kort > Tilføj eSIM (eller "Vil du downloade et SIM-kort i stedet?").
steps-qr-android-2 = Scan QR-koden ovenfor, eller vælg "Har du brug for hjælp?" > "Indtast manuelt".
steps-qr-android-3 = Manuelt: Indtast Android-koden, og følg derefter vejledningen på skærmen.
## Kun med koden fra Webex (QR-koden kommer fra administratoren):
steps-code-iphone-1 = Indstillinger > Mobilnetværk > Tilføj eSIM > Brug QR-kode.
steps-code-iphone-2 = Scan QR-koden fra din administrator, eller vælg "Indtast oplysninger manuelt", og indtast SM-DP+-adressen fra din administrator.
steps-code-iphone-3 = Indtast aktiveringskoden ovenfor, når telefonen beder om den; lad bekræftelseskoden være tom.
steps-code-android-2 = Scan QR-koden fra din administrator.
steps-code-android-3 = Hvis telefonen beder om en aktiveringskode, så indtast koden ovenfor; følg derefter vejledningen på skærmen.
## I mailen (uden QR-kode):
steps-mail-iphone-2 = Vælg "Brug QR-kode" og derefter "Indtast oplysninger manuelt".
steps-mail-iphone-3 = Indtast SM-DP+-adressen og aktiveringskoden ovenfor; lad bekræftelseskoden være tom.
steps-mail-android-2 = Vælg "Har du brug for hjælp?" > "Indtast manuelt".
steps-mail-android-3 = Indtast Android-koden ovenfor, og følg derefter vejledningen på skærmen.

## Aktiveringsmailen
mail-subject = Din aktiveringskode til Webex Go
mail-hello = Hej { $name }
mail-intro-days = { $org } har konfigureret Webex Go til dig: Dit arbejdsnummer { $number } virker fra telefonens egen opkaldsapp. { $days ->
    [one] Aktivér det inden for det næste døgn.
   *[other] Aktivér det inden for de næste { $days } dage.
}
mail-intro-until = { $org } har konfigureret Webex Go til dig: Dit arbejdsnummer { $number } virker fra telefonens egen opkaldsapp. Aktivér det inden { $expires }.
mail-once = Koden virker én gang. Del den ikke med andre.
mail-from-admin = Din administrator giver dig også din eSIMs QR-kode (eller dens SM-DP+-adresse): Telefonen skal bruge begge dele, QR-koden eller adressen for at finde eSIM'et og koden ovenfor for at aktivere det.
mail-expired = Hvis koden er udløbet eller ikke virker, så bed din administrator om en ny: En ny kode erstatter alle tidligere koder.
