//! The real `wxgo` binary in a pseudo-terminal, as a terminal would run it: write keys, and read
//! every byte it writes with the time the byte arrived, the frames (each ends with the
//! synchronized-update end, `ESC [ ? 2026 l`) and the screen as a terminal shows it (vt100).
//! Waits are for what the output shows, with a deadline, never for a fixed time. Used by
//! tests/it/e2e/pty.rs and, included by path, benches/pty.rs.
#![allow(dead_code)]

use std::ffi::OsStr;
use std::io::{Read, Write};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use portable_pty::{native_pty_system, Child, CommandBuilder, MasterPty, PtySize};

/// The end of a synchronized update: wxgo ends every frame with it.
pub const FRAME_END: &[u8] = b"\x1b[?2026l";

/// Everything the console wrote, as it arrived.
pub struct Output {
    pub bytes: Vec<u8>,
    /// Each read: the offset it began at, and when it arrived.
    pub reads: Vec<(usize, Instant)>,
    /// Each frame: the offset just past its end, and when the read holding its end arrived.
    pub frames: Vec<(usize, Instant)>,
    pub parser: vt100::Parser,
    /// The console closed its side (it ended).
    pub closed: bool,
}

/// A point in the output: what had arrived by then.
#[derive(Debug, Clone, Copy)]
pub struct Mark {
    pub bytes: usize,
    pub frames: usize,
    pub at: Instant,
}

pub struct Console {
    shared: Arc<(Mutex<Output>, Condvar)>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
    pub pid: u32,
}

fn size(cols: u16, rows: u16) -> PtySize {
    PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }
}

impl Console {
    /// Starts `bin args` in a new pty of `cols` x `rows` with `env` added (TERM is
    /// xterm-256color; tmux's and SSH's variables are removed, so the console's clipboard
    /// choice does not depend on where the test runs).
    pub fn start(bin: &OsStr, args: &[&OsStr], env: &[(&str, &OsStr)], cols: u16, rows: u16) -> Console {
        let pair = native_pty_system().openpty(size(cols, rows)).unwrap_or_else(|e| panic!("openpty: {e}"));
        let mut cmd = CommandBuilder::new(bin);
        cmd.args(args);
        // In this folder, as a shell would start it (portable-pty starts in the home folder).
        if let Ok(here) = std::env::current_dir() {
            cmd.cwd(here);
        }
        for var in ["TMUX", "TMUX_PANE", "SSH_TTY", "SSH_CONNECTION", "SSH_CLIENT", "NO_COLOR"] {
            cmd.env_remove(var);
        }
        cmd.env("TERM", "xterm-256color");
        // wxgo's English whatever the locale of whoever runs the tests; a test about a
        // language gives its own in `env` (or --lang).
        for var in ["LC_ALL", "LC_MESSAGES"] {
            cmd.env_remove(var);
        }
        cmd.env("LANG", "C.UTF-8");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).unwrap_or_else(|e| panic!("start {bin:?} in a pty: {e}"));
        drop(pair.slave);
        let pid = child.process_id().unwrap_or(0);
        let mut reader = pair.master.try_clone_reader().unwrap_or_else(|e| panic!("pty reader: {e}"));
        let writer = pair.master.take_writer().unwrap_or_else(|e| panic!("pty writer: {e}"));
        let rows_nz = std::num::NonZeroU16::new(rows).unwrap_or(std::num::NonZeroU16::MIN);
        let cols_nz = std::num::NonZeroU16::new(cols).unwrap_or(std::num::NonZeroU16::MIN);
        let shared = Arc::new((
            Mutex::new(Output {
                bytes: Vec::new(),
                reads: Vec::new(),
                frames: Vec::new(),
                parser: vt100::Parser::new(rows_nz, cols_nz, 0),
                closed: false,
            }),
            Condvar::new(),
        ));
        let sink = shared.clone();
        std::thread::spawn(move || {
            let mut buf = vec![0u8; 1 << 16];
            loop {
                let n = reader.read(&mut buf).unwrap_or(0);
                let at = Instant::now();
                let (lock, cvar) = &*sink;
                let mut out = lock.lock().unwrap_or_else(|p| p.into_inner());
                if n == 0 {
                    out.closed = true;
                    cvar.notify_all();
                    return;
                }
                let start = out.bytes.len();
                out.bytes.extend_from_slice(&buf[..n]);
                out.reads.push((start, at));
                // A frame's end may straddle two reads.
                let from = start.saturating_sub(FRAME_END.len() - 1);
                let ends: Vec<usize> = out.bytes[from..]
                    .windows(FRAME_END.len())
                    .enumerate()
                    .filter(|(_, w)| *w == FRAME_END)
                    .map(|(i, _)| from + i + FRAME_END.len())
                    .collect();
                for end in ends {
                    out.frames.push((end, at));
                }
                out.parser.process(&buf[..n]);
                cvar.notify_all();
            }
        });
        Console { shared, writer, child, _master: pair.master, pid }
    }

    pub fn output(&self) -> MutexGuard<'_, Output> {
        self.shared.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn mark(&self) -> Mark {
        let out = self.output();
        Mark { bytes: out.bytes.len(), frames: out.frames.len(), at: Instant::now() }
    }

    /// Writes `bytes` as typed keys; returns the time just before the write.
    pub fn keys(&mut self, bytes: &[u8]) -> Instant {
        let at = Instant::now();
        self.writer.write_all(bytes).unwrap_or_else(|e| panic!("write to the pty: {e}"));
        self.writer.flush().unwrap_or_else(|e| panic!("write to the pty: {e}"));
        at
    }

    /// Waits until `done` holds of the output, or `within` passed: the output then.
    pub fn wait(&self, within: Duration, done: impl Fn(&Output) -> bool) -> Result<MutexGuard<'_, Output>, String> {
        let deadline = Instant::now() + within;
        let (lock, cvar) = &*self.shared;
        let mut out = lock.lock().unwrap_or_else(|p| p.into_inner());
        loop {
            if done(&out) {
                return Ok(out);
            }
            let now = Instant::now();
            if now >= deadline || out.closed {
                let why = if out.closed { "the console ended" } else { "time is up" };
                return Err(format!("{why}; the screen shows:\n{}", out.parser.screen().contents()));
            }
            out = cvar.wait_timeout(out, deadline - now).unwrap_or_else(|p| p.into_inner()).0;
        }
    }

    /// Waits until the screen satisfies `done`; panics with the screen after `within`.
    pub fn wait_screen(&self, what: &str, within: Duration, done: impl Fn(&str) -> bool) -> String {
        match self.wait(within, |o| done(&o.parser.screen().contents())) {
            Ok(out) => out.parser.screen().contents(),
            Err(e) => panic!("waited {within:?} for {what}: {e}"),
        }
    }

    /// Waits for the first frame to end after `mark`: when it arrived.
    pub fn wait_frame(&self, mark: Mark, within: Duration) -> Result<Instant, String> {
        let out = self.wait(within, |o| o.frames.len() > mark.frames)?;
        Ok(out.frames[mark.frames].1)
    }

    /// Waits until the console has written nothing for `quiet`: when its last byte arrived.
    pub fn wait_quiet(&self, quiet: Duration, within: Duration) -> Result<Instant, String> {
        let deadline = Instant::now() + within;
        loop {
            let last = self.output().reads.last().map(|r| r.1).unwrap_or_else(Instant::now);
            let since = last.elapsed();
            if since >= quiet {
                return Ok(last);
            }
            if Instant::now() >= deadline {
                return Err(format!("still writing after {within:?}"));
            }
            let (lock, cvar) = &*self.shared;
            let out = lock.lock().unwrap_or_else(|p| p.into_inner());
            drop(cvar.wait_timeout(out, quiet - since).unwrap_or_else(|p| p.into_inner()));
        }
    }

    /// When the first byte after `mark` arrived, if one did.
    pub fn first_byte_after(&self, mark: Mark) -> Option<Instant> {
        self.output().reads.iter().find(|(start, _)| *start >= mark.bytes).map(|r| r.1)
    }

    pub fn screen(&self) -> String {
        self.output().parser.screen().contents()
    }

    /// The CPU time the console has used (all its threads), from /proc.
    pub fn cpu(&self) -> Option<Duration> {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.pid)).ok()?;
        // The fields after the command's name, which is in parentheses and may hold spaces.
        let rest = &stat[stat.rfind(')')? + 2..];
        let fields: Vec<&str> = rest.split_whitespace().collect();
        let utime: u64 = fields.get(11)?.parse().ok()?;
        let stime: u64 = fields.get(12)?.parse().ok()?;
        // USER_HZ is 100 on Linux.
        Some(Duration::from_millis((utime + stime) * 10))
    }

    /// The console's peak resident memory, from /proc, in kB.
    pub fn peak_rss_kb(&self) -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid)).ok()?;
        status.lines().find(|l| l.starts_with("VmHWM:"))?.split_whitespace().nth(1)?.parse().ok()
    }

    /// Whether the console is still running.
    pub fn running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// Waits for the console to end by itself (after `q`): whether it did within `within`.
    pub fn wait_exit(&mut self, within: Duration) -> bool {
        let deadline = Instant::now() + within;
        while Instant::now() < deadline {
            if !self.running() {
                return true;
            }
            drop(self.wait(Duration::from_millis(50), |o| o.closed));
        }
        !self.running()
    }
}

impl Drop for Console {
    fn drop(&mut self) {
        if self.running() {
            let _ = self.child.kill();
        }
        let _ = self.child.wait();
    }
}
