//! The case record (to be written)
