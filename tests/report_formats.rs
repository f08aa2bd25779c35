//! Snapshots of every output format over the shared Vietnamese sample.

#[path = "fixtures/report/sample.rs"]
mod sample;

use kientruc::diagnostic::Lang;
use kientruc::report::{Format, render};

#[test]
fn dump() {
    let sources = sample::sources();
    let rules = sample::rules();
    let diags = sample::diagnostics(&sources);
    for lang in [Lang::En, Lang::Vi] {
        let ctx = sample::context(&sources, &rules, lang);
        for f in Format::ALL {
            println!("===== {f} {lang:?}\n{}", render(f, &diags, &ctx));
        }
    }
}
