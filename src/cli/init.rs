//! `kientruc init`: scaffold a new architecture folder that passes `check`.

use super::{EXIT_CLEAN, Failure, GlobalArgs};
use crate::diagnostic::Lang;
use crate::legal::provinces::{province_by_code, province_by_name};
use crate::schema::generate::{SchemaKind, schema_text};
use crate::write::write_atomic;
use clap::Args;
use std::path::PathBuf;
use unicode_normalization::UnicodeNormalization;

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Folder to create. It must not exist or be empty.
    pub dir: PathBuf,

    /// Province name without the word "tỉnh", e.g. "Quảng Nam".
    #[arg(long)]
    pub province: String,

    /// Two-digit administrative code of the province (Quyết định 124/2004/QĐ-TTg), e.g. 49.
    /// Optional when the province's name is known.
    #[arg(long)]
    pub code: Option<String>,

    /// First year of the architecture's period.
    #[arg(long, default_value_t = 2026)]
    pub year: u16,
}

/// The scaffold's model files (the schemas are written beside them): path inside the folder and template text.
const FILES: &[(&str, &str)] = &[
    (
        "kientruc.yaml",
        include_str!("../../templates/init/kientruc.yaml"),
    ),
    (
        "business/business.yaml",
        include_str!("../../templates/init/business.yaml"),
    ),
    (
        "application/application.yaml",
        include_str!("../../templates/init/application.yaml"),
    ),
    (
        "infrastructure/infrastructure.yaml",
        include_str!("../../templates/init/infrastructure.yaml"),
    ),
    (
        "roadmap/roadmap.yaml",
        include_str!("../../templates/init/roadmap.yaml"),
    ),
];

/// Escapes text for a double-quoted YAML scalar.
fn yaml_quoted_inner(s: &str) -> String {
    s.chars()
        .flat_map(|c| match c {
            '"' => vec!['\\', '"'],
            '\\' => vec!['\\', '\\'],
            c if c.is_control() => vec![' '],
            c => vec![c],
        })
        .collect()
}

pub fn run(args: &InitArgs, global: &GlobalArgs) -> Result<u8, Failure> {
    let lang = global.lang();
    let province: String = args.province.trim().nfc().collect();
    let province = province
        .strip_prefix("tỉnh ")
        .or_else(|| province.strip_prefix("Tỉnh "))
        .or_else(|| province.strip_prefix("TỈNH "))
        .unwrap_or(&province)
        .trim()
        .to_owned();
    if province.is_empty() {
        return Err(Failure::new(
            lang,
            "--province must not be empty",
            "--province không được để trống: hãy ghi tên tỉnh",
        ));
    }
    let code = match (&args.code, province_by_name(&province)) {
        (Some(code), _) => code.trim().to_owned(),
        (None, Some((code, _))) => code.to_owned(),
        (None, None) => {
            return Err(Failure::new(
                lang,
                format!(
                    "`{province}` is not a province kientruc knows; give its two-digit code with --code"
                ),
                format!(
                    "kientruc không biết tỉnh `{province}`; hãy ghi mã tỉnh gồm hai chữ số bằng --code"
                ),
            ));
        }
    };
    if province_by_code(&code).is_none() {
        return Err(Failure::new(
            lang,
            format!("`{code}` is not a provincial code of Quyết định 124/2004/QĐ-TTg"),
            format!("`{code}` không phải là mã tỉnh theo Quyết định 124/2004/QĐ-TTg"),
        ));
    }
    if !(1990..=2090).contains(&args.year) {
        return Err(Failure::new(
            lang,
            format!("--year must be between 1990 and 2090, got {}", args.year),
            format!("--year phải từ 1990 đến 2090, nhận được {}", args.year),
        ));
    }
    if args.dir.exists() {
        let mut entries =
            std::fs::read_dir(&args.dir).map_err(|e| Failure::cannot_read(lang, &args.dir, &e))?;
        if entries.next().is_some() {
            return Err(Failure::new(
                lang,
                format!(
                    "`{}` already exists and is not empty; choose a new folder",
                    args.dir.display()
                ),
                format!(
                    "`{}` đã có và không trống; hãy chọn một thư mục mới",
                    args.dir.display()
                ),
            ));
        }
    }
    let year = args.year;
    // Phases follow the 5-year IT plans (2021–2025, 2026–2030 …): the first phase
    // takes up to two years, the second runs to the end of the plan period.
    let plan_end = (year - 1) / 5 * 5 + 5;
    let phase1_end = (year + 1).min(plan_end);
    let (phase2_start, period_end) = if phase1_end < plan_end {
        (phase1_end + 1, plan_end)
    } else {
        (plan_end + 1, plan_end + 5)
    };
    let values = [
        ("{{province}}", yaml_quoted_inner(&province)),
        ("{{code}}", code),
        ("{{year}}", year.to_string()),
        ("{{phase1_end}}", phase1_end.to_string()),
        ("{{phase2_start}}", phase2_start.to_string()),
        ("{{period_end}}", period_end.to_string()),
    ];
    for (path, template) in FILES {
        let mut text = (*template).to_owned();
        for (key, value) in &values {
            text = text.replace(key, value);
        }
        // Editors find the schemas written beside the model, with no network.
        let depth = path.matches('/').count();
        text = text.replace(
            "{{schema_base}}",
            &format!("{}schemas/", "../".repeat(depth)),
        );
        let target = args.dir.join(path);
        write_atomic(&target, text.as_bytes())
            .map_err(|e| Failure::cannot_write(lang, &target, &e))?;
    }
    for kind in SchemaKind::ALL {
        let target = args.dir.join("schemas").join(kind.file_name());
        write_atomic(&target, schema_text(kind).as_bytes())
            .map_err(|e| Failure::cannot_write(lang, &target, &e))?;
    }
    let dir = args.dir.display();
    match lang {
        Lang::En => eprintln!(
            "created the architecture of tỉnh {province} in `{dir}`; next: kientruc check {dir}"
        ),
        Lang::Vi => eprintln!(
            "đã tạo kiến trúc của tỉnh {province} trong `{dir}`; bước tiếp theo: kientruc check {dir}"
        ),
    }
    Ok(EXIT_CLEAN)
}
