# The activation letter (PDF and text) and the activation email (WG04, WG07), in English: the
# reference every other language is held to (the same ids, the same variables). Codes, numbers,
# emails, addresses and dates are variables, never translated. The phone's menus are named as
# the phone shows them in the language (iOS and Android), the rest as Control Hub's articles say it.

## The letter
letter-title = Webex Go activation
letter-pdf-title = Webex Go activation: { $device }
letter-for = For: { $name } <{ $email }>
letter-line = Business line: { $number }
letter-your-number = (your business number)
letter-code = Activation code
letter-smdp = SM-DP+ address
letter-android-code = Android code
letter-valid-until = Valid until
letter-scan = Scan the QR code with the phone's camera, or type the details by hand as below.
letter-from-admin = Your administrator gives you your eSIM's QR code (or its SM-DP+ address) with this letter. The phone needs both: the QR code or address to find the eSIM, the code above to activate it.
letter-private = The code works once and ends when a newer one is issued. If it has expired or does not work, ask your administrator for a new one. Keep this letter private: whoever has the code can use it.
letter-not-printed = Some characters could not be printed and are shown as { "\uFFFD" }: { $chars }.
letter-no-qr = (the QR code could not be drawn; type the details by hand)

## The phone's steps. With the QR code on the letter (the demo's codes):
steps-iphone-1 = Settings > Mobile Service (or Cellular) > Add eSIM.
steps-qr-iphone-2 = Choose "Use QR Code" and scan the code above, or choose "Enter Details Manually".
steps-qr-iphone-3 = By hand: type the SM-DP+ address and the activation code; leave the confirmation code empty.
steps-iphone-label = Label the new line "Business" and choose which line to use for calls and data.
steps-android-1 = Settings > Network & internet > SIMs > Add eSIM (or "Download a SIM instead?").
steps-qr-android-2 = Scan the QR code above, or choose "Need help?" > "Enter it manually".
steps-qr-android-3 = By hand: type the Android code, then follow the steps on screen.
## With Webex's code alone (a real organisation: the QR code comes from the administrator):
steps-code-iphone-1 = Settings > Mobile Service (or Cellular) > Add eSIM > Use QR Code.
steps-code-iphone-2 = Scan the QR code from your administrator, or choose "Enter Details Manually" and type the SM-DP+ address from your administrator.
steps-code-iphone-3 = Type the activation code above where the phone asks for it; leave the confirmation code empty.
steps-code-android-2 = Scan the QR code from your administrator.
steps-code-android-3 = If the phone asks for an activation code, type the code above; then follow the steps on screen.
## In the email (no QR code in it), with the demo's details:
steps-mail-iphone-2 = Choose "Use QR Code", then "Enter Details Manually".
steps-mail-iphone-3 = Type the SM-DP+ address and the activation code above; leave the confirmation code empty.
steps-mail-android-2 = Choose "Need help?" > "Enter it manually".
steps-mail-android-3 = Type the Android code above, then follow the steps on screen.

## The activation email
mail-subject = Your Webex Go activation code
mail-hello = Hello { $name },
mail-intro-days = { $org } has set up Webex Go for you: your business number { $number } will work from your phone's own dialer. { $days ->
    [one] Activate it within the next day.
   *[other] Activate it within the next { $days } days.
}
mail-intro-until = { $org } has set up Webex Go for you: your business number { $number } will work from your phone's own dialer. Activate it before { $expires }.
mail-once = The code works once. Do not share it.
mail-from-admin = Your administrator gives you your eSIM's QR code (or its SM-DP+ address) as well: the phone needs both, the QR code or address to find the eSIM and the code above to activate it.
mail-expired = If the code has expired or does not work, ask your administrator for a new one: a new code replaces every earlier one.
