//! Money as integers (fen, or minor units), decimal strings at the edges, and masking.
//! No floating point ever reaches a result.

/// Parses a decimal amount `^(0|[1-9][0-9]{0,8})(\.[0-9]{1,2})?$` into minor units.
pub fn parse_amount(s: &str) -> Option<i64> {
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    let int_ok = !int.is_empty()
        && int.len() <= 9
        && int.bytes().all(|b| b.is_ascii_digit())
        && (int == "0" || !int.starts_with('0'));
    if !int_ok {
        return None;
    }
    let mut fen = int.parse::<i64>().ok()? * 100;
    if let Some(f) = frac {
        if f.is_empty() || f.len() > 2 || !f.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let v = f.parse::<i64>().ok()?;
        fen += if f.len() == 1 { v * 10 } else { v };
    }
    Some(fen)
}

/// `23650` → `"236.50"`.
pub fn format_amount(minor: i64) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let m = minor.unsigned_abs();
    format!("{sign}{}.{:02}", m / 100, m % 100)
}

/// A value in 1/10000 as a 4-decimal string: `71000` → `"7.1000"`.
pub fn format_4dp(v: i64) -> String {
    format!("{}.{:04}", v / 10_000, v % 10_000)
}

/// Basis points as a percent string: `305` → `"3.05"`.
pub fn format_bp_percent(bp: i64) -> String {
    format!("{}.{:02}", bp / 100, bp % 100)
}

/// `num / den` rounded half up, for non-negative `num` and positive `den`.
pub fn div_round(num: i128, den: i128) -> i128 {
    (2 * num + den) / (2 * den)
}

/// Keeps the last four characters: `6222020000001234567` → `****4567`.
pub fn mask(s: &str) -> String {
    let n = s.chars().count();
    if n <= 4 {
        return "****".into();
    }
    let tail: String = s.chars().skip(n - 4).collect();
    format!("****{tail}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_parse_and_format_exactly() {
        assert_eq!(parse_amount("236.50"), Some(23_650));
        assert_eq!(parse_amount("236.5"), Some(23_650));
        assert_eq!(parse_amount("0"), Some(0));
        assert_eq!(parse_amount("0.05"), Some(5));
        assert_eq!(parse_amount("999999999.99"), Some(99_999_999_999));
        for bad in [
            "",
            ".5",
            "01",
            "1.",
            "1.234",
            "-1",
            "1e3",
            "1000000000",
            " 1",
            "1,00",
        ] {
            assert_eq!(parse_amount(bad), None, "{bad:?}");
        }
        assert_eq!(format_amount(23_650), "236.50");
        assert_eq!(format_amount(5), "0.05");
        assert_eq!(format_amount(0), "0.00");
        assert_eq!(format_4dp(71_000), "7.1000");
        assert_eq!(format_4dp(9_100), "0.9100");
        assert_eq!(format_bp_percent(305), "3.05");
        assert_eq!(div_round(5, 2), 3);
        assert_eq!(div_round(4, 3), 1);
        assert_eq!(mask("6222020000001234567"), "****4567");
        assert_eq!(mask("123"), "****");
    }
}
