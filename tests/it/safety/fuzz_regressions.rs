//! Replays every input the fuzzers kept (fuzz/regressions/<target>/) and a few hand-made
//! hostile ones through the same entry points, so what was once found stays fixed.

use std::path::Path;

fn replay(target: &str, run: fn(&[u8])) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions").join(target);
    let mut n = 0;
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for e in entries.flatten() {
            if let Ok(bytes) = std::fs::read(e.path()) {
                run(&bytes);
                n += 1;
            }
        }
    }
    n
}

const HOSTILE: &[&[u8]] = &[
    b"",
    b"+",
    b"++1",
    b"+\xff\xfe\x00",
    b"+1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6",
    b"+999999999999999",
    b"LPA:1$$",
    b"LPA:1$a$b$c$d",
    b"LPA:1$smdp$\xe2\x80\x8b",
    b"K7QX-M2PD-9HTR-4WCE",
    b"k7qx m2pd 9htr 4wce",
    b"\xc3\x9f\xc3\x9f\xc3\x9f\xc3\x9f\xc3\x9f\xc3\x9f\xc3\x9f\xc3\x9f\xc3\x9f\xc3\x9f\xc3\x9f\xc3\x9f\xc3\x9f\xc3\x9f\xc3\x9f\xc3\x9f",
    b",,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,",
    b"+447400000001,+447400000001,+447400000001",
];

#[test]
fn e164_inputs_never_panic() {
    for input in HOSTILE {
        wxgo::fuzzing::e164(input);
    }
    replay("e164", wxgo::fuzzing::e164);
}

#[test]
fn lpa_and_code_inputs_never_panic() {
    for input in HOSTILE {
        wxgo::fuzzing::lpa(input);
    }
    replay("lpa", wxgo::fuzzing::lpa);
}

#[test]
fn mobile_entries_never_panic() {
    for input in HOSTILE {
        wxgo::fuzzing::mobile_entry(input);
    }
    let long = "+447400000001,".repeat(25);
    wxgo::fuzzing::mobile_entry(long.as_bytes());
    replay("mobile_entry", wxgo::fuzzing::mobile_entry);
}

#[test]
fn directory_and_device_csv_inputs_never_panic() {
    for input in HOSTILE {
        wxgo::fuzzing::directory_csv(input);
        wxgo::fuzzing::device_csv(input);
    }
    let odd: &[&[u8]] = &[
        b"\xef\xbb\xbfEmail,Display Name\r\n\"a@b.c\",\"x\"\r\n\r\n",
        b"Username,Type\n\"unterminated,USER\n",
        b"\xff\xfeU\x00s\x00e\x00r\x00",
        b"Username,Type,Extension,Phone Number,Device Type,Model,MAC Address,Location,Webex Go[Sub-x]\n,,,,,,,,\n",
    ];
    for input in odd {
        wxgo::fuzzing::directory_csv(input);
        wxgo::fuzzing::device_csv(input);
    }
    replay("directory_csv", wxgo::fuzzing::directory_csv);
    replay("device_csv", wxgo::fuzzing::device_csv);
}

#[test]
fn keymap_and_config_files_never_panic() {
    let odd: &[&[u8]] = &[
        b"quit = 5",
        b"quit = [\"q\", \"q\"]",
        b"nonsense_action = \"x\"",
        b"new_code = \"ctrl-alt-shift-\"",
        b"[smtp]\nport = 99999999999\nhost = \"\"",
        b"clipboard = [1, 2]",
        b"\x00\x01[[[",
    ];
    for input in HOSTILE.iter().chain(odd) {
        wxgo::fuzzing::keymap(input);
        wxgo::fuzzing::config(input);
    }
    replay("keymap", wxgo::fuzzing::keymap);
    replay("config", wxgo::fuzzing::config);
}
