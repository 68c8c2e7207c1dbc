//! data-example/ is built by its script with the current binary, and its Appendix 1 is pinned.

use crate::common::*;
use std::path::Path;

#[test]
fn data_example_matches_what_its_script_builds() {
    let out = Folder::empty();
    let target = out.path("built");
    let status = std::process::Command::new("bash")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/build-data-example.sh"))
        .arg(&target)
        .env("PEERLOG", env!("CARGO_BIN_EXE_peerlog"))
        .status()
        .expect("run the script");
    assert!(status.success());
    let built = Folder::at(&target);
    let committed = Folder::at(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data-example"));
    assert!(
        built.snapshot() == committed.snapshot(),
        "data-example/ is out of date: run scripts/build-data-example.sh and commit the result"
    );
}

#[test]
fn appendix1_of_data_example() {
    let f = Folder::example();
    for (group, golden_name) in [("rigas", "appendix1-riga.csv"), ("jelgavas", "appendix1-jelgava.csv")] {
        let run = f.run(&["report", "appendix1", "--group", group]);
        run.ok();
        assert_golden(golden_name, run.stdout.as_bytes());
    }
}
