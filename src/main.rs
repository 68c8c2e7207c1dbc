//! The `peerlog` binary: parse the command line, run it, map the outcome to an exit code.

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    peerlog::run()
}
