//! Generates a large, realistic provincial model for benchmarks: many files,
//! every reference resolving, spread over the sections the way real models are.

use std::fmt::Write as _;
use std::path::Path;

/// What the generated model is like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(dead_code)] // each user of this file takes the profiles it needs
pub enum Profile {
    /// Loads without errors; a few hundred model-level findings remain.
    Clean,
    /// Most elements carry a finding or several (about three per element):
    /// the case where the cost of findings themselves shows.
    Flawed,
}

/// Writes a model of about `elements` elements into `dir` (created fresh),
/// in files of at most `per_file` elements. Returns the number written.
pub fn generate(
    dir: &Path,
    elements: usize,
    per_file: usize,
    profile: Profile,
) -> std::io::Result<usize> {
    let flawed = profile == Profile::Flawed;
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join("kientruc.yaml"), MANIFEST)?;

    let orgs = (elements / 50).max(5);
    let infra = (elements / 20).max(4);
    let dbs = (elements * 15 / 100).max(4);
    let apps = (elements * 20 / 100).max(4);
    let services = (elements * 30 / 100).max(4);
    let tasks = elements
        .saturating_sub(orgs + infra + dbs + apps + services + 8)
        .max(4);
    let mut written = 0;

    let mut section =
        |name: &str, count: usize, item: &dyn Fn(usize, &mut String)| -> std::io::Result<()> {
            let sub = dir.join(name);
            std::fs::create_dir_all(&sub)?;
            let mut start = 0;
            let mut file_no = 0;
            while start < count {
                let end = (start + per_file).min(count);
                let mut text = String::with_capacity((end - start) * 300);
                text.push_str("# yaml-language-server: $schema=../../schemas/model.schema.json\n");
                writeln!(text, "{name}:").unwrap();
                for i in start..end {
                    item(i, &mut text);
                }
                std::fs::write(sub.join(format!("{name}-{file_no:04}.yaml")), text)?;
                written += end - start;
                start = end;
                file_no += 1;
            }
            Ok(())
        };

    section("organizations", orgs, &|i, t| {
        let level = if i == 0 {
            "province"
        } else if i % 10 == 0 {
            "district"
        } else {
            "department"
        };
        writeln!(
            t,
            "  - id: org-{i}\n    name: Cơ quan số {i} của tỉnh Thử Nghiệm\n    level: {level}"
        )
        .unwrap();
        if i > 0 {
            writeln!(t, "    parent: org-0").unwrap();
        }
    })?;
    section("actors", 3, &|i, t| {
        let kind = ["citizen", "business", "official"][i];
        writeln!(
            t,
            "  - id: actor-{i}\n    name: Nhóm người sử dụng {i}\n    kind: {kind}"
        )
        .unwrap();
    })?;
    section("channels", CHANNELS, &|i, t| {
        let kind = ["web-portal", "one-stop-desk", "mobile-app", "sms", "kiosk"][i % 5];
        writeln!(
            t,
            "  - id: channel-{i}\n    name: Kênh truy cập số {i}\n    kind: {kind}\n    serves: [actor-{a}]\n    fronts: [app-1]\n    notifies: {n}",
            a = i % 3,
            n = i % 5 == 3
        )
        .unwrap();
    })?;
    section("infrastructure", infra, &|i, t| {
        let kind = [
            "data-centre",
            "server-cluster",
            "wan",
            "lan",
            "cloud",
            "security-equipment",
        ][i % 6];
        writeln!(
            t,
            "  - id: infra-{i}\n    name: Hạ tầng kỹ thuật số {i}\n    kind: {kind}\n    owner: org-{o}\n    operator: org-{o}\n    sourcing: build\n    security: {{ level: 3, plan: approved, approved_by: org-0, appraised_by: org-0, approval: {{ number: 1/QĐ-UBND, date: 2020-01-15 }}, operator: org-{o} }}",
            o = i % orgs
        )
        .unwrap();
    })?;
    section("databases", dbs, &|i, t| {
        writeln!(
            t,
            "  - id: db-{i}\n    name: Cơ sở dữ liệu chuyên ngành số {i}\n    scope: specialised\n    owner: org-{o}\n    hosted_on: [infra-{h}]\n    dossiers: {d}\n    security: {{ level: {level}, plan: approved, approved_by: org-0, operator: org-{o}, data: [personal] }}",
            level = if flawed { 1 } else { 2 },
            o = i % orgs,
            h = i % infra,
            d = i % 3 == 0 || i == 1
        )
        .unwrap();
    })?;
    section("applications", apps, &|i, t| {
        let kind = match i {
            0 => "integration-platform",
            1 => "public-service-portal",
            2 => "authentication",
            3 => "payment",
            4 => "portal",
            5 => "document-management",
            _ => ["specialised", "reporting", "gis", "other"][i % 4],
        };
        writeln!(
            t,
            "  - id: app-{i}\n    name: Ứng dụng chuyên ngành số {i}\n    kind: {kind}\n    scope: {scope}\n    owner: org-{o}\n    users: [actor-{a}]\n    uses: [db-{d}, db-{d2}]\n    hosted_on: [infra-{h}]\n    integrates_via: [{via}]\n    protocols: [https, rest]\n    standards: [{standards}]\n    delivery: build\n    security: {{ level: {level}, plan: approved, approved_by: org-0, appraised_by: org-0, approval: {{ number: 1/QĐ-UBND, date: 2020-01-15 }}, operator: org-{o}, data: [personal], monitoring: true, assessment: {{ date: 2020-02-01, by: org-0 }} }}",
            standards = if flawed && i > 6 { "" } else { "tt39:http-1-1, tt39:utf-8, tt39:tcvn-6909-2001" },
            level = if flawed && i > 6 { 1 } else { 3 },
            scope = if i % 5 == 0 || i < 6 { "shared" } else { "specialised" },
            via = if i == 0 { "" } else { "app-0" },
            o = i % orgs,
            a = i % 3,
            d = i % dbs,
            d2 = (i * 7 + 1) % dbs,
            h = i % infra
        )
        .unwrap();
        match i {
            0 => writeln!(t, "    connects_to: [national:ngsp]").unwrap(),
            1 => writeln!(t, "    depends_on: [app-2, app-3]").unwrap(),
            _ => {}
        }
    })?;
    section("services", services, &|i, t| {
        writeln!(
            t,
            "  - id: dvc-{i}\n    name: Dịch vụ công trực tuyến số {i}\n    level: {l}\n    procedure_code: \"{code}\"\n    field: Lĩnh vực {f}\n    provider: org-{o}\n    admin_level: province\n    channels: [{channels}]\n    notifications: [{notify}]\n    supported_by: [app-1, app-{a}]\n    uses_forms: {forms}\n    tracking: {tracking}",
            notify = if flawed { "" } else { "channel-3" },
            channels = if flawed { String::new() } else { format!("channel-{}", i % CHANNELS) },
            forms = !flawed,
            code = if flawed { format!("TT-{i}") } else { format!("1.{i:06}") },
            tracking = !flawed,
            l = 2 + i % 3,
            f = i % 40,
            o = i % orgs,
            a = i % apps
        )
        .unwrap();
    })?;
    // Security and governance blocks: a backup control and a firewall over all infrastructure.
    section("controls", 2, &|i, t| {
        let kind = ["backup", "firewall"][i];
        let protects: Vec<String> = (0..infra).map(|h| format!("infra-{h}")).collect();
        writeln!(
            t,
            "  - id: control-{i}\n    name: Biện pháp bảo đảm an toàn thông tin số {i}\n    kind: {kind}\n    operator: org-0\n    protects: [{}]",
            protects.join(", ")
        )
        .unwrap();
    })?;
    section("responsibilities", 1, &|_, t| {
        writeln!(
            t,
            "  - agency: org-0\n    duties: [Chủ trì triển khai Kiến trúc]"
        )
        .unwrap();
    })?;
    section("phases", 2, &|i, t| {
        let (from, to) = [(2021, 2022), (2023, 2025)][i];
        writeln!(
            t,
            "  - id: phase-{i}\n    name: Giai đoạn {n}\n    from: {from}\n    to: {to}",
            n = i + 1
        )
        .unwrap();
    })?;
    section("tasks", tasks, &|i, t| {
        let (phase, from, to) = match (i % 2 == 0, flawed) {
            (true, false) => (0, 2021, 2022),
            (false, false) => (1, 2023, 2025),
            // Outside the phase it belongs to.
            (true, true) => (0, 2019, 2022),
            (false, true) => (1, 2023, 2027),
        };
        writeln!(
            t,
            "  - id: task-{i}\n    name: Nhiệm vụ số {i}\n    phase: phase-{phase}\n    from: {from}\n    to: {to}\n    delivers: [app-{a}]\n    lead: org-{o}\n    partners: [org-{p}]\n    {delivery}priority: {pr}\n    budget:\n      - {{ source: provincial, amount: {amt} }}",
            delivery = if flawed { "" } else { "delivery: invest\n    " },
            amt = if flawed { "0".to_owned() } else { format!("{}.5", 100 + i % 900) },
            a = i % apps,
            o = i % orgs,
            p = (i + 1) % orgs,
            pr = 1 + i % 3,
        )
        .unwrap();
    })?;
    Ok(written + 1)
}

/// Access channels; every service is offered through one of them.
const CHANNELS: usize = 10;

const MANIFEST: &str = "kientruc: 1
framework: \"1.0\"
architecture:
  name: Kiến trúc Chính quyền điện tử tỉnh Thử Nghiệm
  version: \"1.0\"
  status: draft
  period: { from: 2021, to: 2025 }
  province: { name: Thử Nghiệm, code: \"01\" }
  maintainer: org-0
  scope: [province, department, district, commune]
";
