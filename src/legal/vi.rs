//! Vietnamese formatting for documents: dates as Decree 30/2020 writes them,
//! numbers with `.` thousands and `,` decimals, and the labels of model enums.

use crate::model::common::FundingSource;
use crate::model::{Date, Delivery, SolutionKind};
use unicode_normalization::UnicodeNormalization;

/// "ngày 07 tháng 9 năm 2018": days below 10 and months 1–2 take a leading
/// zero (Decree 30/2020, Phụ lục I, II.4b).
pub fn date_long(d: Date) -> String {
    format!("ngày {:02} tháng {} năm {}", d.day, month(d.month), d.year)
}

/// "07/9/2018", the same leading-zero rule in short form, for tables.
pub fn date_short(d: Date) -> String {
    format!("{:02}/{}/{}", d.day, month(d.month), d.year)
}

fn month(m: u8) -> String {
    if m < 3 {
        format!("{m:02}")
    } else {
        m.to_string()
    }
}

/// The date line of a draft: the day and month are left blank for the signer.
pub fn date_blank(year: u16) -> String {
    format!("ngày      tháng      năm {year}")
}

/// Formats `value` with at most `decimals` decimals, trailing zeros dropped:
/// 1234.5 → "1.234,5". Non-finite values print as "–".
pub fn number(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "–".to_owned();
    }
    let fixed = format!("{:.*}", decimals, value.abs());
    let (int, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let frac = frac.trim_end_matches('0');
    let mut out = String::with_capacity(fixed.len() + fixed.len() / 3);
    if value < 0.0 && fixed.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        out.push('-');
    }
    group_thousands(int, &mut out);
    if !frac.is_empty() {
        out.push(',');
        out.push_str(frac);
    }
    out
}

/// Formats an integer: 12345 → "12.345".
pub fn integer(value: i64) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if value < 0 {
        out.push('-');
    }
    group_thousands(&digits, &mut out);
    out
}

fn group_thousands(digits: &str, out: &mut String) {
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
}

/// Upper case in NFC ("Quảng Nam" → "QUẢNG NAM").
pub fn upper(s: &str) -> String {
    s.nfc().collect::<String>().to_uppercase().nfc().collect()
}

/// NFC, trimmed, inner whitespace collapsed: how model text is compared.
pub fn normalize(s: &str) -> String {
    let nfc: String = s.nfc().collect();
    nfc.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// First letter upper case (for text that starts a sentence).
pub fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Full and short (column) names of a funding source.
pub fn source_name(s: FundingSource) -> (&'static str, &'static str) {
    match s {
        FundingSource::Central => ("Ngân sách trung ương", "NSTW"),
        FundingSource::Provincial => ("Ngân sách địa phương", "NSĐP"),
        FundingSource::Oda => ("Vốn ODA", "ODA"),
        FundingSource::Socialised => ("Xã hội hóa", "XHH"),
        FundingSource::Other => ("Nguồn hợp pháp khác", "Khác"),
    }
}

pub const SOURCES: [FundingSource; 5] = [
    FundingSource::Central,
    FundingSource::Provincial,
    FundingSource::Oda,
    FundingSource::Socialised,
    FundingSource::Other,
];

pub fn delivery_name(d: Delivery) -> &'static str {
    match d {
        Delivery::Invest => "Đầu tư",
        Delivery::Rent => "Thuê dịch vụ CNTT",
        Delivery::Socialise => "Xã hội hóa",
    }
}

pub fn solution_kind_name(k: SolutionKind) -> &'static str {
    match k {
        SolutionKind::Policy => "Giải pháp về cơ chế, chính sách",
        SolutionKind::Funding => "Giải pháp về tài chính",
        SolutionKind::HumanResources => "Giải pháp về nguồn nhân lực",
        SolutionKind::Communication => "Giải pháp về tuyên truyền, nâng cao nhận thức",
        SolutionKind::Technology => "Giải pháp về công nghệ",
        SolutionKind::Security => "Giải pháp về bảo đảm an toàn thông tin",
        SolutionKind::Cooperation => "Giải pháp về hợp tác",
        SolutionKind::Organisation => "Giải pháp về tổ chức, triển khai",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn dates_follow_decree_30() {
        assert_eq!(date_long(d("2018-09-07")), "ngày 07 tháng 9 năm 2018");
        assert_eq!(date_long(d("2020-01-05")), "ngày 05 tháng 01 năm 2020");
        assert_eq!(date_long(d("2017-02-27")), "ngày 27 tháng 02 năm 2017");
        assert_eq!(date_long(d("2019-06-29")), "ngày 29 tháng 6 năm 2019");
        assert_eq!(date_long(d("2018-12-31")), "ngày 31 tháng 12 năm 2018");
        assert_eq!(date_short(d("2015-04-21")), "21/4/2015");
        assert_eq!(date_short(d("2014-07-01")), "01/7/2014");
    }

    #[test]
    fn numbers_use_vietnamese_separators() {
        assert_eq!(number(1234.5, 3), "1.234,5");
        assert_eq!(number(1234567.0, 3), "1.234.567");
        assert_eq!(number(0.125, 3), "0,125");
        assert_eq!(number(999.9996, 3), "1.000");
        assert_eq!(number(-2500.26, 1), "-2.500,3");
        assert_eq!(number(-0.0001, 1), "0");
        assert_eq!(number(f64::NAN, 1), "–");
        assert_eq!(integer(0), "0");
        assert_eq!(integer(-1234567), "-1.234.567");
        assert_eq!(integer(100), "100");
    }

    #[test]
    fn upper_case_keeps_diacritics_in_nfc() {
        assert_eq!(upper("Quảng Nam"), "QUẢNG NAM");
        // Decomposed input comes out composed.
        assert_eq!(upper("Qua\u{309}ng"), "QUẢNG");
        assert_eq!(normalize("  Sở   Tài chính "), "Sở Tài chính");
    }
}
