//! Test support for delivery: a real SMTP server (Python's aiosmtpd, Debian's python3-aiosmtpd,
//! installed by .ci/run) on 127.0.0.1, and reading the QR code back out of a PDF letter
//! (pdftoppm from poppler-utils, then rqrr).
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Stops by itself after this long even if a test never stops it.
const SERVER_LIFETIME_S: u32 = 180;

const SERVER: &str = r#"
import os, sys, time
from aiosmtpd.controller import Controller

port, folder, lifetime = int(sys.argv[1]), sys.argv[2], float(sys.argv[3])

class Keep:
    async def handle_DATA(self, server, session, envelope):
        name = os.path.join(folder, "%d.eml" % time.time_ns())
        with open(name + ".tmp", "wb") as f:
            f.write(b"X-Envelope-To: " + ",".join(envelope.rcpt_tos).encode() + b"\r\n")
            f.write(envelope.original_content or envelope.content)
        os.rename(name + ".tmp", name)
        return "250 OK"

c = Controller(Keep(), hostname="127.0.0.1", port=port)
c.start()
print("ready", flush=True)
time.sleep(lifetime)
c.stop()
"#;

/// A port on 127.0.0.1 with nothing listening on it (at the moment of asking).
pub fn free_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("bind: {e}"));
    l.local_addr().unwrap_or_else(|e| panic!("local_addr: {e}")).port()
}

fn python() -> &'static str {
    // Debian's python3 has python3-aiosmtpd; a pyenv `python3` earlier on the PATH may not.
    if Path::new("/usr/bin/python3").exists() {
        "/usr/bin/python3"
    } else {
        "python3"
    }
}

/// A real SMTP server that writes each message it receives into `folder`.
pub struct SmtpServer {
    child: Child,
    pub port: u16,
    pub folder: PathBuf,
}

impl SmtpServer {
    pub fn start(port: u16, folder: &Path) -> SmtpServer {
        std::fs::create_dir_all(folder).unwrap_or_else(|e| panic!("mkdir: {e}"));
        let mut child = Command::new(python())
            .arg("-c")
            .arg(SERVER)
            .arg(port.to_string())
            .arg(folder)
            .arg(SERVER_LIFETIME_S.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start python3 for the SMTP server: {e}"));
        let stdout = child.stdout.take().unwrap_or_else(|| panic!("no stdout"));
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        if line.trim() != "ready" {
            let _ = child.kill();
            let out = child.wait_with_output().ok();
            panic!(
                "the test SMTP server did not start (is python3-aiosmtpd installed? .ci/run installs it): {}",
                out.map(|o| String::from_utf8_lossy(&o.stderr).into_owned()).unwrap_or_default()
            );
        }
        SmtpServer { child, port, folder: folder.to_path_buf() }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// The messages received so far.
    pub fn messages(&self) -> Vec<String> {
        let mut names: Vec<PathBuf> = std::fs::read_dir(&self.folder)
            .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
            .unwrap_or_default();
        names.retain(|p| p.extension().is_some_and(|x| x == "eml"));
        names.sort();
        names.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect()
    }

    /// Waits (at most 10 s) until `n` messages have arrived.
    pub fn wait_for(&self, n: usize) -> Vec<String> {
        let start = Instant::now();
        loop {
            let m = self.messages();
            if m.len() >= n || start.elapsed() > Duration::from_secs(10) {
                return m;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Renders the first page of `pdf` at 150 dpi and decodes every QR code on it.
pub fn qr_codes_in_pdf(pdf: &Path) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let prefix = dir.path().join("page");
    let out = Command::new("pdftoppm")
        .args(["-r", "150", "-gray", "-f", "1", "-l", "1", "-singlefile"])
        .arg(pdf)
        .arg(&prefix)
        .output()
        .unwrap_or_else(|e| panic!("cannot run pdftoppm (poppler-utils; .ci/run installs it): {e}"));
    assert!(out.status.success(), "pdftoppm failed: {}", String::from_utf8_lossy(&out.stderr));
    let pgm = std::fs::read(prefix.with_extension("pgm")).unwrap_or_else(|e| panic!("pdftoppm wrote no page.pgm: {e}"));
    let (w, h, pixels) = parse_pgm(&pgm);
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| pixels[y * w + x]);
    img.detect_grids().into_iter().filter_map(|g| g.decode().ok().map(|(_, text)| text)).collect()
}

/// The text of `pdf` as `pdftotext` (poppler-utils) extracts it: what copying or searching the
/// letter gives, through the fonts' ToUnicode maps.
pub fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("cannot run pdftotext (poppler-utils; .ci/run installs it): {e}"));
    assert!(out.status.success(), "pdftotext failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("pdftotext wrote no UTF-8: {e}"))
}

/// The fonts of `pdf` as `pdffonts` lists them: (name, embedded, subset, has a ToUnicode map).
pub fn pdf_fonts(pdf: &Path) -> Vec<(String, bool, bool, bool)> {
    let out = Command::new("pdffonts")
        .arg(pdf)
        .output()
        .unwrap_or_else(|e| panic!("cannot run pdffonts (poppler-utils; .ci/run installs it): {e}"));
    assert!(out.status.success(), "pdffonts failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .skip(2)
        .filter_map(|line| {
            // name type... encoding emb sub uni object-id generation
            let words: Vec<&str> = line.split_whitespace().collect();
            let n = words.len();
            (n >= 6)
                .then(|| (words[0].to_string(), words[n - 5] == "yes", words[n - 4] == "yes", words[n - 3] == "yes"))
        })
        .collect()
}

/// Binary PGM (P5, 8 bits), as `pdftoppm -gray` writes it.
fn parse_pgm(data: &[u8]) -> (usize, usize, Vec<u8>) {
    let mut fields = Vec::new();
    let mut i = 0;
    while fields.len() < 4 {
        while i < data.len() && data[i].is_ascii_whitespace() {
            i += 1;
        }
        if data.get(i) == Some(&b'#') {
            while i < data.len() && data[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        let start = i;
        while i < data.len() && !data[i].is_ascii_whitespace() {
            i += 1;
        }
        fields.push(String::from_utf8_lossy(&data[start..i]).into_owned());
    }
    assert_eq!(fields[0], "P5", "not a binary PGM");
    let w: usize = fields[1].parse().unwrap_or_else(|e| panic!("width: {e}"));
    let h: usize = fields[2].parse().unwrap_or_else(|e| panic!("height: {e}"));
    let pixels = data[i + 1..].to_vec();
    assert!(pixels.len() >= w * h, "short PGM");
    (w, h, pixels)
}

/// The permission bits of a file.
pub fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())).permissions().mode() & 0o777
}
