//! The console's and the CLI's messages (`assets/i18n/<lang>/*.ftl`, about 400 KB of text in
//! five languages) go into the binary compressed with DEFLATE (a quarter of their size); a
//! process inflates only the languages it speaks, in a fraction of a millisecond
//! (`i18n::Lang::sources`, which names the files it embeds: every `.ftl` here is compressed).

use std::path::Path;

fn main() {
    let root = Path::new("assets/i18n");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed={}", root.display());
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    let read = |dir: &Path| std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for lang in read(root).flatten().filter(|e| e.path().is_dir()) {
        let to_dir = Path::new(&out).join("i18n").join(lang.file_name());
        std::fs::create_dir_all(&to_dir).unwrap_or_else(|e| panic!("{}: {e}", to_dir.display()));
        println!("cargo:rerun-if-changed={}", lang.path().display());
        for file in read(&lang.path()).flatten().filter(|e| e.path().extension().is_some_and(|x| x == "ftl")) {
            let src = file.path();
            println!("cargo:rerun-if-changed={}", src.display());
            let text = std::fs::read(&src).unwrap_or_else(|e| panic!("{}: {e}", src.display()));
            let packed = miniz_oxide::deflate::compress_to_vec(&text, 10);
            let to = to_dir.join(format!("{}.deflate", file.file_name().to_string_lossy()));
            std::fs::write(&to, packed).unwrap_or_else(|e| panic!("{}: {e}", to.display()));
        }
    }
}
