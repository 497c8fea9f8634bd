//! Raw manifests → validated [`ActionSpec`]s, with every error naming the file, the
//! JSON pointer and the fix. All checks live here; nothing downstream re-checks.
//! Must not: do I/O or know about rmcp, HTTP or users.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::LazyLock;

use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use super::{ActionDef, BindingMode, ConsentTier, LoadedManifest, Manifest, manifest_json_schema};
use crate::action::{self, ActionSpec, Binding, MAX_TOOL_NAME, Route};

/// One problem in one manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManifestError {
    /// The file (or `embedded:NAME`).
    pub file: String,
    /// JSON pointer into the file; empty for the whole file.
    pub pointer: String,
    pub message: String,
    /// What to change.
    pub fix: String,
}

impl std::fmt::Display for ManifestError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let at = if self.pointer.is_empty() {
            "(whole file)"
        } else {
            &self.pointer
        };
        write!(
            f,
            "{}: at {}: {}. Fix: {}",
            self.file, at, self.message, self.fix
        )
    }
}

impl std::error::Error for ManifestError {}

/// The validated actions of one manifest file.
#[derive(Debug)]
pub struct ProgramSpec {
    pub id: String,
    pub source: String,
    pub actions: Vec<ActionSpec>,
}

/// Program ids the server keeps for its built-in tools.
pub const RESERVED_PROGRAMS: &[&str] = &["profile", "mandates", "actions", "mcp", "server"];

/// The outcome of validating a set of manifests: the valid programs, and for each
/// invalid file all of its errors. A file with any error contributes no tools.
#[derive(Debug, Default)]
pub struct Validated {
    pub programs: Vec<ProgramSpec>,
    pub errors: Vec<ManifestError>,
    /// Sources of the files that had errors (each skipped as a whole).
    pub invalid_sources: Vec<String>,
}

static FORMAT_VALIDATOR: LazyLock<jsonschema::Validator> = LazyLock::new(|| {
    jsonschema::validator_for(&manifest_json_schema()).expect("the manifest format schema is valid")
});

/// Compiled `pattern` regexes shared by all actions: large registries repeat the same
/// patterns (account numbers, dates) thousands of times.
static PATTERNS: LazyLock<jsonschema::PatternCache> = LazyLock::new(jsonschema::PatternCache::new);

/// Patterns already proven to compile (see `check_schema`).
static COMPILED_PATTERNS: LazyLock<std::sync::Mutex<std::collections::HashSet<String>>> =
    LazyLock::new(Default::default);

/// Compiles (and meta-validates) a schema.
pub(crate) fn compile(
    schema: &Value,
) -> Result<jsonschema::Validator, jsonschema::ValidationError<'static>> {
    jsonschema::options()
        .with_pattern_cache(PATTERNS.clone())
        .build(schema)
}

const KNOWN_DRAFTS: &[&str] = &[
    "https://json-schema.org/draft/2020-12/schema",
    "https://json-schema.org/draft/2019-09/schema",
    "http://json-schema.org/draft-07/schema#",
    "http://json-schema.org/draft-07/schema",
];

/// Validates all manifests together (tool names must be unique across files).
/// Files are processed in the given order; on a duplicate the later file is invalid.
pub fn validate_all(manifests: &[LoadedManifest]) -> Validated {
    // Files are independent until the uniqueness checks: validate them on all cores
    // (compiling 10,000 input schemas dominates start-up), then check across files in order.
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(manifests.len().max(1));
    let chunk = manifests.len().div_ceil(threads).max(1);
    let per_file: Vec<(String, Option<ProgramSpec>, Vec<ManifestError>)> =
        std::thread::scope(|scope| {
            let handles: Vec<_> = manifests
                .chunks(chunk)
                .map(|part| {
                    scope.spawn(move || {
                        part.iter()
                            .map(|m| {
                                let source = m.source.to_string();
                                let mut errs = Vec::new();
                                let program = validate_one(&source, &m.text, &mut errs);
                                (source, program, errs)
                            })
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().expect("manifest validation does not panic"))
                .collect()
        });

    let mut out = Validated::default();
    let mut seen_tools: HashMap<String, String> = HashMap::new();
    let mut seen_programs: HashMap<String, String> = HashMap::new();
    for (source, program, mut errs) in per_file {
        if let Some(p) = &program {
            if let Some(other) = seen_programs.get(&p.id) {
                errs.push(err(
                    &source,
                    "/id",
                    format!("program id `{}` is already used by {other}", p.id),
                    "give every mini-program its own id",
                ));
            }
            for (i, a) in p.actions.iter().enumerate() {
                if let Some(other) = seen_tools.get(&a.tool) {
                    errs.push(err(
                        &source,
                        &format!("/actions/{i}/name"),
                        format!("tool name `{}` is already defined by {other}", a.tool),
                        "rename the action or the program so that tool names are unique",
                    ));
                }
            }
        }
        if errs.is_empty() {
            let p = program.expect("no errors means a program");
            seen_programs.insert(p.id.clone(), source.clone());
            for a in &p.actions {
                seen_tools.insert(a.tool.clone(), source.clone());
            }
            out.programs.push(p);
        } else {
            out.invalid_sources.push(source);
            out.errors.extend(errs);
        }
    }
    out
}

fn err(
    file: &str,
    pointer: &str,
    message: impl Into<String>,
    fix: impl Into<String>,
) -> ManifestError {
    ManifestError {
        file: file.to_string(),
        pointer: pointer.to_string(),
        message: message.into(),
        fix: fix.into(),
    }
}

/// Validates one file; pushes every error found. Returns the program when the file
/// parsed far enough to build it (it is only used if `errs` stays empty).
fn validate_one(source: &str, text: &str, errs: &mut Vec<ManifestError>) -> Option<ProgramSpec> {
    let raw: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            errs.push(err(
                source,
                "",
                format!(
                    "not valid JSON (line {}, column {}): {e}",
                    e.line(),
                    e.column()
                ),
                "fix the JSON syntax",
            ));
            return None;
        }
    };
    // The published format schema gives pointers for structural errors.
    let mut structural = Vec::new();
    for e in FORMAT_VALIDATOR.iter_errors(&raw) {
        let pointer = e.instance_path().to_string();
        let keyword = e.kind().keyword();
        let allowed = matches!(keyword, "oneOf" | "anyOf" | "enum" | "const")
            .then(|| allowed_values(&pointer))
            .flatten();
        let (message, fix) = match allowed {
            Some(values) => (
                format!(
                    "{} is not one of the allowed values: {}",
                    e.instance(),
                    values.join(", ")
                ),
                format!("use one of {}", values.join(", ")),
            ),
            None => {
                let fix = match keyword {
                    "additionalProperties" => {
                        "remove the unknown field (see manifest.schema.json for the allowed fields)"
                    }
                    "required" => "add the missing field",
                    "type" => "use the type the format requires",
                    _ => "follow tool-schemas/manifest.schema.json",
                };
                (e.to_string(), fix.to_string())
            }
        };
        structural.push(pointer.clone());
        errs.push(err(source, &pointer, message, fix));
    }
    if !structural.is_empty() {
        // Report the other problems of the file too, in the same run: check a copy in
        // which every structurally broken field is replaced by a neutral stand-in, and
        // keep only the errors that are not about those fields.
        let (repaired, covered) = repair(&raw, &structural);
        let Ok(manifest) = serde_json::from_value::<Manifest>(repaired) else {
            return None;
        };
        let mut more = Vec::new();
        let _ = check_manifest(source, &manifest, &mut more);
        errs.extend(more.into_iter().filter(|e| {
            !covered
                .iter()
                .any(|c| e.pointer == *c || e.pointer.starts_with(&format!("{c}/")))
        }));
        return None;
    }
    let manifest: Manifest = match serde_json::from_value(raw) {
        Ok(m) => m,
        Err(e) => {
            errs.push(err(
                source,
                "",
                e.to_string(),
                "follow tool-schemas/manifest.schema.json",
            ));
            return None;
        }
    };
    check_manifest(source, &manifest, errs)
}

/// The values a format-schema location allows, when it is enum-like (an `enum`, or a
/// `oneOf`/`anyOf` of `const`s), quoted: `"none", "confirm", "authorize"`.
fn allowed_values(pointer: &str) -> Option<Vec<String>> {
    static FORMAT: LazyLock<Value> = LazyLock::new(manifest_json_schema);
    let root = &*FORMAT;
    let resolve = |mut s: &'static Value| -> &'static Value {
        for _ in 0..8 {
            match s.get("$ref").and_then(Value::as_str) {
                Some(r) => match r.strip_prefix('#').and_then(|p| root.pointer(p)) {
                    Some(t) => s = t,
                    None => break,
                },
                None => break,
            }
        }
        s
    };
    let mut at = resolve(root);
    for token in pointer.split('/').skip(1) {
        let token = token.replace("~1", "/").replace("~0", "~");
        at = if token.parse::<usize>().is_ok()
            && let Some(items) = at.get("items")
        {
            resolve(items)
        } else if let Some(p) = at.get("properties").and_then(|p| p.get(&token)) {
            resolve(p)
        } else if let Some(p) = at.get("additionalProperties").filter(|p| p.is_object()) {
            resolve(p)
        } else {
            return None;
        };
    }
    let quote = |v: &Value| v.to_string();
    if let Some(values) = at.get("enum").and_then(Value::as_array) {
        return Some(values.iter().map(quote).collect());
    }
    for k in ["oneOf", "anyOf"] {
        if let Some(alts) = at.get(k).and_then(Value::as_array) {
            let consts: Option<Vec<String>> = alts
                .iter()
                .map(|a| resolve(a).get("const").map(quote))
                .collect();
            return consts.filter(|c| !c.is_empty());
        }
    }
    None
}

/// A copy of `raw` in which each field named by a structural error is replaced by a
/// valid stand-in (or removed, when optional), and the pointers of those fields:
/// errors found in the copy under them are about the stand-ins, not the file.
fn repair(raw: &Value, pointers: &[String]) -> (Value, Vec<String>) {
    let mut v = raw.clone();
    let mut covered: Vec<String> = Vec::new();
    if !v.is_object() {
        return (v, vec![String::new()]);
    }
    // The format's own field names (so that a new optional field is never stripped).
    let format = manifest_json_schema();
    let fields = |ptr: &str| -> Vec<String> {
        format
            .pointer(ptr)
            .and_then(Value::as_object)
            .map(|p| p.keys().cloned().collect())
            .unwrap_or_default()
    };
    let known_top = fields("/properties");
    let known_action = fields("/$defs/ActionDef/properties");
    let top = v.as_object_mut().expect("checked");
    top.retain(|k, _| known_top.contains(k));
    for (k, stand_in) in [
        ("id", json!("invalid")),
        ("app_id", json!("invalid")),
        ("name", json!("invalid")),
        ("version", json!("0")),
    ] {
        let broken = pointers
            .iter()
            .any(|p| p == &format!("/{k}") || p.starts_with(&format!("/{k}/")));
        if broken || !top.get(k).is_some_and(Value::is_string) {
            top.insert(k.into(), stand_in);
            covered.push(format!("/{k}"));
        }
    }
    if pointers.iter().any(|p| p.starts_with("/description")) {
        top.remove("description");
    }
    if !top.get("actions").is_some_and(Value::is_array) {
        top.insert("actions".into(), json!([]));
        covered.push("/actions".into());
    }
    let Some(Value::Array(actions)) = top.get_mut("actions") else {
        return (v, covered);
    };
    for (i, a) in actions.iter_mut().enumerate() {
        let base = format!("/actions/{i}");
        if !a.is_object() {
            *a = json!({});
            covered.push(base.clone());
        }
        let obj = a.as_object_mut().expect("made an object");
        obj.retain(|k, _| known_action.contains(k));
        let broken = |field: &str| {
            let f = format!("{base}/{field}");
            pointers
                .iter()
                .any(|p| p == &f || p.starts_with(&format!("{f}/")))
        };
        let moves_money = obj
            .get("moves_money")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        // Optional fields that are broken are left out.
        let optional: Vec<String> = known_action
            .iter()
            .filter(|f| {
                !format
                    .pointer("/$defs/ActionDef/required")
                    .and_then(Value::as_array)
                    .is_some_and(|r| r.iter().any(|x| x.as_str() == Some(f.as_str())))
            })
            .cloned()
            .collect();
        for field in &optional {
            if broken(field) {
                obj.remove(field);
                covered.push(format!("{base}/{field}"));
            }
        }
        let consent = obj
            .get("consent")
            .and_then(Value::as_str)
            .map(String::from)
            .unwrap_or_default();
        let stand_ins = [
            ("name", json!(format!("invalid_{i}"))),
            ("title", json!("invalid")),
            ("description", json!("invalid")),
            ("input_schema", json!({"type": "object", "properties": {}})),
            ("output_schema", json!({"type": "object"})),
            (
                "annotations",
                json!({"read_only": consent == "none" && !moves_money, "destructive": false, "idempotent": false, "open_world": false}),
            ),
            (
                "consent",
                json!(if moves_money { "authorize" } else { "confirm" }),
            ),
            ("bridge", json!({"action": "invalid"})),
        ];
        for (field, stand_in) in stand_ins {
            if broken(field) || !obj.contains_key(field) {
                obj.insert(field.into(), stand_in);
                covered.push(format!("{base}/{field}"));
            }
        }
    }
    (v, covered)
}

/// The checks of one manifest that parsed; pushes every error found.
fn check_manifest(
    source: &str,
    m: &Manifest,
    errs: &mut Vec<ManifestError>,
) -> Option<ProgramSpec> {
    if !action::is_slug(&m.id) {
        errs.push(err(
            source,
            "/id",
            format!(
                "program id `{}` is not lowercase [a-z0-9] words joined by single underscores",
                m.id
            ),
            "use a slug such as `utility_bills`",
        ));
    } else if RESERVED_PROGRAMS.contains(&m.id.as_str()) {
        errs.push(err(
            source,
            "/id",
            format!(
                "program id `{}` is reserved for the server's built-in tools",
                m.id
            ),
            "choose another program id",
        ));
    }
    check_text(source, "/app_id", &m.app_id, 128, errs);
    check_text(source, "/name", &m.name, 200, errs);
    check_text(source, "/version", &m.version, 64, errs);
    if m.actions.is_empty() {
        errs.push(err(
            source,
            "/actions",
            "the program has no actions",
            "add at least one action",
        ));
    }
    let mut names = BTreeSet::new();
    let mut actions = Vec::new();
    for (i, a) in m.actions.iter().enumerate() {
        let base = format!("/actions/{i}");
        if !names.insert(a.name.clone()) {
            errs.push(err(
                source,
                &format!("{base}/name"),
                format!("action `{}` appears twice in this program", a.name),
                "give every action its own name",
            ));
        }
        if let Some(spec) = validate_action(source, &base, m, a, errs) {
            actions.push(spec);
        }
    }
    Some(ProgramSpec {
        id: m.id.clone(),
        source: source.to_string(),
        actions,
    })
}

/// Rejects empty text, over-long text and invisible or direction-changing characters
/// (a tool description is read by the model: hidden text is a prompt-injection channel).
fn check_text(source: &str, pointer: &str, s: &str, max: usize, errs: &mut Vec<ManifestError>) {
    if s.trim().is_empty() {
        errs.push(err(source, pointer, "must not be empty", "write a value"));
    } else if s.chars().count() > max {
        errs.push(err(
            source,
            pointer,
            format!(
                "is {} characters long; the limit is {max}",
                s.chars().count()
            ),
            "shorten it",
        ));
    }
    if let Some(c) = s.chars().find(|&c| is_hidden_char(c)) {
        errs.push(err(
            source,
            pointer,
            format!(
                "contains the invisible or control character U+{:04X}",
                c as u32
            ),
            "remove control, zero-width and bidirectional-override characters",
        ));
    }
}

/// Example requests: at most 20, each 2 to 100 characters, no repeats.
fn check_utterances(source: &str, base: &str, a: &ActionDef, errs: &mut Vec<ManifestError>) {
    const MAX: usize = 20;
    if a.utterances.len() > MAX {
        errs.push(err(
            source,
            &format!("{base}/utterances"),
            format!(
                "has {} example requests; the limit is {MAX}",
                a.utterances.len()
            ),
            "keep the most typical ones: different wordings of the need, not variants of one",
        ));
    }
    let mut seen = BTreeSet::new();
    for (i, u) in a.utterances.iter().enumerate() {
        let ptr = format!("{base}/utterances/{i}");
        check_text(source, &ptr, u, 100, errs);
        if u.trim().chars().count() == 1 {
            errs.push(err(
                source,
                &ptr,
                "is one character long; the minimum is 2",
                "write the request as a user would say it",
            ));
        }
        if !seen.insert(u.trim().to_lowercase()) {
            errs.push(err(
                source,
                &ptr,
                "repeats an earlier example request",
                "remove the repeat",
            ));
        }
    }
}

fn is_hidden_char(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c as u32, 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x2069 | 0xFEFF)
}

fn validate_action(
    source: &str,
    base: &str,
    m: &Manifest,
    a: &ActionDef,
    errs: &mut Vec<ManifestError>,
) -> Option<ActionSpec> {
    let before = errs.len();
    let e = |errs: &mut Vec<ManifestError>, ptr: &str, msg: String, fix: &str| {
        errs.push(err(source, &format!("{base}{ptr}"), msg, fix))
    };
    if !action::is_slug(&a.name) {
        e(
            errs,
            "/name",
            format!(
                "action name `{}` is not lowercase [a-z0-9] words joined by single underscores",
                a.name
            ),
            "use a slug such as `pay_bill`",
        );
    }
    let tool = action::tool_name(&m.id, &a.name);
    if tool.len() > MAX_TOOL_NAME {
        e(
            errs,
            "/name",
            format!(
                "tool name `{tool}` is {} characters; clients accept at most {MAX_TOOL_NAME}",
                tool.len()
            ),
            "shorten the program id or the action name",
        );
    }
    check_text(source, &format!("{base}/title"), &a.title, 120, errs);
    check_utterances(source, base, a, errs);
    check_text(
        source,
        &format!("{base}/description"),
        &a.description,
        4000,
        errs,
    );
    if a.bridge.action.trim().is_empty() {
        e(
            errs,
            "/bridge/action",
            "the bridge action is empty".into(),
            "name the container action, e.g. `utility.pay_bill`",
        );
    }

    // Schemas.
    let input_ok = check_schema(
        source,
        &format!("{base}/input_schema"),
        &a.input_schema,
        true,
        errs,
    );
    let output_ok = check_schema(
        source,
        &format!("{base}/output_schema"),
        &a.output_schema,
        false,
        errs,
    );
    let props: Map<String, Value> = a
        .input_schema
        .get("properties")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let required: BTreeSet<String> = a
        .input_schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| {
            r.iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();

    // Tier against annotations.
    let an = a.annotations;
    if an.read_only && an.destructive {
        e(
            errs,
            "/annotations",
            "a read-only action cannot be destructive".into(),
            "set `destructive` to false or `read_only` to false",
        );
    }
    if !an.read_only && a.consent == ConsentTier::None {
        e(
            errs,
            "/consent",
            "an action that is not read-only cannot have consent tier `none`".into(),
            "use `confirm` (reversible changes) or `authorize` (money movement)",
        );
    }
    if a.moves_money && a.consent != ConsentTier::Authorize {
        e(
            errs,
            "/consent",
            "an action that moves money must have consent tier `authorize`".into(),
            "set `consent` to `authorize`",
        );
    }
    if a.moves_money && an.read_only {
        e(
            errs,
            "/annotations/read_only",
            "an action that moves money cannot be read-only".into(),
            "set `read_only` to false",
        );
    }

    // Bindings.
    let mut bindings = Vec::new();
    for (param, b) in &a.prefill {
        let ptr = format!("/prefill/{}", pointer_escape(param));
        let Some(prop) = props.get(param) else {
            e(
                errs,
                &ptr,
                format!("binds parameter `{param}`, which the input schema does not declare"),
                "bind an existing parameter or add it to input_schema.properties",
            );
            continue;
        };
        if prop.get("type").and_then(Value::as_str) != Some("string") {
            e(
                errs,
                &ptr,
                format!("parameter `{param}` must be of type string to take a saved default"),
                "declare it as `\"type\": \"string\"`",
            );
        }
        let key_ok = !b.profile_key.is_empty()
            && b.profile_key
                .bytes()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || b"_.{}".contains(&c));
        if !key_ok {
            e(
                errs,
                &format!("{ptr}/profile_key"),
                format!(
                    "profile key `{}` may only contain [a-z0-9_.] and {{param}} placeholders",
                    b.profile_key
                ),
                "use a key such as `utility_account.{utility}`",
            );
        }
        let binding = Binding {
            param: param.clone(),
            key_template: b.profile_key.clone(),
            mode: b.mode,
        };
        for ph in binding.placeholders() {
            let ok = props
                .get(ph)
                .is_some_and(|p| p.get("type").and_then(Value::as_str) == Some("string"))
                && required.contains(ph)
                && !a.prefill.contains_key(ph);
            if !ok {
                e(
                    errs,
                    &format!("{ptr}/profile_key"),
                    format!(
                        "placeholder `{{{ph}}}` must name a required, unbound string parameter of this action"
                    ),
                    "name a required string parameter (e.g. an enum like `utility`) or remove the placeholder",
                );
            }
        }
        bindings.push(binding);
    }
    match (&a.payment, a.moves_money) {
        (None, true) => e(
            errs,
            "/payment",
            "an action that moves money must say which parameters hold the amount and the payee"
                .into(),
            "add `\"payment\": {\"amount\": \"amount\", \"payee\": [\"account_no\"]}`",
        ),
        (Some(_), false) => e(
            errs,
            "/payment",
            "`payment` is only for actions that move money".into(),
            "remove `payment` or set `moves_money` to true",
        ),
        (Some(pay), true) => {
            let money_ok = props
                .get(&pay.amount)
                .is_some_and(|p| p.get("type").and_then(Value::as_str) == Some("string"));
            if !money_ok {
                e(
                    errs,
                    "/payment/amount",
                    format!(
                        "the amount parameter `{}` must be a declared string parameter (money is never a float)",
                        pay.amount
                    ),
                    "declare the amount as a decimal string, e.g. {\"type\": \"string\", \"pattern\": \"^[0-9]+(\\\\.[0-9]{1,2})?$\"}",
                );
            }
            if pay.payee.is_empty() {
                e(
                    errs,
                    "/payment/payee",
                    "the payee must be identified by at least one parameter".into(),
                    "list the parameters that identify the payee",
                );
            }
            for (i, p) in pay.payee.iter().enumerate() {
                if !props.contains_key(p) {
                    e(
                        errs,
                        &format!("/payment/payee/{i}"),
                        format!("names parameter `{p}`, which the input schema does not declare"),
                        "list only declared parameters",
                    );
                }
            }
            let replayed_declared = a
                .output_schema
                .get("properties")
                .and_then(Value::as_object)
                .is_some_and(|p| p.contains_key(action::REPLAYED));
            if replayed_declared {
                e(
                    errs,
                    &format!("/output_schema/properties/{}", action::REPLAYED),
                    format!(
                        "`{}` is set by the server on the receipt of a payment that was already made (a replay)",
                        action::REPLAYED
                    ),
                    "remove it from the output schema; the server publishes it for every money-moving action",
                );
            }
            if let Some(q) = &pay.quote
                && (q.action.trim().is_empty()
                    || q.field.trim().is_empty()
                    || q.payee_name.as_deref().is_some_and(|n| n.trim().is_empty()))
            {
                e(
                    errs,
                    "/payment/quote",
                    "the quote action, field and payee_name must not be empty".into(),
                    "name the bridge action, the result field holding the amount due and (optionally) the one holding the payee's name",
                );
            }
        }
        (None, false) => {}
    }
    if input_ok && output_ok {
        check_examples(source, base, a, &props, errs);
    }
    for (i, p) in a.personal.iter().enumerate() {
        if !props.contains_key(p) {
            e(
                errs,
                &format!("/personal/{i}"),
                format!("names parameter `{p}`, which the input schema does not declare"),
                "list only declared parameters",
            );
        }
    }
    if errs.len() > before || !input_ok || !output_ok {
        return None;
    }

    let personal: BTreeSet<String> = a.personal.iter().cloned().collect();
    let published = published_schema(&a.input_schema, &bindings);
    let mut param_schemas = BTreeMap::new();
    for b in &bindings {
        for name in std::iter::once(b.param.as_str()).chain(b.placeholders()) {
            if let Some(p) = props.get(name) {
                param_schemas.insert(name.to_string(), p.clone());
            }
        }
    }
    let def_hash = {
        // Streamed into the digest: the same bytes as `canonical.to_string()`, which
        // stored grants, approvals and mandates carry, without building the string.
        let canonical = json!({ "program": m.id, "app_id": m.app_id, "action": a });
        let mut hasher = DigestWriter(Sha256::new());
        serde_json::to_writer(&mut hasher, &canonical).expect("writing to a digest cannot fail");
        hex::encode(hasher.0.finalize())
    };
    Some(ActionSpec {
        tool,
        program_id: m.id.clone(),
        program_name: m.name.clone(),
        app_id: m.app_id.clone(),
        action: a.name.clone(),
        title: a.title.clone(),
        description: published_description(a, &bindings),
        input_schema_json: a.input_schema.to_string().into_boxed_str(),
        params: props.keys().cloned().collect(),
        required: required.clone(),
        param_schemas,
        published_input_json: Value::Object(published).to_string().into_boxed_str(),
        output_schema_json: output_schema(a).to_string().into_boxed_str(),
        schemas: std::sync::OnceLock::new(),
        annotations: a.annotations,
        tier: a.consent,
        moves_money: a.moves_money,
        bindings,
        personal,
        route: Route::Bridge(a.bridge.action.clone()),
        payment: a.payment.clone(),
        def_hash,
        examples: a
            .examples
            .iter()
            .map(|x| action::Example {
                arguments: x.arguments.clone(),
                result: x.result.clone(),
            })
            .collect(),
        input_validator: std::sync::OnceLock::new(),
        output_validator: std::sync::OnceLock::new(),
        search: crate::action::SearchText {
            description: a.description.clone(),
            params: props
                .values()
                .filter_map(|p| p.get("description").and_then(Value::as_str))
                .collect::<Vec<_>>()
                .join("\n"),
            program: m.description.clone().unwrap_or_default(),
            utterances: a.utterances.clone(),
        },
    })
}

/// Each example's arguments must be declared parameters with valid values, and its
/// result must match the output schema (an example answers calls in the sandbox).
fn check_examples(
    source: &str,
    base: &str,
    a: &ActionDef,
    props: &Map<String, Value>,
    errs: &mut Vec<ManifestError>,
) {
    if a.examples.is_empty() {
        return;
    }
    let output = match compile(&output_schema(a)) {
        Ok(v) => v,
        Err(_) => return, // reported by the schema checks
    };
    for (j, x) in a.examples.iter().enumerate() {
        let at = format!("{base}/examples/{j}");
        if let Some(d) = &x.description {
            check_text(source, &format!("{at}/description"), d, 500, errs);
        }
        for (k, v) in &x.arguments {
            let ptr = format!("{at}/arguments/{}", pointer_escape(k));
            let Some(schema) = props.get(k) else {
                errs.push(err(
                    source,
                    &ptr,
                    format!("`{k}` is not a parameter of this action"),
                    "use only parameters declared in input_schema.properties",
                ));
                continue;
            };
            if let Ok(val) = compile(schema)
                && let Some(e) = val.iter_errors(v).next()
            {
                errs.push(err(
                    source,
                    &ptr,
                    format!("the example value does not match the parameter's schema: {e}"),
                    "give a value the parameter accepts",
                ));
            }
        }
        let result = Value::Object(x.result.clone());
        for e in output.iter_errors(&result).take(5) {
            errs.push(err(
                source,
                &format!("{at}/result{}", e.instance_path()),
                format!("the example result does not match the output schema: {e}"),
                "make the example result match output_schema (it is what callers would get)",
            ));
        }
    }
}

/// The output schema as published and checked: a money-moving action's result may
/// carry `replayed: true`, which the server adds to a receipt returned again.
fn output_schema(a: &ActionDef) -> Value {
    let mut schema = a.output_schema.clone();
    if a.moves_money
        && let Some(Value::Object(props)) = schema.get_mut("properties")
    {
        props.insert(
            action::REPLAYED.into(),
            json!({
                "type": "boolean",
                "const": true,
                "description": "Present (true) only when this is the receipt of an earlier identical payment returned again: nothing was paid this time."
            }),
        );
    }
    schema
}

/// `io::Write` into a digest, so that JSON can be hashed as it is written.
struct DigestWriter(Sha256);

impl std::io::Write for DigestWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn pointer_escape(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains(['~', '/']) {
        s.replace('~', "~0").replace('/', "~1").into()
    } else {
        s.into()
    }
}

/// Checks a schema: valid JSON Schema, root `type: object`, (input only) no top-level
/// combinators and a `properties` object. Input schemas are compiled here (they are
/// used on every call, and compiling catches what meta-validation does not, such as
/// an invalid `pattern`); output schemas are compiled on first use.
fn check_schema(
    source: &str,
    ptr: &str,
    schema: &Value,
    input: bool,
    errs: &mut Vec<ManifestError>,
) -> bool {
    let before = errs.len();
    let Some(obj) = schema.as_object() else {
        errs.push(err(
            source,
            ptr,
            "the schema is not a JSON object",
            "write an object schema: {\"type\": \"object\", ...}",
        ));
        return false;
    };
    if let Some(d) = obj.get("$schema")
        && !d.as_str().is_some_and(|d| KNOWN_DRAFTS.contains(&d))
    {
        errs.push(err(
            source,
            &format!("{ptr}/$schema"),
            format!("unknown JSON Schema dialect {d}"),
            "remove `$schema` (2020-12 is the default) or use a standard draft URL",
        ));
        return false;
    }
    // Meta-validate here; compile on first use. What meta-validation cannot see is
    // checked too: every `pattern` must compile (compiled regexes are shared), and a
    // schema with `$ref` is compiled once to prove its references resolve.
    if let Err(e) = jsonschema::meta::validate(schema) {
        errs.push(err(
            source,
            &format!("{ptr}{}", e.instance_path()),
            format!("not a valid JSON Schema: {e}"),
            "correct the schema keyword",
        ));
        return false;
    }
    let mut patterns = Vec::new();
    let mut has_ref = false;
    walk(schema, &mut String::new(), &mut |path, key, v| {
        if key == "pattern"
            && let Some(p) = v.as_str()
        {
            patterns.push((path.to_string(), p.to_string()));
        }
        has_ref |= key == "$ref";
    });
    // A catalogue repeats a few patterns (amounts, card numbers, dates: 28 distinct in
    // the shared catalogue's 1,234): one known to compile is not compiled again. The
    // others go into one validator (building one costs far more than a pattern); only
    // when that fails is each tried, to name the one at fault.
    let fresh: Vec<&str> = {
        let known = COMPILED_PATTERNS.lock().unwrap_or_else(|p| p.into_inner());
        patterns
            .iter()
            .map(|(_, p)| p.as_str())
            .filter(|p| !known.contains(*p))
            .collect()
    };
    let all_compile = fresh.is_empty()
        || compile(&json!({
            "allOf": fresh.iter().map(|p| json!({ "pattern": p })).collect::<Vec<_>>()
        }))
        .is_ok();
    if all_compile && !fresh.is_empty() {
        let mut known = COMPILED_PATTERNS.lock().unwrap_or_else(|p| p.into_inner());
        known.extend(fresh.iter().map(|p| p.to_string()));
    }
    if !all_compile {
        for (path, p) in patterns {
            if let Err(e) = compile(&json!({ "pattern": p })) {
                errs.push(err(
                    source,
                    &format!("{ptr}{path}"),
                    format!("the pattern cannot be compiled: {e}"),
                    "write a valid regular expression",
                ));
                return false;
            }
        }
    }
    if has_ref && let Err(e) = compile(schema) {
        errs.push(err(
            source,
            ptr,
            format!("the schema cannot be compiled: {e}"),
            "fix its references",
        ));
        return false;
    }
    if obj.get("type").and_then(Value::as_str) != Some("object") {
        errs.push(err(
            source,
            &format!("{ptr}/type"),
            "the root of the schema must have `\"type\": \"object\"`",
            "set `\"type\": \"object\"` at the schema root (MCP requires object-shaped arguments and results)",
        ));
    }
    if input {
        for k in ["oneOf", "anyOf", "allOf"] {
            if obj.contains_key(k) {
                errs.push(err(
                    source,
                    &format!("{ptr}/{k}"),
                    format!("top-level `{k}` is not allowed in an input schema (several clients cannot render it)"),
                    "flatten the alternatives into optional properties and check combinations in the action",
                ));
            }
        }
        if !obj.get("properties").is_some_and(Value::is_object) {
            errs.push(err(
                source,
                &format!("{ptr}/properties"),
                "the input schema has no `properties` object",
                "declare the parameters under `properties` (an empty object for none)",
            ));
        }
    }
    errs.len() == before
}

/// Calls `f(pointer, key, value)` for every member of every object in `v`.
fn walk(v: &Value, at: &mut String, f: &mut dyn FnMut(&str, &str, &Value)) {
    // One path buffer, grown and cut back, instead of a string per node.
    let len = at.len();
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                at.push('/');
                at.push_str(&pointer_escape(k));
                f(at, k, child);
                walk(child, at, f);
                at.truncate(len);
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                use std::fmt::Write as _;
                let _ = write!(at, "/{i}");
                walk(child, at, f);
                at.truncate(len);
            }
        }
        _ => {}
    }
}

/// The schema agents see: fixed-bound parameters removed, overridable ones optional,
/// with a note (never a value) on where the default comes from.
fn published_schema(input: &Value, bindings: &[Binding]) -> Map<String, Value> {
    let mut schema = input.as_object().cloned().unwrap_or_default();
    let by_param: BTreeMap<&str, &Binding> =
        bindings.iter().map(|b| (b.param.as_str(), b)).collect();
    if let Some(Value::Object(props)) = schema.get_mut("properties") {
        for b in bindings {
            match b.mode {
                BindingMode::Fixed => {
                    props.remove(&b.param);
                }
                BindingMode::Overridable => {
                    if let Some(Value::Object(p)) = props.get_mut(&b.param) {
                        let note = format!(
                            "Optional: when omitted, the user's saved default ({}) is used.",
                            b.key_template
                        );
                        let d = match p.get("description").and_then(Value::as_str) {
                            Some(d) => format!("{d} {note}"),
                            None => note,
                        };
                        p.insert("description".into(), Value::String(d));
                    }
                }
            }
        }
    }
    if let Some(Value::Array(req)) = schema.get_mut("required") {
        req.retain(|r| r.as_str().is_none_or(|r| !by_param.contains_key(r)));
    }
    schema
}

fn published_description(a: &ActionDef, bindings: &[Binding]) -> String {
    let mut d = a.description.trim_end().to_string();
    let overridable: Vec<_> = bindings
        .iter()
        .filter(|b| b.mode == BindingMode::Overridable)
        .collect();
    let fixed: Vec<_> = bindings
        .iter()
        .filter(|b| b.mode == BindingMode::Fixed)
        .collect();
    if !overridable.is_empty() {
        let list: Vec<String> = overridable
            .iter()
            .map(|b| format!("`{}`", b.param))
            .collect();
        d.push_str(&format!(
            "\n\nSaved defaults apply: when {} is omitted, the user's saved value is filled in by the server.",
            list.join(", ")
        ));
    }
    if !fixed.is_empty() {
        let list: Vec<String> = fixed
            .iter()
            .map(|b| format!("`{}`", b.key_template))
            .collect();
        d.push_str(&format!(
            "\n\nAlways uses the user's saved {} (cannot be chosen by the caller).",
            list.join(", ")
        ));
    }
    match a.consent {
        ConsentTier::None => {}
        ConsentTier::Confirm => d.push_str("\n\nThe user is asked to confirm before this runs."),
        ConsentTier::Authorize => d.push_str(
            "\n\nThe user must approve this on a trusted approval page before anything is executed.",
        ),
    }
    d
}

/// Builds the spec of one of the server's own tools through the same checks as a
/// manifest action. Built-ins are our code: an error here is a bug (covered by tests).
pub(crate) fn builtin_spec(m: &Manifest, a: &ActionDef, route: Route) -> ActionSpec {
    let mut errs = Vec::new();
    let spec = validate_action("builtin", "", m, a, &mut errs);
    match spec {
        Some(mut s) if errs.is_empty() => {
            s.route = route;
            s
        }
        _ => panic!("built-in tool {} is invalid: {errs:?}", a.name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Consent grants, approvals and mandates stored by earlier builds carry this hash:
    /// it must stay the digest of the canonical JSON text of the definition.
    #[test]
    fn definition_hash_is_the_digest_of_the_canonical_text() {
        let manifests = crate::manifest::embedded_catalog();
        let validated = validate_all(&manifests);
        assert!(validated.errors.is_empty());
        let mut checked = 0;
        for m in &manifests {
            let parsed: Manifest = serde_json::from_str(&m.text).unwrap();
            let program = validated
                .programs
                .iter()
                .find(|p| p.id == parsed.id)
                .unwrap();
            for (a, spec) in parsed.actions.iter().zip(&program.actions) {
                let canonical =
                    json!({ "program": parsed.id, "app_id": parsed.app_id, "action": a });
                let expected = hex::encode(Sha256::digest(canonical.to_string().as_bytes()));
                assert_eq!(spec.def_hash, expected, "{}", spec.tool);
                checked += 1;
            }
        }
        assert!(checked > 50, "{checked} actions checked");
    }

    #[test]
    fn a_bad_pattern_among_good_ones_is_named() {
        let mut errs = Vec::new();
        let schema = json!({
            "type": "object",
            "properties": {
                "a": {"type": "string", "pattern": "^[0-9]+$"},
                "b": {"type": "string", "pattern": "^(unclosed$"},
                "c": {"type": "string", "pattern": "^x$"}
            }
        });
        assert!(!check_schema(
            "m.json",
            "/actions/0/input_schema",
            &schema,
            true,
            &mut errs
        ));
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert_eq!(
            errs[0].pointer,
            "/actions/0/input_schema/properties/b/pattern"
        );
        assert!(
            errs[0].message.contains("pattern cannot be compiled"),
            "{errs:?}"
        );
    }
}
