//! palermo-store
