//! Private files: codes files, letters, exports, outbox messages. They hold personal data or a
//! live activation code, so they are readable by their owner only from before the first byte,
//! and a file is either whole or not there.
//!
//! Each is written to a new temporary file in the same folder, created with mode 0600 and
//! `O_EXCL` (so nobody else can have it open), synced, then renamed over the target and the
//! folder synced. An existing file at the target, or a symlink, is replaced, never written
//! through: whoever had the old one open keeps reading the old bytes.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

/// What was at the target before a private file replaced it, when that matters to the admin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Replaced {
    /// Nothing, or a private file.
    Nothing,
    /// A file others could read (its mode): the new one is private.
    Wider(u32),
    /// A symlink: it was replaced by a file, its target left alone.
    Symlink,
}

impl Replaced {
    /// A sentence for the admin (said in the language where it is shown, the path as it is), or
    /// `None` when there is nothing worth saying.
    pub fn note(&self, path: &Path) -> Option<crate::domain::error::Text> {
        let path = path.display().to_string();
        match self {
            Replaced::Nothing => None,
            Replaced::Wider(mode) => {
                Some(crate::said!("file-replaced-readable", path = path, mode = format!("{:04o}", mode & 0o7777)))
            }
            Replaced::Symlink => Some(crate::said!("file-replaced-symlink", path = path)),
        }
    }
}

/// A private file being written; [`PrivateFile::commit`] puts it in place. Dropped without a
/// commit, it leaves nothing behind.
pub struct PrivateFile {
    target: PathBuf,
    temp: PathBuf,
    file: Option<File>,
}

impl PrivateFile {
    /// Starts a private file that will replace `target`.
    pub fn create(target: &Path) -> io::Result<PrivateFile> {
        let dir = parent(target);
        let name = target.file_name().ok_or_else(|| io::Error::other("the path names no file"))?;
        let mut n = std::process::id();
        loop {
            let temp = dir.join(format!(".{}.{n}.tmp", name.to_string_lossy()));
            match OpenOptions::new().write(true).create_new(true).mode(0o600).open(&temp) {
                Ok(file) => return Ok(PrivateFile { target: target.to_path_buf(), temp, file: Some(file) }),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => n = n.wrapping_add(1),
                Err(e) => return Err(e),
            }
        }
    }

    /// Syncs the bytes, renames the file over its target and syncs the folder.
    pub fn commit(mut self) -> io::Result<Replaced> {
        let file = self.file.take().ok_or_else(|| io::Error::other("already committed"))?;
        file.sync_all()?;
        drop(file);
        let replaced = replaced_at(&self.target);
        std::fs::rename(&self.temp, &self.target)?;
        sync_dir(parent(&self.target))?;
        Ok(replaced)
    }
}

impl Write for PrivateFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.file {
            Some(f) => f.write(buf),
            None => Err(io::Error::other("already committed")),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.file {
            Some(f) => f.flush(),
            None => Ok(()),
        }
    }
}

impl Drop for PrivateFile {
    fn drop(&mut self) {
        if self.file.take().is_some() {
            let _ = std::fs::remove_file(&self.temp);
        }
    }
}

/// Where private files are made. The real one is the file system; tests put in one that fails
/// (a full disk, an I/O error) at a chosen byte, to prove that a code that cannot be written is
/// never counted as handed out.
pub trait PrivateFiles: Send + Sync {
    fn create(&self, target: &Path) -> io::Result<Box<dyn PrivateSink>>;
}

/// A private file being written: bytes in, then [`PrivateSink::commit`] puts it in place.
pub trait PrivateSink: Write {
    fn commit(self: Box<Self>) -> io::Result<Replaced>;
}

impl PrivateSink for PrivateFile {
    fn commit(self: Box<Self>) -> io::Result<Replaced> {
        PrivateFile::commit(*self)
    }
}

/// The file system.
pub struct DiskFiles;

impl PrivateFiles for DiskFiles {
    fn create(&self, target: &Path) -> io::Result<Box<dyn PrivateSink>> {
        Ok(Box::new(PrivateFile::create(target)?))
    }
}

/// A disk that fills up after `room` bytes (for tests): writes beyond fail with "No space left
/// on device", as a real full disk does; what was written goes to a real private file.
pub struct FullDisk {
    pub room: usize,
}

impl PrivateFiles for FullDisk {
    fn create(&self, target: &Path) -> io::Result<Box<dyn PrivateSink>> {
        Ok(Box::new(Filling { inner: PrivateFile::create(target)?, room: self.room }))
    }
}

struct Filling {
    inner: PrivateFile,
    room: usize,
}

impl Write for Filling {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if buf.len() > self.room {
            return Err(io::Error::from_raw_os_error(28));
        }
        self.room -= buf.len();
        self.inner.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

impl PrivateSink for Filling {
    fn commit(self: Box<Self>) -> io::Result<Replaced> {
        self.inner.commit()
    }
}

/// Writes `bytes` to `path` as a private file (see the module's notes).
pub fn write_private(path: &Path, bytes: &[u8]) -> io::Result<Replaced> {
    let mut f = PrivateFile::create(path)?;
    f.write_all(bytes)?;
    f.commit()
}

/// Creates a folder (and its parents) readable by its owner only, if it is missing.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir)
}

/// A new file name in `dir` that does not exist yet: `stem-<stamp>.ext`, then `-2`, `-3`...
pub fn fresh_name(dir: &Path, stem: &str, stamp: &str, ext: &str) -> PathBuf {
    let mut path = dir.join(format!("{stem}-{stamp}.{ext}"));
    let mut n = 1;
    while path.symlink_metadata().is_ok() {
        n += 1;
        path = dir.join(format!("{stem}-{stamp}-{n}.{ext}"));
    }
    path
}

fn replaced_at(target: &Path) -> Replaced {
    match target.symlink_metadata() {
        Ok(m) if m.file_type().is_symlink() => Replaced::Symlink,
        Ok(m) if m.mode() & 0o077 != 0 => Replaced::Wider(m.mode()),
        _ => Replaced::Nothing,
    }
}

fn parent(path: &Path) -> &Path {
    path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."))
}

fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(p: &Path) -> u32 {
        std::fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn a_wider_file_is_replaced_and_said() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("users.csv");
        std::fs::write(&p, "old").unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).unwrap();
        let mut reader = File::open(&p).unwrap();
        let r = write_private(&p, b"new").unwrap();
        assert!(matches!(r, Replaced::Wider(m) if m & 0o777 == 0o644));
        assert!(r.note(&p).unwrap().contains("0644"));
        assert_eq!(mode(&p), 0o600);
        assert_eq!(std::fs::read(&p).unwrap(), b"new");
        // Whoever had the old file open reads the old bytes, never the new ones.
        let mut old = String::new();
        io::Read::read_to_string(&mut reader, &mut old).unwrap();
        assert_eq!(old, "old");
    }

    #[test]
    fn a_symlink_is_replaced_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("public.txt");
        std::fs::write(&target, "public").unwrap();
        let link = dir.path().join("codes.csv");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        assert_eq!(write_private(&link, b"secret").unwrap(), Replaced::Symlink);
        assert_eq!(std::fs::read(&target).unwrap(), b"public");
        assert!(!link.symlink_metadata().unwrap().file_type().is_symlink());
        assert_eq!(mode(&link), 0o600);
    }

    #[test]
    fn an_uncommitted_file_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("codes.csv");
        {
            let mut f = PrivateFile::create(&p).unwrap();
            f.write_all(b"half").unwrap();
        }
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
