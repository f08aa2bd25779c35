//! Signature blocks (Decree 30/2020, Art. 13; framework note D.11, FW1-DEC-005).
//!
//! A People's Committee is a collective body: its head signs "TM. ỦY BAN NHÂN
//! DÂN / CHỦ TỊCH", a vice-chairman "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ
//! CHỦ TỊCH". When the chairman is the issuing authority, he signs "CHỦ TỊCH"
//! and a vice-chairman "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH". A department (Sở) is led
//! by its director: "GIÁM ĐỐC", or "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC".

use crate::diagnostic::Msg;
use crate::legal::vi;
use crate::model::manifest::{Authority, SignMode, Signer};

/// The lines printed above the signature, and the name below it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Block {
    /// Upper-case lines: quyền hạn and chức vụ (ô 7a).
    pub lines: Vec<String>,
    /// Full name (ô 7b).
    pub name: String,
}

/// Why a signer does not fit the authority; the block is still printed, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub message: Msg,
    pub help: Msg,
}

const CHAIRMAN: &str = "CHỦ TỊCH";
const VICE_CHAIRMAN: &str = "PHÓ CHỦ TỊCH";
const DIRECTOR: &str = "GIÁM ĐỐC";
const DEPUTY_DIRECTOR: &str = "PHÓ GIÁM ĐỐC";
const COLLECTIVE: &str = "ỦY BAN NHÂN DÂN";

fn mode_str(mode: Option<SignMode>) -> &'static str {
    match mode {
        None => "",
        Some(SignMode::Tm) => "TM.",
        Some(SignMode::Kt) => "KT.",
        Some(SignMode::Tuq) => "TUQ.",
        Some(SignMode::Tl) => "TL.",
    }
}

/// The title in upper-case NFC with single spaces.
fn title_of(signer: &Signer) -> String {
    vi::upper(&vi::normalize(&signer.title))
}

/// Head and deputy titles of the body that signs.
struct Roles {
    head: &'static str,
    deputy: &'static str,
}

fn is_deputy(title: &str, roles: &Roles) -> bool {
    title.starts_with(roles.deputy)
}

/// The signature block of the approval decision.
pub fn decision(authority: Authority, signer: &Signer) -> (Block, Option<Problem>) {
    let title = title_of(signer);
    let mode = signer.mode.as_ref().map(|m| m.value);
    let roles = Roles {
        head: CHAIRMAN,
        deputy: VICE_CHAIRMAN,
    };
    let name = vi::normalize(&signer.name);
    let deputy = is_deputy(&title, &roles);
    let head = title == roles.head;
    let (lines, problem) = match authority {
        Authority::PeopleCommittee => match mode {
            Some(SignMode::Tm) if head => (vec![format!("TM. {COLLECTIVE}"), title.clone()], None),
            Some(SignMode::Kt) if deputy => (
                vec![
                    format!("TM. {COLLECTIVE}"),
                    format!("KT. {CHAIRMAN}"),
                    title.clone(),
                ],
                None,
            ),
            _ => (
                fallback(mode, &title),
                Some(Problem {
                    message: Msg::new(
                        format!(
                            "a decision of the People's Committee cannot be signed `{}` by a `{}`",
                            mode_label(mode),
                            title
                        ),
                        format!(
                            "quyết định của Ủy ban nhân dân không ký `{}` với chức vụ `{}`",
                            mode_label(mode),
                            title
                        ),
                    ),
                    help: Msg::new(
                        "the chairman signs `mode: TM.` with `title: CHỦ TỊCH`; a vice-chairman signs `mode: KT.` with `title: PHÓ CHỦ TỊCH` (Decree 30/2020, Art. 13)",
                        "Chủ tịch ký `mode: TM.` với `title: CHỦ TỊCH`; Phó Chủ tịch ký `mode: KT.` với `title: PHÓ CHỦ TỊCH` (Nghị định 30/2020, Điều 13)",
                    ),
                }),
            ),
        },
        Authority::Chairman => match mode {
            None if head => (vec![title.clone()], None),
            Some(SignMode::Kt) if deputy => (vec![format!("KT. {CHAIRMAN}"), title.clone()], None),
            _ => (
                fallback(mode, &title),
                Some(Problem {
                    message: Msg::new(
                        format!(
                            "a decision of the chairman cannot be signed `{}` by a `{}`",
                            mode_label(mode),
                            title
                        ),
                        format!(
                            "quyết định của Chủ tịch Ủy ban nhân dân không ký `{}` với chức vụ `{}`",
                            mode_label(mode),
                            title
                        ),
                    ),
                    help: Msg::new(
                        "the chairman signs with no `mode` and `title: CHỦ TỊCH`; a vice-chairman signs `mode: KT.` with `title: PHÓ CHỦ TỊCH`; `TM.` is only for a collective body (Decree 30/2020, Art. 13)",
                        "Chủ tịch ký không có `mode` với `title: CHỦ TỊCH`; Phó Chủ tịch ký `mode: KT.` với `title: PHÓ CHỦ TỊCH`; `TM.` chỉ dùng cho tập thể (Nghị định 30/2020, Điều 13)",
                    ),
                }),
            ),
        },
    };
    (Block { lines, name }, problem)
}

/// The signature block of the department's submission.
pub fn submission(signer: &Signer) -> (Block, Option<Problem>) {
    let title = title_of(signer);
    let mode = signer.mode.as_ref().map(|m| m.value);
    let roles = Roles {
        head: DIRECTOR,
        deputy: DEPUTY_DIRECTOR,
    };
    let name = vi::normalize(&signer.name);
    let (lines, problem) = match mode {
        None if title == roles.head => (vec![title.clone()], None),
        Some(SignMode::Kt) if is_deputy(&title, &roles) => {
            (vec![format!("KT. {DIRECTOR}"), title.clone()], None)
        }
        _ => (
            fallback(mode, &title),
            Some(Problem {
                message: Msg::new(
                    format!(
                        "a department's submission cannot be signed `{}` by a `{}`",
                        mode_label(mode),
                        title
                    ),
                    format!(
                        "tờ trình của Sở không ký `{}` với chức vụ `{}`",
                        mode_label(mode),
                        title
                    ),
                ),
                help: Msg::new(
                    "the director signs with no `mode` and `title: GIÁM ĐỐC`; a deputy signs `mode: KT.` with `title: PHÓ GIÁM ĐỐC` (Decree 30/2020, Art. 13)",
                    "Giám đốc ký không có `mode` với `title: GIÁM ĐỐC`; Phó Giám đốc ký `mode: KT.` với `title: PHÓ GIÁM ĐỐC` (Nghị định 30/2020, Điều 13)",
                ),
            }),
        ),
    };
    (Block { lines, name }, problem)
}

fn mode_label(mode: Option<SignMode>) -> &'static str {
    match mode {
        None => "(no mode)",
        Some(m) => mode_str(Some(m)),
    }
}

/// What a draft prints when the signer does not fit: the mode and title as written.
fn fallback(mode: Option<SignMode>, title: &str) -> Vec<String> {
    match mode {
        None => vec![title.to_owned()],
        Some(_) => vec![format!("{} {}", mode_str(mode), title)],
    }
}

/// A blank block for a document whose signer is not known yet.
pub fn unsigned(lines: &[&str]) -> Block {
    Block {
        lines: lines.iter().map(|l| (*l).to_owned()).collect(),
        name: String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Spanned;

    fn signer(title: &str, mode: Option<SignMode>) -> Signer {
        Signer {
            name: Spanned::new(Default::default(), "Trần  Văn Tân".into()),
            title: Spanned::new(Default::default(), title.into()),
            mode: mode.map(|m| Spanned::new(Default::default(), m)),
        }
    }

    fn lines(b: &Block) -> String {
        b.lines.join(" / ")
    }

    #[test]
    fn people_committee_signs_on_behalf_of_the_collective() {
        let (b, p) = decision(
            Authority::PeopleCommittee,
            &signer("Chủ tịch", Some(SignMode::Tm)),
        );
        assert_eq!(
            (lines(&b).as_str(), p),
            ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", None)
        );
        let (b, p) = decision(
            Authority::PeopleCommittee,
            &signer("PHÓ CHỦ TỊCH", Some(SignMode::Kt)),
        );
        assert_eq!(
            lines(&b),
            "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
        );
        assert!(p.is_none());
        assert_eq!(b.name, "Trần Văn Tân");
    }

    #[test]
    fn people_committee_rejects_mismatches() {
        // A vice-chairman signing TM. alone, the chairman signing KT., or no mode.
        for (title, mode) in [
            ("PHÓ CHỦ TỊCH", Some(SignMode::Tm)),
            ("CHỦ TỊCH", Some(SignMode::Kt)),
            ("CHỦ TỊCH", None),
            ("CHÁNH VĂN PHÒNG", Some(SignMode::Tl)),
        ] {
            let (_, p) = decision(Authority::PeopleCommittee, &signer(title, mode));
            assert!(p.is_some(), "{title} {mode:?}");
        }
    }

    #[test]
    fn chairman_authority_signs_without_tm() {
        let (b, p) = decision(Authority::Chairman, &signer("CHỦ TỊCH", None));
        assert_eq!((lines(&b).as_str(), p), ("CHỦ TỊCH", None));
        let (b, p) = decision(
            Authority::Chairman,
            &signer("Phó Chủ tịch", Some(SignMode::Kt)),
        );
        assert_eq!(
            (lines(&b).as_str(), p),
            ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", None)
        );
        let (b, p) = decision(Authority::Chairman, &signer("CHỦ TỊCH", Some(SignMode::Tm)));
        assert_eq!(lines(&b), "TM. CHỦ TỊCH");
        assert!(p.is_some());
    }

    #[test]
    fn department_director_or_deputy() {
        let (b, p) = submission(&signer("Giám đốc", None));
        assert_eq!((lines(&b).as_str(), p), ("GIÁM ĐỐC", None));
        let (b, p) = submission(&signer("PHÓ GIÁM ĐỐC", Some(SignMode::Kt)));
        assert_eq!(
            (lines(&b).as_str(), p),
            ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", None)
        );
        assert!(
            submission(&signer("GIÁM ĐỐC", Some(SignMode::Tm)))
                .1
                .is_some()
        );
        assert!(submission(&signer("PHÓ GIÁM ĐỐC", None)).1.is_some());
    }
}
