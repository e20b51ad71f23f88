//! The one error type of the command line: a message in Chinese and the exit code it
//! ends the run with.

/// A command that could not do its work.
#[derive(Debug)]
pub struct Error {
    /// 1 refused or failed; 2 unreadable input or bad arguments.
    pub code: u8,
    pub message: String,
}

impl Error {
    /// The case was refused (it has errors) or the export or a write failed: exit 1.
    pub fn failed(message: impl Into<String>) -> Error {
        Error {
            code: 1,
            message: message.into(),
        }
    }

    /// A file could not be read or parsed, or the arguments are wrong: exit 2.
    pub fn input(message: impl Into<String>) -> Error {
        Error {
            code: 2,
            message: message.into(),
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;
