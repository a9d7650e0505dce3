pub mod error;
pub mod normalize;
pub mod segment;
pub mod span;

pub use error::{Error, Result};
pub use span::Span;
