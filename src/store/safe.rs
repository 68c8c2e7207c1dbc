//! Opening the folder's files without being fooled by what a git checkout can hold.
//!
//! The folder holds only regular files and folders. Files are opened without following a
//! symbolic link (`O_NOFOLLOW`) and without waiting on a FIFO (`O_NONBLOCK`), and refused
//! unless the open file is a regular file; a record file is read up to [`MAX_RECORD`] bytes
//! and refused above. Before a write, every folder on the way to the file is checked to be a
//! real folder, so no write goes through a link to elsewhere. The folder walker
//! ([`super::load`]) refuses links and special files it meets while listing.

use crate::error::{Error, Result};
use std::fs::{self, File, FileType, OpenOptions};
use std::io::{self, Read};
use std::path::Path;

/// The largest record file peerlog reads (1 MiB; a record is a few hundred bytes).
pub const MAX_RECORD: u64 = 1 << 20;

/// What a file that is not a regular file or folder is: a word the message `safe-not-regular`
/// puts into words.
pub fn what(ft: &FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return "fifo";
        }
        if ft.is_socket() {
            return "socket";
        }
        if ft.is_block_device() || ft.is_char_device() {
            return "device";
        }
    }
    if ft.is_symlink() {
        "symlink"
    } else if ft.is_dir() {
        "folder"
    } else if ft.is_file() {
        "file"
    } else {
        "special"
    }
}

/// The message for a folder entry that is not a regular file or folder.
pub fn not_regular(what: &str) -> String {
    tr!("safe-not-regular", what = what)
}

/// The hint that goes with [`not_regular`].
pub fn not_regular_hint() -> String {
    tr!("safe-not-regular-hint")
}

/// An io error meaning "not a regular file", with the words for it.
fn refused(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, not_regular(what))
}

/// Opens a regular file for reading without following a link or blocking on a FIFO.
pub fn open_regular(path: &Path) -> io::Result<(File, fs::Metadata)> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NOFOLLOW | libc::O_NONBLOCK);
    let file = options.open(path).map_err(|e| link_error(path, e))?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(refused(what(&meta.file_type())));
    }
    Ok((file, meta))
}

/// `ELOOP` from `O_NOFOLLOW` means the last part is a link; say so.
pub fn link_error(path: &Path, e: io::Error) -> io::Error {
    #[cfg(unix)]
    if e.raw_os_error() == Some(libc::ELOOP) && path.symlink_metadata().is_ok_and(|m| m.file_type().is_symlink()) {
        return refused("symlink");
    }
    #[cfg(not(unix))]
    let _ = path;
    e
}

/// Reads all of `file` if it holds at most `max` bytes; never reads more than `max + 1`.
pub fn read_capped(file: File, len_hint: u64, max: u64) -> io::Result<Vec<u8>> {
    if len_hint > max {
        return Err(too_big(len_hint, max));
    }
    let mut bytes = Vec::with_capacity(len_hint as usize + 1);
    file.take(max + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(too_big(bytes.len() as u64, max));
    }
    Ok(bytes)
}

fn too_big(len: u64, max: u64) -> io::Error {
    let size = |n: u64| if n >= 1 << 20 { format!("{} MiB", n >> 20) } else { format!("{} KiB", n.div_ceil(1024)) };
    io::Error::new(
        io::ErrorKind::InvalidData,
        tr!("safe-too-big", max = size(max), over = if len > max + 1 { "no" } else { "yes" }, size = size(len)),
    )
}

/// Reads a regular file of the folder as UTF-8 text, up to `max` bytes; the error says why not.
pub fn read_bounded(root: &Path, rel: &Path, max: u64) -> std::result::Result<String, String> {
    // peerlog's own refusals are already words; the system's are put into the chosen language.
    let why = |e: io::Error| if e.get_ref().is_some() { e.to_string() } else { crate::i18n::why::io(&e) };
    let (file, meta) = open_regular(&root.join(rel)).map_err(why)?;
    let bytes = read_capped(file, meta.len(), max).map_err(why)?;
    String::from_utf8(bytes).map_err(|_| tr!("safe-not-utf8"))
}

/// Whether anything (a file, a folder, a link) is at `rel`.
pub fn exists(root: &Path, rel: &Path) -> bool {
    root.join(rel).symlink_metadata().is_ok()
}

/// Whether a regular file is at `rel` (a link to one does not count).
pub fn is_file(root: &Path, rel: &Path) -> bool {
    root.join(rel).symlink_metadata().is_ok_and(|m| m.is_file())
}

/// The text of the record file a write replaces, if there is one; refuses a link or a special
/// file in its place (or on the way to it), so no write goes through one.
pub fn read_existing(root: &Path, rel: &Path) -> Result<Option<String>> {
    check_place(root, rel)?;
    let path = root.join(rel);
    match open_regular(&path) {
        Ok((file, meta)) => {
            let bytes = read_capped(file, meta.len(), MAX_RECORD).map_err(|e| Error::io(&path, e))?;
            Ok(String::from_utf8(bytes).ok())
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(&path, e)),
    }
}

/// Refuses to write at `rel` if a folder on the way is a link or not a folder, or if a link
/// or special file is at `rel` itself. Folders not there yet are fine: the write makes them.
pub fn check_place(root: &Path, rel: &Path) -> Result<()> {
    let mut path = root.to_path_buf();
    let parts: Vec<_> = rel.components().collect();
    for (i, part) in parts.iter().enumerate() {
        path.push(part);
        let meta = match path.symlink_metadata() {
            Ok(m) => m,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(Error::io(&path, e)),
        };
        let last = i + 1 == parts.len();
        let fine = if last { meta.is_file() } else { meta.is_dir() };
        if !fine {
            let what = if !last && meta.is_file() { "file-for-folder" } else { what(&meta.file_type()) };
            return Err(Error::data(format!(
                "{}: {}",
                super::diag::display_path(&rel.iter().take(i + 1).collect::<std::path::PathBuf>()),
                not_regular(what)
            ))
            .hint(not_regular_hint())
            .hint(tr!("nothing-written")));
        }
    }
    Ok(())
}
