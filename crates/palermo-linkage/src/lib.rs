//! palermo-linkage
