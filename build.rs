//! The console's and the CLI's messages (`assets/i18n/<lang>/*.ftl`, about 400 KB of text in
//! five languages) go into the binary compressed with DEFLATE (a quarter of their size); a
//! process inflates only the languages it speaks, in a fraction of a millisecond
//! (`i18n::Lang::sources`, which names the files it embeds: every `.ftl` here is compressed).

use std::path::Path;

fn main() {
    let root = Path::new("assets/i18n");
    index(root);
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

/// `OUT_DIR/i18n/index.rs`: every message id of the English files with the file it is in,
/// sorted by id (`NAMES`, `IDS`, `STARTS`, `FILES`), so a process parses a file only when it says one of its messages
/// (`i18n::Tr`). Every language keeps an id in the same file as English (the tests hold it).
fn index(root: &Path) {
    let en = root.join("en");
    let mut ids: Vec<(String, String)> = Vec::new();
    let files = std::fs::read_dir(&en).unwrap_or_else(|e| panic!("{}: {e}", en.display()));
    for file in files.flatten().filter(|e| e.path().extension().is_some_and(|x| x == "ftl")) {
        let name = file.file_name().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(file.path()).unwrap_or_else(|e| panic!("{}: {e}", file.path().display()));
        for line in text.lines() {
            let Some((id, _)) = line.split_once('=') else { continue };
            let id = id.trim_end();
            // A message starts its line with its id (a letter, then letters, digits, _ and -).
            let first = id.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
            if first && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
                ids.push((id.to_string(), name.clone()));
            }
        }
    }
    ids.sort();
    // One string of the ids, where each starts, and each one's file by number: no pointer per
    // id (a table of string pairs cost the binary three times as much).
    let mut names: Vec<&str> = ids.iter().map(|(_, f)| f.as_str()).collect();
    names.sort();
    names.dedup();
    let mut text = String::new();
    let mut starts = Vec::new();
    let mut files = Vec::new();
    for (id, file) in &ids {
        starts.push(text.len().to_string());
        text.push_str(id);
        files.push(names.iter().position(|n| n == file).unwrap_or(0).to_string());
    }
    starts.push(text.len().to_string());
    let out = format!(
        "/// Every English message id and its file, sorted by id (build.rs).\n\
         pub static NAMES: [&str; {}] = {names:?};\n\
         pub static IDS: &str = {text:?};\n\
         pub static STARTS: [u32; {}] = [{}];\n\
         pub static FILES: [u8; {}] = [{}];\n",
        names.len(),
        starts.len(),
        starts.join(","),
        files.len(),
        files.join(",")
    );
    let to = Path::new(&std::env::var_os("OUT_DIR").expect("OUT_DIR")).join("i18n");
    std::fs::create_dir_all(&to).unwrap_or_else(|e| panic!("{}: {e}", to.display()));
    std::fs::write(to.join("index.rs"), out).unwrap_or_else(|e| panic!("{}: {e}", to.display()));
}
