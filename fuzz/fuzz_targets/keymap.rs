#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| wxgo::fuzzing::keymap(data));
