//! The console's and the CLI's messages (`assets/i18n/<lang>/*.ftl`, about 400 KB of text in
//! five languages) go into the binary compressed with DEFLATE (a quarter of their size); a
//! process inflates only the languages it speaks, in a fraction of a millisecond
//! (`i18n::Lang::sources`).

use std::path::Path;

/// The languages and their message files, as `src/i18n/mod.rs` names them.
const LANGS: [&str; 5] = ["en", "de", "da", "uk", "he"];
const FILES: [&str; 6] = ["wxgo.ftl", "console.ftl", "letter.ftl", "errors.ftl", "cli.ftl", "report.ftl"];

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    for lang in LANGS {
        let dir = Path::new(&out).join("i18n").join(lang);
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        for file in FILES {
            let src = Path::new("assets/i18n").join(lang).join(file);
            println!("cargo:rerun-if-changed={}", src.display());
            let text = std::fs::read(&src).unwrap_or_else(|e| panic!("{}: {e}", src.display()));
            let packed = miniz_oxide::deflate::compress_to_vec(&text, 10);
            let to = dir.join(format!("{file}.deflate"));
            std::fs::write(&to, packed).unwrap_or_else(|e| panic!("{}: {e}", to.display()));
        }
    }
}
