//! palermo-import
