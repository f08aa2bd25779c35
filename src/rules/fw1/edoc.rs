//! Electronic document exchange (liên thông văn bản điện tử).

use crate::model::common::Status;
use crate::model::{AppKind, Application, ControlKind, Ref};
use crate::rules::engine::{Context, Rule, Sink};
use crate::rules::query::{Owner, apps_of_kind, integration_platforms, report_field};
use std::collections::{HashMap, HashSet};

crate::declare_rules! {
    /// ## What it checks
    /// Every document-management system (QLVB&ĐH, `kind: document-management`)
    /// that is not retiring connects to the national document axis
    /// `national:truc-lien-thong-van-ban`: in `connects_to`, `depends_on` or
    /// `direct_links`, through an exchange, or through an LGSP it integrates via
    /// that connects to the axis.
    ///
    /// ## Why
    /// Electronic documents between administrative agencies travel over the
    /// national document axis; every provincial QLVB&ĐH was to be connected in 2019.
    ///
    /// ## Basis
    /// Quyết định 28/2018/QĐ-TTg; Quyết định 626/QĐ-VPCP (2019 target).
    ///
    /// ## Example
    /// Passes: `connects_to: [national:truc-lien-thong-van-ban]` on `qlvb`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mọi hệ thống quản lý văn bản và điều hành (QLVB&ĐH, `kind: document-management`)
    /// đang vận hành đều kết nối với Trục liên thông văn bản quốc gia
    /// `national:truc-lien-thong-van-ban`: trong `connects_to`, `depends_on` hoặc
    /// `direct_links`, qua một luồng trao đổi, hoặc qua LGSP mà hệ thống tích hợp và
    /// LGSP đó kết nối với Trục.
    ///
    /// ### Vì sao
    /// Văn bản điện tử giữa các cơ quan hành chính nhà nước được gửi, nhận qua Trục
    /// liên thông văn bản quốc gia; mọi hệ thống QLVB&ĐH của tỉnh phải được kết nối
    /// trong năm 2019.
    ///
    /// ### Căn cứ
    /// Quyết định 28/2018/QĐ-TTg; Quyết định 626/QĐ-VPCP (mục tiêu năm 2019).
    ///
    /// ### Ví dụ
    /// Đạt: `qlvb` có `connects_to: [national:truc-lien-thong-van-ban]`.
    EDOC_AXIS = ("FW1-EDOC-001", Warning, "document system connected to the national document axis", "hệ thống QLVB&ĐH kết nối Trục liên thông văn bản quốc gia", Stated, "QĐ 28/2018/QĐ-TTg; QĐ 626/QĐ-VPCP");

    /// ## What it checks
    /// Every document system that is not retiring (an application of `kind:
    /// document-management`, or of any kind linked to the national document
    /// axis directly or through an exchange, the LGSP that relays to it aside)
    /// has a digital signature service: it depends on or connects to an application of `kind:
    /// digital-signature` or `national:ca-chuyen-dung`, or a
    /// `pki-digital-signature` control protects it.
    ///
    /// ## Why
    /// An electronic document signed digitally by the competent person and by
    /// the agency has the legal value of the paper original.
    ///
    /// ## Basis
    /// Nghị định 30/2020/NĐ-CP, Art. 5 and 13.7.
    ///
    /// ## Example
    /// Passes: `depends_on: [national:ca-chuyen-dung]` on `qlvb`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mọi hệ thống quản lý văn bản đang vận hành đều có dịch vụ chữ ký số: hệ thống
    /// phụ thuộc vào hoặc kết nối với một ứng dụng `kind: digital-signature` hay
    /// `national:ca-chuyen-dung`, hoặc được một biện pháp `pki-digital-signature` bảo vệ.
    ///
    /// ### Vì sao
    /// Văn bản điện tử được người có thẩm quyền và cơ quan ký số có giá trị pháp lý
    /// như bản gốc văn bản giấy.
    ///
    /// ### Căn cứ
    /// Nghị định 30/2020/NĐ-CP, Điều 5 và khoản 7 Điều 13.
    ///
    /// ### Ví dụ
    /// Đạt: `qlvb` có `depends_on: [national:ca-chuyen-dung]`.
    EDOC_SIGNATURE = ("FW1-EDOC-002", Warning, "digital signature available to the document system", "hệ thống QLVB&ĐH có dịch vụ chữ ký số", Stated, "Decree 30/2020/NĐ-CP Art. 5, 13.7");
}

const AXIS: &str = "national:truc-lien-thong-van-ban";
const GOVERNMENT_CA: &str = "national:ca-chuyen-dung";

fn document_systems<'a>(cx: &'a Context) -> impl Iterator<Item = &'a Application> {
    apps_of_kind(cx.model, AppKind::DocumentManagement)
        .filter(|a| a.status.value != Status::Retiring)
}

/// Everything an application links to directly.
fn links(app: &Application) -> impl Iterator<Item = &Ref> {
    app.connects_to
        .iter()
        .chain(&app.depends_on)
        .chain(app.direct_links.iter().map(|l| &l.to))
}

fn axis(cx: &Context, sink: &mut Sink) {
    let model = cx.model;
    let mut connected: HashSet<&str> = HashSet::new();
    for ex in &model.exchanges {
        if ex.to.as_str() == AXIS {
            connected.insert(ex.from.as_str());
        }
        if ex.from.as_str() == AXIS {
            connected.insert(ex.to.as_str());
        }
    }
    let platforms_to_axis: HashSet<&str> = integration_platforms(model)
        .into_iter()
        .filter(|p| links(p).any(|r| r.as_str() == AXIS))
        .map(|p| p.id.as_str())
        .collect();
    for app in document_systems(cx) {
        let linked = links(app).any(|r| r.as_str() == AXIS)
            || connected.contains(app.id.as_str())
            || app
                .integrates_via
                .iter()
                .any(|r| platforms_to_axis.contains(r.as_str()));
        if !linked {
            report_field(
                sink,
                Owner::app(app),
                "connects_to",
                crate::msg_args!(
                    "document system `{0}` is not connected to the national document axis",
                    "hệ thống QLVB&ĐH `{0}` chưa kết nối Trục liên thông văn bản quốc gia",
                    app.id.as_str()
                ),
                crate::msg_args!(
                    "add `connects_to: [{0}]`",
                    "thêm `connects_to: [{0}]`",
                    AXIS
                ),
            );
        }
    }
}

fn signature(cx: &Context, sink: &mut Sink) {
    let model = cx.model;
    let kinds: HashMap<&str, AppKind> = model
        .applications
        .iter()
        .map(|a| (a.id.as_str(), a.kind.value))
        .collect();
    let is_signer = |r: &Ref| {
        r.as_str() == GOVERNMENT_CA || kinds.get(r.as_str()) == Some(&AppKind::DigitalSignature)
    };
    let protected: HashSet<&str> = model
        .controls
        .iter()
        .filter(|c| c.kind.value == ControlKind::PkiDigitalSignature)
        .flat_map(|c| c.protects.iter().map(|r| r.as_str()))
        .collect();
    // Whatever exchanges documents on the axis signs them, whatever its kind.
    let on_axis: HashSet<&str> = model
        .exchanges
        .iter()
        .flat_map(|e| match (e.from.as_str(), e.to.as_str()) {
            (AXIS, other) | (other, AXIS) => Some(other),
            _ => None,
        })
        .collect();
    let signer = model
        .applications
        .iter()
        .find(|a| a.kind.value == AppKind::DigitalSignature && a.status.value != Status::Retiring)
        .map_or(GOVERNMENT_CA, |a| a.id.as_str());
    // The LGSP relays documents to the axis; it does not sign them.
    let relays: HashSet<&str> = integration_platforms(model)
        .into_iter()
        .map(|a| a.id.as_str())
        .collect();
    let systems = model.applications.iter().filter(|a| {
        a.status.value != Status::Retiring
            && !relays.contains(a.id.as_str())
            && (a.kind.value == AppKind::DocumentManagement
                || links(a).any(|r| r.as_str() == AXIS)
                || on_axis.contains(a.id.as_str()))
    });
    for app in systems {
        if links(app).any(is_signer) || protected.contains(app.id.as_str()) {
            continue;
        }
        report_field(
            sink,
            Owner::app(app),
            "depends_on",
            crate::msg_args!(
                "document system `{0}` has no digital signature service",
                "hệ thống QLVB&ĐH `{0}` chưa có dịch vụ chữ ký số",
                app.id.as_str()
            ),
            crate::msg_args!(
                "add `depends_on: [{0}]`, or depend on another digital-signature service",
                "thêm `depends_on: [{0}]`, hoặc phụ thuộc vào một dịch vụ chữ ký số khác",
                signer
            ),
        );
    }
}

pub const RULES: &[Rule] = &[
    Rule {
        meta: &EDOC_AXIS,
        check: axis,
    },
    Rule {
        meta: &EDOC_SIGNATURE,
        check: signature,
    },
];
