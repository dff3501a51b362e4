//! Errors and warnings. Every problem a spec causes names the spec file and the JSON pointer of
//! the offending node; library errors are this one enum, never a panic.

use std::fmt;
use std::path::PathBuf;

use crate::pointer::JsonPointer;

/// What can stop a generation.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// One or more problems in a spec, sorted by pointer.
    #[error("{}", SpecErrors(.0))]
    Spec(Vec<SpecError>),
    /// A file could not be read or written.
    #[error("{}: {source}", .path.display())]
    Io {
        /// The file or folder involved.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// The manifest (`generator.toml`) is invalid.
    #[error("{}: {message}", .path.display())]
    Manifest {
        /// The manifest file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// An operation filter entry (`--only`, `only`) that does not parse.
    #[error("{0}")]
    Filter(String),
    /// Emitted code did not parse or format: a bug in the generator, not in the spec.
    #[error("generator bug: {0}")]
    Internal(String),
}

/// One problem at one node of a spec.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct SpecError {
    /// The spec file as the user named it (relative where possible).
    pub file: PathBuf,
    /// The node the problem is about.
    pub at: JsonPointer,
    /// What is wrong, in a sentence.
    pub message: String,
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file.display(), self.at, self.message)
    }
}

struct SpecErrors<'a>(&'a [SpecError]);

impl fmt::Display for SpecErrors<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl Error {
    /// A single spec error.
    pub fn spec(file: impl Into<PathBuf>, at: JsonPointer, message: impl Into<String>) -> Self {
        Error::Spec(vec![SpecError { file: file.into(), at, message: message.into() }])
    }

    /// An I/O error about `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io { path: path.into(), source }
    }
}

/// Something worth telling the user that does not stop generation: a renamed identifier, a
/// `required` entry without a property, an ignored keyword.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Warning {
    /// Where in the spec.
    pub at: JsonPointer,
    /// What happened.
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.at, self.message)
    }
}
