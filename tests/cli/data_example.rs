//! data-example/ is built by its script with the current binary, and its Appendix 1 is pinned.

use crate::common::*;

#[test]
fn data_example_matches_what_its_script_builds() {
    assert_script_builds("build-data-example.sh", "data-example");
}

#[test]
fn appendix1_of_data_example() {
    let f = Folder::example();
    for (group, golden_name) in [("rigas", "appendix1-riga.csv"), ("jelgavas", "appendix1-jelgava.csv")] {
        let run = f.run(&["report", "appendix1", "--group", group]);
        run.ok();
        insta::assert_binary_snapshot!(golden_name, run.stdout.as_bytes().to_vec());
    }
}
