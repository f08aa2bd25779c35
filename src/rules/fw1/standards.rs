//! Governance of the architecture and the technical standards of TT 39/2017.

use crate::diagnostic::Msg;
use crate::model::catalogue::{self, NationalKind};
use crate::model::common::Status;
use crate::model::{AppKind, Application, ChannelKind, Exchange, Model, OrgLevel};
use crate::rules::engine::{Context, Rule, Sink};
use crate::rules::query::{Owner, citizen_facing, report_at, report_field};
use std::collections::HashSet;

crate::declare_rules! {
    /// ## What it checks
    /// The manifest names who owns the architecture and who steers it: the
    /// `architecture.maintainer` is a provincial agency (level `department` or
    /// `province`, normally the Sở TT&TT), and `architecture.steering_body`
    /// names the steering committee (Ban chỉ đạo).
    ///
    /// ## Why
    /// The framework gives the provincial IT department the duty to build and
    /// maintain the architecture; approved provincial architectures also name
    /// the steering body that directs it.
    ///
    /// ## Basis
    /// Framework 1.0 §III.2 (responsibilities of the specialised IT units);
    /// provincial practice (Phú Thọ, Vĩnh Phúc). Reconstructed.
    ///
    /// ## Example
    /// Fails: a manifest without `steering_body`.
    /// Passes:
    /// ```yaml
    /// architecture:
    ///   maintainer: so-tttt
    ///   steering_body: ban-chi-dao
    /// ```
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Tệp khai báo chung nêu cơ quan chủ trì kiến trúc và cơ quan chỉ đạo:
    /// `architecture.maintainer` là một cơ quan của tỉnh (cấp `department` hoặc
    /// `province`, thường là Sở TT&TT), và `architecture.steering_body` ghi Ban chỉ đạo.
    ///
    /// ### Vì sao
    /// Khung kiến trúc giao cho cơ quan chuyên trách công nghệ thông tin của tỉnh
    /// nhiệm vụ xây dựng và duy trì kiến trúc; các kiến trúc cấp tỉnh đã được phê
    /// duyệt cũng nêu cơ quan chỉ đạo việc triển khai.
    ///
    /// ### Căn cứ
    /// Khung Kiến trúc 1.0, mục III.2 (trách nhiệm của các đơn vị chuyên trách công
    /// nghệ thông tin); thực tiễn các tỉnh (Phú Thọ, Vĩnh Phúc). Tổng hợp lại từ các nguồn này.
    ///
    /// ### Ví dụ
    /// Không đạt: tệp khai báo chung không có `steering_body`.
    /// Đạt:
    /// ```yaml
    /// architecture:
    ///   maintainer: so-tttt
    ///   steering_body: ban-chi-dao
    /// ```
    GOV_OWNER = ("FW1-GOV-001", Warning, "architecture owner and steering body named", "có cơ quan chủ trì và ban chỉ đạo kiến trúc", Inferred, "Framework 1.0 §III.2");

    /// ## What it checks
    /// The manifest says how the architecture is kept up to date
    /// (`architecture.update_process`).
    ///
    /// ## Why
    /// The architecture changes with the province's systems and the national
    /// framework; approved architectures say that the Sở TT&TT reviews it and
    /// proposes new versions.
    ///
    /// ## Basis
    /// Provincial practice (Phú Thọ, Quyết định 808). Inferred.
    ///
    /// ## Example
    /// Fails: no `update_process`.
    /// Passes:
    /// ```yaml
    /// architecture:
    ///   update_process: Sở TT&TT rà soát hằng năm và đề xuất cập nhật phiên bản khi có thay đổi.
    /// ```
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Tệp khai báo chung nêu cách cập nhật kiến trúc (`architecture.update_process`).
    ///
    /// ### Vì sao
    /// Kiến trúc thay đổi theo các hệ thống của tỉnh và theo khung kiến trúc quốc gia;
    /// các kiến trúc đã được phê duyệt quy định Sở TT&TT rà soát và đề xuất phiên bản mới.
    ///
    /// ### Căn cứ
    /// Thực tiễn các tỉnh (Phú Thọ, Quyết định 808). Suy ra từ mục đích.
    ///
    /// ### Ví dụ
    /// Không đạt: không có `update_process`.
    /// Đạt:
    /// ```yaml
    /// architecture:
    ///   update_process: Sở TT&TT rà soát hằng năm và đề xuất cập nhật phiên bản khi có thay đổi.
    /// ```
    GOV_UPDATE = ("FW1-GOV-002", Warning, "update process declared", "có quy trình cập nhật kiến trúc", Inferred, "provincial practice");

    /// ## What it checks
    /// Every data exchange to or from a national database declares a
    /// `protocol` among HTTP, HTTPS and SOAP (web services described in WSDL,
    /// over TCP/IP) and an XML `format`. An application linked to a national
    /// database directly (`connects_to`, `depends_on` or `direct_links`) with
    /// no exchange between them lists one of those in its `protocols`.
    ///
    /// ## Why
    /// Connections with national databases follow one technical profile so
    /// that any provincial system can use them.
    ///
    /// ## Basis
    /// Thông tư 13/2017/TT-BTTTT, Art. 18–20.
    ///
    /// ## Example
    /// Fails: `{ id: tra-cuu-dan-cu, from: mot-cua, to: national:csdl-dan-cu, protocol: ftp }`.
    /// Passes:
    /// ```yaml
    /// exchanges:
    ///   - { id: tra-cuu-dan-cu, name: Tra cứu dân cư, from: mot-cua, to: national:csdl-dan-cu, protocol: https, format: xml }
    /// ```
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mọi luồng trao đổi dữ liệu tới hoặc từ một cơ sở dữ liệu quốc gia đều khai báo
    /// giao thức `protocol` là HTTP, HTTPS hoặc SOAP (dịch vụ web mô tả bằng WSDL, trên
    /// nền TCP/IP) và định dạng `format` là XML.
    ///
    /// ### Vì sao
    /// Kết nối với cơ sở dữ liệu quốc gia theo cùng một chuẩn kỹ thuật để mọi hệ thống
    /// của tỉnh đều dùng được.
    ///
    /// ### Căn cứ
    /// Thông tư 13/2017/TT-BTTTT, Điều 18 đến Điều 20.
    ///
    /// ### Ví dụ
    /// Không đạt: `{ id: tra-cuu-dan-cu, from: mot-cua, to: national:csdl-dan-cu, protocol: ftp }`.
    /// Đạt:
    /// ```yaml
    /// exchanges:
    ///   - { id: tra-cuu-dan-cu, name: Tra cứu dân cư, from: mot-cua, to: national:csdl-dan-cu, protocol: https, format: xml }
    /// ```
    STD_NATIONAL_DB = ("FW1-STD-001", Error, "national database interfaces use HTTP(S), SOAP and XML", "kết nối CSDL quốc gia dùng HTTP(S), SOAP và XML", Stated, "TT 13/2017/TT-BTTTT Art. 18–20");

    /// ## What it checks
    /// Web-facing applications list HTTP v1.1 in `standards`
    /// (`tt39:http-1-1`, or a declared standard whose code is HTTP 1.1).
    /// Web-facing means: `kind` portal, public-service-portal or one-stop,
    /// fronted by a channel of `kind: web-portal`, or of any kind supporting an
    /// online service of level 2 or higher (`supported_by`). Official e-mail is not
    /// counted (its mandatory standard is SMTP). Retiring applications are skipped.
    ///
    /// ## Why
    /// HTTP v1.1 is the mandatory hypertext transfer standard for state
    /// information systems (HTTP v2.0 is only recommended).
    ///
    /// ## Basis
    /// Thông tư 39/2017/TT-BTTTT, catalogue row 1.1.
    ///
    /// ## Example
    /// Fails: a `kind: portal` application without `tt39:http-1-1`.
    /// Passes: `standards: [tt39:http-1-1, tt39:tcvn-6909-2001]`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Ứng dụng cung cấp qua web ghi HTTP v1.1 trong `standards` (`tt39:http-1-1`,
    /// hoặc một tiêu chuẩn đã khai báo có mã là HTTP 1.1). Ứng dụng cung cấp qua web
    /// là ứng dụng có `kind` là portal, public-service-portal hoặc one-stop, hoặc có
    /// một kênh `kind: web-portal` đứng trước. Thư điện tử công vụ không được tính (tiêu
    /// chuẩn bắt buộc của nó là SMTP). Ứng dụng sắp ngừng sử dụng không được xét.
    ///
    /// ### Vì sao
    /// HTTP v1.1 là tiêu chuẩn truyền tải siêu văn bản bắt buộc áp dụng cho hệ thống
    /// thông tin của cơ quan nhà nước (HTTP v2.0 chỉ là khuyến nghị).
    ///
    /// ### Căn cứ
    /// Thông tư 39/2017/TT-BTTTT, dòng 1.1 của danh mục.
    ///
    /// ### Ví dụ
    /// Không đạt: ứng dụng `kind: portal` không có `tt39:http-1-1`.
    /// Đạt: `standards: [tt39:http-1-1, tt39:tcvn-6909-2001]`.
    STD_HTTP = ("FW1-STD-002", Error, "web-facing systems support HTTP v1.1", "hệ thống cung cấp qua web hỗ trợ HTTP v1.1", Stated, "TT 39/2017/TT-BTTTT row 1.1");

    /// ## What it checks
    /// Applications that publish or exchange Vietnamese text with people or
    /// other agencies list the TCVN 6909:2001 character set in `standards`
    /// (`tt39:tcvn-6909-2001`, or a declared standard with that code). Scope:
    /// `kind` portal, public-service-portal, one-stop, document-management and
    /// email, and any application that supports an online service, that a
    /// channel `fronts`, whose `users` are citizens or businesses, or that
    /// `connects_to` the national document axis. Retiring applications are skipped.
    ///
    /// ## Why
    /// Vietnamese text in state systems, portal metadata and administrative
    /// documents uses the Unicode character set of TCVN 6909:2001, so that it
    /// can be exchanged and read everywhere.
    ///
    /// ## Basis
    /// Thông tư 39/2017/TT-BTTTT (information access standards); Thông tư
    /// 24/2011/TT-BTTTT, Art. 5; Nghị định 30/2020/NĐ-CP (font of documents).
    ///
    /// ## Example
    /// Fails: a `kind: document-management` application without `tt39:tcvn-6909-2001`.
    /// Passes: `standards: [tt39:tcvn-6909-2001]`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Ứng dụng công bố hoặc trao đổi văn bản tiếng Việt với người dân hay với cơ quan
    /// khác ghi bộ mã ký tự TCVN 6909:2001 trong `standards` (`tt39:tcvn-6909-2001`,
    /// hoặc một tiêu chuẩn đã khai báo có mã đó). Phạm vi: `kind` là portal,
    /// public-service-portal, one-stop, document-management và email. Ứng dụng sắp
    /// ngừng sử dụng không được xét.
    ///
    /// ### Vì sao
    /// Văn bản tiếng Việt trong hệ thống của cơ quan nhà nước, siêu dữ liệu trên cổng
    /// và văn bản hành chính dùng bộ mã Unicode theo TCVN 6909:2001, để trao đổi và
    /// đọc được ở mọi nơi.
    ///
    /// ### Căn cứ
    /// Thông tư 39/2017/TT-BTTTT (tiêu chuẩn về truy cập thông tin); Thông tư
    /// 24/2011/TT-BTTTT, Điều 5; Nghị định 30/2020/NĐ-CP (phông chữ của văn bản).
    ///
    /// ### Ví dụ
    /// Không đạt: ứng dụng `kind: document-management` không có `tt39:tcvn-6909-2001`.
    /// Đạt: `standards: [tt39:tcvn-6909-2001]`.
    STD_TCVN_6909 = ("FW1-STD-003", Error, "Vietnamese text uses TCVN 6909:2001", "dữ liệu tiếng Việt dùng bộ mã TCVN 6909:2001", Stated, "TT 39/2017/TT-BTTTT; TT 24/2011/TT-BTTTT Art. 5");

    /// ## What it checks
    /// Every application that is not retiring lists, in `standards`, the
    /// TT 39/2017 standards it applies (`tt39:*` ids or declared `standards`).
    ///
    /// ## Why
    /// The TT 39/2017 catalogue is the basis for investing in or renting IT
    /// with the state budget; an application that cites none cannot be
    /// appraised against it.
    ///
    /// ## Basis
    /// Thông tư 39/2017/TT-BTTTT, Art. 2.
    ///
    /// ## Example
    /// Fails: an application without `standards`.
    /// Passes: `standards: [tt39:http-1-1, tt39:xml-1-0, tt39:tcvn-6909-2001]`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Mọi ứng dụng đang hoặc sẽ vận hành đều ghi trong `standards` các tiêu chuẩn
    /// theo Thông tư 39/2017 mà nó áp dụng (mã `tt39:*` hoặc các tiêu chuẩn đã khai
    /// báo trong `standards`).
    ///
    /// ### Vì sao
    /// Danh mục của Thông tư 39/2017 là căn cứ để đầu tư hoặc thuê dịch vụ công nghệ
    /// thông tin bằng ngân sách nhà nước; một ứng dụng không viện dẫn tiêu chuẩn nào
    /// thì không thẩm định được theo danh mục đó.
    ///
    /// ### Căn cứ
    /// Thông tư 39/2017/TT-BTTTT, Điều 2.
    ///
    /// ### Ví dụ
    /// Không đạt: ứng dụng không có `standards`.
    /// Đạt: `standards: [tt39:http-1-1, tt39:xml-1-0, tt39:tcvn-6909-2001]`.
    STD_LISTED = ("FW1-STD-004", Warning, "systems list the standards they apply", "hệ thống nêu các tiêu chuẩn áp dụng", Stated, "TT 39/2017/TT-BTTTT Art. 2");

    /// ## What it checks
    /// An existing application in operation since before 2018 (`since` earlier
    /// than 2018, `status: existing`) is delivered by a task of the roadmap
    /// that brings it in line with TT 39/2017 (a task whose `delivers` lists
    /// it), or is marked `status: upgrading`.
    ///
    /// ## Why
    /// TT 39/2017 took effect on 1 July 2018; systems built before it are to be
    /// reviewed and given a roadmap to the new standards.
    ///
    /// ## Basis
    /// Thông tư 39/2017/TT-BTTTT, Art. 3.
    ///
    /// ## Example
    /// Fails: `{ id: qlvb, …, since: 2015 }` with no task delivering `qlvb`.
    /// Passes: the same application with `status: upgrading`, or a task with `delivers: [qlvb]`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Ứng dụng hiện có, vận hành từ trước năm 2018 (`since` trước 2018,
    /// `status: existing`), có một nhiệm vụ trên lộ trình đưa nó về phù hợp với Thông
    /// tư 39/2017 (nhiệm vụ có `delivers` ghi ứng dụng đó), hoặc được đánh dấu
    /// `status: upgrading`.
    ///
    /// ### Vì sao
    /// Thông tư 39/2017 có hiệu lực từ ngày 01/7/2018; các hệ thống xây dựng trước đó
    /// cần được rà soát và có lộ trình chuyển đổi theo các tiêu chuẩn mới.
    ///
    /// ### Căn cứ
    /// Thông tư 39/2017/TT-BTTTT, Điều 3.
    ///
    /// ### Ví dụ
    /// Không đạt: `{ id: qlvb, …, since: 2015 }` mà không nhiệm vụ nào thực hiện `qlvb`.
    /// Đạt: cũng ứng dụng đó với `status: upgrading`, hoặc có nhiệm vụ `delivers: [qlvb]`.
    STD_LEGACY = ("FW1-STD-005", Info, "pre-2018 systems have a path to TT 39/2017", "hệ thống trước năm 2018 có lộ trình chuyển đổi theo TT 39/2017", Stated, "TT 39/2017/TT-BTTTT Art. 3");

    /// ## What it checks
    /// A standard listed with a `version` (`standards: [{ id, version }]`)
    /// agrees with the version its code names: `tt39:http-1-1` is "HTTP
    /// v1.1", so `version: "2.0"` contradicts it; a TCVN code names its year
    /// (`TCVN 11930:2017`). Codes without a version (`TLS`) accept any.
    ///
    /// ## Why
    /// TT 39/2017 lists some standards by version (HTTP v1.1 and v2.0, OData
    /// v4); a system that claims one version under the id of another gives the
    /// appraisal a wrong picture.
    ///
    /// ## Basis
    /// Thông tư 39/2017/TT-BTTTT, Phụ lục (versioned entries). Inferred.
    ///
    /// ## Example
    /// Fails: `standards: [{ id: tt39:http-1-1, version: "2.0" }]`. Passes:
    /// `[{ id: tt39:http-2-0, version: "2.0" }]` or `[{ id: tt39:tls, version: "1.2" }]`.
    ///
    /// ## Tiếng Việt
    ///
    /// ### Kiểm tra gì
    /// Tiêu chuẩn được khai báo kèm phiên bản (`standards: [{ id, version }]`) phải khớp với
    /// phiên bản mà mã tiêu chuẩn đã nêu: `tt39:http-1-1` là "HTTP v1.1", nên `version: "2.0"`
    /// mâu thuẫn với mã; mã TCVN nêu năm ban hành (`TCVN 11930:2017`). Mã không gắn với phiên
    /// bản nào (`TLS`) thì chấp nhận mọi phiên bản.
    ///
    /// ### Vì sao
    /// Thông tư 39/2017 quy định một số tiêu chuẩn theo từng phiên bản (HTTP v1.1 và v2.0,
    /// OData v4); hệ thống khai báo một phiên bản dưới mã của phiên bản khác sẽ khiến việc thẩm
    /// định dựa trên thông tin sai.
    ///
    /// ### Căn cứ
    /// Thông tư 39/2017/TT-BTTTT, Phụ lục (các tiêu chuẩn có ghi phiên bản). Suy ra từ mục đích.
    ///
    /// ### Ví dụ
    /// Không đạt: `standards: [{ id: tt39:http-1-1, version: "2.0" }]`. Đạt:
    /// `[{ id: tt39:http-2-0, version: "2.0" }]` hoặc `[{ id: tt39:tls, version: "1.2" }]`.
    STD_VERSION = ("FW1-STD-006", Warning, "a standard's stated version matches its code", "phiên bản tiêu chuẩn khai báo khớp với mã tiêu chuẩn", Inferred, "TT 39/2017/TT-BTTTT Phụ lục");
}

/// The version a standard's code names: "HTTP v1.1" → "1.1", "TCVN 11930:2017" → "2017".
fn code_version(code: &str) -> Option<&str> {
    let code = code.trim();
    let digits = |s: &str| !s.is_empty() && s.starts_with(|c: char| c.is_ascii_digit());
    if let Some((_, v)) = code.rsplit_once(" v").or_else(|| code.rsplit_once(" V"))
        && digits(v)
    {
        return Some(v);
    }
    code.rsplit_once(':').map(|(_, y)| y).filter(|y| digits(y))
}

/// Whether the stated `version` agrees with `named`: equal, or a refinement ("4" and "4.01").
fn same_version(named: &str, stated: &str) -> bool {
    let stated = stated.trim().trim_start_matches(['v', 'V']);
    stated == named
        || stated
            .strip_prefix(named)
            .is_some_and(|rest| rest.starts_with('.'))
}

fn versions(cx: &Context, sink: &mut Sink) {
    let declared: std::collections::HashMap<&str, &str> = cx
        .model
        .standards
        .iter()
        .map(|s| (s.id.as_str(), s.code.as_str()))
        .collect();
    let code_of = |id: &str| {
        declared
            .get(id)
            .copied()
            .or_else(|| catalogue::standard(id).map(|s| s.code))
    };
    let lists = cx
        .model
        .applications
        .iter()
        .map(|a| (a.id.as_str(), &a.standards))
        .chain(
            cx.model
                .infrastructure
                .iter()
                .map(|i| (i.id.as_str(), &i.standards)),
        );
    for (owner, list) in lists {
        for s in list {
            let (Some(stated), Some(code)) = (s.version.as_deref(), code_of(s.as_str())) else {
                continue;
            };
            let Some(named) = code_version(code) else {
                continue;
            };
            if same_version(named, stated) {
                continue;
            }
            let id = s.as_str();
            sink.report(
                Some(s.span),
                Some(owner),
                crate::msg_args!(
                    "`{0}` applies `{1}` ({2}) but states version {3}",
                    "`{0}` áp dụng `{1}` ({2}) nhưng khai báo phiên bản {3}",
                    owner,
                    id,
                    code,
                    stated
                ),
                crate::msg_args!(
                    "write `version: \"{0}\"`, or use the id of the standard for version {1}",
                    "ghi `version: \"{0}\"`, hoặc dùng mã của tiêu chuẩn ứng với phiên bản {1}",
                    named,
                    stated
                ),
            );
        }
    }
}

// ---------------------------------------------------------------- governance

fn owner(cx: &Context, sink: &mut Sink) {
    let Some(manifest) = &cx.model.manifest else {
        return;
    };
    let arch = &manifest.architecture;
    let maintainer = &arch.maintainer;
    let level = cx
        .model
        .organizations
        .iter()
        .find(|o| o.id.value == maintainer.value)
        .map(|o| o.level.value);
    // The Sở TT&TT of the model, if declared, is who should maintain it.
    let it_department = cx
        .model
        .organizations
        .iter()
        .find(|o| {
            o.level.value == OrgLevel::Department
                && crate::rules::fw1::applications::fold_vietnamese(o.name.as_str())
                    .contains(" thong tin va truyen thong ")
        })
        .map(|o| o.id.as_str());
    if let Some(level) = level.filter(|l| !matches!(l, OrgLevel::Department | OrgLevel::Province)) {
        let help = match it_department {
            Some(org) => crate::msg_args!(
                "the provincial Department of Information and Communications maintains the architecture: `maintainer: {0}`",
                "Sở Thông tin và Truyền thông chủ trì xây dựng, duy trì kiến trúc: `maintainer: {0}`",
                org
            ),
            None => Msg::new(
                "the provincial Department of Information and Communications maintains the architecture: declare it in `organizations` (`level: department`) and name it in `maintainer`",
                "Sở Thông tin và Truyền thông chủ trì xây dựng, duy trì kiến trúc: khai báo Sở trong `organizations` (`level: department`) và ghi vào `maintainer`",
            ),
        };
        sink.report(
            Some(maintainer.span),
            Some(maintainer.as_str()),
            crate::msg_args!(
                "the maintainer `{0}` is not a provincial agency (its level is `{1}`)",
                "cơ quan chủ trì `{0}` không phải là cơ quan cấp tỉnh (cấp `{1}`)",
                maintainer.as_str(),
                level_name(level)
            ),
            help,
        )
        .in_field("architecture.maintainer");
    }
    if arch.steering_body.is_none() {
        // A declared Ban chỉ đạo is the one to name.
        let committee = cx
            .model
            .organizations
            .iter()
            .find(|o| {
                crate::rules::fw1::applications::fold_vietnamese(o.name.as_str())
                    .contains(" ban chi dao ")
            })
            .map(|o| o.id.as_str());
        let help = match committee {
            Some(org) => crate::msg_args!(
                "set `architecture.steering_body: {0}`",
                "đặt `architecture.steering_body: {0}`",
                org
            ),
            None => Msg::new(
                "declare the organization that steers the architecture (Ban chỉ đạo) in `organizations` and name it in `architecture.steering_body`",
                "khai báo tổ chức chỉ đạo việc triển khai kiến trúc (Ban chỉ đạo) trong `organizations` và ghi vào `architecture.steering_body`",
            ),
        };
        sink.report(
            cx.model.manifest_span,
            None,
            Msg::new(
                "the manifest names no steering body",
                "tệp khai báo chung chưa nêu ban chỉ đạo",
            ),
            help,
        )
        .in_field("architecture.steering_body");
    }
}

fn level_name(level: OrgLevel) -> &'static str {
    match level {
        OrgLevel::Province => "province",
        OrgLevel::Department => "department",
        OrgLevel::District => "district",
        OrgLevel::Commune => "commune",
        OrgLevel::Central => "central",
        OrgLevel::External => "external",
    }
}

fn update(cx: &Context, sink: &mut Sink) {
    let Some(manifest) = &cx.model.manifest else {
        return;
    };
    let declared = manifest
        .architecture
        .update_process
        .as_deref()
        .is_some_and(|p| !p.trim().is_empty());
    if !declared {
        sink.report(
            cx.model.manifest_span,
            None,
            Msg::new(
                "the manifest does not say how the architecture is kept up to date",
                "tệp khai báo chung chưa nêu cách cập nhật kiến trúc",
            ),
            Msg::new(
                "add `update_process: Sở TT&TT rà soát hằng năm và đề xuất cập nhật khi có thay đổi.` under `architecture`",
                "thêm `update_process: Sở TT&TT rà soát hằng năm và đề xuất cập nhật khi có thay đổi.` trong `architecture`",
            ),
        )
        .in_field("architecture.update_process");
    }
}

// ---------------------------------------------------------------- standards

/// Splits a protocol or format like `soap/https` or `XML+UTF-8` into lower-case words.
fn words(value: &str) -> impl Iterator<Item = String> + '_ {
    value
        .split(|c: char| c == '/' || c == '+' || c == ',' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
}

const NATIONAL_DB_PROTOCOLS: &[&str] = &[
    "http",
    "https",
    "soap",
    "wsdl",
    "web-service",
    "tcp",
    "ip",
    "tcp-ip",
];

fn is_national_db(id: &str) -> bool {
    catalogue::national(id).is_some_and(|n| n.kind == NationalKind::Database)
}

fn national_db_of(exchange: &Exchange) -> Option<&str> {
    [exchange.to.as_str(), exchange.from.as_str()]
        .into_iter()
        .find(|id| is_national_db(id))
}

fn national_db(cx: &Context, sink: &mut Sink) {
    direct_national_links(cx, sink);
    for exchange in &cx.model.exchanges {
        let Some(db) = national_db_of(exchange) else {
            continue;
        };
        let id = exchange.id.as_str();
        match &exchange.protocol {
            None => {
                report_field(
                    sink,
                    Owner::exchange(exchange),
                    "protocol",
                    crate::msg_args!(
                        "exchange `{0}` with `{1}` does not declare its protocol",
                        "luồng trao đổi `{0}` với `{1}` chưa nêu giao thức",
                        id,
                        db
                    ),
                    Msg::new(
                        "add `protocol: https` (or `soap`)",
                        "thêm `protocol: https` (hoặc `soap`)",
                    ),
                );
            }
            Some(p)
                if !words(p.as_str()).all(|w| NATIONAL_DB_PROTOCOLS.contains(&w.as_str()))
                    || p.trim().is_empty() =>
            {
                report_at(
                    sink,
                    Owner::exchange(exchange),
                    Some(p.span),
                    "protocol",
                    crate::msg_args!(
                        "exchange `{0}` with `{1}` uses `{2}`, not HTTP, HTTPS or SOAP",
                        "luồng trao đổi `{0}` với `{1}` dùng `{2}`, không phải HTTP, HTTPS hay SOAP",
                        id,
                        db,
                        p.as_str()
                    ),
                    Msg::new(
                        "national databases are reached through web services (WSDL, SOAP) over HTTP, or HTTPS when data must be protected: `protocol: https`",
                        "CSDL quốc gia được kết nối qua dịch vụ web (WSDL, SOAP) trên HTTP, hoặc HTTPS khi dữ liệu cần bảo vệ: `protocol: https`",
                    ),
                );
            }
            Some(_) => {}
        }
        match &exchange.format {
            Some(f) if words(f.as_str()).any(|w| w.contains("xml")) => {}
            Some(f) => {
                report_at(
                    sink,
                    Owner::exchange(exchange),
                    Some(f.span),
                    "format",
                    crate::msg_args!(
                        "exchange `{0}` with `{1}` uses format `{2}`, not XML",
                        "luồng trao đổi `{0}` với `{1}` dùng định dạng `{2}`, không phải XML",
                        id,
                        db,
                        f.as_str()
                    ),
                    Msg::new(
                        "data exchanged with national databases is XML encoded in UTF-8: `format: xml`",
                        "dữ liệu trao đổi với CSDL quốc gia là XML, mã hóa UTF-8: `format: xml`",
                    ),
                );
            }
            None => {
                report_field(
                    sink,
                    Owner::exchange(exchange),
                    "format",
                    crate::msg_args!(
                        "exchange `{0}` with `{1}` does not declare its format",
                        "luồng trao đổi `{0}` với `{1}` chưa nêu định dạng dữ liệu",
                        id,
                        db
                    ),
                    Msg::new("add `format: xml`", "thêm `format: xml`"),
                );
            }
        }
    }
}

/// Applications linked straight to a national database, with no exchange
/// describing the link: their own `protocols` are the interface's.
fn direct_national_links(cx: &Context, sink: &mut Sink) {
    let exchanged: HashSet<(&str, &str)> = cx
        .model
        .exchanges
        .iter()
        .flat_map(|e| {
            [
                (e.from.as_str(), e.to.as_str()),
                (e.to.as_str(), e.from.as_str()),
            ]
        })
        .collect();
    for app in cx
        .model
        .applications
        .iter()
        .filter(|a| a.status.value != Status::Retiring)
    {
        let id = app.id.as_str();
        let linked = app
            .connects_to
            .iter()
            .chain(&app.depends_on)
            .chain(app.direct_links.iter().map(|l| &l.to))
            .find(|r| is_national_db(r.as_str()) && !exchanged.contains(&(id, r.as_str())));
        let Some(db) = linked else { continue };
        let web = app
            .protocols
            .iter()
            .flat_map(|p| words(p).collect::<Vec<_>>())
            .any(|w| {
                matches!(
                    w.as_str(),
                    "http" | "https" | "soap" | "wsdl" | "web-service"
                )
            });
        if web {
            continue;
        }
        let db = db.as_str();
        report_field(
            sink,
            Owner::app(app),
            "protocols",
            crate::msg_args!(
                "`{0}` is linked to `{1}` but lists neither HTTP, HTTPS nor SOAP in its protocols",
                "`{0}` kết nối với `{1}` nhưng chưa nêu giao thức HTTP, HTTPS hay SOAP",
                id,
                db
            ),
            crate::msg_args!(
                "add `https` (or `soap`) to its `protocols`, or describe the link as an exchange with `{0}` that gives its `protocol` and `format: xml`",
                "thêm `https` (hoặc `soap`) vào `protocols`, hoặc mô tả kết nối bằng một luồng trao đổi với `{0}` có `protocol` và `format: xml`",
                db
            ),
        );
    }
}

/// Ids of the standards (catalogue or declared) that stand for one standard:
/// the catalogue id and every declared standard whose code matches.
fn standard_ids<'a>(
    model: &'a Model,
    catalogue_id: &'a str,
    code_matches: fn(&str) -> bool,
) -> HashSet<&'a str> {
    let mut ids: HashSet<&str> = model
        .standards
        .iter()
        .filter(|s| code_matches(&s.code.as_str().to_lowercase()))
        .map(|s| s.id.as_str())
        .collect();
    ids.insert(catalogue_id);
    ids
}

fn applies(app: &Application, ids: &HashSet<&str>) -> bool {
    app.standards.iter().any(|s| ids.contains(s.as_str()))
}

/// Reports each application in scope that does not list the standard.
fn require_standard(
    cx: &Context,
    sink: &mut Sink,
    in_scope: &dyn Fn(&Application) -> bool,
    catalogue_id: &str,
    code_matches: fn(&str) -> bool,
    (code, why_en, why_vi): (&str, &str, &str),
) {
    let ids = standard_ids(cx.model, catalogue_id, code_matches);
    for app in &cx.model.applications {
        if app.status.value == Status::Retiring || !in_scope(app) || applies(app, &ids) {
            continue;
        }
        let id = app.id.as_str();
        let d = report_field(
            sink,
            Owner::app(app),
            "standards",
            crate::msg_args!(
                "`{0}` {1} but does not list {2}",
                "`{0}` {3} nhưng chưa áp dụng {2}",
                id,
                why_en,
                code,
                why_vi
            ),
            crate::msg_args!(
                "add `{0}` to its `standards`",
                "thêm `{0}` vào `standards`",
                catalogue_id
            ),
        );
        if !app.standards.is_empty()
            && let Some(label) = d.primary.as_mut()
        {
            label.text = Some(crate::msg_args!("no {0} here", "không có {0}", code));
        }
    }
}

fn http(cx: &Context, sink: &mut Sink) {
    let web_fronted: HashSet<&str> = cx
        .model
        .channels
        .iter()
        .filter(|c| c.kind.value == ChannelKind::WebPortal)
        .flat_map(|c| c.fronts.iter().map(|f| f.as_str()))
        .collect();
    // Online services from level 2 are used on the web, whatever application delivers them.
    let web_services: HashSet<&str> = cx
        .model
        .services
        .iter()
        .filter(|s| s.level.value >= 2)
        .flat_map(|s| s.supported_by.iter().map(|r| r.as_str()))
        .collect();
    let in_scope = |app: &Application| {
        matches!(
            app.kind.value,
            AppKind::Portal | AppKind::PublicServicePortal | AppKind::OneStop
        ) || web_fronted.contains(app.id.as_str())
            || web_services.contains(app.id.as_str())
    };
    require_standard(
        cx,
        sink,
        &in_scope,
        "tt39:http-1-1",
        |code| code.contains("http") && code.contains("1.1"),
        ("HTTP v1.1", "is web-facing", "cung cấp qua web"),
    );
}

fn tcvn_6909(cx: &Context, sink: &mut Sink) {
    let public = citizen_facing(cx.model);
    let in_scope = |app: &Application| {
        matches!(
            app.kind.value,
            AppKind::Portal
                | AppKind::PublicServicePortal
                | AppKind::OneStop
                | AppKind::DocumentManagement
                | AppKind::Email
        ) || public.contains(app.id.as_str())
            || app
                .connects_to
                .iter()
                .any(|r| r.as_str() == "national:truc-lien-thong-van-ban")
    };
    require_standard(
        cx,
        sink,
        &in_scope,
        "tt39:tcvn-6909-2001",
        |code| code.contains("6909"),
        (
            "TCVN 6909:2001",
            "publishes or exchanges Vietnamese text",
            "công bố, trao đổi văn bản tiếng Việt",
        ),
    );
}

fn listed(cx: &Context, sink: &mut Sink) {
    for app in &cx.model.applications {
        if app.status.value == Status::Retiring || !app.standards.is_empty() {
            continue;
        }
        let id = app.id.as_str();
        report_field(
            sink,
            Owner::app(app),
            "standards",
            crate::msg_args!(
                "application `{0}` lists no standards",
                "ứng dụng `{0}` chưa nêu tiêu chuẩn áp dụng",
                id
            ),
            Msg::new(
                "list the TT 39/2017 standards it applies, e.g. `standards: [tt39:http-1-1, tt39:xml-1-0, tt39:tcvn-6909-2001]`",
                "liệt kê các tiêu chuẩn theo TT 39/2017 được áp dụng, ví dụ `standards: [tt39:http-1-1, tt39:xml-1-0, tt39:tcvn-6909-2001]`",
            ),
        );
    }
}

/// TT 39/2017 took effect on 1 July 2018.
const TT39_YEAR: u16 = 2018;

fn legacy(cx: &Context, sink: &mut Sink) {
    let delivered: HashSet<&str> = cx
        .model
        .tasks
        .iter()
        .flat_map(|t| t.delivers.iter().map(|d| d.as_str()))
        .collect();
    for app in &cx.model.applications {
        let Some(since) = &app.since else { continue };
        let id = app.id.as_str();
        if since.value >= TT39_YEAR
            || app.status.value != Status::Existing
            || delivered.contains(id)
        {
            continue;
        }
        report_at(
            sink,
            Owner::app(app),
            Some(since.span),
            "since",
            crate::msg_args!(
                "`{0}` predates TT 39/2017 (in operation since {1}) and no task brings it in line",
                "`{0}` vận hành từ năm {1}, trước TT 39/2017, nhưng chưa có nhiệm vụ chuyển đổi",
                id,
                since.value
            ),
            crate::msg_args!(
                "plan its review: a task with `delivers: [{0}]`, or `status: upgrading`",
                "lập lộ trình rà soát, chuyển đổi: một nhiệm vụ có `delivers: [{0}]`, hoặc `status: upgrading`",
                id
            ),
        );
    }
}

pub const RULES: &[Rule] = &[
    Rule {
        meta: &GOV_OWNER,
        check: owner,
    },
    Rule {
        meta: &GOV_UPDATE,
        check: update,
    },
    Rule {
        meta: &STD_NATIONAL_DB,
        check: national_db,
    },
    Rule {
        meta: &STD_HTTP,
        check: http,
    },
    Rule {
        meta: &STD_TCVN_6909,
        check: tcvn_6909,
    },
    Rule {
        meta: &STD_LISTED,
        check: listed,
    },
    Rule {
        meta: &STD_LEGACY,
        check: legacy,
    },
    Rule {
        meta: &STD_VERSION,
        check: versions,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_named_by_codes() {
        assert_eq!(code_version("HTTP v1.1"), Some("1.1"));
        assert_eq!(code_version("OData v4"), Some("4"));
        assert_eq!(code_version("TCVN 11930:2017"), Some("2017"));
        assert_eq!(code_version("TLS"), None);
        assert!(same_version("4", "4.01"));
        assert!(same_version("1.1", "v1.1"));
        assert!(!same_version("1.1", "2.0"));
        assert!(!same_version("1", "10"));
    }

    #[test]
    fn protocol_words() {
        let w: Vec<String> = words("SOAP/HTTPS").collect();
        assert_eq!(w, ["soap", "https"]);
        assert!(words("rest").any(|w| !NATIONAL_DB_PROTOCOLS.contains(&w.as_str())));
        assert_eq!(words("  ").count(), 0);
    }

    #[test]
    fn required_standards_are_in_the_catalogue() {
        assert!(catalogue::standard("tt39:http-1-1").is_some());
        assert!(catalogue::standard("tt39:tcvn-6909-2001").is_some());
    }
}
