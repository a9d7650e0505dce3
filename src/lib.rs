pub mod align;
pub mod batch;
pub mod error;
pub mod export;
pub mod extract;
pub mod glossary;
pub mod input;
pub mod normalize;
pub mod output;
pub mod segment;
pub mod span;
pub mod summarize;
pub mod table;

pub use error::{Error, Result};
pub use span::Span;
