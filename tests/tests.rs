//! The integration test binary: one module per command.

mod glossary;
