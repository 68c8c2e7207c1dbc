//! The folder lock: serialises the read-check-write of every writing command, so parallel
//! writers never pick the same ID, never both pass a uniqueness check and never lose an update.
//! Readers do not take it; atomic renames keep what they read whole.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::Path;

/// The lock file at the folder's root (ignored by git).
pub const LOCK_FILE: &str = ".peerlog.lock";

/// Held while a command writes; released when dropped (or when the process dies).
pub struct FolderLock {
    _file: File,
}

impl FolderLock {
    /// Waits until no other peerlog process writes to the folder.
    pub fn acquire(root: &Path) -> io::Result<FolderLock> {
        let mut options = OpenOptions::new();
        options.create(true).truncate(false).write(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let file = options.open(root.join(LOCK_FILE))?;
        file.lock()?;
        Ok(FolderLock { _file: file })
    }
}
