//! [`Text`]: the string type of `Fact::value` and `Fact::english`.
//!
//! Most values and renderings are short (`300`, `2024-05-10`, `killed=6`, `Pakistan`), so a
//! text of up to [`INLINE`] bytes is stored in the fact itself and costs no allocation; longer
//! ones (quotes, counted noun phrases) go to the heap. Rules write a text into a reused buffer
//! (`Out::text`) and copy it out once.

use std::fmt;
use std::ops::Deref;

use serde::{Serialize, Serializer};

/// Texts up to this many bytes are stored inline.
pub const INLINE: usize = 22;

/// An immutable string, inline when short. Derefs to `str`; serializes as a string.
#[derive(Clone, PartialEq, Eq)]
pub struct Text(Repr);

#[derive(Clone, PartialEq, Eq)]
enum Repr {
    Inline { len: u8, bytes: [u8; INLINE] },
    Heap(Box<str>),
}

impl Text {
    pub fn new(s: &str) -> Text {
        if s.len() <= INLINE {
            let mut bytes = [0; INLINE];
            bytes[..s.len()].copy_from_slice(s.as_bytes());
            Text(Repr::Inline {
                len: s.len() as u8,
                bytes,
            })
        } else {
            Text(Repr::Heap(s.into()))
        }
    }

    /// The text's bytes, without the UTF-8 check [`Text::as_str`] makes of an inline text (a
    /// call per read): for writers that copy bytes, as the export's rows do.
    pub fn as_bytes(&self) -> &[u8] {
        match &self.0 {
            Repr::Inline { len, bytes } => &bytes[..usize::from(*len)],
            Repr::Heap(s) => s.as_bytes(),
        }
    }

    pub fn as_str(&self) -> &str {
        match &self.0 {
            // The bytes are a whole `str` copied in `new`.
            Repr::Inline { len, bytes } => {
                std::str::from_utf8(&bytes[..usize::from(*len)]).expect("copied from a str")
            }
            Repr::Heap(s) => s,
        }
    }
}

impl Default for Text {
    fn default() -> Text {
        Text::new("")
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::new(s)
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        if s.len() <= INLINE {
            Text::new(&s)
        } else {
            Text(Repr::Heap(s.into_boxed_str()))
        }
    }
}

impl From<Text> for String {
    fn from(t: Text) -> String {
        t.as_str().to_string()
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_long_texts_read_back() {
        for s in [
            "",
            "300",
            "2024-05-10",
            "الولايات المتحدة",
            &"x".repeat(INLINE),
            &"y".repeat(INLINE + 1),
        ] {
            assert_eq!(Text::new(s).as_str(), s);
            assert_eq!(Text::from(s.to_string()).as_str(), s);
            assert_eq!(
                serde_json::to_string(&Text::new(s)).unwrap(),
                serde_json::to_string(s).unwrap()
            );
        }
    }
}
