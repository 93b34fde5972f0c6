//! The four languages every message exists in.

use serde::Serialize;

/// A message language. DNS Belgium's own languages plus English.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Nl,
    Fr,
    De,
}

impl Lang {
    /// Every language, in the order of the message table's columns.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Nl, Lang::Fr, Lang::De];

    /// Reads a language tag as browsers give it (`nl`, `nl-BE`, `FR_be`, `de-DE`).
    /// Only the primary subtag counts; `None` for anything else.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        match primary.to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "nl" => Some(Lang::Nl),
            "fr" => Some(Lang::Fr),
            "de" => Some(Lang::De),
            _ => None,
        }
    }

    /// Column of this language in the message table.
    pub(crate) fn index(self) -> usize {
        self as usize
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
            Lang::Fr => "fr",
            Lang::De => "de",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_browser_tags() {
        assert_eq!(Lang::from_tag("nl-BE"), Some(Lang::Nl));
        assert_eq!(Lang::from_tag("FR_be"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag(" de "), Some(Lang::De));
        assert_eq!(Lang::from_tag("en"), Some(Lang::En));
        assert_eq!(Lang::from_tag("es"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn index_matches_all_order() {
        for (i, l) in Lang::ALL.iter().enumerate() {
            assert_eq!(l.index(), i);
        }
    }
}
