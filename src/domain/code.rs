//! Activation codes (WG04-WG07): random, typed by hand on iPhones, stored only as a hash.

use std::sync::Mutex;

use chrono::{DateTime, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::{Error, Result};

/// Upper-case letters and digits without the ones that read alike (0/O, 1/I/L).
/// Matching ids may use `A-Z a-z 0-9 -` (SGP.22); this set is a safe subset.
pub const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
/// 16 symbols from 31: about 79 bits, far past guessing at any rate a server allows.
pub const CODE_SYMBOLS: usize = 16;
const GROUP: usize = 4;

/// A plain activation code: exists only in memory, between issue and handing it to the admin.
#[derive(Clone, PartialEq, Eq)]
pub struct ActivationCode(String);

impl std::fmt::Debug for ActivationCode {
    // Never print the secret by accident (logs, panics, debug output).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ActivationCode(****)")
    }
}

impl ActivationCode {
    /// Builds a code from symbols of `ALPHABET` (what a generator produced).
    fn from_symbols(symbols: &str) -> Self {
        let mut grouped = String::with_capacity(symbols.len() + symbols.len() / GROUP);
        for (i, c) in symbols.chars().enumerate() {
            if i > 0 && i % GROUP == 0 {
                grouped.push('-');
            }
            grouped.push(c);
        }
        ActivationCode(grouped)
    }

    /// Accepts what a person types: any case, spaces or hyphens anywhere.
    pub fn parse(input: &str) -> Result<Self> {
        let symbols: String =
            input.chars().filter(|c| !matches!(c, '-' | ' ' | '\t')).map(|c| c.to_ascii_uppercase()).collect();
        if symbols.len() != CODE_SYMBOLS {
            return Err(Error::invalid(crate::said!("code-length", n = CODE_SYMBOLS, has = symbols.len())));
        }
        if let Some(bad) = symbols.chars().find(|c| !ALPHABET.contains(&(*c as u8)) || !c.is_ascii()) {
            return Err(Error::invalid(crate::said!("code-symbol", symbol = bad.to_string())));
        }
        Ok(Self::from_symbols(&symbols))
    }

    /// A code exactly as the Webex API gave it (issue 17): opaque, never reformatted and never
    /// checked against [`ALPHABET`] (it may be 16 digits, or another length tomorrow).
    pub fn opaque(code: &str) -> Self {
        ActivationCode(code.to_string())
    }

    /// The code as shown and typed: `K7QX-M2PD-9HTR-4WCE`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The SHA-256 of the normalised code: all that is ever stored.
    pub fn hash(&self) -> String {
        let mut sha = Sha256::new();
        for part in self.0.split('-') {
            sha.update(part.as_bytes());
        }
        let digest = sha.finalize();
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut out = Vec::with_capacity(64);
        for b in digest.iter() {
            out.extend([HEX[(b >> 4) as usize], HEX[(b & 0xf) as usize]]);
        }
        String::from_utf8_lossy(&out).into_owned()
    }
}

/// GSMA SGP.22 activation string for the QR code: `LPA:1$<SM-DP+ address>$<matching id>`.
/// The confirmation code is never part of it (WG07).
pub fn lpa_string(smdp_address: &str, code: &ActivationCode) -> String {
    ["LPA:1$", smdp_address, "$", code.as_str()].concat()
}

/// What Android's "enter code manually" screen takes: the activation code without the
/// `LPA:` scheme (`1$<SM-DP+>$<matching id>`).
pub fn android_code(smdp_address: &str, code: &ActivationCode) -> String {
    ["1$", smdp_address, "$", code.as_str()].concat()
}

/// Parses an LPA activation string back into its SM-DP+ address and matching id.
pub fn parse_lpa(lpa: &str) -> Result<(String, String)> {
    let rest = lpa.strip_prefix("LPA:1$").ok_or_else(|| Error::invalid(crate::said!("lpa-prefix")))?;
    let mut parts = rest.split('$');
    let smdp = parts.next().unwrap_or_default();
    let matching = parts.next().unwrap_or_default();
    if smdp.is_empty() || matching.is_empty() {
        return Err(Error::invalid(crate::said!("lpa-shape")));
    }
    if !matching.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(Error::invalid(crate::said!("lpa-matching-id")));
    }
    Ok((smdp.to_string(), matching.to_string()))
}

/// A code as issued: the plain code goes to the admin once, with what the phone needs.
#[derive(Debug, Clone, Serialize)]
pub struct IssuedCode {
    pub device_id: String,
    pub owner_email: String,
    pub owner_name: String,
    pub primary_number: Option<String>,
    #[serde(serialize_with = "ser_code")]
    pub activation_code: ActivationCode,
    pub smdp_address: String,
    pub lpa: String,
    pub android_code: String,
    pub issued_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub emailed: bool,
    /// What happened to the email: where it went, or why it was not sent (said in the admin's
    /// language where it is shown; `--json` has its English).
    pub email_note: crate::domain::error::Text,
}

/// What a real organisation shows where the demo shows the SM-DP+ address, the Android code and
/// the QR code: Webex's API gives none of them (issue 17).
pub const CONTROL_HUB_ONLY: &str = "Control Hub only (Devices > the Webex Go device)";

fn ser_code<S: serde::Serializer>(c: &ActivationCode, s: S) -> std::result::Result<S::Ok, S::Error> {
    s.serialize_str(c.as_str())
}

impl IssuedCode {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        device_id: String,
        owner_email: String,
        owner_name: String,
        primary_number: Option<String>,
        code: ActivationCode,
        smdp_address: &str,
        issued_at: DateTime<Utc>,
        expires_at: DateTime<Utc>,
    ) -> Self {
        IssuedCode {
            device_id,
            owner_email,
            owner_name,
            primary_number,
            lpa: lpa_string(smdp_address, &code),
            android_code: android_code(smdp_address, &code),
            activation_code: code,
            smdp_address: smdp_address.to_string(),
            issued_at,
            expires_at,
            emailed: false,
            email_note: crate::domain::error::Text::default(),
        }
    }
}

impl IssuedCode {
    /// A code Webex issued (`POST /devices/activationCode`): the code as Webex gave it, and no
    /// SM-DP+ address, Android code or QR string, which only Control Hub shows (`lpa` is empty).
    pub fn from_webex(
        device_id: String,
        owner_email: String,
        owner_name: String,
        primary_number: Option<String>,
        code: ActivationCode,
        issued_at: DateTime<Utc>,
        expires_at: DateTime<Utc>,
    ) -> Self {
        let mut issued =
            IssuedCode::new(device_id, owner_email, owner_name, primary_number, code, "", issued_at, expires_at);
        issued.smdp_address = CONTROL_HUB_ONLY.to_string();
        issued.android_code = CONTROL_HUB_ONLY.to_string();
        issued.lpa = String::new();
        issued
    }

    /// Whether the QR code (and the SM-DP+ address) are known here: not for a code Webex issued.
    pub fn has_qr(&self) -> bool {
        !self.lpa.is_empty()
    }
}

/// Where activation codes come from; tests replace it with a seeded one.
pub trait CodeGenerator: Send + Sync {
    fn generate(&self) -> ActivationCode;

    /// `n` codes, as `n` calls of [`CodeGenerator::generate`] would give them (a bulk import
    /// issues thousands at once).
    fn generate_many(&self, n: usize) -> Vec<ActivationCode> {
        (0..n).map(|_| self.generate()).collect()
    }
}

/// The OS's secure random generator, with rejection sampling so every symbol is equally likely.
#[derive(Debug, Default)]
pub struct OsCodeGenerator;

impl CodeGenerator for OsCodeGenerator {
    fn generate(&self) -> ActivationCode {
        let mut out = String::with_capacity(CODE_SYMBOLS);
        let limit = 256 - (256 % ALPHABET.len()); // bytes at or above are rejected
        while out.len() < CODE_SYMBOLS {
            let mut buf = [0u8; 32];
            if getrandom::fill(&mut buf).is_err() {
                // The OS generator does not fail on Linux once booted; if it ever does, refuse
                // to invent a weak code and keep asking rather than fall back to anything else.
                continue;
            }
            for b in buf {
                if (b as usize) < limit && out.len() < CODE_SYMBOLS {
                    out.push(ALPHABET[b as usize % ALPHABET.len()] as char);
                }
            }
        }
        ActivationCode::from_symbols(&out)
    }

    /// The same draw as [`OsCodeGenerator::generate`], with the random bytes of all the codes
    /// asked for in one request to the OS rather than one each.
    fn generate_many(&self, n: usize) -> Vec<ActivationCode> {
        let limit = 256 - (256 % ALPHABET.len());
        let mut codes = Vec::with_capacity(n);
        let mut symbols = String::with_capacity(CODE_SYMBOLS);
        let mut pool: Vec<u8> = Vec::new();
        while codes.len() < n {
            // About 16.5 bytes a code are used (a few are rejected); ask for a little more.
            pool.resize((n - codes.len()) * 18 + 32, 0);
            if getrandom::fill(&mut pool).is_err() {
                continue; // as in `generate`: never a weak code, ask again
            }
            for &b in &pool {
                if (b as usize) < limit {
                    symbols.push(ALPHABET[b as usize % ALPHABET.len()] as char);
                    if symbols.len() == CODE_SYMBOLS {
                        codes.push(ActivationCode::from_symbols(&symbols));
                        symbols.clear();
                        if codes.len() == n {
                            break;
                        }
                    }
                }
            }
        }
        codes
    }
}

/// Deterministic codes for tests and the demo (splitmix64).
#[derive(Debug)]
pub struct SeededCodeGenerator(Mutex<u64>);

impl SeededCodeGenerator {
    pub fn new(seed: u64) -> Self {
        SeededCodeGenerator(Mutex::new(seed))
    }
}

impl CodeGenerator for SeededCodeGenerator {
    fn generate(&self) -> ActivationCode {
        let mut state = self.0.lock().unwrap_or_else(|p| p.into_inner());
        let mut out = String::with_capacity(CODE_SYMBOLS);
        while out.len() < CODE_SYMBOLS {
            *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = *state;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^= z >> 31;
            out.push(ALPHABET[(z % ALPHABET.len() as u64) as usize] as char);
        }
        ActivationCode::from_symbols(&out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_issued_together_are_as_random_and_well_formed_as_codes_issued_alone() {
        let codes = OsCodeGenerator.generate_many(2000);
        assert_eq!(codes.len(), 2000);
        let distinct: std::collections::HashSet<&str> = codes.iter().map(ActivationCode::as_str).collect();
        assert_eq!(distinct.len(), 2000, "no code repeats");
        let mut seen = [0usize; 256];
        for code in &codes {
            assert_eq!(code.as_str().len(), 19);
            assert_eq!(ActivationCode::parse(code.as_str()).as_ref(), Ok(code));
            for c in code.as_str().bytes().filter(|c| *c != b'-') {
                seen[c as usize] += 1;
            }
        }
        // 32,000 symbols over 31: each about 1,032 times; a symbol never or rarely drawn
        // would mean a biased draw.
        for &symbol in ALPHABET {
            assert!(
                (800..1300).contains(&seen[symbol as usize]),
                "{} drawn {} times",
                symbol as char,
                seen[symbol as usize]
            );
        }
        // The seeded generator gives the same codes together as one by one.
        let (a, b) = (SeededCodeGenerator::new(7), SeededCodeGenerator::new(7));
        assert_eq!(a.generate_many(3), vec![b.generate(), b.generate(), b.generate()]);
    }

    #[test]
    fn codes_are_grouped_and_use_only_the_safe_alphabet() {
        let code = OsCodeGenerator.generate();
        assert_eq!(code.as_str().len(), 19);
        assert_eq!(code.as_str().matches('-').count(), 3);
        for c in code.as_str().chars().filter(|c| *c != '-') {
            assert!(ALPHABET.contains(&(c as u8)), "{c}");
            assert!(!"01ILO".contains(c));
        }
    }

    #[test]
    fn typed_code_matches_the_issued_hash() {
        let code = SeededCodeGenerator::new(7).generate();
        let typed = code.as_str().to_lowercase().replace('-', " ");
        assert_eq!(ActivationCode::parse(&typed).map(|c| c.hash()), Ok(code.hash()));
    }

    #[test]
    fn debug_never_shows_the_code() {
        let code = SeededCodeGenerator::new(1).generate();
        assert!(!format!("{code:?}").contains(code.as_str()));
    }

    #[test]
    fn lpa_round_trips() {
        let code = SeededCodeGenerator::new(3).generate();
        let lpa = lpa_string("smdp.example.com", &code);
        assert_eq!(parse_lpa(&lpa), Ok(("smdp.example.com".into(), code.as_str().to_string())));
    }
}
