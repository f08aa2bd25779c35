//! The parser ceiling shared by the benchmark and `bench_tools`: pull every
//! event out of the YAML parser, and do nothing else.

use saphyr_parser::{Event, Parser};

/// How many events the parser yields for `text`.
pub fn count(text: &str) -> usize {
    let mut parser = Parser::new_from_str(text);
    let mut events = 0usize;
    while let Some(Ok((event, _span))) = parser.next() {
        events += 1;
        if event == Event::StreamEnd {
            break;
        }
    }
    events
}
