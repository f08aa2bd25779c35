//! The one curated table of legal instruments a decision or submission cites
//! (căn cứ). Real decisions got these dates wrong (Luật Giao dịch điện tử cited
//! as 2015 instead of 2005, 1178/BTTTT-THH as 24/4 instead of 21/4/2015), so
//! every date lives here once, with its source in the comment.

use crate::legal::vi;
use crate::model::Date;
use crate::model::manifest::FrameworkVersion;

/// Kinds of instruments, which decide how a citation is worded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A law: cited by name and date, no number.
    Law,
    /// Any other instrument: cited with "số <number>" and its issuer.
    Numbered,
}

/// One legal instrument.
#[derive(Debug, Clone, Copy)]
pub struct Instrument {
    /// Short stable key, used by tests and rules.
    pub key: &'static str,
    pub kind: Kind,
    /// Type name as cited: "Luật", "Nghị định", "Công văn" …
    pub type_name: &'static str,
    /// Number and symbol, e.g. "64/2007/NĐ-CP"; empty for laws.
    pub number: &'static str,
    /// Name of a law, or the subject of another instrument ("về …").
    pub title: &'static str,
    /// Issuer, for numbered instruments: "của Chính phủ".
    pub issuer: &'static str,
    /// Date signed.
    pub date: Date,
    /// Cited by decisions dated on or after this day (the day it took effect,
    /// when that matters for the choice between an old and a new law).
    pub cited_from: Date,
    /// Cited by decisions dated before this day (when it was replaced).
    pub cited_until: Option<Date>,
    /// Framework versions whose decisions cite it; empty means all.
    pub frameworks: &'static [FrameworkVersion],
}

const fn date(year: u16, month: u8, day: u8) -> Date {
    Date { year, month, day }
}

const V1: &[FrameworkVersion] = &[FrameworkVersion::V1_0];

/// The table, in the order decisions cite them: laws, Party and Government
/// resolutions, decrees, Prime Minister's decisions, ministry documents.
/// Dates: laws and decrees from the Bộ pháp điển (framework note §G, [S9][S10]);
/// 1178 and 2384 from the framework's cover and the decisions citing them (§0.1).
pub const INSTRUMENTS: &[Instrument] = &[
    Instrument {
        key: "luat-tc-hdnd-ubnd-2003",
        kind: Kind::Law,
        type_name: "Luật",
        number: "",
        title: "Tổ chức Hội đồng nhân dân và Ủy ban nhân dân",
        issuer: "",
        date: date(2003, 11, 26),
        cited_from: date(2004, 1, 1),
        cited_until: Some(date(2016, 1, 1)),
        frameworks: &[],
    },
    Instrument {
        key: "luat-tccqdp-2015",
        kind: Kind::Law,
        type_name: "Luật",
        number: "",
        title: "Tổ chức chính quyền địa phương",
        issuer: "",
        date: date(2015, 6, 19),
        // In force from 01/01/2016; it replaced the 2003 law.
        cited_from: date(2016, 1, 1),
        cited_until: None,
        frameworks: &[],
    },
    Instrument {
        key: "luat-sua-doi-tccp-tccqdp-2019",
        kind: Kind::Law,
        type_name: "Luật",
        number: "",
        title: "sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương",
        issuer: "",
        date: date(2019, 11, 22),
        cited_from: date(2020, 7, 1),
        cited_until: None,
        frameworks: &[],
    },
    Instrument {
        key: "luat-gddt-2005",
        kind: Kind::Law,
        type_name: "Luật",
        number: "",
        title: "Giao dịch điện tử",
        issuer: "",
        date: date(2005, 11, 29),
        cited_from: date(2005, 11, 29),
        cited_until: None,
        frameworks: &[],
    },
    Instrument {
        key: "luat-cntt-2006",
        kind: Kind::Law,
        type_name: "Luật",
        number: "",
        title: "Công nghệ thông tin",
        issuer: "",
        date: date(2006, 6, 29),
        cited_from: date(2006, 6, 29),
        cited_until: None,
        frameworks: &[],
    },
    Instrument {
        key: "luat-atttm-2015",
        kind: Kind::Law,
        type_name: "Luật",
        number: "",
        title: "An toàn thông tin mạng",
        issuer: "",
        date: date(2015, 11, 19),
        cited_from: date(2015, 11, 19),
        cited_until: None,
        frameworks: &[],
    },
    Instrument {
        key: "nq-36-tw-2014",
        kind: Kind::Numbered,
        type_name: "Nghị quyết",
        number: "36-NQ/TW",
        title: "về đẩy mạnh ứng dụng, phát triển công nghệ thông tin đáp ứng yêu cầu phát triển bền vững và hội nhập quốc tế",
        issuer: "của Bộ Chính trị",
        date: date(2014, 7, 1),
        cited_from: date(2014, 7, 1),
        cited_until: None,
        frameworks: &[],
    },
    Instrument {
        key: "nq-26-cp-2015",
        kind: Kind::Numbered,
        type_name: "Nghị quyết",
        number: "26/NQ-CP",
        title: "ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 36-NQ/TW ngày 01 tháng 7 năm 2014 của Bộ Chính trị",
        issuer: "của Chính phủ",
        date: date(2015, 4, 15),
        cited_from: date(2015, 4, 15),
        cited_until: None,
        frameworks: &[],
    },
    Instrument {
        key: "nq-36a-cp-2015",
        kind: Kind::Numbered,
        type_name: "Nghị quyết",
        number: "36a/NQ-CP",
        title: "về Chính phủ điện tử",
        issuer: "của Chính phủ",
        date: date(2015, 10, 14),
        cited_from: date(2015, 10, 14),
        cited_until: None,
        frameworks: &[],
    },
    Instrument {
        key: "nd-64-2007",
        kind: Kind::Numbered,
        type_name: "Nghị định",
        number: "64/2007/NĐ-CP",
        title: "về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước",
        issuer: "của Chính phủ",
        date: date(2007, 4, 10),
        cited_from: date(2007, 4, 10),
        cited_until: None,
        frameworks: &[],
    },
    Instrument {
        key: "qd-1819-ttg-2015",
        kind: Kind::Numbered,
        type_name: "Quyết định",
        number: "1819/QĐ-TTg",
        title: "phê duyệt Chương trình quốc gia về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước giai đoạn 2016 - 2020",
        issuer: "của Thủ tướng Chính phủ",
        date: date(2015, 10, 26),
        cited_from: date(2015, 10, 26),
        cited_until: None,
        frameworks: V1,
    },
    Instrument {
        key: "qd-898-ttg-2016",
        kind: Kind::Numbered,
        type_name: "Quyết định",
        number: "898/QĐ-TTg",
        title: "phê duyệt phương hướng, mục tiêu, nhiệm vụ bảo đảm an toàn thông tin mạng giai đoạn 2016 - 2020",
        issuer: "của Thủ tướng Chính phủ",
        date: date(2016, 5, 27),
        cited_from: date(2016, 5, 27),
        cited_until: None,
        frameworks: V1,
    },
    Instrument {
        key: "cv-1178-btttt-2015",
        kind: Kind::Numbered,
        type_name: "Công văn",
        number: "1178/BTTTT-THH",
        title: "về việc ban hành Khung Kiến trúc Chính phủ điện tử Việt Nam, phiên bản 1.0",
        issuer: "của Bộ Thông tin và Truyền thông",
        // The cover says 21/4/2015; "24/4/2015" in some decisions is a known variant.
        date: date(2015, 4, 21),
        cited_from: date(2015, 4, 21),
        cited_until: None,
        frameworks: V1,
    },
    Instrument {
        key: "cv-2384-btttt-2015",
        kind: Kind::Numbered,
        type_name: "Công văn",
        number: "2384/BTTTT-THH",
        title: "về việc hướng dẫn mẫu Đề cương Kiến trúc Chính phủ điện tử cấp Bộ, mẫu Đề cương Kiến trúc Chính quyền điện tử cấp tỉnh",
        issuer: "của Bộ Thông tin và Truyền thông",
        date: date(2015, 7, 28),
        cited_from: date(2015, 7, 28),
        cited_until: None,
        frameworks: V1,
    },
];

/// The instruments that define each framework version's architecture, which
/// the căn cứ must include (FW1-DEC-003).
pub fn framework_instruments(version: FrameworkVersion) -> &'static [&'static str] {
    match version {
        FrameworkVersion::V1_0 => &["cv-1178-btttt-2015", "cv-2384-btttt-2015"],
    }
}

pub fn by_key(key: &str) -> Option<&'static Instrument> {
    INSTRUMENTS.iter().find(|i| i.key == key)
}

/// The instrument with this number ("64/2007/NĐ-CP"), compared in NFC, case-insensitively.
pub fn by_number(number: &str) -> Option<&'static Instrument> {
    let wanted = vi::upper(&vi::normalize(number));
    INSTRUMENTS
        .iter()
        .find(|i| !i.number.is_empty() && vi::upper(i.number) == wanted)
}

impl Instrument {
    /// Whether a decision of `version` dated `on` cites it.
    pub fn applies(&self, version: FrameworkVersion, on: Date) -> bool {
        (self.frameworks.is_empty() || self.frameworks.contains(&version))
            && self.cited_from <= on
            && self.cited_until.is_none_or(|until| on < until)
    }

    /// The instrument as cited in running text, without "Căn cứ" and the final ";".
    pub fn cite(&self) -> String {
        match self.kind {
            Kind::Law => format!(
                "{} {} {}",
                self.type_name,
                self.title,
                vi::date_long(self.date)
            ),
            Kind::Numbered => format!(
                "{} số {} {} {} {}",
                self.type_name,
                self.number,
                vi::date_long(self.date),
                self.issuer,
                self.title
            ),
        }
    }

    /// A short name for tables and messages: "Luật Công nghệ thông tin" or "Công văn 1178/BTTTT-THH".
    pub fn short(&self) -> String {
        match self.kind {
            Kind::Law => format!("{} {}", self.type_name, self.title),
            Kind::Numbered => format!("{} {}", self.type_name, self.number),
        }
    }
}

/// The căn cứ of a decision of `version` dated `on`, in citing order.
pub fn bases(version: FrameworkVersion, on: Date) -> Vec<&'static Instrument> {
    INSTRUMENTS
        .iter()
        .filter(|i| i.applies(version, on))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_the_curated_ones() {
        let d = |k: &str| by_key(k).unwrap().date.to_string();
        assert_eq!(d("luat-gddt-2005"), "2005-11-29");
        assert_eq!(d("luat-cntt-2006"), "2006-06-29");
        assert_eq!(d("luat-tccqdp-2015"), "2015-06-19");
        assert_eq!(d("luat-atttm-2015"), "2015-11-19");
        assert_eq!(d("nd-64-2007"), "2007-04-10");
        assert_eq!(d("nq-36a-cp-2015"), "2015-10-14");
        assert_eq!(d("nq-36-tw-2014"), "2014-07-01");
        assert_eq!(d("cv-1178-btttt-2015"), "2015-04-21");
        assert_eq!(d("cv-2384-btttt-2015"), "2015-07-28");
        assert_eq!(d("qd-1819-ttg-2015"), "2015-10-26");
        assert_eq!(d("qd-898-ttg-2016"), "2016-05-27");
    }

    #[test]
    fn keys_are_unique_and_numbers_resolve() {
        for (i, a) in INSTRUMENTS.iter().enumerate() {
            assert!(
                INSTRUMENTS[i + 1..].iter().all(|b| b.key != a.key),
                "{}",
                a.key
            );
            if !a.number.is_empty() {
                assert_eq!(by_number(a.number).map(|b| b.key), Some(a.key));
            }
        }
        assert_eq!(
            by_number(" 1178/btttt-thh ").map(|i| i.key),
            Some("cv-1178-btttt-2015")
        );
    }

    #[test]
    fn a_2018_decision_cites_the_1_0_list_with_the_2015_local_government_law() {
        let on = Date::parse("2018-09-07").unwrap();
        let keys: Vec<&str> = bases(FrameworkVersion::V1_0, on)
            .iter()
            .map(|i| i.key)
            .collect();
        assert!(keys.contains(&"luat-tccqdp-2015"));
        assert!(!keys.contains(&"luat-tc-hdnd-ubnd-2003"));
        assert!(!keys.contains(&"luat-sua-doi-tccp-tccqdp-2019"));
        for k in framework_instruments(FrameworkVersion::V1_0) {
            assert!(keys.contains(k), "{k}");
        }
        let on = Date::parse("2015-09-01").unwrap();
        let keys: Vec<&str> = bases(FrameworkVersion::V1_0, on)
            .iter()
            .map(|i| i.key)
            .collect();
        assert!(keys.contains(&"luat-tc-hdnd-ubnd-2003"));
        assert!(
            !keys.contains(&"nq-36a-cp-2015"),
            "not signed yet on 01/9/2015"
        );
    }

    #[test]
    fn citations_are_worded_with_full_dates() {
        let law = by_key("luat-gddt-2005").unwrap();
        assert_eq!(
            law.cite(),
            "Luật Giao dịch điện tử ngày 29 tháng 11 năm 2005"
        );
        let cv = by_key("cv-1178-btttt-2015").unwrap();
        assert_eq!(
            cv.cite(),
            "Công văn số 1178/BTTTT-THH ngày 21 tháng 4 năm 2015 của Bộ Thông tin và Truyền thông về việc ban hành Khung Kiến trúc Chính phủ điện tử Việt Nam, phiên bản 1.0"
        );
        let nq = by_key("nq-36-tw-2014").unwrap();
        assert!(
            nq.cite()
                .starts_with("Nghị quyết số 36-NQ/TW ngày 01 tháng 7 năm 2014 của Bộ Chính trị về")
        );
    }
}
