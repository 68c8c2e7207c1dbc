//! The folder lock: readers share it, writers hold it alone.
//!
//! Every command that reads records holds the shared lock from opening the folder to its end;
//! every command that writes holds the exclusive one from before it reads what it checks until
//! it ends. So parallel writers never pick the same ID, never both pass a uniqueness check and
//! never lose an update, and a reader never sees a change of several files half-way (a
//! consultation in two day folders, or in none). The lock is `flock(2)` on `.peerlog.lock`
//! (std's `File::lock`), released by the system when the process ends, however it ends.
//!
//! Taking the lock also finishes an interrupted change ([`super::tx::recover`]) before the
//! command reads anything: a reader that finds a journal takes the exclusive lock to finish
//! it, then the shared one again. A command that waits for the lock more than a second says so
//! on stderr, and keeps waiting.

use super::safe;
use super::tx;
use crate::error::{Error, Result};
use std::fs::{File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

/// The lock file at the folder's root (ignored by git).
pub const LOCK_FILE: &str = ".peerlog.lock";

/// Proof that the command holds the exclusive lock; it holds it until the process ends.
#[derive(Debug)]
pub struct FolderLock(());

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Shared,
    Exclusive,
}

/// The locks this process holds, by folder root (a process holds one lock per folder).
static HELD: Mutex<Vec<(PathBuf, File, Mode)>> = Mutex::new(Vec::new());

/// Takes the shared lock (unless this process holds a lock on the folder already), finishing
/// an interrupted change first. A folder this user cannot write to is read without a lock.
pub fn shared(root: &Path) -> Result<()> {
    let mut held = HELD.lock().unwrap_or_else(|e| e.into_inner());
    if held.iter().any(|(r, _, _)| r == root) {
        return Ok(());
    }
    let Some(file) = open(root, false)? else {
        // Nobody can write here either; a journal left here cannot be finished.
        if tx::pending(root) {
            tx::recover(root)?;
        }
        return Ok(());
    };
    loop {
        wait(&file, Mode::Shared).map_err(|e| lock_error(root, e))?;
        if !tx::pending(root) {
            break;
        }
        file.unlock().map_err(|e| lock_error(root, e))?;
        wait(&file, Mode::Exclusive).map_err(|e| lock_error(root, e))?;
        finish(root)?;
        file.unlock().map_err(|e| lock_error(root, e))?;
    }
    held.push((root.to_path_buf(), file, Mode::Shared));
    Ok(())
}

/// Takes the exclusive lock (giving up this process's shared one first), then finishes an
/// interrupted change.
pub fn exclusive(root: &Path) -> Result<FolderLock> {
    let mut held = HELD.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(i) = held.iter().position(|(r, _, _)| r == root) {
        if held[i].2 == Mode::Exclusive {
            return Ok(FolderLock(()));
        }
        let (_, file, _) = held.remove(i);
        file.unlock().map_err(|e| lock_error(root, e))?;
        drop(file);
    }
    let file = open(root, true)?.expect("opened for writing or failed");
    wait(&file, Mode::Exclusive).map_err(|e| lock_error(root, e))?;
    held.push((root.to_path_buf(), file, Mode::Exclusive));
    finish(root)?;
    Ok(FolderLock(()))
}

/// Whether this process holds the exclusive lock on the folder.
pub fn holds_exclusive(root: &Path) -> bool {
    let held = HELD.lock().unwrap_or_else(|e| e.into_inner());
    held.iter().any(|(r, _, m)| r == root && *m == Mode::Exclusive)
}

/// Finishes an interrupted change, saying so on stderr.
fn finish(root: &Path) -> Result<()> {
    if let Some(done) = tx::recover(root)? {
        eprintln!("{}", tr!("tx-recovered", done = done.to_string()));
    }
    Ok(())
}

/// Opens the lock file, creating it, never through a link and never blocking on a FIFO.
/// `None` when the folder cannot be written and no lock file is there (a read-only copy).
fn open(root: &Path, write: bool) -> Result<Option<File>> {
    let path = root.join(LOCK_FILE);
    let open = |create: bool| {
        let mut options = OpenOptions::new();
        options.read(true);
        if create {
            options.write(true).create(true).truncate(false);
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600).custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
        }
        options.open(&path).map_err(|e| safe::link_error(&path, e))
    };
    let file = match open(true) {
        Ok(f) => f,
        Err(e) if !write && matches!(e.kind(), io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem) => {
            match open(false) {
                Ok(f) => f,
                Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
                Err(e) => return Err(lock_error(root, e)),
            }
        }
        Err(e) => return Err(lock_error(root, e)),
    };
    let meta = file.metadata().map_err(|e| lock_error(root, e))?;
    if !meta.is_file() {
        return Err(lock_error(
            root,
            io::Error::new(io::ErrorKind::InvalidData, safe::not_regular(safe::what(&meta.file_type()))),
        ));
    }
    Ok(Some(file))
}

fn lock_error(root: &Path, e: io::Error) -> Error {
    let err = Error::data(format!("{}: {}", root.join(LOCK_FILE).display(), crate::i18n::why::io(&e)));
    if e.kind() == io::ErrorKind::InvalidData { err.hint(tr!("lock-remove", file = LOCK_FILE)) } else { err }
}

/// Takes the lock, saying on stderr after a second that the command waits for another one.
fn wait(file: &File, mode: Mode) -> io::Result<()> {
    let attempt = match mode {
        Mode::Shared => file.try_lock_shared(),
        Mode::Exclusive => file.try_lock(),
    };
    match attempt {
        Ok(()) => return Ok(()),
        Err(std::fs::TryLockError::WouldBlock) => {}
        Err(std::fs::TryLockError::Error(e)) => return Err(e),
    }
    let (done, waiting) = std::sync::mpsc::channel::<()>();
    let notice = std::thread::spawn(move || {
        if waiting.recv_timeout(Duration::from_secs(1)) == Err(std::sync::mpsc::RecvTimeoutError::Timeout) {
            eprintln!("{}", tr!("lock-waiting"));
        }
    });
    let locked = match mode {
        Mode::Shared => file.lock_shared(),
        Mode::Exclusive => file.lock(),
    };
    drop(done);
    let _ = notice.join();
    locked
}
