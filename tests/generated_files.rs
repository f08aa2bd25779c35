//! Generated files committed to the repository must match what the code
//! generates now. Regenerate with `UPDATE_GENERATED=1 cargo test --test generated_files`.

use kientruc::schema::generate::{SchemaKind, schema_text};
use std::path::Path;

fn check_or_update(path: &Path, expected: &str, stale: &mut Vec<String>) {
    let current = std::fs::read_to_string(path).unwrap_or_default();
    if current == expected {
        return;
    }
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, expected).unwrap();
    } else {
        stale.push(path.display().to_string());
    }
}

#[test]
fn committed_schemas_are_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut stale = Vec::new();
    for kind in SchemaKind::ALL {
        check_or_update(&root.join("schemas").join(kind.file_name()), &schema_text(kind), &mut stale);
    }
    assert!(
        stale.is_empty(),
        "stale generated files: {stale:?}\nrun `UPDATE_GENERATED=1 cargo test --test generated_files`"
    );
}
