//! The comments of a record file: rewritten in place (erasure cuts names from them), every
//! other byte of the file kept.

use toml_edit::visit_mut::{self, VisitMut};
use toml_edit::{Array, DocumentMut, InlineTable, Item, KeyMut, RawString, Table, Value};

/// `text` with each comment (from `#` to the end of its line) passed through `edit`; `None`
/// when no comment changed or the text is not TOML.
pub fn edit_comments(text: &str, edit: &dyn Fn(&str) -> Option<String>) -> Option<String> {
    if !text.contains('#') {
        return None;
    }
    let mut doc = text.parse::<DocumentMut>().ok()?;
    let mut v = Comments { edit, changed: false };
    if let Some(new) = v.raw(doc.decor().prefix()) {
        doc.decor_mut().set_prefix(new);
    }
    v.visit_document_mut(&mut doc);
    if let Some(new) = v.raw(Some(doc.trailing())) {
        doc.set_trailing(new);
    }
    v.changed.then(|| doc.to_string())
}

struct Comments<'a> {
    edit: &'a dyn Fn(&str) -> Option<String>,
    changed: bool,
}

impl Comments<'_> {
    /// The new text of a piece of whitespace and comments, if a comment in it changed.
    fn raw(&mut self, raw: Option<&RawString>) -> Option<String> {
        let s = raw?.as_str()?;
        if !s.contains('#') {
            return None;
        }
        let mut changed = false;
        let lines: Vec<String> = s
            .split('\n')
            .map(|line| match line.find('#') {
                Some(at) => match (self.edit)(&line[at..]) {
                    Some(new) if !new.contains(['\n', '\r']) => {
                        changed = true;
                        format!("{}{new}", &line[..at])
                    }
                    _ => line.to_string(),
                },
                None => line.to_string(),
            })
            .collect();
        self.changed |= changed;
        changed.then(|| lines.join("\n"))
    }

    fn decor(&mut self, decor: &mut toml_edit::Decor) {
        if let Some(new) = self.raw(decor.prefix()) {
            decor.set_prefix(new);
        }
        if let Some(new) = self.raw(decor.suffix()) {
            decor.set_suffix(new);
        }
    }
}

impl VisitMut for Comments<'_> {
    fn visit_table_mut(&mut self, node: &mut Table) {
        self.decor(node.decor_mut());
        visit_mut::visit_table_mut(self, node);
    }

    fn visit_inline_table_mut(&mut self, node: &mut InlineTable) {
        if let Some(new) = self.raw(Some(node.trailing())) {
            node.set_trailing(new);
        }
        visit_mut::visit_inline_table_mut(self, node);
    }

    fn visit_table_like_kv_mut(&mut self, mut key: KeyMut<'_>, node: &mut Item) {
        self.decor(key.leaf_decor_mut());
        self.decor(key.dotted_decor_mut());
        visit_mut::visit_table_like_kv_mut(self, key, node);
    }

    fn visit_array_mut(&mut self, node: &mut Array) {
        if let Some(new) = self.raw(Some(node.trailing())) {
            node.set_trailing(new);
        }
        visit_mut::visit_array_mut(self, node);
    }

    fn visit_value_mut(&mut self, node: &mut Value) {
        self.decor(node.decor_mut());
        visit_mut::visit_value_mut(self, node);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_comment_is_edited_and_nothing_else() {
        let text = "# top x\nid = \"x\" # after x\n# above x\nname = \"x\"\nlist = [\n  1, # in x\n  2,\n  # end x\n]\n\n# table x\n[t] # header x\nk = { a = 1 } # inline x\n\n# entry x\n[[e]]\nv = 1\n# last x\n";
        let edit = |c: &str| c.contains(" x").then(|| c.replace(" x", " Y"));
        let out = edit_comments(text, &edit).unwrap();
        assert_eq!(out, text.replace("# top x", "# top Y").replace(" x\n", " Y\n").replace("# in x", "# in Y"));
        assert!(!out.contains(" x\n") && out.contains("name = \"x\""), "{out}");
        assert_eq!(edit_comments("a = 1 # none\n", &edit), None);
        assert_eq!(edit_comments("not toml # x", &edit), None);
    }
}
